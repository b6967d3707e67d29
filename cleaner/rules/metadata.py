"""Page metadata in the body: date and time stamps, bylines ("By Jane Doe with AP"),
"Posted by: X - Category: Y" lines, and tag lists under a "Tags" heading."""
from __future__ import annotations

import re
from functools import cache

from ..casing import lower as lower_case
from ..datafiles import lines
from ..phrases import PhraseBook
from ..sentences import TOKEN, opens_sentence
from .article import is_prose, reads_as_running_text
from .base import Rule, Verdict
from .document import Document, name_joins
from .tails import heading_evidence, tail_verdicts

_LEFTOVER = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_COLON = re.compile(r"(?<![^\S\n])[^\S\n]*+[:：]")  # (tried from a run of spaces' first only)
_DATELINE_WORDS = 14  # the longest date or time stamp line
_BYLINE_WORDS = 40  # the longest byline or category line
_BIO_WORDS = 120  # the longest author's bio paragraph
_BIO_NAME_WORDS = 4  # the most words of the name before "is a writer..."
_NAMES_WORDS = 12  # the longest byline made of names ("By Jane Doe and John Roe with AP")
_DATED_BYLINE_WORDS = 24  # the longest with its date and comment count ("Posted by ... on March 3, 2024 at 10:07 am | 3 Comments")
_LABEL_WORDS = 3  # the longest byline opener alone on its line ("Written by:")
# A byline stands before the article or after it: with less than this share of the prose on
# one side ("By the Numbers" is a section heading inside it).
_BYLINE_EDGE_SHARE = 0.15
_NAME_PUNCT = ",;|/·•–—-()"
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}(?!\d)")  # a time of day: "3:26", "15.40", "9h30"
# A news dateline: a place in capitals, maybe its region and an agency, then a dash ("MIDLAND, Texas —")
_NEWS_DATELINE = re.compile(r"(?<![A-Z'.\-])[A-Z][A-Z'.\-]{2,30}(?: [A-Z][A-Z'.\-]{1,30}){0,3}"
                            r"(?:, [A-Z][\w.']{1,30}(?: [A-Z][\w.']{1,30}){0,3})?"
                            r"(?: \([^()\n]{2,30}\))? ?[-–—]{1,2} (?=[\"“A-Z])")  # (bounded: linear)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")
_FIRST_BLOCKS = 3  # the article's first blocks, where a stamp glued before its dateline stands
_STAMP_CHARS = 300  # how far into its first block a dateline may stand after a stamp


class Dateline(Rule):
    name = "metadata.dateline"
    keep = "datelines"
    evidence: tuple[tuple[str, str, int], ...] = (("metadata", "date_names", _DATELINE_WORDS),)
    needs_evidence = False  # (a stamp glued before the dateline stands in a line longer than its reach)
    contextual = True  # (a stamp before the dateline is judged in the article's first blocks: once the lines above go)
    summary = "lines that are only a date or time stamp, possibly with 'Updated' or a source name"
    example = "Updated on: November 19, 2019 / 10:07 AM / CBS News"
    max_other_words = 2

    def judge(self, doc: Document):
        connectors = doc.phrases.matcher("metadata", "date_words")
        for i, names in doc.anywhere("metadata", "date_names", words=True).items():
            block = doc.blocks[i]
            if block.weight > _DATELINE_WORDS or block.kind == "table" or "|" in block.text or is_prose(block) \
                    or not _DIGIT.search(block.text):
                continue
            chars = list(block.lower)
            for s, e in names:
                chars[s:e] = " " * (e - s)
            rest = "".join(chars)
            if connectors:
                rest = connectors.sub(" ", rest)
            if len(_LEFTOVER.findall(rest)) <= self.max_other_words:
                yield Verdict(i, "date or time stamp")
        yield from _stamp_before_dateline(doc)
        yield from _stamps_before_lead(doc)


def _stamps_before_lead(doc: Document):
    """Date stamps glued before the first sentence of a page stored as one line ("Published
    March 12, 2024 Updated March 13, 2024 The council approved..."), in the article's first
    blocks: they go, up to the sentence (a capitalised word after them; "March 12, 2024 was a
    day to remember" is the sentence's own date). Where two of those blocks open with a date, or
    a date follows in the sentence's block, they are a dated list's entries ("2021-08-09 Added a
    section on ... 2022-04-12 Linked ..."), which stay."""
    date = _date_after_names(doc.phrases)
    if date is None:
        return
    first = [i for i in doc.alive()[:_FIRST_BLOCKS] if doc.blocks[i].line >= 0]
    if sum(1 for i in first if date.match(doc.blocks[i].text)) >= 2:
        return  # (a dated list's entries)
    openers = _byline_words(doc.phrases)[0]
    for k, i in enumerate(first):
        block = doc.blocks[i]
        if not block.ends_sentence or k and doc.blocks[first[k - 1]].text.startswith(openers):
            continue  # (a byline's date after its names goes with the byline: ``_date_after_byline``)
        at, after = 0, 0
        while True:
            resumes = _sentence_after(date, block.text, at)
            if not resumes:
                break  # (no stamp there, or one that the sentence goes on after)
            after = at = resumes
        if after and reads_as_running_text(block.text[after:]) and not date.search(block.text, after):
            yield Verdict(i, "date stamp glued before the article's first sentence", (0, block.split(after) - 1))
            return


def _stamp_before_dateline(doc: Document):
    """A time stamp glued, with what stands around it (a player's label, a byline), before the
    news dateline that opens the article: "Volume 90%Jane Doe (News West9)3:26 AM CDT March 30,
    2021MIDLAND, Texas — As a record number...". Only in the article's first blocks, with no
    sentence before the dateline (a headline glued there is the article's)."""
    first = doc.alive()[:_FIRST_BLOCKS + 1]
    for k, i in enumerate(first[:_FIRST_BLOCKS]):
        block = doc.blocks[i]
        text = block.text
        if not _CLOCK.search(text, 0, _STAMP_CHARS):
            continue
        found = _NEWS_DATELINE.search(text, 0, _STAMP_CHARS + 60)
        at = found.start() if found is not None else len(text)
        before = text[:at]
        if not at or not _CLOCK.search(before) or _SENTENCE_END.search(before + " ") \
                or len(before.split()) > _BYLINE_WORDS:
            continue
        if found is not None:
            yield Verdict(i, "time stamp and byline glued before the article's dateline", (0, block.split(at) - 1))
            return
        following = doc.blocks[first[k + 1]].text if k + 1 < len(first) else ""
        if _NEWS_DATELINE.match(following):  # (a piece of its own, cut before the dateline)
            yield Verdict(i, "time stamp and byline right before the article's dateline")
            return


class StockQuote(Rule):
    name = "metadata.stock_quote"
    needs_evidence = False  # (the quote is the evidence: no phrase stands with it)
    summary = "a stock quote glued into a sentence after a company's name: its ticker and the day's change"
    example = "Tesla's TSLA, +5.04% Fremont plant (the quote goes, the sentence stays)"

    def judge(self, doc: Document):
        quotes = _stock_quotes()
        for i in doc.alive():
            block = doc.blocks[i]
            text = block.text
            if "%" not in text:
                continue
            # (in order: a later split leaves the segments of an earlier verdict as they were)
            for found in quotes.finditer(text):
                end = found.end() + (1 if text[found.end():found.end() + 1] == " " else 0)
                yield Verdict(i, "stock quote (ticker and change) glued into the sentence",
                              (block.split(found.start()), block.split(end) - 1))


@cache
def _stock_quotes() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in lines("stock_quotes.txt")))


class Byline(Rule):
    name = "metadata.byline"
    keep = "bylines"
    contextual = True  # (where the prose stands decides: judged again as other lines go)
    # (Its openers, "By", "Di", "Por", hide inside many words: each short line's start is read
    # instead of scanning the whole text for them.)
    needs_evidence = False
    summary = "a byline of names alone, before or after the article: 'By Jane Doe and John Roe with AP'"
    example = "By Daniel Bellamy with AP"

    def judge(self, doc: Document):
        openers, joins = _byline_words(doc.phrases)
        if not openers:
            return
        blocks = doc.blocks
        alive = doc.alive()
        # (the article's first paragraph: a byline glued before its sentence stands there, one
        # after its date before it)
        lead = next((i for i in alive if blocks[i].line < 0 and is_prose(blocks[i])), len(blocks))
        for i in alive:
            block = blocks[i]
            if block.weight > _DATED_BYLINE_WORDS and block.line < 0 \
                    and (i > lead or not block.text.startswith(openers)):
                continue  # (longer than a byline with its date: only one glued before the lead's sentence)
            text = block.text if block.text[:1] not in _NAME_PUNCT else block.text.lstrip(_NAME_PUNCT + " ")
            if block.weight > _NAMES_WORDS and block.line < 0:
                # (longer than names alone: a byline with its date; or one glued before the first
                # sentence of a paragraph, "By Jane Doe, Reuters The council voted...", as in a piece
                # of a long line)
                dated = list(_dated_byline_verdict(doc, i, text, openers, joins)) \
                    if block.weight <= _DATED_BYLINE_WORDS else []
                glued = 0 if dated else _glued_byline(doc, i, text, openers, joins)
                if glued:
                    yield Verdict(i, "byline glued before the article's first sentence",
                                  (0, block.split(glued + len(block.text) - len(text)) - 1))
                yield from dated
                continue
            if block.weight <= _LABEL_WORDS and block.line < 0 and _label_alone(text, openers):
                names = next((j for j in doc.alive() if j > i), None)
                # (the label on a line of its own, the names on the next: "Written by" / "Jane Doe")
                if names is not None and blocks[names].line < 0 and blocks[names].weight <= _NAMES_WORDS \
                        and not is_prose(blocks[names]) and are_names(blocks[names].text, joins) \
                        and _at_an_edge(doc, i, names):
                    yield Verdict(i, "byline: its label on a line of its own, the names on the next")
                    yield Verdict(names, "byline: the names under its label")
                continue
            if not text.startswith(openers):
                if block.line < 0 and block.weight <= _NAMES_WORDS and _agency_byline(text, joins) \
                        and _at_an_edge(doc, i, i):
                    yield Verdict(i, "byline: names and the agency they write for ('Jane Doe, AP Auto Writer')")
                elif i < lead and block.weight <= _NAMES_WORDS and _DIGIT.search(text) \
                        and _date_then_names(text, openers, joins, doc):
                    yield Verdict(i, "byline after its date ('Posted on March 3, 2024 by Jane Doe')")
                continue
            opener = next(o for o in openers if text.startswith(o))
            # (a piece of a long line: the byline glued before the lead, "By Jane Doe LONDON (Reuters) - The...",
            # "Posted by Jane Doe on March 3, 2024 The council...")
            glued = _names_end(text, len(opener), joins, _date_after_names(doc.phrases)) \
                if block.line >= 0 and block.ends_sentence else 0
            if not glued and (is_prose(block) or not are_names(text[len(opener):], joins)):
                if block.line < 0:
                    yield from _dated_byline_verdict(doc, i, text, openers, joins)
                continue
            if _at_an_edge(doc, i, i):
                if glued:
                    yield Verdict(i, "byline glued before the article's first sentence",
                                  (0, block.split(glued + len(block.text) - len(text)) - 1))
                else:
                    yield Verdict(i, "byline")
                    if block.line >= 0:
                        yield from _date_after_byline(doc, i)


def _glued_byline(doc: Document, i: int, text: str, openers: tuple[str, ...], joins: frozenset[str]) -> int:
    """Where the sentence begins after a byline glued before it that opens line ``i`` (``text``,
    its signs before the opener left out), before the article; 0 when there is none."""
    if not doc.blocks[i].ends_sentence or not text.startswith(openers):
        return 0
    opener = next(o for o in openers if text.startswith(o))
    glued = _names_end(text, len(opener), joins, _date_after_names(doc.phrases))
    return glued if glued and _at_an_edge(doc, i, i) else 0


def _date_then_names(text: str, openers: tuple[str, ...], joins: frozenset[str], doc: Document) -> bool:
    """Whether a line is a date stamp and the byline's names after it ("Posted on March 3, 2024
    by Jane Doe", "Updated March 3, 2024 | By Staff"), its opener in either case."""
    date = _date_after_names(doc.phrases)
    found = date.match(text) if date is not None else None
    if found is None or not found.group().strip():
        return False
    rest = text[found.end():].lstrip(_NAME_PUNCT + " ")
    folded = rest.casefold()
    opener = next((o for o in openers if folded.startswith(o.casefold())), None)
    if opener is None:
        return False
    return _dated_names(rest[len(opener):], joins)


def _dated_names(names: str, joins: frozenset[str]) -> bool:
    """Whether ``names`` are a byline's that a date goes with: names, or one name (a desk's or a
    pen name, "By Staff | March 3, 2024"; the date tells the byline)."""
    return are_names(names, joins) or len(names.split()) == 1 and names.strip(_NAME_PUNCT + " ").istitle()


def _dated_byline_verdict(doc: Document, i: int, text: str, openers: tuple[str, ...], joins: frozenset[str]):
    """The line ``i`` (``text``, its signs before the opener left out) as a byline with its date,
    before or after the article."""
    opener = next((o for o in openers if text.startswith(o)), None)
    if opener is not None and _dated_byline(text, len(opener), joins, doc.phrases) and _at_an_edge(doc, i, i):
        yield Verdict(i, "byline with its date ('Posted by Jane Doe | March 3, 2024 | 3 Comments')")


def _dated_byline(text: str, start: int, joins: frozenset[str], phrases: PhraseBook) -> bool:
    """Whether a line is a byline's names (from ``start``, past its opener), their date
    (``_date_after_names``) and nothing else but the count of its comments or the comment
    section's link ("| 3 Comments", "| Leave a comment")."""
    date = _date_after_names(phrases)
    found = date.search(text, start) if date is not None else None
    if found is None or not _dated_names(text[start:found.start()], joins):
        return False
    rest = text[found.end():].strip(_NAME_PUNCT + " ")
    if not rest:
        return True
    counts = phrases.matcher("comments", "section_patterns")
    return lower_case(rest) in _comment_headings(phrases) or counts is not None and counts.fullmatch(rest) is not None


@cache
def _comment_headings(phrases: PhraseBook) -> frozenset[str]:
    """The comment section's headings, lower-cased ("Leave a comment", "Comments")."""
    return frozenset(lower_case(p) for p in phrases.phrases("comments", "section"))


def _at_an_edge(doc: Document, first: int, last: int) -> bool:
    """Whether blocks ``first`` to ``last`` stand before the article or after it: less than a
    share of the prose on one side (the prose's sums are read once a round, for a candidate)."""
    return _before_the_article(doc, first) or doc.prose_words(last + 1) <= _BYLINE_EDGE_SHARE * doc.prose_words()


def _before_the_article(doc: Document, first: int) -> bool:
    """Whether block ``first`` stands before the article: less than a share of the prose before it."""
    return doc.prose_words(0, first) <= _BYLINE_EDGE_SHARE * doc.prose_words()


def _agency_byline(text: str, joins: frozenset[str]) -> bool:
    """Whether a line is names, a comma, and a news agency with the author's role, capitalised:
    "Tom Krisher, AP Auto Writer", "Jane Roe, Reuters" (no opener: the agency says it)."""
    head, comma, tail = text.rpartition(", ")
    words = tail.split()
    if not comma or not words or not are_names(head, joins):
        return False
    for k in range(len(words), 0, -1):  # (the longest agency name first: "Associated Press")
        if " ".join(words[:k]).casefold() in _agencies():
            return all(word[:1].isupper() for word in words[k:])
    return False


@cache
def _opener_labels(openers: tuple[str, ...]) -> frozenset[str]:
    """A phrase book's byline openers, lower-cased, as a line of their own reads them."""
    return frozenset(lower_case(opener.strip()) for opener in openers)


def _label_alone(text: str, openers: tuple[str, ...]) -> bool:
    """Whether a line is only a byline's opener, in any case, maybe with a colon ("Written By:")."""
    return lower_case(text.rstrip(": ")) in _opener_labels(openers)


def _date_after_byline(doc: Document, i: int):
    """A byline's date, cut from a long line as the piece after the byline's (its names are
    capitalised words before "April 8, 2024 The council..."), up to the sentence it is glued to."""
    date = _date_after_names(doc.phrases)
    following = next((j for j in doc.alive() if j > i), None)
    if date is None or following is None or doc.blocks[following].line != doc.blocks[i].line:
        return
    block = doc.blocks[following]
    after = _sentence_after(date, block.text, 0)
    if after:
        yield Verdict(following, "the byline's date, glued before the article's first sentence",
                      (0, block.split(after) - 1))


def _sentence_after(date: re.Pattern[str], text: str, at: int) -> int | None:
    """Where the sentence begins after a byline's date at ``at`` in ``text`` (the signs and
    spaces after it aside): a capitalised word; 0 when something else follows the date, None
    when no date stands there."""
    stamp = date.match(text, at)
    if stamp is None:
        return None
    after = len(text) - len(text[stamp.end():].lstrip(_NAME_PUNCT + " "))
    return after if text[after:after + 1].isupper() else 0


def _names_end(text: str, start: int, joins: frozenset[str], date: re.Pattern[str] | None = None) -> int:
    """Where the text goes on after the names of a byline that opens it (from ``start``, past its
    opener): at a word in capitals (a dateline's place, "LONDON (Reuters) -"), at the first name
    again (a bio), or at a capitalised word a lower-case word follows (a sentence: "Police
    said"), or at an article opening a sentence ("The council said"), after two names or more;
    after a date that follows two names or more (``date``: ``_date_after_names``), when a
    capitalised word follows it; 0 when the names run to the end or something else stands
    among them."""
    names = 0
    first = ""
    words = [(m.start(), m.group()) for _, m in zip(range(_NAMES_WORDS + 2), TOKEN.finditer(text, start))]
    tokens = [word for _, word in words]
    for k, (at, word) in enumerate(words):
        if names >= 2 and date is not None:
            resumes = _sentence_after(date, text, at)
            if resumes is not None:
                return resumes
        bare = word.strip(_NAME_PUNCT)
        following = words[k + 1][1] if k + 1 < len(words) else ""
        if bare.casefold() in joins:
            # (a joining word capitalised opens the sentence as its article: "The council said",
            # "Der Bürgermeister sagte"; "Jane Doe, The Associated Press" goes on with names)
            after = words[k + 2][1] if k + 2 < len(words) else ""
            if names >= 2 and bare[:1].isupper() and (following[:1].islower() and following.casefold() not in joins
                                                      or following[:1].isupper() and after[:1].islower()):
                return at
            continue
        if bare.casefold() in _agencies() and not following[:1].islower():
            names += 1  # (the agency the author writes for, "dpa", "AFP": a name, not a dateline's place)
            continue
        if not bare[:1].isupper() or any(c.isdigit() for c in bare):
            return 0
        # (the author's bio opens with the name again: "Written by Jane Doe Jane Doe is a writer";
        # an article opens a sentence before its capitalised noun: "... dpa Die Einladung soll")
        if names >= 2 and (bare == first or len(bare) >= 2 and bare.isupper()
                           or following[:1].islower() and following.casefold() not in joins
                           or opens_sentence(tokens, k)):
            return at
        first = first or bare
        names += 1
    return 0


@cache
def _date_after_names(phrases: PhraseBook) -> re.Pattern[str] | None:
    """A date as a byline gives it after the author's names, from a connecting word or sign on
    ("on March 3, 2024", "| 3 March 2024 at 10:07", "el 3 de marzo de 2024", "- 2024-03-03"),
    from the phrase book's month and day names and connecting words."""
    names = sorted(phrases.phrases("metadata", "date_names"), key=len, reverse=True)
    if not names:
        return None
    name = "|".join(re.escape(n) for n in names)
    joins = "|".join(re.escape(w) for w in sorted(phrases.phrases("metadata", "date_words"), key=len, reverse=True))
    word = rf"(?:(?:{joins}) )?" if joins else ""
    day = r"\d{1,2}(?:st|nd|rd|th)?\.?"
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"(?:{word}|[,|•·–—-] ?)(?:(?:{name}),? )?(?:(?:{name})\.? {day},? {year}|{day} (?:de )?(?:{name})\.?,? (?:de )?{year}"
        rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]{year}|{year}-\d\d-\d\d)(?:,? {word}\d{{1,2}}[:.h]\d\d(?: ?[AaPp]\.?[Mm]\.?)?)?")


@cache
def _agencies() -> frozenset[str]:
    """The news and photo agencies (data file), lower-cased."""
    return frozenset(agency.casefold() for agency in lines("photo_agencies.txt"))


@cache
def _byline_words(phrases: PhraseBook) -> tuple[tuple[str, ...], frozenset[str]]:
    """A phrase book's byline openers, as written ("By Jane Doe" opens a byline, "by Jane Doe"
    under a title credits a work), and the joining words of names, lower-cased."""
    return tuple(f"{w} " for w in phrases.phrases("metadata", "byline_words")), name_joins(phrases)


def are_names(text: str, joins: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` is only names: capitalised words and initials, with joining words
    ("and", "with", "de") and punctuation between them; two names, or one in capitals ("AP")."""
    if "!" in text or "?" in text:
        return False
    names = 0
    for word in text.split():
        word = word.strip(_NAME_PUNCT)
        if not word or word.casefold() in joins:
            continue
        if not word[0].isupper() or any(c.isdigit() for c in word):
            return False
        names += 1 if not word.isupper() or len(word) < 2 else 2
    return names >= 2


class AuthorBio(Rule):
    name = "metadata.author_bio"
    keep = "bylines"
    contextual = True  # (where the prose stands decides: judged again as other lines go)
    evidence: tuple[tuple[str, str, int], ...] = (("metadata", "patterns", _BIO_WORDS),)
    summary = "an author's bio before the article, with its byline: 'Jane Doe is a freelance writer based in Austin.'"
    example = "Jane Doe is a senior reporter at the Daily Planet who covers city hall."

    def judge(self, doc: Document):
        # (one after the article stays: a plain-prose bio at its end is the article's, as its
        # sign-off is; before it, the bio stands with the byline, over the page's header)
        joins = name_joins(doc.phrases)
        for i in doc.scan("metadata", "patterns"):
            # (the pattern found "<name> is a writer...": its name must be capitalised words, as a
            # person's is, up to the verb in lower case)
            words = doc.blocks[i].text.split(maxsplit=_BIO_NAME_WORDS + 1)
            name = next((k for k, word in enumerate(words) if not (word[:1].isupper() or word in joins)), len(words))
            if 0 < name <= _BIO_NAME_WORDS and name < len(words) and words[name][:1].islower() \
                    and _before_the_article(doc, i):
                yield Verdict(i, "author's bio before the article")


class MetadataLine(Rule):
    name = "metadata.labels"
    keep = "bylines"
    evidence: tuple[tuple[str, str, int], ...] = (("metadata", "labels", _BYLINE_WORDS),)
    summary = "byline and category lines: 'Posted by: X', 'Category: Y', 'Tags: a, b'"
    example = "05/10/2018 - Published by: Clarissa Borba - Category: Health - Tags: vehicles"

    def judge(self, doc: Document):
        for i, spans in doc.phrase_hits("metadata", "labels").items():
            block = doc.blocks[i]
            if block.weight > _BYLINE_WORDS:
                continue
            lower = block.lower
            labels = [s for s, e in spans if _COLON.match(lower, e)]
            opens = any(not lower[:s].strip("-–—•* ") for s in labels)
            if len(labels) >= 2 or (opens and block.weight <= 25 and not block.ends_sentence):
                yield Verdict(i, "byline, category or tag line")


class TagSection(Rule):
    name = "metadata.tags"
    evidence: tuple[tuple[str, str, int], ...] = heading_evidence("metadata")
    contextual = True
    summary = "a 'Tags' or 'Topics' heading and the keyword list under it"
    example = "Tags / calendario stock car 2018, stock car brasil, stock car cascavel"

    def judge(self, doc: Document):
        yield from tail_verdicts(doc, "metadata", "tags heading", "tag list under the tags heading",
                                 keep_prose_after=True)
