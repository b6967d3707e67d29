"""Share, follow, subscribe, newsletter, donate, cookie and advertising prompts."""
from __future__ import annotations

from .base import Document, Rule, Verdict, glued_tail, weight


class PromptLine(Rule):
    name = "prompts.line"
    summary = "lines that are only a prompt or label: Advertisement, Share, Subscribe, Print"
    example = "ADVERTISEMENT"

    def judge(self, doc: Document):
        line = doc.phrases.matcher("prompts", "line")
        glued = doc.phrases.matcher("prompts", "glued_line")
        if not line:
            return
        for i in doc.alive():
            block = doc.blocks[i]
            if weight(block) <= 10 and line.match(block.text):
                yield Verdict(i, "share, subscribe, advertising or navigation prompt")
            elif weight(block) > 10:
                tail = glued_tail(block, glued, 80)
                if tail:
                    yield Verdict(i, "prompt glued onto a body line", tail)


class PromptText(Rule):
    name = "prompts.text"
    summary = "cookie notices, newsletter and donation calls, paywall and copyright lines"
    example = "We use cookies to improve your experience. By continuing to use the site you agree."

    def judge(self, doc: Document):
        contains = doc.phrases.matcher("prompts", "contains")
        notices = doc.phrases.matcher("prompts", "notices")
        if not contains:
            return
        for i in doc.alive():
            block = doc.blocks[i]
            w = weight(block)
            if w > 120:
                continue
            if not contains.search(block.lower) and not (notices and notices.search(block.lower)):
                continue
            hits = {m.group() for m in contains.finditer(block.lower)}
            if hits and (w <= 40 or len(hits) >= 2):
                yield Verdict(i, "cookie, newsletter, donation or subscription prompt")
            elif notices and notices.search(block.lower):
                yield Verdict(i, "site notice: cookies, trademarks, terms of use, comment policy")
