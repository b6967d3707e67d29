"""The Block and Segment types and the segmentation of scraped text into blocks.

A block is one line of the input (or, for a long line, one of its sentences and glue pieces);
blank lines separate paragraphs. A block holds segments, pieces of the line with their span in
the input: one per block, until a rule finds a glue point in it (a phrase glued after the line's
last sentence, a credit glued before one) and splits it there. Segments never move, so a
removal's span is where its text stood in the input.
"""
from __future__ import annotations

import codecs
import re
from encodings.cp1252 import encoding_table as _CP1252_TABLE

from .casing import lower as lower_case
from .sentences import pieces

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_NOT_CJK_LEADS = bytes(b for b in range(256) if not 0xE3 <= b <= 0xED)  # (U+3000-U+DFFF start with E3-ED)
_LEAD_BYTES = bytes(range(0xC0, 0x100))  # the first byte of each character beyond ASCII in UTF-8
_LONG = 1 << 16  # characters from which a line's words are counted without a list
CLOSERS = "\"'”’»)]"  # may follow the punctuation that ends a sentence
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff \t\u00a0"  # a line of only these is blank (a lone zero-width joiner)
# Emoji, symbols and dingbats, and the joiners between them (ascending: the first bounds a quick test)
_EMOJI = ((0x200D, 0x200D), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0xFE0F, 0xFE0F), (0x1F000, 0x1FAFF))
STOPS = ".!?。！？"  # the punctuation that ends a sentence (the rules read it from here)
_SENTENCE_STOPS = frozenset(STOPS + "…:;")  # what may end a line that reads as a sentence
SENTENCES_FROM = 250  # words: a line this long is paragraphs joined (cut into sentences: cut_long_lines)
ONE_LINE_FROM = 120  # words: a document that is one line this long is a page stored as one line (a short article's)
SENTENCES_UP_TO = 1 << 20  # characters: a longer line is a dump, not an article: judged whole (bounded memory)


def has_text(text: str) -> bool:
    """Whether a line holds more than spaces and zero-width characters."""
    if text == "" or text.isspace():
        return False
    return text.lstrip()[0] not in _INVISIBLE or text.strip(_INVISIBLE).strip() != ""


def _byte_classes(encoding: str) -> bytes:
    """A translation table: each byte of ``encoding`` that stands for a word character (``\\w``)
    to "a", every other byte to a space."""
    table = bytearray(b" " * 256)
    for byte in range(256):
        try:
            char = bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            continue
        if _WORD.fullmatch(char):
            table[byte] = ord("a")
    return bytes(table)


_ASCII_WORDS = _byte_classes("ascii")
_CP1252_WORDS = _byte_classes("cp1252")


def _without_emoji_end(text: str) -> str:
    """``text`` without the emoji that close it: "Book your tickets today! 🙂" ends a sentence."""
    if not text or ord(text[-1]) < _EMOJI[0][0]:
        return text  # (most lines: one comparison)
    end = len(text)
    while end and (_is_emoji(text[end - 1]) or text[end - 1].isspace() and end < len(text)):
        end -= 1
    return text[:end]


def _is_emoji(character: str) -> bool:
    code = ord(character)
    return any(low <= code <= high for low, high in _EMOJI)


def count_words(text: str, punctuation: bool = False) -> int:
    """How many ``\\w+`` runs ``text`` holds. Text that fits in cp1252 (English and western
    European news, curly quotes and dashes included) is counted on its bytes: a translation
    (word characters to "a", the rest to spaces) and a count of the places where a word
    starts, which beats the regular expression; the expression counts everything else.
    ``punctuation``: the caller knows every character beyond ASCII is general punctuation
    (``only_ascii_and_punctuation``): they are counted as ASCII non-word bytes, which spares
    the cp1252 codec."""
    if text.isascii():
        data = text.encode("ascii").translate(_ASCII_WORDS)
    elif punctuation:
        data = text.encode("ascii", "replace").translate(_ASCII_WORDS)  # ("?": not a word character)
    else:
        try:  # (the codec's C function: text.encode("cp1252") goes through a Python method)
            data = codecs.charmap_encode(text, "strict", _CP1252_TABLE)[0].translate(_CP1252_WORDS)
        except UnicodeEncodeError:  # (a huge line is counted without a list of its words)
            return sum(1 for _ in _WORD.finditer(text)) if len(text) >= _LONG else len(_WORD.findall(text))
    return data.count(b" a") + (1 if data[:1] == b"a" else 0)


class Segment:
    """A piece of a line: its text (repaired), and its span in the input (``exact`` False: the
    piece could not be found in the input line, and the span is its whole block's)."""

    __slots__ = ("alive", "end", "exact", "start", "text")

    def __init__(self, text: str, start: int, end: int, exact: bool = True):
        self.text = text
        self.start = start
        self.end = end
        self.exact = exact
        self.alive = True

    def __repr__(self) -> str:
        return f"Segment({self.text[:40]!r}, {self.start}-{self.end}, alive={self.alive})"


class Block:
    """One line of text, its paragraph number and where it came from in the input.

    The measures the rules read (words, weight, sentence ending, lower-cased text) are computed
    once per text: change the text with ``set_text`` (repairs), drop segments with
    ``drop_segments`` (a rule) and remove the block with ``remove``."""

    __slots__ = ("source", "text", "start", "end", "paragraph", "kind", "link_density", "removed_by", "alive",
                 "words", "weight", "ending", "ends_sentence", "_lower", "prose", "segments", "line", "gap")

    def __init__(self, text: str, start: int, end: int, paragraph: int, kind: str = "text",
                 link_density: float = 0.0, cjk: bool = True, punctuation: bool = False):
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.kind = kind  # html extraction may tag: heading, caption, list, quote, table; a cut line: title_run
        self.link_density = link_density  # html only: share of the text that is link text on the page
        self.removed_by: str | None = None
        self.source = text  # the line as it was in the input (input[start:end]), before any repair
        self.segments = [Segment(text, start, end)]
        #: blocks cut from one long line share its number (-1: a line of its own), and are put
        #: back on one line with ``gap`` (the spaces the input had before this one) between them
        self.line = -1
        self.gap = ""
        self._measure(text, cjk, punctuation)

    def set_text(self, text: str) -> None:
        """The line's text after its repairs (before any rule split it)."""
        self.segments[0].text = text
        self._measure(text)

    def split(self, at: int) -> int:
        """Split the line at ``at`` (an offset in its text): the number of the segment that now
        starts there. The new segment's span is where its text (spaces aside) stands in the
        input: counted from the segment's own start when the repairs left that segment as the
        input has it, else the last place the input line holds it; the whole line when it holds
        it nowhere."""
        position = 0
        for k, segment in enumerate(self.segments):
            if not segment.alive:
                continue
            if position + len(segment.text) <= at:
                position += len(segment.text)
                continue
            cut = at - position
            if cut == 0:
                return k
            head, tail = segment.text[:cut], segment.text[cut:]
            piece = tail.strip()
            lead = len(tail) - len(tail.lstrip())
            offset = segment.start - self.start
            # (a segment split before keeps the spaces after it in its text, not in its span)
            verbatim = segment.exact and len(segment.text.rstrip()) <= segment.end - segment.start \
                and self.source.startswith(segment.text.rstrip(), offset)
            if verbatim:
                begin = segment.start + cut + lead
                segment.end = segment.start + len(head.rstrip())
            else:
                found = self.source.rfind(piece)
                begin = -1 if found == -1 else self.start + found
                if segment.exact and self.source.startswith(head.rstrip(), offset):
                    segment.end = segment.start + len(head.rstrip())
                elif segment.exact:  # (repaired: where the head ends in the input is not known)
                    segment.exact = False
            if begin == -1:
                right = Segment(tail, self.start, self.end, exact=False)
            else:
                right = Segment(tail, begin, begin + len(piece))
            segment.text = head
            self.segments.insert(k + 1, right)
            return k + 1
        return len(self.segments)

    def drop_segments(self, first: int, last: int) -> None:
        """Segments ``first`` to ``last`` (inclusive) are removed: the line keeps the others."""
        for segment in self.segments[first:last + 1]:
            segment.alive = False
        self._measure("".join(s.text for s in self.segments if s.alive).rstrip())

    def _measure(self, text: str, cjk: bool = True, punctuation: bool = False) -> None:
        """What the caller knows of the text from one look at the whole document spares one per
        line: ``cjk`` False, it holds no CJK characters; ``punctuation`` True, every character
        beyond ASCII is general punctuation (``only_ascii_and_punctuation``)."""
        self.text = text
        look = cjk and not punctuation and not text.isascii()
        words = count_words(text, punctuation)
        if len(text) < _LONG:
            han = len(_CJK.findall(text)) if look else 0
        else:  # a huge line: count without building a list of millions of characters, if it has any
            han = sum(1 for _ in _CJK.finditer(text)) if look and may_hold_cjk(text) else 0
        self.words = words
        self.weight = words + han // 2  # CJK text has no spaces: two characters count as a word
        # The last two characters before closing quotes, brackets, spaces and emoji: ". ", "..", "?"
        self.ending = _without_emoji_end(text.rstrip()).rstrip(CLOSERS)[-2:]
        self.ends_sentence = self.ending[-1:] in _SENTENCE_STOPS and bool(self.ending)
        self._lower: str | None = None
        self.prose: bool | None = None  # filled in by rules.article.is_prose
        self.alive = self.removed_by is None and has_text(text)

    @property
    def lower(self) -> str:
        """The lower-cased text, made when a rule first asks for it."""
        if self._lower is not None:
            return self._lower
        lower = lower_case(self.text)
        if len(lower) < _LONG:  # a huge line's lower case is made again when asked, not kept
            self._lower = lower
        return lower

    def know_lower(self, lower: str) -> None:
        """Take the lower-cased text from a caller that made it anyway (lower case costs more
        than a copy for text that is not ASCII)."""
        if self._lower is None and len(lower) < _LONG:
            self._lower = lower

    def remove(self, rule: str) -> None:
        self.removed_by = rule
        self.alive = False

    def restore(self) -> None:
        self.removed_by = None
        self.alive = has_text(self.text)

    def __repr__(self) -> str:
        return f"Block({self.text[:40]!r}, {self.start}-{self.end}, paragraph {self.paragraph}, removed_by={self.removed_by})"


def only_ascii_and_punctuation(data: bytes) -> bool:
    """Whether every character of a text (``data``: its UTF-8) beyond ASCII is general
    punctuation, U+2000-U+203F (curly quotes, dashes, ellipsis; none is a word character), as
    in most English news: its UTF-8 then holds as many lead bytes as E2 80 pairs."""
    leads = len(data) - len(data.translate(None, _LEAD_BYTES))
    return leads == 0 or leads == data.count(b"\xe2\x80")


def may_hold_cjk(text: str, data: bytes | None = None) -> bool:
    """Whether ``text`` (``data``: its UTF-8, when the caller has it) holds a CJK character
    (``_CJK``). Their UTF-8 starts with a byte E3 to ED: deleting every other byte says no to
    most texts faster than the pattern can."""
    if text.isascii():
        return False
    if data is not None:
        leads = bool(data.translate(None, _NOT_CJK_LEADS))
    else:  # (encoded a piece at a time: a line of megabytes is not copied whole)
        leads = any(text[at:at + _LONG].encode("utf-8", "surrogatepass").translate(None, _NOT_CJK_LEADS)
                    for at in range(0, len(text), _LONG))
    return leads and bool(_CJK.search(text))


def _lines(text: str) -> list[str]:
    """The text's lines, as ``str.splitlines`` cuts them, but for U+0085 right after a UTF-8 lead
    byte read as Latin-1 or ISO-8859-2 (U+00C2-U+00F4): there it is a byte of mojibake ("Ä\x85"
    is "ą", "Ã\x85" is "Å"), which the repair mends, not a line break."""
    lines = text.splitlines(keepends=True)
    if "\x85" not in text:
        return lines
    merged: list[str] = []
    for line in lines:
        if merged and merged[-1].endswith("\x85") and len(merged[-1]) >= 2 and "\u00c2" <= merged[-1][-2] <= "\u00f4":
            merged[-1] += line
        else:
            merged.append(line)
    return merged


def split_blocks(text: str, data: bytes | None = None) -> list[Block]:
    """Cut text into line blocks with input offsets; blank lines start a new paragraph.
    (``data``: the text's UTF-8, when the caller has it.)"""
    blocks: list[Block] = []
    paragraph = 0
    pending_break = False
    position = 0
    punctuation = data is not None and only_ascii_and_punctuation(data)
    cjk = not punctuation and may_hold_cjk(text, data)
    for line in _lines(text):
        start = position
        position += len(line)
        body = line.strip()  # the span covers the line's text, not its indentation or ending
        if not body:
            pending_break = True
            continue
        if pending_break and blocks:
            paragraph += 1
        pending_break = False
        lead = line.find(body[0])  # the first character that is not a space
        if "\u00c2" <= body[-1] <= "\u00f4" and line[lead + len(body):lead + len(body) + 1] == "\xa0":
            body += "\xa0"  # (mojibake's no-break byte, not a space: "cats.Â\xa0" is "cats.\xa0", "voilÃ\xa0" is "voilà")
        blocks.append(Block(body, start + lead, start + lead + len(body), paragraph, cjk=cjk, punctuation=punctuation))
    return blocks


def cut_long_lines(blocks: list[Block]) -> list[Block]:
    """Each line of ``SENTENCES_FROM`` words or more (paragraphs a scraper joined, often a whole
    page; ``ONE_LINE_FROM`` when it is the whole document: ``sentences_from``; up to
    ``SENTENCES_UP_TO`` characters) as a block per sentence and glue point
    (``sentences.pieces``), which the rules judge like lines and ``assemble`` puts back on one
    line. Cut after the repairs, so that a second clean of the output cuts where the first did."""
    out: list[Block] = []
    line = 0
    least = sentences_from(blocks)
    for block in blocks:
        if block.alive and block.weight >= least and len(block.text) <= SENTENCES_UP_TO:
            cut = _cut(block, line)
            if len(cut) > 1:
                out.extend(cut)
                line += 1
                continue
        out.append(block)
    return out


def sentences_from(blocks: list[Block]) -> int:
    """Words from which a line is cut: ``SENTENCES_FROM``, or ``ONE_LINE_FROM`` when the line is
    the whole document (a scraper that stores a page as one line stores a short article so too;
    a paragraph that long among others is a paragraph). The output of a one-line document is one
    line, so that a second clean cuts where the first did."""
    lines = {b.line if b.line >= 0 else ("own", i) for i, b in enumerate(blocks) if b.alive}
    return ONE_LINE_FROM if len(lines) == 1 else SENTENCES_FROM


def _cut(whole: Block, line: int) -> list[Block]:
    """The blocks of one long line. A piece's span is where it stands in the input line: counted
    when the repairs left the line as it was, else found there, whole or by its first and last
    words when the repairs changed its middle; a piece the repairs changed past finding spans the
    input between the pieces found around it (several in a row, all of it)."""
    text = whole.text
    source = whole.source
    unchanged = text == source
    cuts = pieces(text)
    found: list[tuple[int, int]] = []  # each piece's span in the input line; (-1, -1): not found
    searched = 0
    window = _WINDOW  # how far past the last piece found the next is looked for (doubles on a miss)
    budget = _MISSES_SCAN * len(source) + _WINDOW  # (what the misses may scan in all: linear)
    for begin, end, _ in cuts:
        if unchanged:
            found.append((begin, end))
            continue
        span = _find(source, text[begin:end], searched, searched + window) if window else (-1, -1)
        found.append(span)
        if span[0] >= 0:
            searched, window = span[1], _WINDOW
        elif window:
            # (a piece the repairs changed past finding is no reason the next is not there)
            budget -= window
            window = 0 if budget <= 0 else min(2 * window, len(source))
    upto = [len(source)] * len(cuts)  # upto[k]: where the next piece found after k begins
    for k in range(len(cuts) - 2, -1, -1):
        upto[k] = found[k + 1][0] if found[k + 1][0] >= 0 else upto[k + 1]
    out = []
    previous = after = 0  # (after: where the last piece found ends in the input line)
    for k, (begin, end, title_run) in enumerate(cuts):
        piece = text[begin:end]
        exact = found[k][0] >= 0 and found[k][1] - found[k][0] == len(piece)
        if found[k][0] >= 0:
            span = found[k]
        else:
            gap = source[after:upto[k]]
            span = (after + len(gap) - len(gap.lstrip()), upto[k] - (len(gap) - len(gap.rstrip())))
        block = Block(piece, whole.start + span[0], whole.start + span[1], whole.paragraph,
                      "title_run" if title_run else whole.kind, whole.link_density)
        if not exact:  # (the repairs changed it: its text is not the input's, its span is)
            block.source = source[span[0]:span[1]]
            block.segments[0].exact = False
        if found[k][0] >= 0:  # (pieces not found in a row all span the gap between found ones)
            after = max(after, span[1])
        block.line = line
        block.gap = text[previous:begin]
        previous = end
        out.append(block)
    return out


def reread_cut_lines(blocks: list[Block], text: str) -> list[Block] | None:
    """The blocks with each cut line that a second clean of the output would read otherwise put
    back as it would: a line whose removals left it under ``sentences_from`` words as one block
    of what is left (not cut, judged whole), and a line whose kept pieces, joined, cut elsewhere
    (a removal between two pieces took the stop or glue point that cut them apart) as the pieces
    of its joined text; None when there is none. ``text``: the input the blocks' spans are in."""
    lines: dict[int, list[Block]] = {}
    for block in blocks:
        if block.line >= 0:
            lines.setdefault(block.line, []).append(block)
    again: dict[int, list[Block]] = {}
    least = sentences_from(blocks)
    for line, cut in lines.items():
        if not any(b.alive for b in cut) or all(b.alive and all(s.alive for s in b.segments) for b in cut):
            continue  # (nothing of the line left, or nothing taken from it, a piece's segments included)
        if sum(b.weight for b in cut if b.alive) < least:
            again[line] = [_rejoined(cut, text)]
        else:
            recut = _recut(cut, text)
            if recut is not None:
                again[line] = recut
    if not again:
        return _sole_line_cut(blocks)
    out: list[Block] = []
    for block in blocks:
        if block.line not in again:
            out.append(block)
        elif block is lines[block.line][0]:
            out.extend(again[block.line])
    return out


def _sole_line_cut(blocks: list[Block]) -> list[Block] | None:
    """The blocks with the one line the rules left, when it was not cut and a second clean of
    the output, a document of that one line, would cut it (``sentences_from``), put in its
    pieces; None otherwise."""
    alive = [i for i, b in enumerate(blocks) if b.alive]
    if len(alive) != 1:
        return None
    whole = blocks[alive[0]]
    if whole.line >= 0 or not ONE_LINE_FROM <= whole.weight < SENTENCES_FROM or len(whole.text) > SENTENCES_UP_TO:
        return None
    cut = _cut(whole, 1 + max((b.line for b in blocks), default=-1))
    return blocks[:alive[0]] + cut + blocks[alive[0] + 1:] if len(cut) > 1 else None


def _rejoined(cut: list[Block], text: str) -> Block:
    """One block of the kept pieces of a cut line, joined as ``assemble`` joins them; its span
    runs from the first kept piece to the last (its text is not the input's there: the removed
    pieces are not in it)."""
    kept = [b for b in cut if b.alive]
    first, last = kept[0], kept[-1]
    joined = assemble(cut).rstrip("\n")
    block = Block(text[first.start:last.end], first.start, last.end, first.paragraph, "text", first.link_density)
    if joined != block.text:
        block.set_text(joined)
        block.segments[0].exact = False
    return block


def _recut(cut: list[Block], text: str) -> list[Block] | None:
    """The pieces of a cut line's kept text, joined as ``assemble`` joins them, when they are
    not the kept pieces: a kept piece cut where it was is the same block; a new piece spans the
    kept pieces it joins in the input (its text is not the input's there)."""
    joined, placed = _joined(cut)
    cuts = pieces(joined)
    if [(b, e) for b, e, _ in cuts] == [(b, e) for b, e, _ in placed]:
        return None
    kind = next((b.kind for b in cut if b.kind != "title_run"), "text")
    out: list[Block] = []
    previous = k = 0
    for begin, end, title_run in cuts:
        while k < len(placed) - 1 and placed[k][1] <= begin:  # (both in order: each kept piece passed once)
            k += 1
        m = k
        while m < len(placed) and placed[m][0] < end:
            m += 1
        covering = placed[k:m]
        if len(covering) == 1 and covering[0][:2] == (begin, end):
            block = covering[0][2]
        else:
            first, last = covering[0][2], covering[-1][2]
            block = Block(text[first.start:last.end], first.start, last.end, first.paragraph,
                          "title_run" if title_run else kind, first.link_density)
            block.set_text(joined[begin:end])
            block.segments[0].exact = False
            block.line = first.line
        block.gap = joined[previous:begin]
        previous = end
        out.append(block)
    return out


def _joined(cut: list[Block]) -> tuple[str, list[tuple[int, int, Block]]]:
    """A cut line's kept pieces joined as ``assemble`` joins them, and where each stands in it."""
    parts: list[str] = []
    placed: list[tuple[int, int, Block]] = []
    length = 0
    cut_gap = None
    for block in cut:
        if not block.alive:
            if placed and cut_gap is None:
                cut_gap = block.gap
            continue
        if placed:
            gap = block.gap or cut_gap or ""
            parts.append(gap)
            length += len(gap)
        body = block.text.strip()
        parts.append(body)
        placed.append((length, length + len(body), block))
        length += len(body)
        cut_gap = None
    return "".join(parts), placed


_ANCHOR = 24  # characters of a piece's start and end that find it when the repairs changed its middle
_WINDOW = 1 << 13  # characters past the last piece found that the next is first looked for in
_MISSES_SCAN = 8  # times a long line's length that the searches for pieces not found may scan


def _find(source: str, piece: str, start: int, stop: int) -> tuple[int, int]:
    """Where ``piece`` begins in ``source[start:stop]`` and ends: as it is, or from its first to
    its last ``_ANCHOR`` characters when only its middle was repaired (an entity, mojibake);
    (-1, -1) when neither is found."""
    at = source.find(piece, start, stop + len(piece))
    if at >= 0:
        return at, at + len(piece)
    if len(piece) < 3 * _ANCHOR:
        return -1, -1
    head = source.find(piece[:_ANCHOR], start, stop + _ANCHOR)
    if head < 0:
        return -1, -1
    tail = source.find(piece[-_ANCHOR:], head + _ANCHOR, head + 2 * len(piece) + _ANCHOR)
    return (head, tail + _ANCHOR) if tail >= 0 else (-1, -1)


def assemble(blocks: list[Block]) -> str:
    """Kept blocks: lines of a paragraph on their own lines, paragraphs one blank line apart, and
    the kept blocks of a cut line on one line again."""
    out: list[str] = []
    last_paragraph = None
    last_line = -1
    cut_gap = None  # the gap before the first piece removed since the last kept piece of the line
    for block in blocks:
        if not block.alive:
            if block.line >= 0 and block.line == last_line and cut_gap is None:
                cut_gap = block.gap
            continue
        if block.line >= 0 and block.line == last_line:
            # (pieces a removal brings together are as far apart as the input had the first of
            # them from what it removed: "ends.<p>Caption.Next" must not become "ends.Next")
            out.append(block.gap or cut_gap or "")
        elif last_paragraph is not None:
            out.append("\n" if block.paragraph == last_paragraph else "\n\n")
        out.append(block.text.strip())
        last_paragraph = block.paragraph
        last_line = block.line
        cut_gap = None
    if out:
        out.append("\n")  # (joined with the rest: adding it after would copy the whole text once more)
    return "".join(out)
