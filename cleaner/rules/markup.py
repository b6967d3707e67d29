"""Markup rules: remnants of a page's markup in its text (tags, cut-off tags, attribute debris,
scripts, comments, shortcodes, embedded data). The repairs find them on each line before any
rule judges (``cleaner.markup`` holds the finders): they are rules so that they are named,
listed and switched off like every other."""
from __future__ import annotations

from ..markup import EXAMPLES, NAMES, REASONS
from .base import Rule, Verdict
from .document import Document


class MarkupRule(Rule):
    """One markup finder, by its name in ``cleaner.markup``."""

    repair = True

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.summary = REASONS[name]
        self.example = EXAMPLES[name]

    def judge(self, doc: Document) -> list[Verdict]:
        return []  # (the repairs apply it, line by line, before the judging)


def markup_rules() -> tuple[Rule, ...]:
    """Every markup rule, in the order --list-rules shows them."""
    return tuple(MarkupRule(name) for name in NAMES)
