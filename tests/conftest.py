import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from devtools.sources_first import from_environment  # noqa: E402

# Tests never run a stale extension: edited sources run until the next install.
SOURCES_FIRST = from_environment()


def pytest_report_header(config):
    import cleaner.compiled

    running = cleaner.compiled.running()
    return f"cleaner runs {running}" + (f" ({SOURCES_FIRST})" if SOURCES_FIRST else "")


def run_python(script: str, pure: bool) -> subprocess.CompletedProcess:
    """``script`` in a child Python with cleaner as installed, or from its sources (``pure``)."""
    env = {k: v for k, v in os.environ.items() if k != "CLEANER_PURE_PYTHON"}
    if pure:
        env["CLEANER_PURE_PYTHON"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    prelude = "from devtools.sources_first import from_environment\nfrom_environment()\n"
    return subprocess.run([sys.executable, "-c", prelude + script], capture_output=True, text=True, env=env,
                          timeout=300, check=False)

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_pairs() -> list[tuple[str, Path, Path]]:
    """Every <name>.in.txt with its <name>.out.txt."""
    pairs = []
    for source in sorted(FIXTURES.glob("*.in.txt")):
        expected = source.with_name(source.name.replace(".in.txt", ".out.txt"))
        pairs.append((source.name[: -len(".in.txt")], source, expected))
    return pairs


@pytest.fixture
def read_fixture():
    def read(name: str) -> str:
        return (FIXTURES / f"{name}.in.txt").read_text(encoding="utf-8")
    return read


# The README's test command (and so CI) replays the same generated examples on every run, so that
# a red run can be reproduced; HYPOTHESIS_PROFILE=explore draws new ones each time, as the fuzzer
# (fuzz/fuzz_clean.py) does at scale. What either finds goes to fixtures/regressions/.
settings.register_profile("replay", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "replay"))
