"""Autoblog and syndication footers: "Source link", "The post X appeared first on Y"."""
from __future__ import annotations

from .base import Document, Rule, Verdict, glued_tail, weight


class SyndicationFooter(Rule):
    name = "footers.syndication"
    summary = "autoblog and syndication footers"
    example = "Source link"

    def judge(self, doc: Document):
        line = doc.phrases.matcher("footers", "line")
        glued = doc.phrases.matcher("footers", "glued_line")
        patterns = doc.phrases.matcher("footers", "patterns")
        for i in doc.alive():
            block = doc.blocks[i]
            if (line and weight(block) <= 8 and line.match(block.text)) or \
                    (patterns and weight(block) <= 80 and patterns.match(block.text)):
                yield Verdict(i, "autoblog or syndication footer")
            elif weight(block) > 8:
                tail = glued_tail(block, glued, 100)
                if tail:
                    yield Verdict(i, "syndication footer glued onto a body line", tail)
