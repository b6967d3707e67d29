"""Share, follow, subscribe, newsletter, donate, cookie and advertising prompts."""
from __future__ import annotations

from .base import Document, Rule, Verdict


class PromptLine(Rule):
    name = "prompts.line"
    summary = "lines that are only a prompt or label: Advertisement, Share, Subscribe, Print"
    example = "ADVERTISEMENT"

    def judge(self, doc: Document):
        for i, _, _ in doc.scan(doc.phrases.matcher("prompts", "line")):
            if doc.blocks[i].weight <= 10:
                yield Verdict(i, "share, subscribe, advertising or navigation prompt")
        for i, m, offset in doc.scan(doc.phrases.matcher("prompts", "glued_line")):
            if doc.blocks[i].weight > 10:
                yield Verdict(i, "prompt glued onto a body line", (m.start() - offset, m.end() - offset))


class PromptText(Rule):
    name = "prompts.text"
    summary = "cookie notices, newsletter and donation calls, paywall and copyright lines"
    example = "We use cookies to improve your experience. By continuing to use the site you agree."

    def judge(self, doc: Document):
        hits = doc.lines_matching(doc.phrases.matcher("prompts", "contains"), lower=True)
        for i, matches in hits.items():
            w = doc.blocks[i].weight
            if w <= 40 or (w <= 120 and len({m.group() for m in matches}) >= 2):
                yield Verdict(i, "cookie, newsletter, donation or subscription prompt")
        for i in doc.lines_matching(doc.phrases.matcher("prompts", "notices"), lower=True):
            if doc.blocks[i].weight <= 120:
                yield Verdict(i, "site notice: cookies, trademarks, terms of use, comment policy")
