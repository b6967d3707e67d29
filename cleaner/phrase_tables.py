"""The checks every phrase table passes, shipped (``rules/data/<lang>.toml``) or a user's (a
config's ``[phrases]``): a family some rule reads, kinds the scan knows, lists of strings, and
patterns that compile."""
from __future__ import annotations

import re

from .phrases import KINDS, PATTERN_KINDS


class TableError(ValueError):
    """A table that breaks a check; ``key`` is the name at fault (to point at its line)."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


def rule_families() -> frozenset[str]:
    """The phrase families: the first part of every judging rule's name."""
    from .rules import RULES

    return frozenset(r.name.split(".")[0] for r in RULES if not r.repair)


def check_family(family: str, kinds: object, families: frozenset[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The (kind, phrases) of one family's table, or a TableError saying what is wrong."""
    if family not in families:
        raise TableError(family, f"unknown phrase family {family!r}; known: {', '.join(sorted(families))}")
    if not isinstance(kinds, dict):
        raise TableError(family, f"[phrases.{family}] is a table of kinds")
    checked = []
    for kind, phrases in kinds.items():
        if kind not in KINDS:
            raise TableError(kind, f"unknown phrase kind {kind!r}; known: {', '.join(KINDS)}")
        where = f"phrases.{family}.{kind}"
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise TableError(kind, f"{where} is a list of strings")
        if kind in PATTERN_KINDS:
            for pattern in phrases:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise TableError(kind, f"{where}: {pattern!r} is not a regular expression ({exc})") from None
        checked.append((kind, tuple(phrases)))
    return checked


def check_language(language: str, table: dict) -> None:
    """A shipped language table, checked as a user's phrases are; a ValueError names the file."""
    families = rule_families()
    for key, value in table.items():
        try:
            if key == "language":
                if not isinstance(value, str):
                    raise TableError(key, "language is a string")
                continue
            check_family(key, value, families)
        except TableError as exc:
            raise ValueError(f"shipped phrase data rules/data/{language}.toml: {exc}") from None
