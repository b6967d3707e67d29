import os
from pathlib import Path

import pytest
from hypothesis import settings

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
