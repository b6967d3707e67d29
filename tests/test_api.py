"""The library's public surface: clean, clean_and_explain, Cleaner, Options, bytes input."""
import codecs

import pytest

import cleaner
from cleaner import CleanResult, Cleaner, Options

ARTICLE = ("Storm closes schools\n\n"
           "Schools across the county were closed on Friday as the storm brought down trees and power lines overnight.\n\n"
           "Forecasters said winds would ease by the evening, although flood warnings remain in force on two rivers.\n")


def test_clean_returns_text_and_explain_returns_a_result():
    text = ARTICLE + "\nLeave a Reply\n\nYour email address will not be published.\n"
    assert cleaner.clean(text) == ARTICLE
    result = cleaner.clean_and_explain(text)
    assert isinstance(result, CleanResult)
    assert result.text == ARTICLE
    assert [r.rule for r in result.removed] == ["comments.form", "comments.section"] or \
        {r.rule for r in result.removed} == {"comments.section", "comments.form"}
    assert str(result) == ARTICLE


def test_repairs_are_reported_with_where():
    result = cleaner.clean_and_explain("Title here now\n\nIt&#39s a test of the repair report, with enough words to count.\n")
    assert result.text.endswith("It's a test of the repair report, with enough words to count.\n")
    (repair,) = result.repairs
    assert repair.kind == "entities" and repair.before.startswith("It&#39s") and repair.after.startswith("It's")
    assert repair.start == len("Title here now\n\n")


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
])
def test_bytes_are_decoded(encode):
    assert cleaner.clean(encode(ARTICLE)) == ARTICLE


def test_legacy_bytes_are_guessed():
    text = ARTICLE.replace("county", "département") + "\nLe café était fermé à cause de la tempête, a précisé la mairie.\n"
    assert "département" in cleaner.clean(text.encode("cp1252"))


def test_options_and_overrides():
    options = Options(disabled_rules=frozenset({"comments"}))
    text = ARTICLE + "\nLeave a Reply\n"
    assert "Leave a Reply" in Cleaner(options.with_overrides(disabled_rules={"comments", "shape"})).clean(text).text
    assert "Leave a Reply" in cleaner.clean(text, disabled_rules={"comments", "shape"})
    assert "Leave a Reply" not in cleaner.clean(text)
    assert options.with_overrides(fix_encoding=False).fix_encoding is False
    with pytest.raises(TypeError, match="unknown option"):
        cleaner.clean(text, no_such_option=True)


def test_languages_option_limits_phrases():
    text = ARTICLE + "\nLesen Sie auch: Warum die Bahn so oft zu spät kommt\n"
    assert "Lesen Sie auch" not in cleaner.clean(text)
    assert "Lesen Sie auch" in cleaner.clean(text, languages=("en",), disabled_rules={"shape"})
    with pytest.raises(ValueError, match="no phrase data"):
        cleaner.clean(text, languages=("xx",))


def test_empty_and_whitespace_input():
    assert cleaner.clean("") == ""
    assert cleaner.clean("   \n\n  \n") == ""
    assert cleaner.clean(b"") == ""


def test_crlf_input_gives_lf_paragraphs():
    assert cleaner.clean(ARTICLE.replace("\n", "\r\n")) == ARTICLE


def test_safety_valve_keeps_the_article():
    # Two halves of an article separated by a long menu and a share prompt: the shape rule
    # keeps only one half.
    half_a = ("The first half of the report describes how the storm reached the coast late on Thursday "
              "and how emergency crews prepared shelters in schools and sports halls along the shore.")
    half_b = ("The second half of the report explains what the authorities plan to do next week, "
              "including inspections of bridges, repairs to the sea wall and help for families who lost homes.")
    menu = [f"Section number {n} link" for n in range(20)]
    text = "\n\n".join([half_a] + menu + ["Share this article", half_b]) + "\n"
    strict = cleaner.clean_and_explain(text)
    assert (half_a in strict.text) != (half_b in strict.text)
    assert not strict.notes
    valved = cleaner.clean_and_explain(text, max_prose_loss=0.3)
    assert half_a in valved.text and half_b in valved.text
    assert valved.notes and "safety valve" in valved.notes[0]


def test_prose_parted_from_the_run_only_by_short_lines_is_the_article_going_on():
    """An article's sections after a list: no line taken out stands between, so the run widens."""
    intro = ("The report describes how the storm reached the coast late on Thursday and how crews "
             "prepared shelters in schools and sports halls along the shore, where families waited.")
    rest = ("Inspections of bridges and repairs to the sea wall follow next week, the authorities said, "
            "and help for families who lost homes will be paid from a fund the council set up.")
    items = [f"Shelter number {n}" for n in range(20)]
    text = "\n\n".join(["Share this article", intro] + items + [rest]) + "\n"
    out = cleaner.clean(text)
    assert intro in out and rest in out


def test_nothing_vanishes_without_a_removal():
    text = ARTICLE + "\n&nbsp;\n\n<p></p>\n"
    result = cleaner.clean_and_explain(text)
    assert result.text == ARTICLE
    covered = {(r.start, r.end) for r in result.removed}
    tail_start = len(ARTICLE) + 1
    assert any(start >= tail_start for start, _ in covered)
    assert {r.rule for r in result.removed} >= {"markup.empty", "markup.tag"}
