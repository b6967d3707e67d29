"""Issue 13: linear time on every pattern, no blobs left, no short text lost, every rule switchable."""
import base64
import random
import time

import pytest

import cleaner
from cleaner import Options
from cleaner.cli import run
from cleaner.config import ConfigError, load_config
from cleaner.rules import known_names, listing
from conftest import run_python

MB = 1_000_000
LIMIT = 30.0  # seconds: only a hang (a quadratic on a megabyte) exceeds it


def _blob(size: int, seed: int = 7) -> str:
    return base64.b64encode(random.Random(seed).randbytes(size * 3 // 4)).decode()


# -- linear time on a megabyte -----------------------------------------------------------------

HOSTILE = {
    "url query of one word": "Body text. url=" + "x" * MB,
    "attribute value cut off": '<img alt="' + "a" * MB,
    "spaces between two letters": "a" + " " * MB + "b",
    "script openers without a closer": "<script>" * (MB // 8),
    "comment openers without a closer": "<!--" * (MB // 4),
    "caption openers without a closer": "[caption]" * (MB // 9),
    "quoted values that never close": '<b "' * (MB // 4),
    "attribute names without values": " a=" * (MB // 3),
    "attribute pairs without a tag": ' a="1" b="2"' * (MB // 12),
    "runs of spaces before a break": (" " * 5000 + "x\n") * (MB // 5002),
    "base64 in a tag": 'The mayor spoke. <img src="data:image/png;base64,' + _blob(MB) + '"> Then he left.',
    "comments before a page": "<!-- a -->" * (MB // 10) + "x",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_megabyte_built_to_hurt_is_cleaned_in_linear_time(name):
    start = time.perf_counter()
    result = cleaner.clean_and_explain(HOSTILE[name])
    assert time.perf_counter() - start < LIMIT
    assert isinstance(result.text, str)


def test_every_pattern_of_the_package_is_linear_on_its_worst_cases():
    """The audit (benchmarks/pattern_audit.py): every compiled pattern, on inputs built from its
    own classes and literals, at two sizes; the time per character must not grow."""
    from benchmarks.pattern_audit import audit, package_patterns

    from cleaner import markup

    patterns = package_patterns()
    # the module tables, the markup finders and the phrase data's patterns, each pattern once
    assert {f"cleaner.markup._patterns()[{name!r}]" for name in markup._patterns()} <= set(patterns)
    assert sum(name.startswith("phrases[") for name in patterns) >= 3
    assert len({id(p) for p in patterns.values()}) == len(patterns) >= 55
    assert audit((8_000, 64_000), patterns, timeout=120.0) == []


def test_the_audit_finds_a_quadratic_pattern():
    import re

    from benchmarks.pattern_audit import audit

    quadratic = re.compile(r"[\w:-]+\s*=")  # the markup finders' old attribute name
    assert audit((4_000, 32_000), {"quadratic": quadratic}, timeout=10.0)


# -- blobs ------------------------------------------------------------------------------------

def test_a_data_uri_in_a_tag_longer_than_any_bound_goes_with_its_tag():
    text = 'The mayor spoke on Monday. <img src="data:image/png;base64,' + _blob(60_000) + '" alt="x"> Then he left.\n'
    result = cleaner.clean_and_explain(text, input_kind="text")
    assert result.text == "The mayor spoke on Monday. Then he left.\n"
    assert [r.rule for r in result.removed] == ["markup.tag"]


def test_a_bare_data_uri_goes_as_a_blob():
    text = "The chart is here: data:image/svg+xml;base64," + _blob(3000) + " and it shows growth.\n"
    result = cleaner.clean_and_explain(text, input_kind="text")
    assert "base64" not in result.text and "it shows growth" in result.text
    assert [r.rule for r in result.removed] == ["markup.blob"]


def test_a_line_of_base64_goes_and_the_removal_says_how_long_it_was():
    blob = _blob(60_000)
    text = f"The mayor spoke on Monday about the new budget.\n\n{blob}\n\nThen he left the hall.\n"
    result = cleaner.clean_and_explain(text, input_kind="text")
    assert result.text == "The mayor spoke on Monday about the new budget.\n\nThen he left the hall.\n"
    (removal,) = result.removed
    assert removal.rule == "markup.blob" and f"{len(blob)} characters" in removal.reason
    assert text[removal.start:removal.end] == blob


def test_mime_wrapped_base64_lines_go():
    blob = _blob(760)
    wrapped = "\n".join(blob[k:k + 76] for k in range(0, len(blob), 76))
    text = f"The mayor spoke on Monday about the new budget.\n{wrapped}\nThen he left the hall.\n"
    assert cleaner.clean(text, input_kind="text") == \
        "The mayor spoke on Monday about the new budget.\nThen he left the hall.\n"


@pytest.mark.parametrize("token", [
    "9f86d081884c7d659a2ff2e0b0b6e3a4c8e4b1f0d5e7a2c3b4d5e6f708192a3b",  # a SHA-256, hex
    "3f786850e387550fdab836ed7e6dc881de23001b",  # a git commit
    "dGhlIHF1aWNrIGJyb3duIGZveA==",  # a short base64 token
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",  # a JWT
])
def test_a_hash_or_a_key_inside_a_sentence_stays(token):
    text = f"The release was signed with {token} according to the maintainers.\n"
    assert cleaner.clean(text, input_kind="text") == text


# -- every rule can be switched off, by each door ---------------------------------------------

NAMES = [name for name, _, _ in listing()]


def test_every_listed_name_is_known_and_the_markup_rules_are_listed():
    assert {"markup.tag", "markup.blob", "markup.attributes", "markup.empty"} <= set(NAMES)
    assert set(NAMES) | {n.split(".")[0] for n in NAMES} == known_names()


@pytest.mark.parametrize("name", NAMES)
def test_every_listed_rule_can_be_disabled_and_enabled_again(name, tmp_path):
    by_options = cleaner.Cleaner(Options(disabled_rules=frozenset({name})))
    assert name not in {r.name for r in by_options.rules} | by_options.markup_rules
    family = name.split(".")[0]
    again = cleaner.Cleaner(Options(disabled_rules=frozenset({family}), enabled_rules=frozenset({name})))
    assert name in {r.name for r in again.rules} | again.markup_rules
    config = tmp_path / "c.toml"
    config.write_text(f'[rules]\ndisable = ["{name}"]\n')
    assert name in load_config(config).disabled_rules
    source = tmp_path / "in.txt"
    source.write_text("Hello.\n")
    assert run(["--disable", name, "--quiet", str(source), "-o", str(tmp_path / "out.txt")]) == 0


def test_a_disabled_markup_rule_removes_nothing():
    text = "The council <b>met</b> again on Tuesday to settle the last details of the plan.\n"
    assert cleaner.clean(text, input_kind="text") == "The council met again on Tuesday to settle the last details of the plan.\n"
    assert cleaner.clean(text, input_kind="text", disabled_rules={"markup.tag"}) == text


def test_unknown_rule_names_are_an_error_by_every_door(tmp_path, capsys):
    with pytest.raises(ValueError, match="markup.tagz"):
        cleaner.clean("x", disabled_rules={"markup.tagz"})
    with pytest.raises(ValueError, match="nope"):
        cleaner.Cleaner(Options(enabled_rules=frozenset({"nope"})))
    config = tmp_path / "c.toml"
    config.write_text('[rules]\ndisable = ["markup.tagz"]\n')
    with pytest.raises(ConfigError, match="markup.tagz"):
        load_config(config)
    with pytest.raises(SystemExit) as stop:
        run(["--disable", "markup.tagz", "-"])
    assert stop.value.code == 2


# -- a rule written in Python, compiled package or not ----------------------------------------

SUBCLASS = """
import json, sys
import cleaner
from cleaner.rules import RULES, Rule, Verdict

class Zap(Rule):
    name = "mine.zap"
    summary = "lines that say zap"
    example = "zap"
    def judge(self, doc):
        for i in doc.alive():
            if doc.blocks[i].text == "zap":
                yield Verdict(i, "it says zap")

class Quiet(Zap):
    def __init__(self):  # (does not call Rule's)
        pass

text = "The council approved the budget on Monday after a long debate.\\n\\nzap\\n"
out = {}
for rule in (Zap(), Quiet()):
    result = cleaner.Cleaner(rules=(*RULES, rule)).clean(text)
    out[type(rule).__name__] = [result.text, [(r.rule, r.reason) for r in result.removed]]
    off = cleaner.Cleaner(rules=(*RULES, rule), disabled_rules={"mine.zap"}).clean(text)
    out[type(rule).__name__].append(off.text)
import cleaner.compiled
print(json.dumps([cleaner.compiled.running(), out]))
"""


@pytest.mark.parametrize("pure", [False, True], ids=["as installed", "pure Python"])
def test_a_rule_subclass_is_named_the_same_compiled_or_not(pure):
    done = run_python(SUBCLASS, pure)
    assert done.returncode == 0, done.stderr
    import json

    running, out = json.loads(done.stdout)
    assert running == "python" or not pure
    for name in ("Zap", "Quiet"):
        text, removed, off = out[name]
        assert text == "The council approved the budget on Monday after a long debate.\n"
        assert removed == [["mine.zap", "it says zap"]]
        assert off.endswith("zap\n")


def test_mojibake_codecs_cover_ftfys():
    """The cheap check looks for the pairs of every single-byte codec ftfy's repair tries."""
    import ftfy.chardata

    from cleaner.repair.fixes import OTHER_CODECS

    python_names = {"sloppy-windows-1251": "cp1251", "sloppy-windows-1250": "cp1250", "sloppy-windows-1253": "cp1253",
                    "sloppy-windows-1254": "cp1254", "sloppy-windows-1257": "cp1257", "iso-8859-2": "iso-8859-2",
                    "macroman": "mac-roman", "cp437": "cp437"}
    others = [c for c in ftfy.chardata.CHARMAP_ENCODINGS if c not in ("latin-1", "sloppy-windows-1252")]
    assert {python_names[c] for c in others} == set(OTHER_CODECS)
