"""The HTML path on the Scrapinghub article-extraction benchmark (181 pages), side by side with
trafilatura (default and favor_precision), readability-lxml and jusText, in one run, one process.

    python -m benchmarks.html_quality [--data DIR] [--out DIR]

Writes OUT/html_quality.md (the table, and the pages where cleaner's recall falls more than
0.10 below trafilatura default's) and OUT/html_quality.png (a chart of the table).
"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

from benchmarks import datasets
from benchmarks.metric import score_page, summarize

DEFAULT_OUT = Path(__file__).resolve().parent / "results"


def load(data: Path) -> list[tuple[str, str, str]]:
    return [(g.stem, (data / "html" / f"{g.stem}.html").read_text(encoding="utf-8"), g.read_text(encoding="utf-8"))
            for g in sorted((data / "gold").glob("*.txt"))]


def extractors() -> dict:
    """Every extractor that can run here; cleaner last."""
    import cleaner

    out = {}
    try:
        import trafilatura

        # include_comments=False as in the published table: comments are not article text.
        out["trafilatura default"] = lambda h: trafilatura.extract(h, include_comments=False) or ""
        out["trafilatura favor_precision"] = lambda h: trafilatura.extract(h, include_comments=False, favor_precision=True) or ""
    except ImportError:
        pass
    try:
        from readability import Document

        import lxml.html

        def readability(h: str) -> str:
            summary = Document(h).summary(html_partial=True)
            return lxml.html.fromstring(summary).text_content() if summary.strip() else ""

        out["readability-lxml"] = readability
    except ImportError:
        pass
    try:
        import justext

        def jus(h: str) -> str:
            paragraphs = justext.justext(h.encode("utf-8", "surrogatepass"), justext.get_stoplist("English"))
            return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        out["jusText"] = jus
    except ImportError:
        pass
    engine = cleaner.Cleaner(input_kind="html")
    out["cleaner"] = lambda h: engine.clean(h).text
    return out


def run(docs, fn) -> tuple[list, float]:
    outputs = []
    start = time.perf_counter()
    for _, page, _ in docs:
        try:
            outputs.append(fn(page))
        except Exception:  # a peer's crash is an empty output for that page
            outputs.append("")
    elapsed = time.perf_counter() - start
    return [score_page(o, gold) for o, (_, _, gold) in zip(outputs, docs)], elapsed


def chart(rows: list[tuple[str, float, float, float, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [r[0] for r in rows]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    y = range(len(rows))
    for offset, (label, index) in enumerate((("F1", 1), ("precision", 2), ("recall", 3))):
        ax1.barh([v + offset * 0.25 for v in y], [r[index] for r in rows], height=0.25, label=label)
    ax1.set_yticks([v + 0.25 for v in y], names)
    ax1.set_xlim(0.7, 1.0)
    ax1.set_title("Scrapinghub benchmark, 181 pages", pad=28)
    ax1.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, frameon=False)
    ax2.barh(list(y), [r[4] for r in rows], color="gray")
    ax2.set_yticks(list(y), names)
    ax2.set_title("pages per second, one process")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help="scrapinghub folder (default: the vendored copy)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--no-chart", action="store_true")
    args = parser.parse_args(argv)
    args.data = args.data or datasets.html_set()
    if not (args.data / "gold").is_dir():
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 1
    warnings.filterwarnings("ignore")
    docs = load(args.data)
    rows = []
    per_page = {}
    for name, fn in extractors().items():
        fn(docs[0][1])  # warm up imports and caches outside the timing
        scores, elapsed = run(docs, fn)
        s = summarize(scores)
        rows.append((name, s.f1, s.precision, s.recall, len(docs) / elapsed))
        per_page[name] = scores
        print(f"{name:28s} F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  {len(docs) / elapsed:6.1f} pages/s", flush=True)
    lines = ["| extractor | F1 | precision | recall | pages/s |", "|---|---|---|---|---|"]
    lines += [f"| {n} | {f:.4f} | {p:.4f} | {r:.4f} | {v:.0f} |" for n, f, p, r, v in rows]
    if "trafilatura default" in per_page:
        worse = [(doc_id, t.recall, c.recall) for (doc_id, _, _), t, c in
                 zip(docs, per_page["trafilatura default"], per_page["cleaner"])
                 if t.recall is not None and (c.recall or 0) < t.recall - 0.10]
        lines += ["", f"Pages where cleaner's recall is more than 0.10 below trafilatura default's: {len(worse)}"]
        lines += [f"- {d[:16]}: trafilatura {t:.3f}, cleaner {c or 0:.3f}" for d, t, c in worse]
    table = "\n".join(lines)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "html_quality.md").write_text(
        "Scrapinghub article-extraction benchmark, 181 pages, one run, one process\n\n" + table + "\n", encoding="utf-8")
    if not args.no_chart:
        chart(rows, args.out / "html_quality.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
