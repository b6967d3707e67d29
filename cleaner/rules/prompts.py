"""Share, follow, subscribe, newsletter, donate, cookie and advertising prompts."""
from __future__ import annotations

from .base import Rule, Verdict
from .document import Document


class PromptLine(Rule):
    name = "prompts.line"
    evidence: tuple[tuple[str, str], ...] = (("prompts", "line"),)
    summary = "lines that are only a prompt or label: Advertisement, Share, Subscribe, Print"
    example = "ADVERTISEMENT"

    def judge(self, doc: Document):
        for i in doc.whole_lines("prompts", "line"):
            if doc.blocks[i].weight <= 10:
                yield Verdict(i, "share, subscribe, advertising or navigation prompt")
        for i, span in doc.glued("prompts", "line", min_weight=11).items():
            yield Verdict(i, "prompt glued onto a body line", span)


class PromptText(Rule):
    name = "prompts.text"
    evidence: tuple[tuple[str, str], ...] = (("prompts", "contains"), ("prompts", "notices"))
    summary = "cookie notices, newsletter and donation calls, paywall and copyright lines"
    example = "We use cookies to improve your experience. By continuing to use the site you agree."

    def judge(self, doc: Document):
        for i, spans in doc.anywhere("prompts", "contains").items():
            block = doc.blocks[i]
            if block.weight <= 40 or (block.weight <= 120 and len({block.lower[s:e] for s, e in spans}) >= 2):
                yield Verdict(i, "cookie, newsletter, donation or subscription prompt")
        for i in doc.anywhere("prompts", "notices"):
            if doc.blocks[i].weight <= 120:
                yield Verdict(i, "site notice: cookies, trademarks, terms of use, comment policy")
