"""Shared logic of the heading rules: a heading line goes; when it stands after the article's
prose, it opens a footer region that goes with it."""
from __future__ import annotations

import re
from typing import Iterator

from ..blocks import STOPS
from .article import is_headline, is_prose, is_tag_list, is_teaser_snippet
from .base import Verdict
from .document import Document

_WORDS = re.compile(r"[^\W\d_]+")
_STOPS = frozenset(STOPS)
MIN_ARTICLE_WORDS = 40
_PARAGRAPH_WORDS = 15  # a block that long after a weak heading reads as the article going on
_RELATED_REST_SHARE = 0.1  # prose after a related heading that keeps the rest of the page
_HEADING_WORDS = 12  # the longest heading that is one phrase ("Leave a Reply")
_HEADING_PATTERN_WORDS = 60  # the longest heading a pattern reads ("12 thoughts on <the title>")
_GLUED_HEADING_WORDS = 120  # the longest piece of a long line a heading is looked for inside


def heading_evidence(family: str) -> tuple[tuple[str, str, int], ...]:
    """The phrase tables ``heading_lines`` reads, with the longest line it reads each in: a
    rule built on it needs one of them found."""
    return ((family, "section", _GLUED_HEADING_WORDS), (family, "section_patterns", _HEADING_PATTERN_WORDS))


def heading_lines(doc: Document, family: str) -> list[int]:
    """Lines that are a section heading of ``family``: a phrase, or a heading pattern."""
    found = {i for i in doc.whole_lines(family, "section") if doc.blocks[i].weight <= _HEADING_WORDS}
    found.update(doc.scan(family, "section_patterns"))
    # A sentence cut from a long line ("Leave a comment.") is the text going on, not a heading;
    # a heading that opens a piece and runs on into the next block of the page is one
    # (``heading_verdict``).
    lines = {i for i in found if doc.blocks[i].line < 0 or doc.blocks[i].ending[-1:] not in _STOPS}
    lines.update(doc.opening(family))
    return sorted(lines)


def heading_verdict(doc: Document, i: int, family: str, reason: str) -> Iterator[Verdict]:
    """The heading at block ``i`` alone: the whole line, or, when it opens a piece of a long
    line and runs on, only its phrase (the text after it may be the article's: "One comment so
    far Book Beat aims to..."); nothing when a pattern's heading has no end to cut at, or when
    it stands inside a piece (the text around it may be the article's)."""
    span = _opening_span(doc, i, family)
    if span is None:
        yield Verdict(i, reason)
    elif span[0] == 0 and span[1]:
        yield Verdict(i, reason, (0, doc.blocks[i].split(span[1]) - 1))


def _cut_verdict(doc: Document, i: int, family: str, reason: str) -> Verdict:
    """The heading a tail is cut from: its block, or in a piece of a long line, from where it begins."""
    span = _opening_span(doc, i, family)
    if span is None or span[0] == 0:
        return Verdict(i, reason)
    block = doc.blocks[i]
    first = block.split(span[0])
    return Verdict(i, reason, (first, len(block.segments) - 1))


def tail_verdicts(doc: Document, family: str, heading_reason: str, region_reason: str,
                  keep_prose_after: bool, glued_only: bool = False) -> Iterator[Verdict]:
    """For each heading: when the article's prose stands before it, cut from it to the end of
    the document; otherwise only the heading and the teaser-shaped lines under it go. With
    ``glued_only``, only the headings that stand inside a piece of a long line, after its start.

    A one- or two-word heading ("Comments") is weak evidence: it cuts only when more prose
    stands before it than after, or when a comment's first line follows it ("Jane says:").
    With ``keep_prose_after`` (related blocks, which may sit mid-article) prose after the
    heading's teasers keeps the rest of the document."""
    cut_from = None
    for i in heading_lines(doc, family):
        if glued_only and not _glued_inside(doc, i, family):
            continue
        before = doc.prose_words(0, i)
        teasers = _teasers_under(doc, i)
        if keep_prose_after:
            rest = (teasers[-1] if teasers else i) + 1
            cuts = before > 0 and doc.prose_words(rest) <= before * _RELATED_REST_SHARE
        elif len(_WORDS.findall(doc.blocks[i].text)) <= 2:
            # ...and when what follows does not open like the article going on (a full paragraph);
            # comment threads open with a name, a date, a short reply or the comment form.
            cuts = before >= doc.prose_words(i + 1) and not _opens_with_paragraph(doc, i) \
                or before >= MIN_ARTICLE_WORDS and _opens_thread(doc, i, family)
        else:
            cuts = before >= MIN_ARTICLE_WORDS
        if cuts:
            cut_from = i
            break
        yield from heading_verdict(doc, i, family, heading_reason)
        if _runs_on_into_a_teaser(doc, i, family):
            yield Verdict(i, region_reason)
        for j in teasers:
            yield Verdict(j, region_reason)
    if cut_from is not None:
        yield _cut_verdict(doc, cut_from, family, heading_reason)
        for j in range(cut_from + 1, len(doc.blocks)):
            if doc.blocks[j].alive:
                yield Verdict(j, region_reason)


def _opening_span(doc: Document, i: int, family: str) -> tuple[int, int] | None:
    """Where a heading opens in block ``i`` when the block is a piece of a long line (``Document.opening``)."""
    return doc.opening(family).get(i) if doc.blocks[i].line >= 0 else None


def _runs_on_into_a_teaser(doc: Document, i: int, family: str) -> bool:
    """Whether the heading opening the piece ``i`` of a long line runs on into a teaser cut off
    with an ellipsis ("You may also like: Schools to close early for storm..."): the first of
    those under it."""
    span = _opening_span(doc, i, family)
    return span is not None and span[0] == 0 and bool(span[1]) and is_teaser_snippet(doc.blocks[i])


def _glued_inside(doc: Document, i: int, family: str) -> bool:
    span = _opening_span(doc, i, family)
    return span is not None and span[0] > 0


def _following(doc: Document, heading: int) -> int | None:
    """The first alive block after a heading."""
    return next((j for j in doc.alive() if j > heading), None)


def _opens_with_paragraph(doc: Document, heading: int) -> bool:
    following = _following(doc, heading)
    return following is not None and is_prose(doc.blocks[following]) and doc.blocks[following].weight >= _PARAGRAPH_WORDS


def _opens_thread(doc: Document, heading: int, family: str) -> bool:
    """Whether the first line after a heading opens a comment: its author and the verb ("Jane
    Doe says:", a ``patterns`` line of the family), however much the replies outweigh the article."""
    following = _following(doc, heading)
    return following is not None and following in doc.scan(family, "patterns")


def _teasers_under(doc: Document, heading: int) -> list[int]:
    """Headline- or snippet-shaped lines right under a heading."""
    found = []
    for j in range(heading + 1, len(doc.blocks)):
        block = doc.blocks[j]
        if not block.alive:
            continue
        # (a run of capitalised words cut from a long line, under a heading: its headlines run together)
        if is_teaser_snippet(block) or is_tag_list(block) or (is_headline(block) and not is_prose(block)) \
                or block.kind == "title_run":
            found.append(j)
        else:
            break
    return found
