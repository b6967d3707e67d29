"""Markup remnants in scraped text: whole tags, tags cut off at the end of a line,
attribute debris and shortcodes. Each finder reports what it would remove, so the
pipeline can name the rule and the span.
"""
from __future__ import annotations

import re
from functools import cache

from .datafiles import words

# Quoted attribute values may hold '>' ("alt='a > b'"); bounded repeats keep it linear.
_ATTRS = r"""(?:[^<>"']|"[^"\n]{0,2000}"|'[^'\n]{0,2000}'){0,4000}"""
_ATTR_PAIR = r"""[\w:-]+\s*=\s*(?:"[^"\n]{0,2000}"|'[^'\n]{0,2000}')"""


@cache
def _patterns() -> dict[str, re.Pattern]:
    names = "|".join(sorted(map(re.escape, words("html_tags.txt")), key=len, reverse=True))
    codes = "|".join(re.escape(c) + (r"\w*" if c.endswith("_") else r"\b") for c in words("shortcodes.txt"))
    return {
        # <script>/<style> with their content, then HTML comments, doctype, CDATA.
        "markup.code": re.compile(r"<(script|style|noscript)\b[^>]{0,2000}>.{0,200000}?</\1\s*>", re.S | re.I),
        "markup.comment": re.compile(r"<!--.{0,100000}?-->|<!DOCTYPE[^>]{0,500}>|<!\[CDATA\[.{0,100000}?\]\]>", re.S | re.I),
        # [caption ...]text[/caption]: the whole thing is a caption.
        "markup.shortcode_caption": re.compile(r"\[(caption|button)\b[^\]\n]{0,2000}\].{0,2000}?\[/\1\]", re.I),
        "markup.tag": re.compile(rf"</?(?:{names})(?=[\s/>]){_ATTRS}/?>", re.I),
        # A tag whose end was cut off: "<img class="x" src="..." to the end of the line.
        "markup.broken_tag": re.compile(rf"<(?:{names})\s+[\w:-]+\s*=[^<>\n]*$", re.I | re.M),
        "markup.shortcode": re.compile(rf"\[/?(?:{codes})[^\[\]\n]{{0,2000}}\]|\[\w+(?:\s+[\w-]+=[\"'”“][^\]\n]{{0,500}})+\]", re.I),
        # Two or more attribute pairs in a row, optionally closing the tag they came from.
        "markup.attributes": re.compile(rf"(?:\s*{_ATTR_PAIR}){{2,}}\s*/?>?|^\s*/?>\s*$", re.M),
        # A line that is one CSS class or layout identifier: "- medium-browser-and-portrait-tablet".
        "markup.identifier": re.compile(r"^\s*[-*•]?\s*(?=[a-z0-9_-]*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+){2,}\s*$"),
    }


# What a line must contain for each finder to have a chance; None: ``may_be_identifier`` lines.
_NEEDS: dict[str, str | None] = {"markup.code": "<", "markup.comment": "<", "markup.shortcode_caption": "[", "markup.tag": "<",
          "markup.broken_tag": "<", "markup.shortcode": "[", "markup.attributes": "=", "markup.identifier": None}

REASONS = {
    "markup.code": "script, style or noscript element left in the text",
    "markup.comment": "HTML comment, doctype or CDATA section",
    "markup.shortcode_caption": "[caption] or [button] shortcode with its text",
    "markup.tag": "HTML tag left in the text",
    "markup.broken_tag": "HTML tag cut off at the end of its line",
    "markup.shortcode": "shortcode such as [gallery] or [embed]",
    "markup.attributes": "attribute debris of a cut-up tag",
    "markup.identifier": "a CSS class or layout identifier on a line of its own",
    "markup.empty": "nothing left after decoding entities and spaces",
}


TRIGGER = re.compile(r"[<>=\[]")  # where ``may_hold_markup`` looks


def may_hold_markup(text: str) -> bool:
    """Whether ``text`` could hold tags, attributes or shortcodes (a line may still be an
    identifier: ``may_be_identifier``)."""
    return "<" in text or ">" in text or "=" in text or "[" in text


def may_be_identifier(line: str) -> bool:
    """A line of one token (a bullet aside) with two joints or more ("a-b-c", "x_y_z"): it may
    be a CSS identifier."""
    return line.count("-") + line.count("_") >= 2 and " " not in line.strip("-*• \t")


def find_markup(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping spans (start, end, rule) of markup remnants in ``text``."""
    one_token = may_be_identifier(text)
    finders = [(rule, pattern) for rule, pattern in _patterns().items()
               if (one_token if (need := _NEEDS[rule]) is None else need in text)]
    if ">" in text and "=" not in text and text.strip() in (">", "/>"):
        finders.append(("markup.attributes", _patterns()["markup.attributes"]))
    if not finders:
        return []
    found = [(m.start(), -(m.end() - m.start()), m.end(), rule)
             for rule, pattern in finders for m in pattern.finditer(text) if m.end() > m.start()]
    spans: list[tuple[int, int, str]] = []
    covered = 0
    for start, _, end, rule in sorted(found):  # earliest, then longest, wins
        if start >= covered:
            spans.append((start, end, rule))
            covered = end
    return spans


def strip_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` without the spans; a space stands in where a tag sat between two words."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end, _ in spans:
        out.append(text[pos:start])
        before = text[start - 1:start] if start else ""
        after = text[end:end + 1]
        if before and after and not before.isspace() and not after.isspace() and before.isalnum() and after.isalnum():
            out.append(" ")
        pos = end
    out.append(text[pos:])
    return "".join(out)
