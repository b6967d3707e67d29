"""The configuration file (TOML): the same settings as ``Options``, written down once.

    languages = ["en", "de"]
    strictness = "normal"                 # lenient | normal | strict (the shape rules)

    [rules]
    disable = ["duplicates.caption", "metadata"]   # rules or whole families
    enable = ["metadata.tags"]                     # back on, inside a family switched off

    [keep]                                # optional kinds, true keeps them in the text
    bylines = true
    datelines = true
    captions = false

    [phrases.prompts]                     # more phrases for a family, by kind (see phrases.py)
    line = ["Werbung vom Partner"]

    [markers]                             # your own junk
    lines = ["Mehr von unserem Partner"]  # whole lines that go
    tails = ["Über den Autor"]            # a line from which the rest of the document goes

Mistakes are reported with their line: ``ConfigError``.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from .options import Options
from .phrase_tables import TableError, check_family, rule_families
from .phrases import available_languages

_ALWAYS_KEPT = {"author_bios"}  # [keep] kinds no rule removes
_TOP = {"languages", "strictness", "rules", "keep", "phrases", "markers", "fix_encoding", "fix_entities",
        "normalize_spaces", "max_prose_loss", "input_kind"}


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the file, the line and the fix."""


def load_config(path: str | Path, base: Options | None = None) -> Options:
    """Options from a TOML file, on top of ``base``."""
    from .rules import kept_by, known_names

    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        if "line" not in message:  # "(at end of document)": the last line
            message += f" (line {max(1, len(source.splitlines()))})"
        raise ConfigError(f"{path}: {message}") from None

    def fail(key: str, message: str) -> ConfigError:
        line = next((n for n, text in enumerate(source.splitlines(), 1)
                     if text.strip().startswith((key, f"[{key}", f'"{key}')) or f'"{key}"' in text), None)
        return ConfigError(f"{path}: line {line}: {message}" if line else f"{path}: {message}")

    for key in data:
        if key not in _TOP:
            raise fail(key, f"unknown setting {key!r}; known: {', '.join(sorted(_TOP))}")
    rule_names = known_names()
    overrides: dict = {}
    if "languages" in data:
        languages = _strings(data["languages"], "languages", fail)
        unknown = [x for x in languages if x not in available_languages()]
        if unknown:
            raise fail("languages", f"no phrase data for {', '.join(unknown)}; available: {', '.join(available_languages())}")
        overrides["languages"] = tuple(languages)
    if "strictness" in data:
        if data["strictness"] not in ("lenient", "normal", "strict"):
            raise fail("strictness", "strictness is one of: lenient, normal, strict")
        overrides["strictness"] = data["strictness"]
    for key in ("fix_encoding", "fix_entities", "normalize_spaces"):
        if key in data:
            if not isinstance(data[key], bool):
                raise fail(key, f"{key} is true or false")
            overrides[key] = data[key]
    disabled = set((base or Options()).disabled_rules)
    enabled = set((base or Options()).enabled_rules)
    rules = _table(data, "rules", {"disable", "enable"}, fail)
    for key, target in (("disable", disabled), ("enable", enabled)):
        for name in _strings(rules.get(key, []), f"rules.{key}", fail):
            if name not in rule_names:
                raise fail(name, f"unknown rule {name!r} (see cleaner --list-rules)")
            target.add(name)
    keeps = kept_by()
    for kind, keep in _table(data, "keep", set(keeps) | _ALWAYS_KEPT, fail).items():
        if not isinstance(keep, bool):
            raise fail(kind, f"keep.{kind} is true or false")
        for name in keeps.get(kind, ()):
            (disabled.add if keep else disabled.discard)(name)
    overrides["disabled_rules"] = frozenset(disabled)
    overrides["enabled_rules"] = frozenset(enabled)
    extra: list[tuple[str, str, tuple[str, ...]]] = []
    families = rule_families()
    for family, kinds in _table(data, "phrases", None, fail).items():
        try:
            extra.extend((family, kind, phrases) for kind, phrases in check_family(family, kinds, families))
        except TableError as exc:
            raise fail(exc.key, str(exc)) from None
    markers = _table(data, "markers", {"lines", "tails"}, fail)
    for key, kind in (("lines", "line"), ("tails", "section")):
        if key in markers:
            extra.append(("user", kind, tuple(_strings(markers[key], f"markers.{key}", fail))))
    overrides["extra_phrases"] = tuple(extra)
    return (base or Options()).with_overrides(**overrides)


def _table(data: dict, key: str, allowed: set | None, fail) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise fail(key, f"{key} is a table: [{key}]")
    for name in value:
        if allowed is not None and name not in allowed:
            raise fail(name, f"unknown key {name!r} in [{key}]; known: {', '.join(sorted(allowed))}")
    return value


def _strings(value, where: str, fail) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise fail(where.split(".")[-1], f"{where} is a list of strings")
    return value
