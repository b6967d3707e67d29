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


@pytest.mark.parametrize("name,source,expected", PAIRS, ids=[p[0] for p in PAIRS])
def test_no_text_is_removed_twice(name, source, expected):
    # (a second verdict on what a first one took removes nothing, and is not recorded; a span the
    # repairs made unfindable is its whole line or piece, which other such removals may share)
    removed = cleaner.clean_and_explain(source.read_text(encoding="utf-8")).removed
    for before, after in zip(removed, removed[1:]):
        assert after.start >= before.end or "(span is" in before.reason and "(span is" in after.reason, \
            (before, after)


LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "ru", "ar", "zh", "ja", "id", "tr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_junk_of_two_kinds_and_a_clean_article(language):
    names = [name for name, _, _ in PAIRS]
    assert any(n.startswith(f"clean-unchanged-{language}-") for n in names)
    families = {n.split("-")[0] for n in names if n.endswith(f"-{language}") and not n.startswith("clean-")}
    assert len(families) >= 2, families


def test_every_language_has_phrase_data():
    from cleaner.phrases import available_languages

    assert set(LANGUAGES) <= set(available_languages())
