"""Run the cleaning modules from their sources although mypyc extensions are built beside them.

A developer's tool, not the library's: the tests and benchmarks call ``from_environment()`` before
they import cleaner. After a source is edited, its extension is stale until the next install; the
tests then run the sources (never stale code, and never half compiled, half not: compiled modules
reach into each other's classes directly). CLEANER_PURE_PYTHON=1 asks for the sources outright (the
benchmarks' pure-Python columns)."""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cleaner"


def compiled_modules(package: Path = PACKAGE) -> dict[str, tuple[Path, Path]]:
    """Module name -> (source, extension), for every module that has an extension beside its source."""
    found = {}
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for extension in package.rglob(f"*{suffix}"):
            source = extension.with_name(extension.name[: -len(suffix)] + ".py")
            if source.exists():
                parts = source.relative_to(package.parent).with_suffix("").parts
                found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = (source, extension)
    return found


def stale(modules: dict[str, tuple[Path, Path]]) -> bool:
    """Whether a source was changed after its extension was built."""
    return any(extension.stat().st_mtime < source.stat().st_mtime for source, extension in modules.values())


class SourcesFirst(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' sources ahead of their extensions."""

    def __init__(self, modules: dict[str, tuple[Path, Path]]):
        self.sources = {name: source for name, (source, _) in modules.items()}

    def find_spec(self, name, path=None, target=None):
        source = self.sources.get(name)
        if source is None:
            return None
        package = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(name, source, submodule_search_locations=package)


def from_environment() -> str | None:
    """Puts the sources first when CLEANER_PURE_PYTHON is set or an extension is stale; why, or None."""
    modules = compiled_modules()
    if not modules:
        return None
    if os.environ.get("CLEANER_PURE_PYTHON"):
        reason = "CLEANER_PURE_PYTHON is set"
    elif stale(modules):
        reason = "sources edited since the extensions were built: reinstall to compile them"
    else:
        return None
    if any(isinstance(finder, SourcesFirst) for finder in sys.meta_path):
        return reason
    if any(name in sys.modules for name in modules):
        raise RuntimeError(f"cleaner was imported before its sources could be put first ({reason})")
    sys.meta_path.insert(0, SourcesFirst(modules))
    return reason
