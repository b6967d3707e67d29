"""One immutable options object; keyword overrides make a changed copy (ftfy's TextFixerConfig style)."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Options:
    """How to clean. Every rule can be switched off by name in ``disabled_rules``."""

    #: "auto" detects HTML pages and fragments; "html" or "text" force one path
    input_kind: str = "auto"
    #: rule names (or families: "related") to skip (see ``cleaner --list-rules``)
    disabled_rules: frozenset[str] = frozenset()
    #: rule names switched back on inside a disabled family ("metadata" off, "metadata.tags" on)
    enabled_rules: frozenset[str] = frozenset()
    #: the shape rules' appetite: "lenient" keeps more around the article, "strict" less
    strictness: str = "normal"
    #: more phrases: (family, kind, phrases); family "user" holds your own markers
    #: (kind "line": whole lines that go; kind "section": lines from which the rest goes)
    extra_phrases: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    #: phrase languages to use; empty means all shipped languages
    languages: tuple[str, ...] = ()
    #: repair UTF-8 read as cp1252/latin-1 (ftfy, lossless settings)
    fix_encoding: bool = True
    #: decode HTML entities, including machine-translated and double-escaped forms
    fix_entities: bool = True
    #: turn no-break spaces into spaces and collapse runs of spaces inside a line
    normalize_spaces: bool = True
    #: keep the article when the rules would remove more than this share of its prose
    max_prose_loss: float = 0.6
    #: a document of at least this many lines with no prose line at all is navigation, not an article
    min_lines_without_prose: int = 6
    #: pause Python's cyclic garbage collector, for the whole process, while a document of 256K
    #: characters or more is cleaned (it would walk the document's objects again and again);
    #: False leaves the collector alone, for callers whose other threads rely on it
    pause_collector: bool = True

    def with_overrides(self, **overrides) -> "Options":
        if not overrides:
            return self
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        for key in ("disabled_rules", "enabled_rules"):
            if key in overrides:
                overrides[key] = frozenset(overrides[key])
        if "extra_phrases" in overrides:
            overrides["extra_phrases"] = tuple((f, k, tuple(p)) for f, k, p in overrides["extra_phrases"])
        if "languages" in overrides:
            overrides["languages"] = tuple(overrides["languages"])
        return replace(self, **overrides)

    def __post_init__(self):
        if self.input_kind not in ("auto", "html", "text"):
            raise ValueError(f"input_kind must be 'auto', 'html' or 'text', not {self.input_kind!r}")
        if self.strictness not in ("lenient", "normal", "strict"):
            raise ValueError(f"strictness must be 'lenient', 'normal' or 'strict', not {self.strictness!r}")

    def enabled(self, rule: str) -> bool:
        """Whether a rule runs: switched off by its name or family, unless switched back on by name."""
        if rule in self.enabled_rules:
            return True
        return rule not in self.disabled_rules and rule.split(".")[0] not in self.disabled_rules
