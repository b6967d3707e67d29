"""The configuration file and the explanations people and programs read."""
import json
import subprocess
import sys

import pytest

import cleaner
from cleaner.config import ConfigError, load_config
from conftest import FIXTURES

SEED = (FIXTURES / "seed-003.in.txt").read_text(encoding="utf-8")
BODY = ("The regional council approved the budget on Monday after a debate that lasted most of the afternoon.\n\n"
        "Opposition members said the increase in parking charges would hurt small shops in the town centre.\n\n"
        "The leader of the council said the money was needed to repair roads and bridges damaged by floods.\n")


def write(tmp_path, text: str):
    path = tmp_path / "cleaner.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_config_that_disables_a_rule_keeps_that_text(tmp_path):
    options = load_config(write(tmp_path, '[rules]\ndisable = ["related", "shape"]\n'))
    out = cleaner.clean(SEED, options)
    assert "Check Also" in out and "Leave a Reply" not in out


def test_enable_switches_one_rule_of_a_disabled_family_back_on(tmp_path):
    options = load_config(write(tmp_path, '[rules]\ndisable = ["comments"]\nenable = ["comments.form"]\n'))
    out = cleaner.clean(SEED, options.with_overrides(disabled_rules=options.disabled_rules | {"shape", "related"}))
    assert "Leave a Reply" in out and "Your email address" not in out


def test_a_config_that_adds_a_phrase_removes_it(tmp_path):
    text = BODY + "\nBrought to you by our partner\n\n" + BODY.replace("regional", "county")
    assert "Brought to you by our partner" in cleaner.clean(text)
    options = load_config(write(tmp_path, '[phrases.prompts]\nline = ["Brought to you by our partner"]\n'))
    result = cleaner.clean_and_explain(text, options)
    assert "Brought to you by our partner" not in result.text
    assert any(r.rule == "prompts.line" for r in result.removed)


def test_markers_lines_and_tails(tmp_path):
    text = BODY + "\nSponsored by Acme\n\n" + BODY.replace("regional", "county") + "\nAbout the author\n\nJane writes about councils.\n"
    options = load_config(write(tmp_path, '[markers]\nlines = ["Sponsored by Acme"]\ntails = ["About the author"]\n'))
    result = cleaner.clean_and_explain(text, options)
    assert "Sponsored by Acme" not in result.text and "Jane writes" not in result.text
    assert "county council" in result.text
    assert {r.rule for r in result.removed} >= {"user.lines", "user.tails"}


def test_keep_optional_kinds(tmp_path):
    text = "Photo: Jane Doe / AFP via Getty Images\n\n" + BODY
    assert "Photo:" not in cleaner.clean(text)
    options = load_config(write(tmp_path, "[keep]\ncaptions = true\n"))
    assert "Photo: Jane Doe" in cleaner.clean(text, options.with_overrides(disabled_rules=options.disabled_rules | {"shape"}))


def test_languages_and_strictness(tmp_path):
    options = load_config(write(tmp_path, 'languages = ["en", "de"]\nstrictness = "lenient"\n'))
    assert options.languages == ("en", "de") and options.strictness == "lenient"
    assert cleaner.clean(SEED, options) == (FIXTURES / "seed-003.out.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text,line,words", [
    ("[rules]\ndisable = [\"no.such.rule\"]\n", 2, "unknown rule"),
    ("languages = [\"en\"]\nfavourite_colour = \"blue\"\n", 2, "unknown setting"),
    ("[rules]\ndisable = \"related\"\n", 2, "list of strings"),
    ("[phrases.prompts]\nlines = [\"x\"]\n", 2, "unknown phrase kind"),
    ("languages = [\"en\"\n", 1, ""),  # a TOML syntax error: tomllib names the line
    ("strictness = \"very\"\n", 1, "lenient, normal, strict"),
])
def test_invalid_config_names_the_line(tmp_path, text, line, words):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    assert f"line {line}" in str(error.value) and words in str(error.value)


def test_invalid_config_on_the_command_line_exits_2(tmp_path):
    path = write(tmp_path, "[rules]\ndisable = [\"no.such.rule\"]\n")
    proc = subprocess.run([sys.executable, "-m", "cleaner", "--config", str(path)], input=b"text",
                          capture_output=True, timeout=60)
    assert proc.returncode == 2 and b"line 2" in proc.stderr and b"no.such.rule" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_config_on_the_command_line(tmp_path):
    path = write(tmp_path, '[rules]\ndisable = ["related", "shape"]\n')
    proc = subprocess.run([sys.executable, "-m", "cleaner", "--config", str(path), str(FIXTURES / "seed-003.in.txt")],
                          capture_output=True, timeout=60)
    assert proc.returncode == 0 and b"Check Also" in proc.stdout


def test_explain_marks_the_document(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "cleaner", "--explain", str(FIXTURES / "seed-003.in.txt")],
                          capture_output=True, timeout=60)
    err = proc.stderr.decode()
    assert "- [captions.credit] Credits: Orient" in err
    assert "  At least 33 Turkish soldiers were killed" in err
    assert "[related.section] " in err  # the legend with the reason


def test_explain_json_for_programs():
    proc = subprocess.run([sys.executable, "-m", "cleaner", "--explain=json", str(FIXTURES / "seed-003.in.txt")],
                          capture_output=True, timeout=60)
    data = json.loads(proc.stderr.decode().splitlines()[0])
    assert data["kind"] == "text" and any(r["rule"] == "comments.section" for r in data["removed"])
    assert proc.stdout.decode() == (FIXTURES / "seed-003.out.txt").read_text(encoding="utf-8")


def test_explain_shows_a_piece_cut_from_a_line():
    from cleaner.explain import as_marked_text

    text = BODY.replace("floods.", "floods. Read more: Parking charges to rise")
    result = cleaner.clean_and_explain(text)
    marked = as_marked_text(result, text)
    assert "[-Read more: Parking charges to rise-]{related.link}" in marked
