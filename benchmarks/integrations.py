"""The integrations' cost and the corpus report, on one JSONL made of wcxb-dev-text/page (791
scraped pages, three times over): documents per second of the datatrove step (JsonlReader, CleanText, JsonlWriter
on the local executor, one task) against the library's own batch mode on the same file
(``cleaner in.jsonl --workers 1``), best of three each; and the report of that run, as HTML and
JSON, with a screenshot of the page in headless Chromium when it is installed.

    python -m benchmarks.integrations [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import scraped_text

RESULTS = Path(__file__).resolve().parent / "results"
COPIES = 3  # the set three times over: a run of seconds, not of start-up
_CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _corpus(folder: Path) -> tuple[Path, int]:
    docs = scraped_text.sets()["wcxb-dev-text/page"]
    path = folder / "in" / "pages.jsonl"
    path.parent.mkdir(parents=True)
    with path.open("w", encoding="utf-8") as out:
        for copy in range(COPIES):
            for doc_id, source, _ in docs:
                record = {"id": f"{doc_id}-{copy}", "text": source.read_text(encoding="utf-8")}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path, len(docs) * COPIES


_LIBRARY = """
import sys, time
from cleaner.cli import run
start = time.perf_counter()
assert run(sys.argv[1:]) == 0
print(time.perf_counter() - start)
"""


def _library(path: Path, folder: Path, reports: list[Path] = ()) -> float:
    """Seconds the batch run takes, in its process (imports and start-up left out, as for datatrove)."""
    command = [sys.executable, "-c", _LIBRARY, str(path), "-o", str(folder / "library.jsonl"), "--workers", "1",
               "--quiet"]
    for report in reports:
        command += ["--report", str(report)]
    return float(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()[-1])


_DATATROVE = """
import sys, time
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from cleaner.datatrove import CleanText
start = time.perf_counter()
LocalPipelineExecutor(pipeline=[JsonlReader(sys.argv[1]), CleanText(), JsonlWriter(sys.argv[2], compression=None)],
                      tasks=1, workers=1, logging_dir=sys.argv[3]).run()
print(time.perf_counter() - start)
"""


def _datatrove(path: Path, folder: Path, run: int) -> float:
    """Seconds the pipeline takes, in its process (imports and start-up left out)."""
    done = subprocess.run([sys.executable, "-c", _DATATROVE, str(path.parent), str(folder / f"dt-out-{run}"),
                           str(folder / f"dt-logs-{run}")], check=True, capture_output=True, text=True)
    return float(done.stdout.split()[-1])


def screenshot(page: Path, out: Path) -> bool:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return False
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, *_CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--window-size=1200,1400",
                        f"--screenshot={out}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path, documents = _corpus(folder)
        library = min(_library(path, folder) for _ in range(3))
        datatrove = min(_datatrove(path, folder, run) for run in range(3))
        report_html, report_json = args.out / "report.html", args.out / "report.json"
        _library(path, folder, [report_html, report_json])
        shot = screenshot(report_html, args.out / "report.png")
    overhead = datatrove / library - 1
    text = (f"# Integrations (wcxb-dev-text/page three times over as one JSONL, {documents} documents, one process "
            "each, best of 3)\n\n"
            "| run | seconds | documents/s |\n|---|---|---|\n"
            f"| cleaner in.jsonl --workers 1 | {library:.2f} | {documents / library:.0f} |\n"
            f"| datatrove: JsonlReader, CleanText, JsonlWriter (local executor, 1 task) | {datatrove:.2f} | "
            f"{documents / datatrove:.0f} |\n\n"
            f"The datatrove step costs {overhead:+.1%} against the library's batch mode (each timed inside its "
            "process, from the start of the run to its end: reading, cleaning, writing; start-up and imports "
            "left out).\n\n"
            f"The corpus report of the same run: `report.html`{' (screenshot `report.png`)' if shot else ''}, "
            "`report.json`.\n")
    (args.out / "integrations.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
