"""Shared logic of the heading rules: a heading line goes; when it stands after the article's
prose, it opens a footer region that goes with it."""
from __future__ import annotations

import re
from typing import Iterator

from .base import Document, Verdict, is_headline, is_prose, is_teaser_snippet, weight


def heading_lines(doc: Document, matcher: re.Pattern | None) -> Iterator[int]:
    if matcher is None:
        return
    for i in doc.alive():
        block = doc.blocks[i]
        if weight(block) <= 12 and matcher.match(block.text):
            yield i


def tail_verdicts(doc: Document, matcher: re.Pattern | None, heading_reason: str, region_reason: str,
                  keep_prose_after: bool) -> Iterator[Verdict]:
    """For each heading: when the article has begun before it, cut from it to the end of the
    document, unless (``keep_prose_after``) substantial prose follows, in which case only the
    heading and the teaser-shaped lines under it go."""
    headings = list(heading_lines(doc, matcher))
    if not headings:
        return
    cut_from = None
    for i in headings:
        before = doc.prose_words(0, i)
        after = doc.prose_words(i + 1)
        if before == 0 or (keep_prose_after and after > before * 0.3):
            yield Verdict(i, heading_reason)
            yield from _teasers_under(doc, i, region_reason)
            continue
        cut_from = i
        break
    if cut_from is not None:
        yield Verdict(cut_from, heading_reason)
        for j in range(cut_from + 1, len(doc.blocks)):
            if doc.blocks[j].alive:
                yield Verdict(j, region_reason)


def _teasers_under(doc: Document, heading: int, reason: str) -> Iterator[Verdict]:
    """Headline- or snippet-shaped lines right under a heading in mid-article."""
    for j in range(heading + 1, len(doc.blocks)):
        block = doc.blocks[j]
        if not block.alive:
            continue
        if is_teaser_snippet(block) or (is_headline(block) and not is_prose(block)):
            yield Verdict(j, reason)
        else:
            return
