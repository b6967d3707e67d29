"""Whether this process runs the cleaning modules compiled (mypyc extensions) or as Python.

Which one runs is decided at install (setup.py builds the extensions unless CLEANER_PURE_PYTHON=1
is set then); at run time cleaner imports what is installed and changes nothing in the import
system. Both ways give the same results (tests/test_compiled.py)."""
from __future__ import annotations


def running() -> str:
    """"compiled" when the cleaning modules are the mypyc extensions, else "python"."""
    from . import pipeline

    return "python" if pipeline.__file__.endswith(".py") else "compiled"
