from pathlib import Path

import pytest

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
