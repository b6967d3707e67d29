"""What text a regular expression cannot match without: a set of lower-cased strings, one of
which appears in every match. The phrase automaton finds them, so that a line pattern is only
tried on the few lines that hold one (trying every pattern on every line costs more than all
the literal phrases together)."""
from __future__ import annotations

import re
from functools import cache

try:
    from re import _constants as _c, _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_SHORTEST_USEFUL = 3  # characters: a shorter required literal would pass nearly every line
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


@cache  # asked for each pattern by the automaton, its overlap and the prefilter
def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` (case-insensitive) holds,
    or None when no such set of useful length can be read off the pattern."""
    try:
        found = _required(_parser.parse(pattern, re.IGNORECASE))
    except (re.error, RecursionError, OverflowError):
        return None
    return found if found and all(len(s) >= _SHORTEST_USEFUL or _rare_sign(s) for s in found) else None


def _rare_sign(literal: str) -> bool:
    """A sign outside ASCII that is no letter or figure ("©"): rare in text, however short."""
    return not literal.isascii() and not any(c.isalnum() or c.isspace() for c in literal)


def _required(items) -> frozenset[str] | None:
    """The most selective of the sets required by the items of a sequence, in order."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _strength(found) > _strength(best)):
            best = found

    for op, value in items:
        if op is _c.LITERAL:
            run.append(chr(value).lower())
            continue
        consider(_literal_run(run))
        run = []
        if op is _c.SUBPATTERN:
            consider(_required(value[-1]))
        elif op is _c.BRANCH:
            alternatives = [_required(branch) for branch in value[1]]
            if all(alternatives):
                consider(frozenset().union(*(a for a in alternatives if a)))
        elif op in _REPEATS and value[0] >= 1:
            consider(_required(value[2]))
        elif getattr(_c, "ATOMIC_GROUP", None) is op:
            consider(_required(value))
    consider(_literal_run(run))
    return best


def _literal_run(run: list[str]) -> frozenset[str] | None:
    text = "".join(run)
    words = text.split()
    if not words:
        return None
    # The automaton holds its keys with single spaces: a run with other spacing gives its longest word.
    return frozenset((" ".join(words) if " ".join(words) in text else max(words, key=len),))


def _strength(found: frozenset[str]) -> int:
    return min(_SHORTEST_USEFUL if _rare_sign(s) else len(s) for s in found)
