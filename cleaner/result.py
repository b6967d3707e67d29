"""What a clean returns: the text and, as data, everything removed and repaired."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Removal(NamedTuple):
    """A piece of the input that is not in the output, with the rule that took it out.
    (Named tuples: a document can have thousands, and they are cheaper to make than frozen
    dataclasses.)"""

    rule: str
    reason: str
    text: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"rule": self.rule, "reason": self.reason, "text": self.text, "start": self.start, "end": self.end}


class Repair(NamedTuple):
    """A piece of the input that was fixed (entity, mojibake, spacing), and where."""

    kind: str
    before: str
    after: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"kind": self.kind, "before": self.before, "after": self.after, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class CleanResult:
    text: str
    removed: tuple[Removal, ...] = ()
    repairs: tuple[Repair, ...] = ()
    notes: tuple[str, ...] = field(default=())
    #: "text" or "html": which door the input came through; "binary" (or "unusable") when the
    #: input was not text at all and nothing was cleaned (``notes`` says what it was)
    kind: str = "text"
    #: for HTML input, the text extracted from the page: removal and repair spans refer to it
    extracted: str | None = None

    def __str__(self) -> str:
        return self.text
