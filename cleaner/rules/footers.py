"""Autoblog and syndication footers ("Source link", "The post X appeared first on Y"), and a
page's copyright and licence notices."""
from __future__ import annotations

from .base import Rule, Verdict
from .document import Document


_FOOTER_WORDS = 8  # the longest line that is only a footer phrase ("Source link")
_FOOTER_PATTERN_WORDS = 80  # the longest footer a pattern reads ("The post <title> appeared first on <site>.")
_NOTICE_LINE_WORDS = 120  # the longest line or piece read for a notice's sentences
_NOTICE_SENTENCE_WORDS = 30  # the longest sentence read as a notice
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
            yield Verdict(i, "copyright or licence notice", span)
