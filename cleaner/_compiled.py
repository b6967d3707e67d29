"""Whether the cleaning modules run compiled (mypyc C extensions, built at install) or as Python.

The extensions are built from the sources next to them. When a source is newer than its
extension (it was edited since the install), or CLEANER_PURE_PYTHON=1 is set, every compiled
module is loaded from its source instead: never stale code, and never half compiled, half not
(compiled modules reach into each other's classes directly)."""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def compiled_modules(package: Path = _PACKAGE) -> dict[str, tuple[Path, Path]]:
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


class _Sources(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' sources ahead of their extensions."""

    def __init__(self, modules: dict[str, tuple[Path, Path]]):
        self.sources = {name: source for name, (source, _) in modules.items()}

    def find_spec(self, name, path=None, target=None):
        source = self.sources.get(name)
        if source is None:
            return None
        package = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(name, source, submodule_search_locations=package)


def choose() -> str:
    """"compiled", "python" (no extensions built) or why the sources run instead."""
    modules = compiled_modules()
    if not modules:
        return "python"
    reason = None
    if os.environ.get("CLEANER_PURE_PYTHON"):
        reason = "python (CLEANER_PURE_PYTHON is set)"
    elif stale(modules):
        reason = "python (sources edited since the extensions were built: reinstall to compile them)"
    if reason is None:
        return "compiled"
    if not any(isinstance(f, _Sources) for f in sys.meta_path):
        sys.meta_path.insert(0, _Sources(modules))
    return reason
