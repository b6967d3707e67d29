"""The input/expected pairs in tests/fixtures, run by one test (ftfy's case-file style)."""
import pytest

import cleaner
from conftest import fixture_pairs

PAIRS = fixture_pairs()


def test_there_are_enough_fixtures():
    names = [name for name, _, _ in PAIRS]
    assert {"seed-000", "seed-003"} <= set(names)
    assert len(names) >= 42
    assert sum(name.startswith("clean-unchanged") for name in names) >= 8


@pytest.mark.parametrize("name,source,expected", PAIRS, ids=[p[0] for p in PAIRS])
def test_fixture(name, source, expected):
    got = cleaner.clean(source.read_bytes())
    assert got == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("name,source,expected", PAIRS, ids=[p[0] for p in PAIRS])
def test_removals_point_at_the_input(name, source, expected):
    text = source.read_text(encoding="utf-8")
    result = cleaner.clean_and_explain(text)
    for removal in result.removed:
        assert text[removal.start:removal.end] == removal.text, removal
        assert removal.rule and removal.reason


@pytest.mark.parametrize("name,source,expected", PAIRS, ids=[p[0] for p in PAIRS])
def test_cleaning_twice_changes_nothing(name, source, expected):
    once = cleaner.clean(source.read_text(encoding="utf-8"))
    assert cleaner.clean(once) == once
