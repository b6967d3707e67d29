"""Lower case that keeps every character where it stands, so that offsets found in the lower-cased
text point at the same characters in the text (the rules cut and explain by them)."""
from __future__ import annotations

_DOTTED_CAPITAL_I = "\u0130"  # Turkish "İ": str.lower() makes it two characters, "i" and a combining dot


def lower(text: str) -> str:
    """``text.lower()``, with the dotted capital I lower-cased to a plain "i" (its only
    character whose lower case is longer), so that the result is as long as ``text``."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.replace(_DOTTED_CAPITAL_I, "i").lower()
