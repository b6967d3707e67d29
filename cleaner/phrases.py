"""Phrase data per language (``rules/data/<lang>.toml``), compiled once into one matcher
per rule family and kind, across all chosen languages.

Kinds in a family's table:
  line      the whole line is the phrase ("Source link", "12 Comments", "Advertisement")
  section   same shape as ``line``; the line heads a block of junk that follows it
  labels    the line starts with the phrase and a colon, bar or dash ("Read more: ...")
  contains  the phrase anywhere in a short line ("Your email address will not be published")
  notices   the phrase anywhere in a block of any length: it marks the block as a site notice
            (``contains``, ``notices``, ``date_*`` and ``labels_anywhere`` matchers expect
            lower-cased text: ``block.lower``)
  patterns  regular expressions matched against the whole line
  section_patterns  regular expressions for heading lines, as ``section``
  place_labels  the line starts with the phrase ("Map of ...")
  date_names  month and day names and stamp words ("Updated") that make a line a date line
  date_words  connecting words a date line may also hold ("at", "ago", "minutes")
Derived kinds (no data of their own): ``glued_labels`` and ``glued_line`` find ``labels`` and
``line`` phrases glued after the last sentence of a body line; ``labels_anywhere`` finds
``labels`` followed by a colon anywhere in a line.

Every matcher is multi-line and never crosses a line break, so it can scan a whole document
in one call (``Document.scan``) instead of one call per line.
"""
from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

_SPACE = r"[^\S\n]"  # whitespace within a line
_EDGE = r"(?:[^\w\n]|[\d_])*"  # punctuation, digits and spaces around a phrase ("12 Comments:")
# Matchers for junk glued onto the end of a body line reuse the phrases of these kinds.
_GLUED_FROM = {"glued_labels": "labels", "glued_line": "line", "labels_anywhere": "labels"}
_LABEL_END = rf"{_SPACE}*(?:[:：|»>]|{_SPACE}[-–—](?={_SPACE})){_SPACE}*"


def available_languages() -> tuple[str, ...]:
    folder = resources.files("cleaner").joinpath("rules").joinpath("data")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@cache
def _load(language: str) -> dict:
    path = resources.files("cleaner").joinpath("rules").joinpath("data").joinpath(f"{language}.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"no phrase data for language {language!r}; available: {', '.join(available_languages())}") from None


def _alternation(phrases: list[str], raw: bool = False) -> str:
    """One regex for many phrases. Literal phrases are merged into a trie ("we use cookies",
    "we use" -> "we\\s+use(?:\\s+cookies)?"), which Python's regex engine walks a character at a
    time instead of trying every phrase at every position. Spaces match any run of whitespace."""
    unique = sorted(set(phrases), key=len, reverse=True)
    if raw:
        return "|".join(unique)
    trie: dict = {}
    for phrase in unique:
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a phrase
    return _render(trie)


def _render(node: dict) -> str:
    ends = "" in node
    branches = [(_SPACE + "+" if ch == " " else re.escape(ch)) + _render(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a phrase may stop here; prefer the longer match
        return "(?:" + body + ")?"
    return body


class PhraseBook:
    """All phrases of the chosen languages; ``matcher(family, kind)`` gives one compiled regex."""

    def __init__(self, languages: tuple[str, ...] = ()):
        self.languages = tuple(languages) or available_languages()
        self._tables = [_load(lang) for lang in self.languages]
        self._compiled: dict[tuple[str, str], re.Pattern | None] = {}

    def phrases(self, family: str, kind: str) -> list[str]:
        source_kind = _GLUED_FROM.get(kind, kind)
        return [p for table in self._tables for p in table.get(family, {}).get(source_kind, [])]

    def matcher(self, family: str, kind: str) -> re.Pattern | None:
        key = (family, kind)
        if key not in self._compiled:
            self._compiled[key] = self._compile(kind, self.phrases(family, kind))
        return self._compiled[key]

    @staticmethod
    def _compile(kind: str, phrases: list[str]) -> re.Pattern | None:
        if not phrases:
            return None
        flags = re.IGNORECASE | re.MULTILINE
        if kind in ("line", "section"):
            source = rf"^{_EDGE}(?:{_alternation(phrases)}){_EDGE}$"
        elif kind == "labels":
            source = rf"^{_EDGE}(?:{_alternation(phrases)}){_LABEL_END}(?P<rest>\S.*)$"
        elif kind in ("contains", "notices"):
            # Searched in lower-cased text: much faster than a case-insensitive alternation.
            source, flags = rf"(?:{_alternation([p.lower() for p in phrases])})", re.MULTILINE
        elif kind in ("patterns", "section_patterns"):
            source = rf"^[^\w\n]*(?:{_alternation(phrases, raw=True)}){_SPACE}*$"
        elif kind == "glued_labels":
            # "...last sentence. Read more: Other story" at the end of a body line.
            source = rf"(?<=[.!?。！？\"'”’»]){_SPACE}*(?:{_alternation(phrases)}){_LABEL_END}[^.!?。！？\n]{{3,200}}$"
        elif kind == "glued_line":
            # "...last sentence.Source link" at the end of a body line.
            source = rf"(?<=[.!?。！？\"'”’»]){_SPACE}*(?:{_alternation(phrases)}){_SPACE}*$"
        elif kind in ("date_words", "date_names"):
            # Whole words anywhere (in lower-cased text), to be blanked out of a candidate date line.
            source, flags = rf"(?<!\w)(?:{_alternation([p.lower() for p in phrases])})(?!\w)", re.MULTILINE
        elif kind == "labels_anywhere":
            source, flags = rf"(?:{_alternation([p.lower() for p in phrases])}){_SPACE}*[:：]", re.MULTILINE
        elif kind == "place_labels":
            source = rf"^[^\w\n]*(?:{_alternation(phrases)})\b"
        else:
            raise ValueError(f"unknown phrase kind {kind!r}")
        return re.compile(source, flags)


@cache
def phrase_book(languages: tuple[str, ...] = ()) -> PhraseBook:
    return PhraseBook(languages)
