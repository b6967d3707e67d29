"""Quality and speed runners (benchmarks/README.md). They run the sources where the compiled
extensions are stale, or with CLEANER_PURE_PYTHON=1 (devtools/sources_first.py)."""
from devtools.sources_first import from_environment

SOURCES_FIRST = from_environment()
