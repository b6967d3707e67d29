"""Corpus runs from the command line: directories, JSONL, WARC, workers, compression, failures."""
import gzip
import json
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
import zstandard

from conftest import FIXTURES

SEED = (FIXTURES / "seed-003.in.txt").read_text(encoding="utf-8")
SEED_OUT = (FIXTURES / "seed-003.out.txt").read_text(encoding="utf-8")
PAGE = (FIXTURES / "html" / "comments-leak.html").read_bytes()
PAGE_OUT = (FIXTURES / "html" / "comments-leak.out.txt").read_text(encoding="utf-8")


def run(*args, stdin: bytes | None = None, cwd=None):
    return subprocess.run([sys.executable, "-m", "cleaner", *map(str, args)], input=stdin,
                          capture_output=True, cwd=cwd, timeout=120)


# -- directories ---------------------------------------------------------------------------------

@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "logs").mkdir()
    (root / "a.txt").write_text(SEED, encoding="utf-8")
    (root / "sub" / "page.html").write_bytes(PAGE)
    (root / "sub" / "empty.txt").write_bytes(b"")
    (root / "logs" / "run.log").write_text("not an article", encoding="utf-8")
    (root / "sub" / "broken.txt").symlink_to(tmp_path / "nowhere.txt")  # unreadable, in the middle
    return root


@pytest.mark.parametrize("workers", [1, 2])
def test_directory_is_mirrored(tree, tmp_path, workers):
    out = tmp_path / "out"
    proc = run(tree, "-o", out, "--exclude", "*.log", "--workers", workers)
    assert proc.returncode == 1  # the broken link failed...
    assert b"broken.txt" in proc.stderr and b"Traceback" not in proc.stderr
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == ["a.txt", "sub/empty.txt", "sub/page.txt"]  # ...the others were all written
    assert (out / "a.txt").read_text(encoding="utf-8") == SEED_OUT
    assert (out / "sub" / "page.txt").read_text(encoding="utf-8") == PAGE_OUT
    assert (out / "sub" / "empty.txt").read_bytes() == b""
    assert b"5 documents, 1 failed" not in proc.stderr and b"4 documents, 1 failed" in proc.stderr


def test_directory_include_globs(tree, tmp_path):
    out = tmp_path / "out"
    proc = run(tree, "-o", out, "--include", "*.html", "--quiet")
    assert proc.returncode == 0 and proc.stderr == b""
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["page.txt"]


def test_directory_needs_an_output_folder(tree):
    proc = run(tree)
    assert proc.returncode == 2 and b"needs -o" in proc.stderr


# -- JSONL ---------------------------------------------------------------------------------------

def jsonl(records) -> bytes:
    lines = []
    for record in records:
        lines.append(record if isinstance(record, str) else json.dumps(record))
    return ("\n".join(lines) + "\n").encode("utf-8")


DATASET = [
    {"id": "a", "text": SEED, "source": "web", "meta": {"n": 1}},
    {"id": "b", "body": "no text field here"},
    "this line is not JSON",
    {"id": "c", "text": 42},
    {"id": "d", "text": PAGE.decode("utf-8")},
    {"id": "e", "text": ""},
]


@pytest.mark.parametrize("workers", [1, 2])
def test_jsonl_records_in_order_with_failures_written_through(tmp_path, workers):
    source = tmp_path / "data.jsonl"
    source.write_bytes(jsonl(DATASET))
    proc = run(source, "--id-key", "id", "--workers", workers)
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(rows) == len(DATASET)
    assert rows[0] == {"id": "a", "text": SEED_OUT, "source": "web", "meta": {"n": 1}}
    assert rows[1]["body"] == "no text field here" and "has no field 'text'" in rows[1]["cleaner_error"]
    assert rows[2]["raw"] == "this line is not JSON" and "not JSON" in rows[2]["cleaner_error"]
    assert "non-text" in rows[3]["cleaner_error"] and rows[3]["text"] == 42
    assert rows[4]["text"] == PAGE_OUT  # HTML in a text field is detected as HTML
    assert rows[5] == {"id": "e", "text": ""}
    assert b"6 documents, 3 failed" in proc.stderr


def test_jsonl_output_and_removal_fields(tmp_path):
    source = tmp_path / "data.jsonl"
    source.write_bytes(jsonl(DATASET[:1]))
    proc = run(source, "--output-key", "clean", "--removals-key", "removed", "--quiet")
    (row,) = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert row["text"] == SEED and row["clean"] == SEED_OUT
    rules = {r["rule"] for r in row["removed"]}
    assert {"related.section", "comments.section", "captions.credit"} <= rules
    for r in row["removed"]:
        assert SEED[r["start"]:r["end"]] == r["text"]


@pytest.mark.parametrize("suffix,opener", [
    (".jsonl.gz", lambda p: gzip.open(p, "rb").read()),
    (".jsonl.zst", lambda p: zstandard.ZstdDecompressor().stream_reader(open(p, "rb")).read()),
])
def test_jsonl_compressed_in_and_out(tmp_path, suffix, opener):
    raw = jsonl(DATASET[:1])
    source = tmp_path / f"in{suffix}"
    source.write_bytes(gzip.compress(raw) if suffix.endswith(".gz") else zstandard.ZstdCompressor().compress(raw))
    target = tmp_path / f"out{suffix}"
    proc = run(source, "-o", target, "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(opener(target))["text"] == SEED_OUT


def test_jsonl_from_stdin_limit_and_empty_input(tmp_path):
    proc = run("--jsonl", "--limit", "1", "--quiet", stdin=jsonl(DATASET))
    assert [json.loads(l)["id"] for l in proc.stdout.decode().splitlines()] == ["a"]
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    proc = run(empty)
    assert proc.returncode == 0 and proc.stdout == b"" and b"0 documents, 0 failed" in proc.stderr


def test_jsonl_missing_input_file_is_reported(tmp_path):
    proc = run(tmp_path / "missing.jsonl", "--quiet")
    assert proc.returncode == 1 and b"missing.jsonl" in proc.stderr and b"Traceback" not in proc.stderr


# -- WARC ----------------------------------------------------------------------------------------

def make_warc(path: Path, gzipped: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)

        def response(url, body, content_type):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))

        response("https://example.com/story", PAGE, "text/html; charset=utf-8")
        response("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n0000", "image/png")
        writer.write_record(writer.create_warc_record("https://example.com/story", "request",
                                                      payload=BytesIO(b"GET /story HTTP/1.1\r\n\r\n")))
        latin = PAGE.decode("utf-8").replace("utf-8", "iso-8859-1").encode("latin-1", "replace")
        response("https://example.com/latin", latin, "text/html; charset=iso-8859-1")
        response("https://example.com/data.json", b'{"a": 1}', "application/json")


@pytest.mark.parametrize("name,gzipped", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_records(tmp_path, name, gzipped):
    archive = tmp_path / name
    make_warc(archive, gzipped)
    proc = run(archive, "--workers", 2)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["url"] for r in rows] == ["https://example.com/story", "https://example.com/latin"]
    assert rows[0]["text"] == PAGE_OUT
    assert all(r["date"] and r["warc_record_id"] for r in rows)
    assert "Bewdley" in rows[1]["text"]


def test_a_broken_archive_is_reported(tmp_path):
    archive = tmp_path / "broken.warc.gz"
    archive.write_bytes(gzip.compress(b"WARC/1.0\r\nthis is not a warc record at all\r\n"))
    proc = run(archive, "--quiet")
    assert proc.returncode == 1 and b"broken.warc.gz" in proc.stderr and b"Traceback" not in proc.stderr


# -- the pieces ----------------------------------------------------------------------------------

def test_ordered_map_keeps_order_with_workers():
    from cleaner.batch import ordered_map
    from cleaner.options import Options
    from cleaner.records import JsonlHandler

    tasks = [(n, json.dumps({"text": f"Line number {n} of the test, long enough to read."}).encode()) for n in range(200)]
    handler = JsonlHandler()
    one = [o.line for o in ordered_map(handler, tasks, Options(), workers=1)]
    two = [o.line for o in ordered_map(handler, iter(tasks), Options(), workers=2, batch=3, window=2)]
    assert one == two and len(one) == 200
