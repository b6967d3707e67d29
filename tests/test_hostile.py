"""Hostile and broken input: never a crash, never a hang, never the article lost."""
import codecs
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.decode import binary_kind, decode
from generated import FIXTURES, PARAGRAPHS, PATHOLOGICAL, REAL, documents, mutated

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = __import__("re").compile(r"\w+")


def repaired(text) -> str:
    """The input after repair only (markup remnants out, entities and mojibake mended): every rule off."""
    return cleaner.clean(text, disabled_rules=[r.name for r in cleaner.pipeline.RULES if not r.repair])


# -- properties ------------------------------------------------------------------------------------

@PROPERTY
@given(st.one_of(st.text(), st.binary(), st.text(alphabet="<>&#;/ \n\"'=[]abcdpimg.!?é€â", max_size=400)))
def test_any_input_gives_a_result(data):
    result = cleaner.clean_and_explain(data)
    assert isinstance(result.text, str)


@PROPERTY
@given(documents())
def test_generated_documents_keep_their_article_and_lose_their_junk(doc):
    text, paragraphs = doc
    out = cleaner.clean(text)
    for paragraph in paragraphs:
        assert paragraph in out
    for residue in ("<p>", "<img", "&#", "& #", "&quot", "& quot", "â€", "Ã", "Leave a Reply", "Source link"):
        assert residue not in out


@PROPERTY
@given(st.one_of(documents().map(lambda d: d[0]), st.text(max_size=300),
                 mutated([t for t in REAL if not t.lstrip().startswith("<")])))
def test_idempotent(text):
    """Cleaning the output again changes nothing, scraped text cut up and spliced included."""
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


@pytest.mark.parametrize("found", sorted((FIXTURES / "regressions").glob("*.*")), ids=lambda p: p.stem)
def test_regressions_are_idempotent(found):
    """Inputs that once broke idempotence (found by the property test or the fuzzer); .bin
    files are given as bytes."""
    data = found.read_bytes() if found.suffix == ".bin" else found.read_text(encoding="utf-8")
    once = cleaner.clean(data)
    assert cleaner.clean(once) == once


_DAMAGED_SENTENCES = [
    "Syriaâ€™s army took the town of Saraqeb on Monday.",
    "The council said &quot;the river&quot; rose by two metres &amp; more.",
    "Residents  were   told to leave their homes.",
    "<b>Shops</b> on the quay stayed closed.",
    "The caf\u00c3\u00a9 reopened on Tuesday.",
    "Nothing here needs mending at all.",
]


def test_a_long_line_is_repaired_as_its_sentences_would_be():
    # A page whose line breaks were lost is repaired piece by piece (cut after sentence stops):
    # the same text as the sentences give one by one.
    sentences = [_DAMAGED_SENTENCES[k % len(_DAMAGED_SENTENCES)] + f" Item {k}." for k in range(4000)]
    line = " ".join(sentences)
    assert len(line) > 1 << 17
    assert repaired(line) == " ".join(repaired(sentence).strip() for sentence in sentences) + "\n"
    assert cleaner.clean(cleaner.clean(line)) == cleaner.clean(line)


def test_markup_across_a_sentence_stop_is_removed_whole_on_a_long_line():
    # Sentences of 3,000 characters, every other one ending in a tag with a stop inside: where a
    # piece of a long line ends, the next stop is as often in a tag as not, and would be a cut,
    # were markup not kept whole.
    sentence = " ".join(["word"] * 600) + "."
    tag = '<img alt="The river rose. People left their homes." src="quay.jpg">'
    damaged = " ".join([sentence, sentence[:-1] + " " + tag] * 20 + [sentence])
    # (as scraped text: through the HTML door, the tags would be the page's own)
    out = cleaner.clean(damaged, input_kind="text", disabled_rules=[r.name for r in cleaner.pipeline.RULES if not r.repair])
    assert "People left" not in out and "quay.jpg" not in out and "<" not in out
    assert out.count("word") == 600 * 41


def test_a_repair_that_makes_a_line_break_keeps_the_line_whole():
    # "â€©" is the UTF-8 of U+2029, a paragraph separator, read as cp1252
    line = "He said the next few weeks will be hard,â€© and then the river rose again over the quay."
    out = cleaner.clean(f"{line}\n\nThe council met on Monday to discuss the damage to the town centre.\n")
    assert out.splitlines()[0] == "He said the next few weeks will be hard, and then the river rose again over the quay."


@pytest.mark.parametrize("page", sorted((FIXTURES / "html").glob("*.html")), ids=lambda p: p.stem)
def test_cleaned_pages_are_a_fixed_point(page):
    once = cleaner.clean(page.read_text(encoding="utf-8"))
    assert cleaner.clean(once) == once


@PROPERTY
@given(st.one_of(documents().map(lambda d: d[0]), st.text(max_size=300)))
def test_nothing_invented(text):
    allowed = set(WORDS.findall(repaired(text)))
    assert set(WORDS.findall(cleaner.clean(text))) <= allowed


# -- pathological inputs, each far under the bound unless it hangs ------------------------------------

@pytest.mark.parametrize("kind", ["text", "html"])
@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_inputs_stay_fast(name, kind):
    start = time.perf_counter()
    result = cleaner.clean_and_explain(PATHOLOGICAL[name](), input_kind=kind)
    assert time.perf_counter() - start < 60, f"{name} took too long"
    assert isinstance(result.text, str)


def test_a_deep_page_is_handled_not_refused():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = "<html><body>" + "<div>" * 3000 + body + "</div>" * 3000 + "</body></html>"
    out = cleaner.clean(page)
    assert PARAGRAPHS[0] in out


def test_no_network_and_no_entity_expansion():
    page = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>'
            "<html><body><article><p>" + PARAGRAPHS[0] + " &xxe;</p><p>" + PARAGRAPHS[1] + "</p></article></body></html>")
    out = cleaner.clean(page)
    assert PARAGRAPHS[1] in out and "secret" not in out


# -- bad bytes -------------------------------------------------------------------------------------

ARTICLE = "\n\n".join(PARAGRAPHS[:4]) + "\n"


@pytest.mark.parametrize("data", [
    ARTICLE.encode("utf-16"),                       # with a BOM
    ARTICLE.encode("utf-16-le"),                    # without a BOM
    ARTICLE.encode("utf-16-be"),
    codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    ARTICLE.encode("cp1252", "replace"),
    ARTICLE.encode("latin-1", "replace"),
], ids=["utf16-bom", "utf16le", "utf16be", "utf8-bom", "cp1252", "latin1"])
def test_encodings(data):
    out = cleaner.clean(data)
    assert PARAGRAPHS[0] in out and "Frühjahr" in out


def test_mixed_encodings_in_one_file():
    data = PARAGRAPHS[3].encode("utf-8") + b"\n\n" + PARAGRAPHS[4].encode("cp1252", "replace") + b"\n"
    out = decode(data)
    assert "Frühjahr" in out and "côté" in out


def test_invalid_utf8_is_not_a_crash():
    data = ARTICLE.encode("utf-8")[:200] + b"\xff\xfe\xc3\x28\xa0\xa1" + ARTICLE.encode("utf-8")[200:]
    assert PARAGRAPHS[2] in cleaner.clean(data)


def test_nul_and_control_characters_go():
    text = ARTICLE.replace("Tuesday", "Tues\x00day\x07").replace("overnight", "over\x1bnight\x0b")
    result = cleaner.clean_and_explain(text)
    assert "Tuesday" in result.text and "overnight" in result.text
    assert not any(c in result.text for c in "\x00\x07\x0b\x1b")
    assert any(r.kind == "controls" for r in result.repairs)


@pytest.mark.parametrize("data,what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (bytes(range(256)) * 20, "binary"),
])
def test_binary_input_is_recognised_not_cleaned(data, what):
    result = cleaner.clean_and_explain(data)
    assert result.text == "" and result.kind == "binary" and what in result.notes[0]
    assert binary_kind(ARTICLE.encode("utf-16-le")) is None


def test_non_text_objects_give_a_result():
    result = cleaner.clean_and_explain(12345)
    assert result.text == "" and result.kind == "unusable"


def test_a_failing_rule_is_skipped_and_reported():
    from cleaner.rules import Rule

    class Broken(Rule):  # (a Python subclass, also of the compiled class)
        def __init__(self):
            self.name = "prompts.line"

        def judge(self, doc):
            raise RuntimeError("boom")

    text = cleaner.Cleaner()
    text.rules = tuple(Broken() if rule.name == "prompts.line" else rule for rule in text.rules)
    result = text.clean(ARTICLE + "\nLeave a Reply\n")
    assert PARAGRAPHS[0] in result.text and "Leave a Reply" not in result.text
    assert any("prompts.line failed" in n for n in result.notes)


# -- the command line in pipelines -------------------------------------------------------------------

def test_ctrl_c_stops_cleanly(tmp_path):
    big = tmp_path / "big.jsonl"
    big.write_text(("{\"text\": \"" + PARAGRAPHS[0] * 20 + "\"}\n") * 200_000, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", str(big), "--workers", "1", "-o", str(tmp_path / "out.jsonl")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()  # no half-written output
    assert [p.name for p in tmp_path.iterdir()] == ["big.jsonl"]


def test_binary_file_on_the_command_line(tmp_path):
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\x00\x01\x02")
    proc = subprocess.run([sys.executable, "-m", "cleaner", str(pdf)], capture_output=True, timeout=60)
    assert proc.returncode == 1 and b"PDF document" in proc.stderr and proc.stdout == b""
