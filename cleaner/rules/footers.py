"""Autoblog and syndication footers ("Source link", "The post X appeared first on Y"), and a
page's copyright and licence notices."""
from __future__ import annotations

from ..blocks import Block
from .article import COPYRIGHT
from .base import Rule, Verdict
from .document import Document


_FOOTER_WORDS = 8  # the longest line that is only a footer phrase ("Source link")
_FOOTER_PATTERN_WORDS = 80  # the longest footer a pattern reads ("The post <title> appeared first on <site>.")
_NOTICE_LINE_WORDS = 120  # the longest line or piece read for a notice's sentences
_NOTICE_SENTENCE_WORDS = 30  # the longest sentence read as a notice
_SIGN_REACH = 80  # how far before a notice's sentence its copyright sign and year are looked for
_NOTICE_UNSTOPPED_WORDS = 12  # the longest notice without a stop, on a line of its own ("© 2024 Example Media")


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


class CopyrightNotice(Rule):
    name = "footers.copyright"
    evidence: tuple[tuple[str, str, int], ...] = (("footers", "sentence_patterns", _NOTICE_LINE_WORDS),)
    summary = "a copyright or licence notice, sentence by sentence (a line's other sentences stay)"
    example = "Copyright 2021 The Associated Press. All rights reserved."

    def judge(self, doc: Document):
        for i, span in doc.scan_sentences("footers", "sentence_patterns", _NOTICE_SENTENCE_WORDS,
                                          _NOTICE_UNSTOPPED_WORDS).items():
            block = doc.blocks[i]
            first = span[0] if span is not None else 0
            before = sum(len(s.text) for s in block.segments[:first] if s.alive)
            if before:
                sign = _sign_before(block.text, before)
                if sign is not None and span is not None:
                    span = (block.split(sign), span[1] + 1)
            elif block.line >= 0 and i > 0 and doc.blocks[i - 1].line == block.line and doc.blocks[i - 1].alive:
                # (the piece of the line before ends with the sign and the notice's first words)
                previous = doc.blocks[i - 1]
                sign = _sign_before(previous.text, len(previous.text))
                if sign is not None:
                    yield Verdict(i - 1, "copyright or licence notice", (previous.split(sign), len(previous.segments) - 1))
            yield Verdict(i, "copyright or licence notice", span)


def _sign_before(text: str, at: int) -> int | None:
    """Where a copyright sign and year open the notice whose sentences begin at ``at``, inside
    the sentence before them ("... Terms of Use © 2024 Example Media. All rights reserved."): a
    menu run into the notice's first sentence leaves it no sentence of its own. None without one."""
    begin = max(0, at - _SIGN_REACH)
    found = None
    for found in COPYRIGHT.finditer(text, begin, at):
        pass  # (the last sign before the notice's sentences)
    if found is None or found.start() == 0:
        return None
    sentence = text[found.start():at].rstrip()[:-1]
    return None if any(f"{stop} " in sentence for stop in ".!?") else found.start()
