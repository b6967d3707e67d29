"""One registry: every rule that removes anything is a Rule in cleaner.rules.RULES, and names,
flags, --list-rules, --disable and the configuration's validation all come from it."""
import pytest

import cleaner
from cleaner.config import load_config
from cleaner.phrase_tables import rule_families
from cleaner.rules import RULES, Rule, Verdict, kept_by, known_names, listing

SENTENCES = ("The council approved the budget on Monday after a long debate about roads and bridges. "
             "Opposition members said the increase in parking charges would hurt small shops in town.")


def test_every_removal_comes_from_a_registered_rule():
    page = ("<div>Home | News | Sport</div>\n\n" + SENTENCES + " <b>Really</b>.\n\n" + SENTENCES
            + "\n\nLeave a Reply\n\nYour email address will not be published.\n\n&nbsp;\n")
    names = {rule.name for rule in RULES}
    result = cleaner.clean_and_explain(page, input_kind="text")
    assert result.removed and {r.rule for r in result.removed} <= names


def test_names_are_unique_and_listed_once():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert [name for name, _, _ in listing()] == names
    assert all(summary and example for _, summary, example in listing())


def test_the_markup_rules_are_rules_applied_by_the_repairs():
    markup = [rule for rule in RULES if rule.name.startswith("markup.")]
    assert markup and all(rule.repair for rule in markup)
    assert not any(rule.repair for rule in RULES if not rule.name.startswith("markup."))
    text = SENTENCES + " The <b>mayor</b> spoke.\n"
    assert "<b>" not in cleaner.clean(text, input_kind="text")
    assert "<b>mayor</b>" in cleaner.clean(text, input_kind="text", disabled_rules={"markup.tag"})


def test_a_cleaner_runs_the_rules_it_is_given_and_only_those():
    text = SENTENCES + " The <b>mayor</b> spoke.\n\nLeave a Reply\n"
    without_markup = cleaner.Cleaner(rules=[r for r in RULES if not r.repair]).clean(text)
    assert "<b>mayor</b>" in without_markup.text and "Leave a Reply" not in without_markup.text
    only_markup = cleaner.Cleaner(rules=[r for r in RULES if r.repair]).clean(text)
    assert "<b>" not in only_markup.text and "Leave a Reply" in only_markup.text


def _rule(name: str, picks, **flags) -> type:
    """A rule of a test's own, with ``flags``: it removes the lines whose text ``picks`` accepts."""
    def judge(self, doc):
        return [Verdict(i, name) for i in doc.alive() if picks(doc.blocks[i].text)]

    return type("OwnRule", (Rule,), {"name": name, "summary": name, "example": "any", "judge": judge, **flags})


def test_flags_drive_the_safety_valve():
    Everything = _rule("mine.everything", lambda text: True, positional=True)
    text = SENTENCES + "\n\n" + SENTENCES + "\n"
    result = cleaner.Cleaner(rules=[Everything()]).clean(text)
    assert result.text == text and any("safety valve" in note for note in result.notes)

    class Plain(Everything):
        positional = False

    assert cleaner.Cleaner(rules=[Plain()]).clean(text).text == ""


def test_prose_a_rule_proves_junk_is_not_counted_lost_by_the_safety_valve():
    """A comment thread three times the article's length, taken by its heading's rule, leaves
    the shape rules' removals (a menu) out; when it was all the prose, the valve judges as before."""
    comment = "A reader's long reply, which goes on about something else entirely and at length."
    menu = ["Home", "World", "Sports"]
    Thread = _rule("mine.thread", lambda text: text.startswith("A reader"), proves_junk=True)
    Menu = _rule("mine.menu", lambda text: text in menu, positional=True)
    text = "\n\n".join(menu + [SENTENCES] + [comment] * 12) + "\n"
    result = cleaner.Cleaner(rules=[Thread(), Menu()]).clean(text)
    assert result.text == SENTENCES + "\n" and not result.notes

    class Unproven(Thread):
        proves_junk = False

    assert any("safety valve" in note for note in cleaner.Cleaner(rules=[Unproven(), Menu()]).clean(text).notes)
    alone = "\n\n".join(menu + [comment] * 12) + "\n"
    assert any("safety valve" in note for note in cleaner.Cleaner(rules=[Thread(), Menu()]).clean(alone).notes)


def test_config_keep_kinds_come_from_the_rules(tmp_path):
    kinds = kept_by()
    assert set(kinds) == {"bylines", "datelines", "captions"}
    assert "captions.credit" in kinds["captions"] and "duplicates.caption" in kinds["captions"]
    path = tmp_path / "c.toml"
    path.write_text("[keep]\ncaptions = true\nauthor_bios = true\n")
    assert set(kinds["captions"]) <= load_config(path).disabled_rules
    path.write_text("[keep]\nfootnotes = true\n")
    with pytest.raises(ValueError, match="footnotes"):
        load_config(path)


def test_families_and_names_are_known():
    assert {"markup", "markup.tag", "shape", "shape.outside_article"} <= known_names()


def test_a_rule_finds_its_phrases_in_lines_as_long_as_its_evidence_says():
    long_line = ("The council met on Monday to discuss the budget and the roads. " * 20
                 + "Subscribe to our newsletter for more.")
    text = SENTENCES + "\n\n" + long_line + "\n"

    class LongPrompts(Rule):
        name = "mine.long_prompts"
        summary = "long lines with a prompt"
        example = "..."

        def judge(self, doc):
            return [Verdict(i, "a prompt in a long line") for i in doc.anywhere("prompts", "contains")
                    if doc.blocks[i].weight > 150]

    assert cleaner.Cleaner(rules=[LongPrompts()]).clean(text).text.count("Subscribe") == 1  # (no evidence declared)
    LongPrompts.evidence = (("prompts", "contains", 400),)
    assert "Subscribe" not in cleaner.Cleaner(rules=[LongPrompts()]).clean(text).text


def test_every_shipped_language_passes_the_checks_a_users_phrases_pass():
    from cleaner.phrase_tables import check_language
    from cleaner.phrases import _load, available_languages

    assert len(available_languages()) >= 10
    for language in available_languages():
        table = _load(language)  # (checked as it loads)
        check_language(language, table)
        assert set(table) - {"language"} <= rule_families()


@pytest.mark.parametrize("table, said", [
    ({"captions": {"labels": ["Photo:"]}, "gossip": {"line": ["x"]}}, "unknown phrase family 'gossip'"),
    ({"prompts": {"lines": ["Subscribe"]}}, "unknown phrase kind 'lines'"),
    ({"prompts": {"line": "Subscribe"}}, "phrases.prompts.line is a list of strings"),
    ({"footers": {"patterns": ["(unclosed"]}}, "is not a regular expression"),
    ({"prompts": ["Subscribe"]}, "[phrases.prompts] is a table of kinds"),
])
def test_a_broken_shipped_table_names_its_file_and_fault(table, said):
    from cleaner.phrase_tables import check_language

    with pytest.raises(ValueError) as raised:
        check_language("xx", {"language": "Test", **table})
    assert "rules/data/xx.toml" in str(raised.value) and said in str(raised.value)


def test_a_users_pattern_that_does_not_compile_is_a_config_error(tmp_path):
    from cleaner.config import ConfigError, load_config

    path = tmp_path / "c.toml"
    path.write_text('[phrases.footers]\npatterns = ["(unclosed"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a regular expression"):
        load_config(path)
