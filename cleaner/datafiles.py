"""Loading the plain-text data files shipped beside the code (jusText's stoplist style)."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def words(name: str) -> tuple[str, ...]:
    """Whitespace-separated entries of ``cleaner/data/<name>``, comments (#) skipped."""
    text = resources.files("cleaner").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    out: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        out.extend(line.split())
    return tuple(out)


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of ``cleaner/data/<name>``, comments (#) skipped: entries may hold spaces."""
    text = resources.files("cleaner").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return tuple(line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip())
