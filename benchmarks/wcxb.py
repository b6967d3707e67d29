"""The HTML door on WCXB's development split (1,497 pages of 7 types from 1,295 sites), with the
benchmark's own metric, side by side with the peers in one run.

    python -m benchmarks.wcxb [--data DIR] [--out DIR] [--systems a,b] [--jobs N] [--outputs DIR]

Per system and page type: mean word F1 (WCXB's evaluate.py: bag of lowercased \\w+ tokens per
page), the share of `with` snippets kept and of `without` snippets (boilerplate) leaking, the
pages lost (F1 below 0.5 where trafilatura default's is above 0.8), and pages per second (in one
process; with --jobs above 1 the speed column is left out). Writes OUT/wcxb.md.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent / "results"
TYPES = ("article", "forum", "product", "service", "collection", "listing", "documentation")
_TOKEN = re.compile(r"\w+")


def data_root() -> Path:
    """The shared evaluation data: $CLEANER_SHARED_DATA, else ../shared/data beside the checkout."""
    override = os.environ.get("CLEANER_SHARED_DATA")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass(frozen=True)
class Page:
    id: str
    type: str
    html: bytes
    gold: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


def load(folder: Path, types: tuple[str, ...] = TYPES) -> list[Page]:
    """Every page of the split (``folder`` holds html/ and gold/), in id order."""
    pages = []
    for path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["page_type"] not in types:
            continue
        html = gzip.decompress((folder / "html" / f"{path.stem}.html.gz").read_bytes())
        pages.append(Page(path.stem, gold["page_type"], html, gold.get("main_content") or "",
                          tuple(gold.get("with") or ()), tuple(gold.get("without") or ())))
    return pages


def word_f1(predicted: str, gold: str) -> float:
    """WCXB's per-page score: F1 of the bags of lowercased words; an empty gold scores 1 only
    for an empty output."""
    pred, ref = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(gold.lower()))
    if not ref:
        return 1.0 if not pred else 0.0
    shared = sum((pred & ref).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(pred.values()), shared / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def snippets_found(predicted: str, snippets: tuple[str, ...]) -> tuple[int, int]:
    """How many of ``snippets`` the output holds (case-insensitive substring), and of how many."""
    text = " ".join(predicted.split()).casefold()
    return sum(1 for s in snippets if " ".join(s.split()).casefold() in text), len(snippets)


def systems(names: tuple[str, ...] | None = None) -> dict:
    """The extractors that can run here, by name (each takes the page as decoded text); cleaner
    last: the Scrapinghub runner's, without trafilatura's favor_precision (not in WCXB's table)."""
    from benchmarks.html_quality import extractors

    out = {k: v for k, v in extractors().items() if k != "trafilatura favor_precision"}
    return {k: v for k, v in out.items() if names is None or k in names}


def _decode(page: Page) -> str:
    from cleaner.decode import decode

    return decode(page.html)


_WORKER: dict = {}


def _one(args: tuple[str, bytes]) -> str:
    name, html = args
    if name not in _WORKER:
        warnings.filterwarnings("ignore")
        _WORKER[name] = systems((name,))[name]
    from cleaner.decode import decode

    try:
        return _WORKER[name](decode(html))
    except Exception:  # a peer's crash is an empty output for that page
        return ""


def run(name: str, fn, pages: list[Page], jobs: int) -> tuple[list[str], float | None]:
    """Each page's output, and pages per second (None when run in several processes)."""
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            return list(pool.map(_one, [(name, p.html) for p in pages], chunksize=8)), None
    texts = [_decode(p) for p in pages]  # decoding is the same for every system: outside the timing
    fn(texts[0])  # warm up imports and caches
    outputs = []
    start = time.perf_counter()
    for text in texts:
        try:
            outputs.append(fn(text))
        except Exception:
            outputs.append("")
    return outputs, len(pages) / (time.perf_counter() - start)


@dataclass
class Row:
    name: str
    f1: dict[str, float]  # "all" and each page type
    with_kept: float
    without_leaked: float
    speed: float | None
    scores: list[float]


def score(name: str, outputs: list[str], pages: list[Page], speed: float | None) -> Row:
    scores = [word_f1(o, p.gold) for o, p in zip(outputs, pages)]
    f1 = {"all": sum(scores) / len(scores)} if scores else {"all": 0.0}
    for kind in TYPES:
        mine = [s for s, p in zip(scores, pages) if p.type == kind]
        if mine:
            f1[kind] = sum(mine) / len(mine)
    kept = [snippets_found(o, p.with_) for o, p in zip(outputs, pages)]
    leaked = [snippets_found(o, p.without) for o, p in zip(outputs, pages)]
    return Row(name, f1, sum(k for k, _ in kept) / max(1, sum(n for _, n in kept)),
               sum(k for k, _ in leaked) / max(1, sum(n for _, n in leaked)), speed, scores)


def lost(row: Row, reference: Row) -> int:
    """Pages where ``row`` scores below 0.5 while ``reference`` scores above 0.8."""
    return sum(1 for mine, theirs in zip(row.scores, reference.scores) if mine < 0.5 and theirs > 0.8)


def table(rows: list[Row], pages: list[Page]) -> str:
    counts = Counter(p.type for p in pages)
    kinds = [k for k in TYPES if counts[k]]
    reference = next((r for r in rows if r.name == "trafilatura default"), None)
    head = ["system", f"all ({len(pages)})", *(f"{k} ({counts[k]})" for k in kinds), "with kept", "without leaked"]
    head += ["lost vs trafilatura"] if reference else []
    head += ["pages/s"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [r.name, f"{r.f1['all']:.3f}", *(f"{r.f1.get(k, 0):.3f}" for k in kinds),
                 f"{r.with_kept:.3f}", f"{r.without_leaked:.3f}"]
        cells += [f"{lost(r, reference)} ({lost(r, reference) / len(pages):.1%})"] if reference else []
        cells += [f"{r.speed:.0f}" if r.speed else "-"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help="the wcxb-dev folder (default: ../shared/data/wcxb-dev)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--systems", help="comma-separated names (default: every system installed)")
    parser.add_argument("--jobs", type=int, default=1, help="processes (above 1: no speed column)")
    parser.add_argument("--outputs", type=Path, help="also write each system's output per page here")
    args = parser.parse_args(argv)
    folder = args.data or data_root() / "wcxb-dev"
    if not (folder / "gold").is_dir():
        print(f"WCXB data not found at {folder} (set CLEANER_SHARED_DATA)", file=sys.stderr)
        return 1
    warnings.filterwarnings("ignore")
    pages = load(folder)
    names = tuple(args.systems.split(",")) if args.systems else None
    rows = []
    for name, fn in systems(names).items():
        outputs, speed = run(name, fn, pages, args.jobs)
        rows.append(score(name, outputs, pages, speed))
        print(f"{name}: {rows[-1].f1['all']:.4f}", file=sys.stderr)
        if args.outputs:
            target = args.outputs / name.replace(" ", "-")
            target.mkdir(parents=True, exist_ok=True)
            for page, output in zip(pages, outputs):
                (target / f"{page.id}.txt").write_text(output, encoding="utf-8", errors="surrogatepass")
    report = table(rows, pages)
    print(report)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "wcxb.md").write_text(
        "# WCXB development split: word F1 per page type\n\n"
        "Pages from " + str(len({p.id for p in pages})) + " documents; one run, peers in the same run.\n\n"
        + report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
