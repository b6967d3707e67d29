"""The cleaning modules are compiled to C extensions with mypyc (the same source, about 1.5x
faster: per-line work is what cleaning costs). Set CLEANER_PURE_PYTHON=1 to skip that; without a
C compiler, or if mypyc fails, the install goes on in pure Python and says so. Everything else
about the package is in pyproject.toml."""
import os
import sys
from glob import glob

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules a clean runs through line by line (cleaner/_compiled.py finds what was built).
COMPILED = ["cleaner/blocks.py", "cleaner/casing.py", "cleaner/literals.py", "cleaner/markup.py", "cleaner/phrases.py",
            "cleaner/pipeline.py", "cleaner/sentences.py", "cleaner/judge.py", "cleaner/repair/fixes.py", "cleaner/repair/schedule.py",
            *sorted(glob("cleaner/rules/*.py"))]


def _warn(message: str) -> None:
    print(f"cleaner: {message}; installing the pure-Python modules", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """A failed compilation leaves the pure-Python modules in place instead of failing the install."""

    def run(self):
        try:
            super().run()
        except Exception as exc:  # no compiler, or a compiler error
            _warn(f"compiling with mypyc failed ({exc})")
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)


def _extensions() -> list:
    if os.environ.get("CLEANER_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        return mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3")
    except (Exception, SystemExit) as exc:  # mypyc missing, or the modules do not type-check
        _warn(f"mypyc is unavailable ({exc})")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
