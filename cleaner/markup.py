"""Markup remnants in scraped text: whole tags, tags cut off at the end of a line,
attribute debris and shortcodes. Each finder reports what it would remove, so the
pipeline can name the rule and the span.
"""
from __future__ import annotations

import re
from functools import cache

from .datafiles import words

# Every repeat that can run far is possessive (nothing to give back, so no backtracking), and
# each pattern starts where a scan from an earlier start cannot have gone (a "<", the start of a
# name, an opener that content may not cross): finditer's restart at every position stays linear.
_QUOTED = r"""(?:"[^"\n]*+"|'[^'\n]*+')"""  # a quoted attribute value, of any length
_ATTRS = rf"""(?:[^<>"']++|{_QUOTED})*+"""  # quoted values may hold '>' ("alt='a > b'")
_ATTR_PAIR = rf"""[\w:-]++\s*+=\s*+{_QUOTED}"""
# An attribute's name is tried from its first character only, with the spaces before it from the first.
_NAME_START = r"(?:(?<!\s)\s++)?(?<![\w:-])"
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{64,}+={0,2}+")
#: where embedded data may be: a run of base64 long enough to be some, or a data: URI
BLOB_TRIGGER = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{64}|data:[a-z]")
_BLOB_INSIDE_PROSE = 200  # characters of base64 that go even inside a sentence (a hash or a key is shorter)
_BLOB_ALONE = 64  # characters of base64 that go when they are all the line holds


def element_pattern(tag: str) -> str:
    """<tag ...>content</tag> as a pattern, the content never crossing another <tag or </tag:
    scans from two openers never overlap."""
    return rf"<{tag}\b[^>]*+>(?:[^<]++|<(?!/?{tag}\b))*+</{tag}\s*+>"


#: an HTML comment, never scanned across another "<!--"
COMMENT = r"<!--(?:[^<-]++|-(?!->)|<(?!!--))*+-->"


def _bracketed(code: str) -> str:
    """[code ...]content[/code], the content up to 2000 characters, never crossing another [code."""
    return rf"\[{code}\b[^\]\n]{{0,2000}}+\](?:[^\[]|\[(?!/?{code}\b)){{0,2000}}+\[/{code}\]"


@cache
def _patterns() -> dict[str, re.Pattern]:
    names = "|".join(sorted(map(re.escape, words("html_tags.txt")), key=len, reverse=True))
    codes = "|".join(re.escape(c) + (r"\w*" if c.endswith("_") else r"\b") for c in words("shortcodes.txt"))
    code = "|".join(map(element_pattern, ("script", "style", "noscript")))
    caption = "|".join(map(_bracketed, ("caption", "button")))
    return {
        # <script>/<style> with their content, then HTML comments, doctype, CDATA.
        "markup.code": re.compile(code, re.S | re.I),
        "markup.comment": re.compile(COMMENT + r"|<!DOCTYPE[^>]{0,500}+>"
                                     r"|<!\[CDATA\[(?:[^<\]]++|\](?!\]>)|<(?!!\[CDATA\[))*+\]\]>", re.S | re.I),
        # [caption ...]text[/caption]: the whole thing is a caption.
        "markup.shortcode_caption": re.compile(caption, re.I),
        "markup.tag": re.compile(rf"</?(?:{names})(?=[\s/>]){_ATTRS}/?>", re.I),
        # A tag whose end was cut off: "<img class="x" src="..." to the end of the line.
        "markup.broken_tag": re.compile(rf"<(?:{names})\s++[\w:-]++\s*+=[^<>\n]*+$", re.I | re.M),
        "markup.shortcode": re.compile(rf"\[/?(?:{codes})[^\[\]\n]*+\]|\[\w++\s++[\w-]++=[\"'”“][^\[\]\n]*+\]", re.I),
        # Two or more attribute pairs in a row, optionally closing the tag they came from.
        "markup.attributes": re.compile(rf"{_NAME_START}{_ATTR_PAIR}(?:\s*+{_ATTR_PAIR})++\s*+/?>?|^[^\S\n]*+/?>[^\S\n]*+$", re.M),
        # A line that is one CSS class or layout identifier: "- medium-browser-and-portrait-tablet".
        "markup.identifier": re.compile(r"^\s*+(?:[-*•]\s*+)?(?=[a-z0-9_-]*[a-z])[a-z0-9]++(?:[-_][a-z0-9]++){2,}+\s*+$"),
        # An embedded file: a data: URI (its payload up to a quote, a space or a bracket).
        "markup.blob": re.compile(r"data:[a-z]++/[\w.+-]{1,100}+(?:;[\w.+=-]{1,100}+){0,8}+,[^\s\"'<>()]*+", re.I),
    }


# What a line must contain for each finder to have a chance; None: ``may_be_identifier`` lines.
_NEEDS: dict[str, str | None] = {"markup.code": "<", "markup.comment": "<", "markup.shortcode_caption": "[", "markup.tag": "<",
          "markup.broken_tag": "<", "markup.shortcode": "[", "markup.attributes": "=", "markup.identifier": None,
          "markup.blob": "data:"}

REASONS = {
    "markup.code": "script, style or noscript element left in the text",
    "markup.comment": "HTML comment, doctype or CDATA section",
    "markup.shortcode_caption": "[caption] or [button] shortcode with its text",
    "markup.tag": "HTML tag left in the text",
    "markup.broken_tag": "HTML tag cut off at the end of its line",
    "markup.shortcode": "shortcode such as [gallery] or [embed]",
    "markup.attributes": "attribute debris of a cut-up tag",
    "markup.identifier": "a CSS class or layout identifier on a line of its own",
    "markup.blob": "embedded data: a data: URI or a run of base64 (an image or file as text)",
    "markup.empty": "nothing left after decoding entities and spaces",
}


TRIGGER = re.compile(r"[<>=\[]")  # where ``may_hold_markup`` looks
#: the markup rules, in the order --list-rules shows them
NAMES = tuple(REASONS)
EXAMPLES = {
    "markup.code": "<script>var ad = 1;</script>",
    "markup.comment": "<!-- ad slot -->",
    "markup.shortcode_caption": "[caption id=\"a1\"]The mayor, on Monday.[/caption]",
    "markup.tag": "<img class=\"wp-image\" src=\"...\"> or </p>",
    "markup.broken_tag": "<img class=\"x\" src=\"https://... (cut off at the line's end)",
    "markup.shortcode": "[gallery ids=\"1,2,3\"]",
    "markup.attributes": "width=\"640\" height=\"480\" />",
    "markup.identifier": "- medium-browser-and-portrait-tablet",
    "markup.blob": "data:image/png;base64,iVBORw0KGgo... or a line of base64",
    "markup.empty": "&nbsp;",
}


def may_hold_markup(text: str) -> bool:
    """Whether ``text`` could hold tags, attributes or shortcodes (a line may still be an
    identifier: ``may_be_identifier``, or embedded data: ``may_hold_blob``)."""
    return "<" in text or ">" in text or "=" in text or "[" in text


# Base64's alphabet as "a", every other byte a space: a run of 64 is then a plain substring.
_BASE64_BYTES = bytes(0x61 if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "+/") else 0x20 for c in range(256))


def may_hold_blob(data: bytes) -> bool:
    """Whether a text (``data``: its UTF-8) could hold a data: URI or a run of base64 long enough
    to be embedded data: a byte translation and two substring searches, where a pattern would
    be tried at every letter."""
    return b"data:" in data or b"a" * _BLOB_ALONE in data.translate(_BASE64_BYTES)


def may_be_identifier(line: str) -> bool:
    """A line of one token (a bullet aside) with two joints or more ("a-b-c", "x_y_z"): it may
    be a CSS identifier."""
    return line.count("-") + line.count("_") >= 2 and " " not in line.strip("-*• \t")


def _blobs(text: str) -> list[tuple[int, int, str]]:
    """Runs of base64 that are data, not words: long enough that no hash or key is (or all the
    line holds), and mixed as encoded bytes are (capitals, small letters and digits)."""
    found = []
    alone = len(text.strip())
    for match in _BASE64_RUN.finditer(text):
        run = match.group()
        if len(run) < _BLOB_INSIDE_PROSE and len(run) != alone:
            continue
        if any(c.isdigit() for c in run) and any(c.isupper() for c in run) and any(c.islower() for c in run):
            found.append((match.start(), match.end(), "markup.blob"))
    return found


def find_markup(text: str, rules: frozenset[str] = frozenset(NAMES)) -> list[tuple[int, int, str]]:
    """Non-overlapping spans (start, end, rule) of markup remnants in ``text``, by the markup
    rules named in ``rules``."""
    one_token = may_be_identifier(text)
    finders = [(rule, pattern) for rule, pattern in _patterns().items()
               if rule in rules and (one_token if (need := _NEEDS[rule]) is None else need in text)]
    if ">" in text and "=" not in text and text.strip() in (">", "/>") and "markup.attributes" in rules:
        finders.append(("markup.attributes", _patterns()["markup.attributes"]))
    found = [(m.start(), -(m.end() - m.start()), m.end(), rule)
             for rule, pattern in finders for m in pattern.finditer(text) if m.end() > m.start()]
    if "markup.blob" in rules and len(text) >= _BLOB_ALONE:
        found.extend((start, start - end, end, rule) for start, end, rule in _blobs(text))
    if not found:
        return []
    spans: list[tuple[int, int, str]] = []
    covered = 0
    for start, _, end, rule in sorted(found):  # earliest, then longest, wins
        if start >= covered:
            spans.append((start, end, rule))
            covered = end
    return spans


@cache
def whole_markup() -> tuple[tuple[str, re.Pattern], ...]:
    """(what the text must hold, pattern) for the markup a repair piece must not cut: elements
    with their content, comments, caption shortcodes (the finders' own patterns), any tag or
    bracket up to its closing character, and an attribute's quoted value. (Embedded data holds
    no space, so no cut, which follows a sentence stop and a space, can fall inside it.)"""
    patterns = _patterns()
    return (("</", patterns["markup.code"]), ("--", patterns["markup.comment"]),
            ("[/", patterns["markup.shortcode_caption"]),
            ("<", re.compile(r"<[^<>]{0,4000}+>?")), ("[", re.compile(r"\[[^\[\]]{0,2000}+\]?")),
            ("=", re.compile(rf"=\s*+{_QUOTED}")))


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
