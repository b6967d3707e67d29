"""Where corpus builders work: a real datatrove pipeline (local executor), Hugging Face datasets
(an in-memory Dataset), and the corpus report (JSON schema; the HTML page in headless Chromium)."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from conftest import FIXTURES, ROOT

TEXTS = sorted(FIXTURES.glob("*.in.txt"))
PAGES = sorted((FIXTURES / "html").glob("*.html"))
MENU = "Home\nNews\nSport\nWorld\nBusiness\nContact\nLogin\n"  # the rules leave nothing of it


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def _read_jsonl(folder: Path) -> list[dict]:
    return [json.loads(line) for path in sorted(folder.rglob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines()]


def _run_pipeline(tmp_path: Path, rows: list[dict], step) -> tuple[list[dict], list[dict], dict]:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    _write_jsonl(tmp_path / "in" / "docs.jsonl", rows)
    step.exclusion_writer = JsonlWriter(str(tmp_path / "dropped"), compression=None)
    executor = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(tmp_path / "in")), step, JsonlWriter(str(tmp_path / "out"), compression=None)],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs"))
    executor.run()
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    return _read_jsonl(tmp_path / "out"), _read_jsonl(tmp_path / "dropped"), stats


def _step_stats(stats, name: str) -> dict:
    for step in stats:
        if step["name"].endswith(name):
            return {key: value["total"] if isinstance(value, dict) else value for key, value in step["stats"].items()}
    raise AssertionError(f"no stats for {name}: {[s['name'] for s in stats]}")


def test_a_datatrove_pipeline_cleans_as_the_library_does(tmp_path):
    from cleaner.datatrove import CleanText

    rows = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in TEXTS]
    rows.append({"id": "menu", "text": MENU})
    kept, dropped, stats = _run_pipeline(tmp_path, rows, CleanText(removals_key="removed"))
    expected = {row["id"]: cleaner.clean_and_explain(row["text"]) for row in rows}
    assert [row["id"] for row in dropped] == ["menu"]
    assert dropped[0]["metadata"]["filter_reason"].startswith("cleaner: no article text left")
    assert [row["id"] for row in kept] == [row["id"] for row in rows if row["id"] != "menu"]
    for row in kept:  # row for row, the library's text and removals
        result = expected[row["id"]]
        assert row["text"] == result.text
        assert row["metadata"]["removed"] == [r.as_dict() for r in result.removed]
    counts = _step_stats(stats, "🧹 cleaner")
    assert counts["total"] == len(rows) and counts["forwarded"] == len(kept) and counts["dropped"] == 1
    touched = {r.rule for result in expected.values() for r in result.removed}
    for rule in touched:
        documents = sum(1 for result in expected.values() if any(r.rule == rule for r in result.removed))
        assert counts[f"removed_{rule}"] == documents


def test_the_datatrove_html_step_extracts_as_clean_html_does(tmp_path):
    from cleaner.datatrove import ExtractArticle

    rows = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in PAGES]
    kept, dropped, _ = _run_pipeline(tmp_path, rows, ExtractArticle())
    assert not dropped and len(kept) == len(rows) >= 5
    for row in kept:
        page = next(r["text"] for r in rows if r["id"] == row["id"])
        assert row["text"] == cleaner.clean_html(page)


def test_the_datatrove_steps_take_the_callers_input_kind_and_the_html_step_forces_html():
    from cleaner import Options
    from cleaner.datatrove import CleanText, ExtractArticle

    assert CleanText(Options(input_kind="text")).options.input_kind == "text"
    assert CleanText().options.input_kind == "auto"
    assert ExtractArticle(Options(input_kind="text")).options.input_kind == "html"


def test_the_datatrove_step_pickles_without_its_cleaner():
    import pickle

    from cleaner.datatrove import CleanText

    step = CleanText(disabled_rules={"related"})
    list(step.run(iter([]), 0, 1))  # (builds its cleaner)
    copy = pickle.loads(pickle.dumps(step))
    assert copy._cleaner is None and copy.options == step.options


def test_datasets_map_cleans_each_row_with_its_removals():
    from datasets import Dataset

    from cleaner.datasets import clean_batch

    texts = [p.read_text(encoding="utf-8") for p in TEXTS[:20]] + [MENU]
    dataset = Dataset.from_dict({"id": list(range(len(texts))), "text": texts})
    cleaned = dataset.map(clean_batch, batched=True, batch_size=7,
                          fn_kwargs={"output_column": "clean", "removals_column": "removed"})
    assert cleaned.column_names == ["id", "text", "clean", "removed"]
    for row, text in zip(cleaned, texts):
        result = cleaner.clean_and_explain(text)
        assert row["text"] == text and row["clean"] == result.text
        assert [r["rule"] for r in row["removed"]] == [r.rule for r in result.removed]
    in_place = dataset.map(clean_batch, batched=True, fn_kwargs={"disabled_rules": ["prompts"]})
    assert in_place[len(texts) - 1]["text"] == cleaner.clean(MENU, disabled_rules={"prompts"})


def test_datasets_batch_names_a_missing_column():
    from cleaner.datasets import clean_batch

    with pytest.raises(KeyError, match="no column 'body'"):
        clean_batch({"text": ["x"]}, column="body")


def _report(tmp_path: Path, suffix: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in TEXTS:
        shutil.copy(path, corpus / path.name)
    (corpus / "menu.txt").write_text(MENU, encoding="utf-8")
    out = tmp_path / f"report{suffix}"
    done = subprocess.run([sys.executable, "-m", "cleaner", str(corpus), "-o", str(tmp_path / "out"), "--quiet",
                           "--workers", "2", "--report", str(out)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return out


def test_the_json_report_follows_its_schema(tmp_path):
    report = json.loads(_report(tmp_path, ".json").read_text(encoding="utf-8"))
    assert report["schema"] == "cleaner-report/1"
    assert report["documents"] == len(TEXTS) + 1 and report["failed"] == 0 and report["emptied"] == 1
    assert report["chars_in"] > report["chars_out"] > 0 and 0 < report["share_removed"] < 1
    rules = report["rules"]
    assert rules and [r["chars"] for r in rules] == sorted((r["chars"] for r in rules), reverse=True)
    assert abs(sum(r["share_of_removed"] for r in rules) - 1) < 0.01
    for rule in rules:
        assert set(rule) == {"rule", "documents", "removals", "chars", "share_of_removed", "samples"}
        assert 1 <= rule["documents"] <= rule["removals"] and rule["chars"] > 0
        assert 1 <= len(rule["samples"]) <= 5
        for sample in rule["samples"]:
            assert set(sample) == {"document", "before", "removed", "after"} and sample["removed"]
            assert "\n" not in sample["before"] + sample["after"]
    assert set(report["repairs"]) and all(isinstance(n, int) and n > 0 for n in report["repairs"].values())
    most = report["most_cut"]
    assert most[0]["document"].endswith("menu.txt") and most[0]["emptied"] and most[0]["share_removed"] == 1.0
    assert [d["share_removed"] for d in most] == sorted((d["share_removed"] for d in most), reverse=True)
    assert all(set(d) == {"document", "chars_in", "chars_out", "share_removed", "emptied", "rules", "notes"} for d in most)


def test_the_report_keeps_a_bounded_sample_of_any_corpus():
    from cleaner.report import CorpusReport, digest

    report = CorpusReport(samples=3, worst=4)
    text = "The council approved the budget on Monday after a long debate.\n\nLeave a Reply\n"
    for n in range(500):
        report.add(digest(f"doc {n}", text, cleaner.clean_and_explain(text)))
    data = report.as_dict()
    assert data["documents"] == 500 and len(data["most_cut"]) == 4
    assert all(len(rule["samples"]) == 3 for rule in data["rules"]) and data["rules"][0]["documents"] == 500
    assert len({s["document"] for s in data["rules"][0]["samples"]}) == 3


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CLEANER_REQUIRE_BROWSER"),
                    reason="Debian's chromium is not installed (CI installs it and sets CLEANER_REQUIRE_BROWSER)")
def test_the_html_report_renders_in_a_headless_browser(tmp_path):
    assert CHROMIUM, "CLEANER_REQUIRE_BROWSER is set and chromium is not installed"
    page = _report(tmp_path, ".html")
    (tmp_path / "again").mkdir()
    report = json.loads(_report(tmp_path / "again", ".json").read_text(encoding="utf-8"))
    base = [CHROMIUM, *_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "report.png"
    done = subprocess.run([*base, "--window-size=1200,1600", f"--screenshot={shot}", page.as_uri()],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and shot.stat().st_size > 20_000, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The DOM after the page's script ran, sorted by the address: fewest characters first.
    dom = subprocess.run([*base, "--dump-dom", page.as_uri() + "#sort=chars-asc"], capture_output=True, text=True,
                         timeout=120, check=False).stdout
    from html.parser import HTMLParser

    class Read(HTMLParser):
        def __init__(self):
            super().__init__()
            self.bars, self.rule_rows, self.sorted, self._in_rules, self._cell = 0, [], None, False, 0

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "rect" and attrs.get("class") == "bar":
                self.bars += 1
            if tag == "table" and attrs.get("id") == "rules":
                self._in_rules, self.sorted = True, attrs.get("data-sorted")
            if self._in_rules and tag == "tr":
                self._cell = 0
            if self._in_rules and tag == "td":
                self._cell += 1
                if self._cell == 4:
                    self.rule_rows.append(float(attrs["data-value"]))

        def handle_endtag(self, tag):
            if tag == "table":
                self._in_rules = False

    read = Read()
    read.feed(dom)
    assert read.sorted == "chars-asc"
    assert read.rule_rows == sorted(read.rule_rows) and len(read.rule_rows) == len(report["rules"])
    assert read.bars == min(30, len(report["rules"]))
    assert "<mark>" in dom
