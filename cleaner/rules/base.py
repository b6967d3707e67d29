"""The single contract every rule follows, and the document view the rules share.

A rule reads the document and yields verdicts; it never edits blocks itself. The pipeline
applies each rule's verdicts before the next rule runs, so later rules see what is left.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Iterable, Iterator

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # (only the compiler reads it: installed without it, the decorator does nothing)
    def mypyc_attr(*_args: object, **_flags: object):  # type: ignore[misc]
        return lambda cls: cls

from ..blocks import STOPS, Block
from ..options import Options
from ..phrases import PhraseBook

_HEADLINE_STOPS = frozenset(".!。！")  # a headline may end in "?" or nothing, not in a full stop
_EDGE_ONLY = re.compile(r"[\W\d_]*+")  # punctuation, digits, spaces: what may surround a line phrase
_LABEL_END = re.compile(r"(?<![^\S\n])[^\S\n]*(?:[:：|»>]|[^\S\n][-–—](?=[^\S\n]))[^\S\n]*+")
_SENTENCE_PUNCT = frozenset(STOPS + "\"'”’»")
_TABS = str.maketrans("\t", " ")
_CHUNK = 1 << 20  # characters of text scanned at a time
_EDGE_PUNCT = " .,:;!?\"'“”‘’«»()[]-–—*•|"
_WHOLE_LINE_WORDS = 60  # no line made of one phrase is longer than this
_KEPT_KEYS = 1 << 22  # characters of comparison keys kept; beyond, keys are made again when asked
_GLUED_REACH = 260  # a glued label and its headline fit in this many characters at the line's end
# The longest line (in words) in which any rule looks for a phrase of each kind.
_KIND_REACH = {"line": 12, "section": 12, "labels": 40, "contains": 120, "notices": 120, "place_labels": 12,
               "date_names": 14, "patterns": 80, "section_patterns": 60}


class Verdict:
    """Remove block ``index`` (or only ``cut``, a (start, end) span of its text) for ``reason``.
    (A plain class: compiled, it is made faster than a named tuple, and rules make thousands.)"""

    __slots__ = ("cut", "index", "reason")

    def __init__(self, index: int, reason: str, cut: tuple[int, int] | None = None):
        self.index = index
        self.reason = reason
        self.cut = cut

    def __repr__(self) -> str:
        return f"Verdict({self.index}, {self.reason!r}, cut={self.cut})"


@mypyc_attr(allow_interpreted_subclasses=True)
class Rule:
    """A named rule: ``judge`` yields the verdicts. ``summary`` and ``example`` feed --list-rules.
    (Compiled, it can still be subclassed in Python, the attributes below set in the class body
    as the built-in rules do: ``__init__`` copies them where the compiled pipeline reads them.)"""

    name: str = ""
    summary: str = ""
    example: str = ""
    #: the input kinds the rule judges; shape rules read scraped text, where the page's
    #: furniture is still there (an HTML extractor has already chosen the article's blocks)
    applies_to: tuple[str, ...] = ("text", "html")
    #: whether the rule's verdict on a line depends on other lines (position, neighbours,
    #: repeats): only such rules can find more once other lines are gone
    contextual: bool = False
    #: the (family, kind) phrase tables whose phrases are the rule's only evidence: a document
    #: where the automaton found none of them is not given to the rule at all (most documents
    #: lack most of them)
    evidence: tuple[tuple[str, str], ...] = ()
    #: found by the repairs, on each line before any rule judges (markup remnants); not judged
    repair: bool = False
    #: judges by position and shape, not by what the words say: when such rules would take most
    #: of the prose, the safety valve gives their removals back
    positional: bool = False
    #: its finds are signs of a scraped page (page furniture); repeats and shape are not, since
    #: a second clean of the output finds none of them left
    furniture: bool = True
    #: lines it takes out in a row mark the article's border for the prose run (not for rules
    #: that judge by the prose run itself)
    border: bool = True
    #: the configuration's [keep] kind that keeps what it removes ("bylines", "captions"...)
    keep: str = ""

    def __init__(self) -> None:
        adopt_class_attributes(self)

    def judge(self, doc: "Document") -> Iterable[Verdict]:
        raise NotImplementedError


_RULE_ATTRIBUTES = ("name", "summary", "example", "applies_to", "contextual", "evidence", "repair", "positional",
                    "furniture", "border", "keep")


def adopt_class_attributes(rule: Rule) -> None:
    """A Python subclass's class-body attributes, made the instance's own. Compiled, ``Rule``
    keeps them in slots that compiled code reads directly, past a subclass's class attribute."""
    for attribute in _RULE_ATTRIBUTES:
        for klass in type(rule).__mro__:
            if klass is Rule:
                break  # (Rule's own defaults: the instance has them, or set its own in __init__)
            value = vars(klass).get(attribute, _UNSET)
            if value is _UNSET:
                continue
            if not hasattr(value, "__get__"):  # a plain value in a Python class body
                slot: object = vars(Rule).get(attribute)
                setter = getattr(slot, "__set__", None)
                if setter is not None:
                    setter(rule, value)  # (compiled: the slot itself)
                else:
                    setattr(rule, attribute, value)
            break


_UNSET = object()


weight = attrgetter("weight")  # words in a block, two CJK characters counting as one


def is_prose(block: Block) -> bool:
    """A sentence-bearing block of some length: the stuff articles are made of."""
    if block.prose is None:
        w = block.weight
        block.prose = w >= 25 or (w >= 10 and block.ends_sentence and not is_teaser_snippet(block))
    return block.prose


def is_headline(block: Block, max_words: int = 25) -> bool:
    """Short, and not ending like a sentence: a title or a link to another story."""
    return 0 < block.weight <= max_words and block.ending[-1:] not in _HEADLINE_STOPS


def is_tag_list(block: Block) -> bool:
    """A comma-separated list of short keywords, not a sentence: "stock car 2018, stock car brasil, ..."."""
    text = block.text
    if block.ends_sentence or text.count(",") < 3:
        return False
    items = [part for part in text.split(",") if part.strip()]
    return sum(len(part.split()) for part in items) <= 4 * len(items)


def is_teaser_snippet(block: Block) -> bool:
    """Cut-off text ending in an ellipsis, as teasers of other stories are."""
    return block.ending.endswith(("…", ".."))


class Document:
    """The blocks under judgement, the phrase book and options, and the article's prose run."""

    def __init__(self, blocks: list[Block], phrases: PhraseBook, options: Options, page_title: str = "",
                 door: str = "text"):
        self.blocks = blocks
        self.phrases = phrases
        self.options = options
        #: "text" (scraped text: the page's furniture may be in it) or "html" (an extractor's choice)
        self.door = door
        #: for HTML input, the page's <title>/og:title lines; empty for scraped text
        self.page_title = page_title
        self._alive: list[int] | None = None
        self._prose_prefix: list[int] | None = None
        self._hits: dict[tuple[str, str], dict[int, list[tuple[int, int]]]] | None = None
        self._alive_hits: dict[tuple[str, str], dict[int, list[tuple[int, int]]]] = {}
        self._plain: dict[int, str] = {}
        self._found: set[tuple[str, str]] | None = None  # the tables the automaton found phrases of, or cannot rule out
        self._plain_budget = _KEPT_KEYS
        self._scores: list[int] | None = None  # each block's _score, scaled by strictness
        #: blocks rules that mark borders (``Rule.border``) removed in the current round
        #: (``start_round`` empties it)
        self.fresh: set[int] = set()
        #: how many blocks furniture rules (``Rule.furniture``) took out: signs of a scraped page.
        #: Blocks dead on arrival are the repairs' markup finds.
        self.furniture = sum(1 for b in blocks if b.removed_by is not None)

    def start_round(self) -> None:
        self.fresh = set()

    def removed(self, i: int, rule: Rule) -> None:
        """Take block ``i`` out for ``rule``."""
        self.blocks[i].remove(rule.name)
        if rule.border:
            self.fresh.add(i)
        if rule.furniture:
            self.furniture += 1

    def judge_again(self) -> None:
        """The blocks dead now are out of the document from here on, as for a second clean."""
        self.furniture = 0
        self.changed()

    def changed(self, texts: bool = False) -> None:
        """Blocks were removed (or, with ``texts``, cut): drop what was computed from the old state."""
        self._alive = None
        self._prose_prefix = None
        self._alive_hits = {}
        if texts:
            self._hits = None
            self._found = None
            self._plain = {}
            self._plain_budget = _KEPT_KEYS
            self._scores = None

    def _pieces(self, max_weight: int, windows: int) -> Iterator[tuple[str, list[int], list[int], list[int], int]]:
        """The blocks' lower-cased texts, one per line, in pieces of about a megabyte:
        (text, block index of each line, where each line starts in it, the line's offset in its
        block, where matches may start). Only what a phrase scan can use goes in: blocks up to
        ``max_weight``, and the end of longer ones (``_tail``). Scanning pieces
        keeps memory flat however long the document. A line longer than a piece comes in
        windows overlapping by ``windows`` characters (a match starting in the overlap belongs
        to the next window)."""
        blocks = self.blocks
        if blocks and blocks[-1].end - blocks[0].start < _CHUNK:  # the common case: one piece
            tails = [0 if b.weight <= max_weight else _tail(b.text, windows) for b in blocks]
            yield self._piece([b.text[tail:] if tail else b.text for b, tail in zip(blocks, tails)],
                              list(range(len(blocks))), tails)
            return
        parts: list[str] = []
        index: list[int] = []
        offsets: list[int] = []
        size = 0
        for i, block in enumerate(blocks):
            text = block.text
            offset = 0
            if block.weight > max_weight:
                offset = _tail(text, windows)
            if len(text) - offset > _CHUNK:
                for w in range(0, len(text), _CHUNK):
                    yield text[w:w + _CHUNK + windows].lower(), [i], [0], [w], _CHUNK
                continue
            parts.append(text[offset:] if offset else text)
            index.append(i)
            offsets.append(offset)
            size += len(parts[-1]) + 1
            if size >= _CHUNK:
                yield self._piece(parts, index, offsets)
                parts, index, offsets, size = [], [], [], 0
        if parts:
            yield self._piece(parts, index, offsets)

    def _piece(self, parts: list[str], index: list[int], offsets: list[int]) -> tuple:
        text = "\n".join(parts)
        lower = text.lower()
        if len(lower) != len(text):  # a character whose lower case is longer (İ): line by line
            parts = []
            for k, i in enumerate(index):
                whole = self.blocks[i].lower
                offsets[k] = max(0, len(whole) - (len(self.blocks[i].text) - offsets[k])) if offsets[k] else 0
                parts.append(whole[offsets[k]:])
            lower = "\n".join(parts)
            return lower, index, _starts(parts), offsets, len(lower)
        starts = _starts(parts)
        blocks = self.blocks
        for k, i in enumerate(index):  # the rules read the same lower case line by line: cut it out
            if not offsets[k]:
                blocks[i].know_lower(lower[starts[k]:starts[k] + len(parts[k])])
        return lower, index, starts, offsets, len(lower)

    def scan(self, family: str, kind: str, max_weight: int) -> list[int]:
        """Alive blocks up to ``max_weight`` whose lower-cased text a line pattern of a family
        matches. Tried only on the lines where the automaton found a literal the patterns
        require (``literals``), or, when one has none, on every line."""
        matcher = self.phrases.matcher(family, kind)
        if matcher is None:
            return []
        blocks = self.blocks
        lines = sorted(self.phrase_hits(family, kind)) if self.phrases.prefiltered(family, kind) else self.alive()
        return [i for i in lines if blocks[i].weight <= max_weight and matcher.match(blocks[i].lower)]

    # -- literal phrases, found by one automaton pass -------------------------------------------

    def may_hold(self, tables: tuple[tuple[str, str], ...]) -> bool:
        """Whether the phrases of one of ``tables`` ((family, kind) pairs) can be in the document:
        the automaton found one, or the table is a pattern kind without a required literal (tried
        on every line)."""
        found = self._found
        if found is None:
            found = self._found = set(self._scanned()) | self.phrases.unfiltered_tables()
        for table in tables:
            if table in found:
                return True
        return False

    def phrase_hits(self, family: str, kind: str) -> dict[int, list[tuple[int, int]]]:
        """Alive block index -> spans (in the block's lower-cased text) of the phrases of one
        family and kind. One pass of the phrase book's automaton serves every rule."""
        found = self._scanned().get((family, kind))
        if not found:
            return _NO_HITS
        alive = self._alive_hits.get((family, kind))
        if alive is None:
            blocks = self.blocks
            alive = self._alive_hits[family, kind] = {i: spans for i, spans in found.items() if blocks[i].alive}
        return alive

    def _scanned(self) -> dict[tuple[str, str], dict[int, list[tuple[int, int]]]]:
        """(family, kind) -> block index -> spans, from one automaton pass (made once per text)."""
        if self._hits is None:
            self._hits = {}
            hits = self._hits
            blocks = self.blocks
            overlap = self.phrases.longest
            automaton, values = self.phrases.automaton(_SCANNED_KINDS)
            if automaton is None:
                return hits
            plans, owner_keys = _scan_plans(values)
            by_owner: dict[int, dict[int, list[tuple[int, int]]]] = {}
            for text, index, starts, offsets, limit in self._pieces(_LONGEST_REACH, overlap):
                if "\t" in text:
                    text = text.translate(_TABS)
                weights = [blocks[i].weight for i in index]
                matches: list[tuple[int, int, int]] = automaton.find_matches_as_indexes(text, overlapping=True)
                for pattern, begin, end in matches:
                    if begin >= limit:
                        continue
                    reach, owners = plans[pattern]
                    k = bisect_right(starts, begin) - 1
                    weight = weights[k]
                    if weight > reach:
                        continue  # the line is longer than any of the phrase's rules looks at
                    i = index[k]
                    shift = offsets[k] - starts[k]
                    after = len(blocks[i].text) - (end + shift)  # characters after the phrase
                    span = (begin + shift, end + shift)
                    for owner, kind_reach, tail in owners:
                        # Rules judge each kind only in lines up to a length (or glued at a line's
                        # end): hits elsewhere are dropped here, which keeps memory flat on long
                        # texts, and leaves out the phrase tables a text only holds inside words.
                        if weight <= kind_reach or after <= tail:
                            found = by_owner.get(owner)
                            if found is None:
                                found = by_owner[owner] = {}
                            spans = found.get(i)
                            if spans is None:
                                found[i] = [span]
                            else:
                                spans.append(span)
            for owner, found in by_owner.items():
                hits[owner_keys[owner]] = found
        return self._hits

    def plain(self, i: int) -> str:
        """A block's text as a comparison key: lower case, single spaces, no edge punctuation.
        (Keys are kept up to a budget of characters: on a long document they would double its size.)"""
        key = self._plain.get(i)
        if key is None:
            lower = self.blocks[i].lower
            # (No tab, no-break space or double space: the spacing is single already.)
            key = (lower if lower.isprintable() and "  " not in lower else " ".join(lower.split())).strip(_EDGE_PUNCT)
            if self._plain_budget >= len(key):
                self._plain_budget -= len(key)
                self._plain[i] = key
        return key

    def whole_lines(self, family: str, kind: str) -> list[int]:
        """Blocks that are one phrase, give or take punctuation and numbers ("12 Comments:")."""
        out = []
        for i, spans in self.phrase_hits(family, kind).items():
            if self.blocks[i].weight > _WHOLE_LINE_WORDS:
                continue  # a phrase, give or take a few characters, is never a long line
            lower = self.blocks[i].lower
            if any(_EDGE_ONLY.fullmatch(lower, 0, s) and _EDGE_ONLY.fullmatch(lower, e) for s, e in spans):
                out.append(i)
        return sorted(out)

    def labelled(self, family: str) -> dict[int, str]:
        """Blocks that open with a label phrase and a colon, bar or dash -> the text after it."""
        out = {}
        for i, spans in self.phrase_hits(family, "labels").items():
            block = self.blocks[i]
            if block.weight > _KIND_REACH["labels"]:
                continue
            for s, e in spans:
                if not _EDGE_ONLY.fullmatch(block.lower, 0, s):
                    continue
                end = _LABEL_END.match(block.lower, e)
                if end and end.end() > e and end.end() < len(block.text) and not block.text[end.end()].isspace():
                    out[i] = block.text[end.end():]
                    break
        return out

    def glued(self, family: str, kind: str, min_weight: int = 0) -> dict[int, tuple[int, int]]:
        """Blocks of ``min_weight`` or more ending with a phrase glued after their last
        sentence -> the span to cut. ``kind`` "line": only the phrase ("...the end.Source
        link"); "labels": a label and a headline ("...the end. Read more: Other story")."""
        out = {}
        for i, spans in self.phrase_hits(family, kind).items():
            block = self.blocks[i]
            if block.weight < min_weight or kind == "line" and spans[-1][1] < len(block.text) - 3:
                continue  # (hits come in order of their end: a "line" phrase must end the line)
            # Only the line's end matters: look at that part alone, however long the line.
            offset = max(0, len(block.text) - _GLUED_REACH - 40)
            lower = block.text[offset:].lower()
            if len(lower) != len(block.text) - offset:
                continue
            for s, e in spans:
                s, e = s - offset, e - offset
                if s < 20 and offset or len(lower) - e > _GLUED_REACH:
                    continue  # too far from the end of the line to be glued onto it
                before = lower[max(0, s - 20):s].rstrip()
                if not before or before[-1] not in _SENTENCE_PUNCT:
                    continue
                if kind == "line":
                    ok = not lower[e:].strip()
                else:
                    end = _LABEL_END.match(lower, e)
                    rest = lower[end.end():] if end and end.end() > e else ""
                    ok = 3 <= len(rest.strip()) <= 200 and not any(c in STOPS for c in rest)
                if ok:
                    start = s
                    while start > 0 and lower[start - 1].isspace():
                        start -= 1
                    out[i] = (offset + start, offset + len(lower))
                    break
        return out

    def anywhere(self, family: str, kind: str, words: bool = False) -> dict[int, list[tuple[int, int]]]:
        """Blocks holding the phrases anywhere; with ``words``, only as whole words."""
        if not words:
            return self.phrase_hits(family, kind)
        out = {}
        for i, spans in self.phrase_hits(family, kind).items():
            lower = self.blocks[i].lower
            whole = [(s, e) for s, e in spans if not (s and _wordy(lower[s - 1]) and _wordy(lower[s]))
                     and not (e < len(lower) and _wordy(lower[e]) and _wordy(lower[e - 1]))]
            if whole:
                out[i] = whole
        return out

    def alive(self) -> list[int]:
        """Indices of the blocks still in the document (computed once per state)."""
        if self._alive is None:
            self._alive = [i for i, b in enumerate(self.blocks) if b.alive]
        return self._alive

    def prose_words(self, start: int = 0, end: int | None = None) -> int:
        """Words of the prose blocks still alive in blocks[start:end], from prefix sums."""
        prefix = self._prose_sums()
        n = len(self.blocks)
        end = n if end is None else min(max(end, 0), n)
        start = min(max(start, 0), n)
        return prefix[end] - prefix[start] if end > start else 0

    def prose_midpoint(self) -> int:
        """The first block index from which at most half of the prose words remain."""
        prefix = self._prose_sums()
        return bisect_left(prefix, (prefix[-1] + 1) // 2)

    def _prose_sums(self) -> list[int]:
        if self._prose_prefix is None:
            total = 0
            sums = [0]
            for b in self.blocks:
                if b.alive and is_prose(b):
                    total += b.weight
                sums.append(total)
            self._prose_prefix = sums
        return self._prose_prefix

    def prose_run(self) -> tuple[int, int] | None:
        """First and last block index of the densest run of prose: the maximum-sum segment
        of the block scores (see ``_score``). None without prose."""
        best: tuple[int, int | None, int | None] = (0, None, None)
        total, start = 0, None
        alive = [b for b in self.blocks if b.alive]
        lines = tally([b.paragraph for b in alive])
        with_sentences = {b.paragraph for b in alive if b.ends_sentence and lines[b.paragraph] <= 5}
        junk_run = 0
        if self._scores is None:
            scale = _STRICTNESS[self.options.strictness]
            self._scores = [score if score >= 0 else round(score * scale) for score in map(_score, self.blocks)]
        scores = self._scores
        for i, block in enumerate(self.blocks):
            if not block.alive:
                # Lines rules took out in a row (a menu, a footer) still mark a border; one junk
                # line alone (a caption, an advert label) sits inside articles as often as not.
                # Only lines taken out in this round count: a second clean of the output, which
                # no longer holds the earlier ones, must see the same borders (idempotence).
                if i not in self.fresh:
                    continue
                junk_run += 1
                if junk_run < _JUNK_RUN:
                    continue
                score = -_JUNK_COST
            else:
                junk_run = 0
                score = scores[i]
            if score < 0 and block.paragraph in with_sentences:
                score = 0  # a short line in a small paragraph of sentences: an address, a list under "from:"
            if start is None or total <= 0:
                if score <= 0:
                    continue
                total, start = score, i
            else:
                total += score
            if total > best[0]:
                best = (total, start, i)
        return None if best[1] is None or best[2] is None else (best[1], best[2])


_STRICTNESS = {"lenient": 0.5, "normal": 1.0, "strict": 1.6}  # what a non-prose line costs, relative
_JUNK_COST = 10  # per line of a run of junk the rules took out
_JUNK_RUN = 4  # from this many junk lines in a row: a menu or a footer, not a caption or a teaser


def _score(block: Block) -> int:
    """Prose gains its words beyond a threshold; a short sentence is neutral; a headline- or
    menu-shaped line costs more the longer it is (a long non-sentence is rarely body text)."""
    w = weight(block)
    if is_prose(block):
        return max(1, min(w, 150) - 10)
    if block.ends_sentence and not is_teaser_snippet(block):
        return 1
    return -(2 + min(w, 8))


_NO_HITS: dict = {}  # (shared, never written to)
# Kinds a rule also looks for at the end of a long line (``glued``), and how many characters
# may follow such a phrase there: a line phrase ends the line; a label has its headline after it.
_GLUED_TAIL = {"line": 3, "labels": _GLUED_REACH}
# What the automaton scan looks for: every literal kind, and the literals that patterns require.
_SCANNED_KINDS = ("line", "section", "labels", "place_labels", "date_names", "contains", "notices", "patterns",
                  "section_patterns")
_LONGEST_REACH = max(_KIND_REACH.values())  # lines longer than this are scanned only at their end


def _tail(text: str, overlap: int) -> int:
    """Where the end of a long line that glued phrases may stand in begins: after its last
    sentence stop (a glued phrase follows one, and a glued headline holds none), less the
    longest phrase (which may hold a stop itself), and no further back than _GLUED_REACH."""
    last = max(text.rfind(stop) for stop in STOPS)
    return max(0, len(text) - _GLUED_REACH - overlap, last - overlap)
_PLANS: list[tuple[list, list, list]] = []  # (values, plans, owner keys) per automaton seen


def _scan_plans(values: list) -> tuple[list[tuple[int, tuple[tuple[int, int, int], ...]]], list[tuple[str, str]]]:
    """For each automaton pattern (``values``: its (family, kind) owners), what the scan checks,
    made once per automaton: the longest line (in words) a hit is kept in (unbounded when an
    owner also counts glued at a line's end), and per owner its number, its kind's reach and how
    many characters may follow a glued phrase (-1: never glued). Owners are numbered (``owner
    keys``: number -> (family, kind)), which hash faster than pairs of strings."""
    for known, plans, keys in _PLANS:
        if known is values:
            return plans, keys
    numbers: dict[tuple[str, str], int] = {}
    plans = []
    for owners in values:
        steps = []
        for owner in owners:
            number = numbers.setdefault(owner, len(numbers))
            steps.append((number, _KIND_REACH[owner[1]], _GLUED_TAIL.get(owner[1], -1)))
        glued = any(tail >= 0 for _, _, tail in steps)
        plans.append((_UNBOUNDED if glued else max(reach for _, reach, _ in steps), tuple(steps)))
    keys = list(numbers)
    _PLANS.append((values, plans, keys))
    return plans, keys


_UNBOUNDED = 1 << 62


def tally(values: list[int]) -> dict[int, int]:
    """How often each value occurs: a plain dict, which compiled code fills faster than a
    collections.Counter is made."""
    counts: dict[int, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def _starts(parts: list[str]) -> list[int]:
    """Where each part starts in the parts joined by one character. (Loops like this one are
    plain loops: compiled, they cost less than itertools.)"""
    starts = []
    position = 0
    for part in parts:
        starts.append(position)
        position += len(part) + 1
    return starts


def _wordy(ch: str) -> bool:
    """A letter or digit that joins a word (CJK characters stand alone: no spaces between words)."""
    return ch.isalnum() and ord(ch) < 0x2E80
