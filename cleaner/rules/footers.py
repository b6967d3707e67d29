"""Autoblog and syndication footers: "Source link", "The post X appeared first on Y"."""
from __future__ import annotations

from .base import Rule, Verdict
from .document import Document


_FOOTER_WORDS = 8  # the longest line that is only a footer phrase ("Source link")
_FOOTER_PATTERN_WORDS = 80  # the longest footer a pattern reads ("The post <title> appeared first on <site>.")


class SyndicationFooter(Rule):
    name = "footers.syndication"
    evidence: tuple[tuple[str, str, int], ...] = (("footers", "line", _FOOTER_WORDS),
                                                  ("footers", "patterns", _FOOTER_PATTERN_WORDS))
    summary = "autoblog and syndication footers"
    example = "Source link"

    def judge(self, doc: Document):
        for i in doc.whole_lines("footers", "line"):
            if doc.blocks[i].weight <= _FOOTER_WORDS:
                yield Verdict(i, "autoblog or syndication footer")
        for i in doc.scan("footers", "patterns"):
            yield Verdict(i, "autoblog or syndication footer")
        for i, span in doc.glued("footers", "line", min_weight=_FOOTER_WORDS + 1).items():
            yield Verdict(i, "syndication footer glued onto a body line", span)
