"""The quality gate: cleaner's F1 on the development sets against the floors in floors.toml:
the vendored Scrapinghub sets, WCXB's development split (word F1, all pages and per page
type), and scraped text (realtext-dev, wcxb-dev-text: F1 and recall) from ../shared/data (or
$CLEANER_SHARED_DATA); the gate fails when that data is missing.

    python -m benchmarks.gate                 # exit 1 when an F1 is more than `tolerance` below its floor
    python -m benchmarks.gate --raise         # write the measured F1 where it beats the floor
    python -m benchmarks.gate --raise --allow-lower   # write the measured F1 everywhere (review it!)
"""
from __future__ import annotations

import argparse
import sys
import time
import tomllib
import warnings
from pathlib import Path

import cleaner
from benchmarks import datasets, wcxb
from benchmarks.html_quality import load as load_pages
from benchmarks.metric import score_page, summarize
from benchmarks.text_quality import FOLDERS, load as load_texts

FLOORS = Path(__file__).resolve().parent / "floors.toml"


def measure() -> dict[str, float]:
    """F1 per set: the HTML pages, each scraped-text folder, and clean articles as text."""
    warnings.filterwarnings("ignore")
    results = {}
    html = cleaner.Cleaner(input_kind="html")
    pages = load_pages(datasets.html_set())
    results["html"] = summarize([score_page(html.clean(page).text, gold) for _, page, gold in pages]).f1
    text = cleaner.Cleaner(input_kind="text")
    for folder in FOLDERS:
        docs = load_texts(datasets.text_set() / folder)
        results[folder] = summarize([score_page(text.clean(t).text, gold) for _, t, gold in docs]).f1
    # Clean articles (the pages' gold texts) through the text door must come out whole.
    golds = [gold for _, _, gold in pages]
    results["clean"] = summarize([score_page(text.clean(gold).text, gold) for gold in golds]).f1
    results.update(measure_wcxb(html))
    results.update(measure_scraped_text())
    return results


def measure_scraped_text() -> dict[str, float]:
    """The text door on real scraped text (realtext-dev: F1 and exact match) and on WCXB's
    scraped-text styles, two of them whole pages on one line: F1 and recall (which no change
    may lose), from ../shared/data."""
    from benchmarks import scraped_text

    only = ("realtext-dev", *(f"wcxb-dev-text/{style}" for style in scraped_text.WCXB_STYLES))
    results = {}
    for name, (summary, _) in scraped_text.measure(("cleaner",), only)["cleaner"].items():
        short = name.replace("wcxb-dev-text/", "text-wcxb-").replace("realtext-dev", "text-realtext")
        results[short] = summary.f1
        results[f"{short}-recall"] = summary.recall
        if name == "realtext-dev":
            results[f"{short}-exact"] = summary.accuracy
    return results


def measure_wcxb(html: cleaner.Cleaner) -> dict[str, float]:
    """WCXB dev word F1, all pages ("wcxb") and per page type ("wcxb-article"...)."""
    folder = wcxb.data_root() / "wcxb-dev"
    if not (folder / "gold").is_dir():
        raise SystemExit(f"WCXB development data not found at {folder} (set CLEANER_SHARED_DATA)")
    pages = wcxb.load(folder)
    row = wcxb.score("cleaner", [html.clean(page.html).text for page in pages], pages, None)
    return {("wcxb" if kind == "all" else f"wcxb-{kind}"): f1 for kind, f1 in row.f1.items()}


def write_floors(floors: dict[str, float], tolerance: float) -> None:
    lines = FLOORS.read_text(encoding="utf-8").split("[f1]")[0] + "[f1]\n"
    lines += "".join(f"{name} = {value:.4f}\n" for name, value in floors.items())
    FLOORS.write_text(lines, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raise", dest="raise_floors", action="store_true", help="write higher floors")
    parser.add_argument("--allow-lower", action="store_true", help="with --raise: also lower floors")
    args = parser.parse_args(argv)
    config = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    floors, tolerance = dict(config["f1"]), float(config["tolerance"])
    start = time.perf_counter()
    measured = measure()
    failed = []
    print(f"{'set':36s} {'F1':>7s} {'floor':>7s}")
    for name, f1 in measured.items():
        floor = floors.get(name)
        verdict = "ok"
        if floor is not None and f1 < floor - tolerance:
            verdict = f"FAIL: more than {tolerance} below the floor"
            failed.append(name)
        print(f"{name:36s} {f1:7.4f} {floor if floor is not None else float('nan'):7.4f}  {verdict}")
    print(f"({time.perf_counter() - start:.0f} s)")
    if args.raise_floors:
        new = {n: (f1 if args.allow_lower else max(f1, floors.get(n, 0.0))) for n, f1 in measured.items()}
        write_floors({n: round(v, 4) for n, v in new.items()}, tolerance)
        print(f"floors written to {FLOORS}")
    if failed:
        print(f"quality gate failed on: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
