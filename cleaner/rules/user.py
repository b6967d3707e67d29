"""Your own junk, from the configuration's [markers]: whole lines that go, and lines from which
the rest of the document goes."""
from __future__ import annotations

from .base import Rule, Verdict
from .document import Document


_MARKER_WORDS = 12  # the longest line a marker phrase makes a marker line


class UserLines(Rule):
    name = "user.lines"
    evidence: tuple[tuple[str, str, int], ...] = (("user", "line", _MARKER_WORDS),)
    summary = "lines you listed in [markers] lines"
    example = "Mehr von unserem Partner"

    def judge(self, doc: Document):
        for i in doc.whole_lines("user", "line"):
            yield Verdict(i, "a line listed in the configuration's markers")


class UserTails(Rule):
    name = "user.tails"
    evidence: tuple[tuple[str, str, int], ...] = (("user", "section", _MARKER_WORDS),)
    summary = "a line you listed in [markers] tails, and everything after it"
    example = "Über den Autor"

    def judge(self, doc: Document):
        heads = doc.whole_lines("user", "section")
        if not heads:
            return
        yield Verdict(heads[0], "a tail marker listed in the configuration")
        for i in doc.alive():
            if i > heads[0]:
                yield Verdict(i, "after a tail marker listed in the configuration")
