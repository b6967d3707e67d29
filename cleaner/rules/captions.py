"""Image and video captions and credits: "Photo: X / AFP via Getty Images", "Credits: Orient",
"(Manu Fernandez/AP)" at the end of a caption, and map or place labels."""
from __future__ import annotations

import re
from functools import cache

from ..casing import lower as lower_case
from ..datafiles import lines
from ..sentences import CJK_CHARACTER, OPENERS, TOKEN, capitalises_nouns, opens_sentence, pieces
from .article import is_headline, is_prose, reads_as_running_text
from .base import Rule, Verdict
from .document import Document, is_sentence, split_off
from .metadata import are_names

_DATELINE = re.compile(r"\)\s*[-–—]\s")
_CREDIT_REST = re.compile(r"(?: Photos?| Images| Pictures)?[)\]]?[^\S\n]++")  # the credit's end, to the sentence
_CLOSING = " \t.,;:!?)]'\"”’»"  # what may follow a credit's last word
_CLOSING_QUOTES = "\"”’»)"  # what may close a sentence after its stop
_CJK = re.compile(CJK_CHARACTER)
_LABEL_COLON = re.compile(r"[^\S\n]?[:：][^\S\n]*+")
_PARTNER = re.compile(r"[^\W\d_][\w&.'’-]{0,40}+[^\S\n]{1,3}+")  # a name after an agency's slash ("Reuters/Ipsos poll")
_SLASH_AFTER = re.compile(r"[^\S\n]{0,3}+/[^\S\n]{0,3}+(?=[^\W\d_])")  # an agency's slash before the photographer's names
_NAME_SEPARATORS = re.compile(r"[|/(),:;]")  # between a photographer's names and an agency ("Wang Zhao | AFP |")
_CAPTION_WORDS = 30  # the longest caption or credit line a label or an agency marks
_GLUED_WORDS = 80  # the longest piece of a long line read for a caption or credit glued before its sentence
_INSIDE_WORDS = 250  # the longest paragraph read for a credit glued between two of its sentences (longer ones are cut)
# The longest credit after its label ("Photograph: Julie Edwards/Alamy"), in characters and words
_CREDIT_CHARS = 60
_CREDIT_WORDS = 6
_NOUNS_CHARS = 400  # of the text after a credit, read to tell whether its language capitalises nouns
_SENTENCE_AFTER_WORDS = 5  # the fewest words of a sentence glued after a caption's credit
_SHORT_SENTENCE_WORDS = 3  # the same after a labelled credit, which its agency ends ("Photo: AP Turnout was low.")
_PLACE_LABEL_WORDS = 12  # the longest map or place label
_PARAGRAPH_SENTENCES = 3  # the fewest sentences before a labelled credit that make its line a paragraph, not a caption
_PARAGRAPH_WORDS = 15  # the fewest words of sentences around a credit that make its line a paragraph, not a caption


@cache
def _agencies() -> str:
    """The photo agencies (data file), as alternatives, longest first."""
    return "|".join(sorted(map(re.escape, lines("photo_agencies.txt")), key=len, reverse=True))


@cache
def _credit_only() -> re.Pattern:
    """A line that is only a credit: "Reuters", "Julie Edwards/Alamy", "Copyright Aurel Obreja/AP".
    ("© Reuters" alone is the text's copyright notice, which articles keep.)"""
    return re.compile(rf"[^\w\n©]*+(?:[^/.!?\n]{{1,60}}/[^\S\n]?)?(?:{_agencies()})(?: Photos?| Images)?[^\w\n]*+",
                      re.IGNORECASE)


@cache
def _agency_name() -> re.Pattern:
    """An agency's name, a whole word or words (``_agency_after``)."""
    return re.compile(rf"(?:{_agencies()})\b", re.IGNORECASE)


@cache
def _named_agency() -> re.Pattern:
    """The photographer's names, a slash and an agency's name: "John Doe/Reuters", "Сергей Бобылев/ТАСС"."""
    return re.compile(rf"[^/.!?\n]{{1,60}}/[^\S\n]?(?:{_agencies()})\b(?: Photos?| Images)?", re.IGNORECASE)


@cache
def _credit_ends() -> tuple[str, ...]:
    """How a credit alone on its line ends, lower-cased: an agency, maybe "photo(s)" or "images"
    (a cheap look before ``_credit_only``)."""
    agencies = [lower_case(a) for a in lines("photo_agencies.txt")]
    return tuple(agencies + [f"{a}{kind}" for a in agencies for kind in (" photo", " photos", " images")])


@cache
def _credit_tail() -> re.Pattern:
    """A bracketed credit ending a line: "(Manu Fernandez/AP)", "(AP Photo/Sue Ogrocki)",
    "(ESA/Hubble, M. Kornmesser via AP)", "[Getty Images]"."""
    agency = "(?:" + _agencies() + r"|Courtesy[^()\n]{0,60})(?: Photo| Images)?"
    return re.compile(
        rf"[(\[](?:(?:[^()\[\]\n]{{1,80}}(?:[/|]|\bvia\b)[^\S\n]?)?{agency}|{agency}[^\S\n]?[/|][^()\[\]\n]{{1,80}})[)\]][^\S\n]*$",
        re.IGNORECASE | re.MULTILINE)


class CreditLine(Rule):
    name = "captions.credit"
    keep = "captions"
    evidence: tuple[tuple[str, str, int], ...] = (("captions", "labels", _INSIDE_WORDS),
                                                  ("captions", "contains", _INSIDE_WORDS))
    needs_evidence = False  # (a bracketed credit at a line's end is found without a phrase)
    summary = "photo and video credits and caption lines"
    example = "Photo: Aref Tammawi / AFP via Getty Images"

    def judge(self, doc: Document):
        agencies = {i: kept for i, spans in doc.anywhere("captions", "contains").items()
                    if (kept := [span for span in spans if not _names_a_partner(doc.blocks[i].text, span[1])])}
        labelled = doc.labelled("captions")
        cut = set()  # the labelled pieces judged
        for i in labelled:
            block = doc.blocks[i]
            glued = block.line >= 0 and is_prose(block)
            if block.weight > (_GLUED_WORDS if glued else _CAPTION_WORDS):
                continue
            if glued:
                # A sentence cut from a long line, a labelled caption or credit glued before it:
                # the caption alone goes, when an agency's name says where it ends; the whole
                # piece, when the next piece of the line opens with the credit.
                verdicts = list(_credit_alone(i, block, agencies.get(i, []) + _agency_after(block.text, labelled[i]),
                                              len(block.text), "credit glued before a sentence (starts with a credit label)"))
                if not verdicts and block.weight <= _CAPTION_WORDS and _credit_opens(doc, i + 1, agencies):
                    verdicts = [Verdict(i, "caption cut from a long line: a credit label opens it, its credit follows")]
                yield from verdicts
                continue
            # (a short piece of a long line: a sentence glued after the labelled credit stays,
            # "Photo: John Doe/Getty Images Communication is key.")
            credit = agencies.get(i, []) + _agency_after(block.text, labelled[i]) if block.line >= 0 else []
            end = _sentence_after_credit(block.text, max(e for _, e in credit), _SHORT_SENTENCE_WORDS) if credit else 0
            yield Verdict(i, "caption or credit line (starts with a credit label)", (0, block.split(end) - 1) if end else None)
            cut.add(i)
        for i, spans in agencies.items():
            if i in cut:
                continue  # (judged by its label: the sentence after the credit stays)
            block = doc.blocks[i]
            glued = block.line >= 0 and is_prose(block)
            if block.weight > (_CAPTION_WORDS if block.line >= 0 and not glued else _GLUED_WORDS) \
                    and (block.line >= 0 or block.weight > _INSIDE_WORDS) or _is_dateline_body(block):
                continue
            if glued:
                # A sentence cut from a long line, a credit glued before it: the credit alone goes.
                yield from _credit_alone(i, block, spans, 12, "photo agency credit glued before a sentence")
                continue
            labelled_here = doc.phrase_hits("captions", "labels").get(i, [])
            if block.line < 0 and (inside := next((found for credit in _credits(spans) if (
                    found := _credit_inside(block.text, *credit, labels=labelled_here)) is not None), None)) is not None:
                # (a paragraph's sentences around a credit glued in: only the credit goes)
                yield Verdict(i, "photo agency credit glued inside a paragraph", split_off(block, *inside))
                continue
            if block.weight > _CAPTION_WORDS or block.line < 0 and _inside_a_sentence(block.text, spans) \
                    or all(block.text[s:s + 1] == "©" for s, _ in spans):
                # (a paragraph longer than a caption: only a credit inside it goes, above; "© Reuters"
                # on a line of its own is the article's notice, as likely as a photo's)
                continue
            start = _credits(spans)[-1][0]
            if block.line < 0 and doc.sole(i) and start and _after_a_sentence(block.text, start) \
                    and is_sentence(block.text[:start].rstrip()) and not _sentence_after_credit(block.text, spans[-1][1]):
                # (all the document has: its sentence stays, the credit glued after it goes)
                yield Verdict(i, "photo agency credit glued after the document's sentence",
                              split_off(block, start, len(block.text)))
                continue
            # (a piece of a long line: a sentence glued after the caption's credit stays)
            end = _sentence_after_credit(block.text, spans[-1][1]) if block.line >= 0 else 0
            yield Verdict(i, "caption with a photo agency credit", (0, block.split(end) - 1) if end else None)
        for i, spans in doc.phrase_hits("captions", "labels").items():
            block = doc.blocks[i]
            # (not in a piece cut from a long line: what stands before the label may be the article's)
            if i in labelled or block.line >= 0 or block.weight > _INSIDE_WORDS \
                    or not _ends_with_credit(block.text, spans[-1][1]):
                continue
            start = _credits(spans)[0][0]  # (from the first of the labels that overlap: "Crédit photo")
            if (len(pieces(block.text[:start])) >= _PARAGRAPH_SENTENCES or doc.sole(i)) \
                    and _after_a_sentence(block.text, start) and reads_as_running_text(block.text[:start], 0.5):
                # (a paragraph of sentences before it, or the whole document: no caption's text,
                # a source credit glued on; a caption may hold two sentences)
                yield Verdict(i, "labelled credit glued after a paragraph's sentences",
                              split_off(block, start, len(block.text)))
            elif block.weight <= _CAPTION_WORDS:
                yield Verdict(i, "caption ending with a labelled credit ('Photograph: Julie Edwards/Alamy')")
        tail, alone, ends = _credit_tail(), _credit_only(), _credit_ends()
        labels = doc.phrase_hits("captions", "labels")
        for i in doc.alive():
            block = doc.blocks[i]
            if block.text.endswith((")", "]")) and block.weight <= 60 and tail.search(block.text):
                yield Verdict(i, "caption ending with a bracketed photo credit")
            elif block.weight <= 8 and block.lower.rstrip(_CLOSING).endswith(ends) \
                    and alone.fullmatch(block.text, _label_before(block.text, labels.get(i, ()))):
                yield Verdict(i, "a photo credit alone on its line")


def _label_before(text: str, spans: list[tuple[int, int]] | tuple[()]) -> int:
    """Where a credit begins after a label that opens the line with a space and no colon ("Foto
    ANSA", "Photo AFP"), or 0."""
    for s, e in spans:
        if s == 0 and text[e:e + 1] == " ":
            return e + 1
    return 0


def _ends_with_credit(text: str, end: int) -> bool:
    """Whether a credit label ending at ``end`` ("Photograph", "Image") is followed by a colon
    and names to the end of the line (the label stands after the caption's text)."""
    colon = _LABEL_COLON.match(text, end)
    credit = text[colon.end():] if colon else ""
    return len(credit) <= _CREDIT_CHARS and len(credit.split()) <= _CREDIT_WORDS and ")" not in credit \
        and are_names(credit)


def _credit_alone(i: int, block, spans: list[tuple[int, int]], within: int, reason: str):
    """The verdict on the credit glued before the sentence of block ``i`` (the block split
    where the sentence begins), if ``_credit_before_sentence`` finds one."""
    end = _credit_before_sentence(block.text, spans, within)
    if end:
        yield Verdict(i, reason, (0, block.split(end) - 1))


def _credit_opens(doc: Document, i: int, agencies: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether block ``i`` is a piece of the same long line as the one before it and opens with an
    agency's credit ("(ANTARA FOTO/Jane Doe) The council ...")."""
    return 0 < i < len(doc.blocks) and doc.blocks[i].line >= 0 and doc.blocks[i].line == doc.blocks[i - 1].line \
        and any(start <= 1 for start, _ in agencies.get(i, ()))


def _agency_after(text: str, rest: str) -> list[tuple[int, int]]:
    """The span of an agency's name right after a credit's label, maybe after the photographer's
    names and a slash ("Photo: AFP Les habitants...", "Photo: John Doe/Reuters The mayor..."; ``rest``:
    the text after the label), as the agency phrases mark one: where the credit ends."""
    begin = len(text) - len(rest)
    found = _agency_name().match(text, begin) or _named_agency().match(text, begin)
    return [(begin, found.end())] if found else []


def _credit_before_sentence(text: str, spans: list[tuple[int, int]], within: int = 12) -> int:
    """Where the sentence begins after an agency credit that opens ``text`` ("| Getty Images
    Snake plants are...": the agency's name ``within`` characters of the start, nothing but
    punctuation before it unless ``within`` allows a label), or 0."""
    for start, end in spans:
        if start <= within and (within > 12 or not any(c.isalnum() for c in text[:start])):
            if text[start:start + 1] in "([":  # ("(Photo by Jane Doe/Getty Images) The ...": to its bracket's close)
                close = text.find(")" if text[start] == "(" else "]", end, end + _CREDIT_CHARS + 20)
                end = close + 1 if close != -1 else end
            if text[end - 1:end] == "/":  # ("REUTERS/Alkis Konstantinidis The council ...": the names after it)
                return _after_names(text, end)
            rest = _CREDIT_REST.match(text, end)
            if rest and text[rest.end():rest.end() + 3].lstrip(OPENERS)[:1].isupper():  # ("“We were ...")
                return rest.end()
            if text[end - 1:end] in "）)" and _CJK.match(text, end):
                return end  # (a bracketed credit before a sentence of a script without spaces: "...東京駅（共同通信）東京駅では")
    return 0


def _credit_inside(text: str, start: int, end: int,
                   labels: list[tuple[int, int]] | tuple[()] = ()) -> tuple[int, int] | None:
    """Where a credit found at ``text[start:end]`` stands, from the sentence stop before it to
    its closing bracket ("(Photo: John Smith/Reuters)", "Wang Zhao | AFP | Getty Images") or to
    the photographer's names after its slash ("REUTERS/John Smith/File Photo"), when a line of
    its own goes on with a sentence after it, and the sentences around it hold
    ``_PARAGRAPH_WORDS`` words or more: a paragraph's (a caption ends with its credit). A caption
    that a credit label opens (``labels``: "FILE PHOTO: A man walks past ...") goes with it. None
    otherwise."""
    stop = max(text.rfind(". ", 0, start + 1), text.rfind("! ", 0, start + 1), text.rfind("? ", 0, start + 1))
    if stop < 0 or start - stop > _CREDIT_CHARS:
        return None
    begin = stop + 2
    if not all(word[:1].isupper() for word in _NAME_SEPARATORS.sub(" ", text[begin:start]).split()):
        return None  # (only the photographer's names before the agency: not "This article, courtesy of")
    if text[begin:begin + 1] in "([":  # (to its bracket's close)
        close = text.find(")" if text[begin] == "(" else "]", end - 1)
        if close < 0:
            return None
        end = close + 1
    elif (slash := _SLASH_AFTER.match(text, end - 1 if text[end - 1:end] == "/" else end)) is not None:
        # (the names after the slash, up to the sentence after them: "REUTERS/John Smith The ...",
        # "© РИА Новости / Сергей Гунеев Глава ...")
        end = _after_names(text, slash.end())
        if not end:
            return None  # (no sentence after the names: "A Reuters/Ipsos poll found ..." is one)
    rest = _CREDIT_REST.match(text, end)
    after = rest.end() if rest is not None else end
    if len(text[begin:after].split()) > _CREDIT_WORDS + 2 or text[after:after + 1].islower():
        return None
    begin = _labelled_caption_before(text, begin, labels)
    before, behind = text[:begin], text[after:]
    sentences = [part for part in (before, behind) if part.strip() and reads_as_running_text(part, 0.5)]
    if sum(len(part.split()) for part in sentences) < _PARAGRAPH_WORDS:
        return None
    return (begin, after) if len(behind.split()) >= _SENTENCE_AFTER_WORDS and behind in sentences else None


def _after_a_sentence(text: str, at: int) -> bool:
    """Whether a sentence's stop stands right before ``at`` (spaces aside)."""
    return text[:at].rstrip().rstrip(_CLOSING_QUOTES)[-1:] in ".!?…"


def _credits(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the credits the agency (or label) phrases at ``spans`` (in order of their end) mark,
    last first, each from the first of the phrases that overlap it ("© РИА Новости" and
    "РИА Новости /" are one)."""
    out: list[tuple[int, int]] = []
    for s, e in reversed(spans):
        if out and e > out[-1][0]:
            out[-1] = (min(s, out[-1][0]), out[-1][1])
        else:
            out.append((s, e))
    return out


def _names_a_partner(text: str, end: int) -> bool:
    """Whether an agency's slash ending at ``end`` joins it to a partner's name that a sentence
    goes on after ("A Reuters/Ipsos poll found ..."): a name, no credit."""
    return text[end - 1:end] == "/" and (name := _PARTNER.match(text, end)) is not None \
        and text[name.end():name.end() + 1].islower()


def _labelled_caption_before(text: str, begin: int, labels: list[tuple[int, int]] | tuple[()]) -> int:
    """Where the sentence before ``begin`` opens, when a credit label and its colon open it
    ("FILE PHOTO: A man walks past the town hall, March 3, 2020."): the credit's caption;
    else ``begin``."""
    stop = max(text.rfind(". ", 0, begin - 2), text.rfind("! ", 0, begin - 2), text.rfind("? ", 0, begin - 2))
    opens = stop + 2 if stop >= 0 else 0
    for s, e in labels:
        if s == opens and _LABEL_COLON.match(text, e) and len(text[opens:begin].split()) <= _CAPTION_WORDS:
            return opens
    return begin


def _inside_a_sentence(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the credit phrases at ``spans`` stand inside a sentence of the line, neither
    opening it nor among the credit's last words: "This article, courtesy of Vascular Institute,
    will guide you through ..." (a caption's credit closes it or opens it)."""
    return spans[0][0] > 2 and len(text) - spans[-1][1] > _CREDIT_CHARS


def _sentence_after_credit(text: str, end: int, least: int = _SENTENCE_AFTER_WORDS) -> int:
    """Where a sentence begins right after an agency's credit ending at ``end`` ("... Photo: John
    Doe/Getty Images It is recognized on ..."): a capitalised word opening running text of
    ``least`` words or more to a stop at the piece's end; 0 when there is none."""
    rest = _CREDIT_REST.match(text, end)
    if rest is None or rest.end() >= len(text) or not text[rest.end()].isupper():
        return 0
    sentence = text[rest.end():]
    return rest.end() if len(sentence.split()) >= least and sentence.rstrip()[-1:] in ".!?" \
        and reads_as_running_text(sentence) else 0


def _after_names(text: str, start: int) -> int:
    """Where a sentence begins after the photographer's names that follow a credit's slash: the
    first capitalised word after one name or more that a lower-case word follows ("Jane Roe The
    council said"), or the article before it in a language that capitalises its nouns ("Max
    Mustermann Der Bürgermeister sagte"); 0 when there is none."""
    found = [(m.start(), m.group()) for _, m in zip(range(_CREDIT_WORDS + 2), TOKEN.finditer(text, start))]
    tokens = [word for _, word in found]
    firsts = [word.lstrip(OPENERS)[:1] for word in tokens]  # (a quotation opens the sentence: "“We were ...")
    for k in range(1, len(found) - 1):
        if not firsts[k - 1].isupper():
            return 0
        if firsts[k].isupper() and firsts[k + 1].islower():
            if k >= 2 and opens_sentence(tokens, k - 1, nouns=True) \
                    and capitalises_nouns(TOKEN.findall(text, found[k][0], found[k][0] + _NOUNS_CHARS)):
                return found[k - 1][0]
            return found[k][0]
    return 0


def _is_dateline_body(block) -> bool:
    """'LONDON (Reuters) - The ...': a news dateline opens body text, it is not a caption."""
    return is_prose(block) and bool(_DATELINE.search(block.text[:80]))


class PlaceLabel(Rule):
    name = "captions.place_label"
    keep = "captions"
    evidence: tuple[tuple[str, str, int], ...] = (("captions", "place_labels", _PLACE_LABEL_WORDS),)
    summary = "map and place labels left from an image"
    example = "Map of turkey, syria, idlib"

    def judge(self, doc: Document):
        for i, spans in doc.anywhere("captions", "place_labels", words=True).items():
            block = doc.blocks[i]
            if is_headline(block, _PLACE_LABEL_WORDS) and any(not any(c.isalnum() for c in block.lower[:s]) for s, _ in spans):
                yield Verdict(i, "map or place label of an image")
