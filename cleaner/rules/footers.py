"""Autoblog and syndication footers: "Source link", "The post X appeared first on Y"."""
from __future__ import annotations

from .base import Rule, Verdict
from .document import Document


class SyndicationFooter(Rule):
    name = "footers.syndication"
    evidence: tuple[tuple[str, str], ...] = (("footers", "line"), ("footers", "patterns"))
    summary = "autoblog and syndication footers"
    example = "Source link"

    def judge(self, doc: Document):
        for i in doc.whole_lines("footers", "line"):
            if doc.blocks[i].weight <= 8:
                yield Verdict(i, "autoblog or syndication footer")
        for i in doc.scan("footers", "patterns", max_weight=80):
            yield Verdict(i, "autoblog or syndication footer")
        for i, span in doc.glued("footers", "line", min_weight=9).items():
            yield Verdict(i, "syndication footer glued onto a body line", span)
