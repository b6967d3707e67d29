"""Speed and memory of cleaner, measured against its peers in the same run, one process, one
document at a time.

    python -m benchmarks.speed [--out DIR] [--quick]

- throughput of the text path against ftfy.fix_text on every scrapinghub-text folder and on a
  corpus of clean articles (the benchmark's gold texts), and of the HTML path against trafilatura;
- time per MB for documents of 1 KB to 10 MB, and one 10 MB line;
- peak memory cleaning a 10 MB document, and the library's import time;
- where the time goes (a pyinstrument profile of the text path).
Writes OUT/speed.md, OUT/speed.png, OUT/scaling.png and OUT/profile.txt.

cleaner runs as installed: compiled with mypyc (setup.py) unless that failed. Throughput is also
measured with the pure-Python sources (CLEANER_PURE_PYTHON=1, in a child process), and the profile
is taken there, since a profiler does not see inside compiled functions.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
import warnings
from functools import cache
from pathlib import Path

from benchmarks import datasets
from benchmarks.text_quality import FOLDERS

DEFAULT_OUT = Path(__file__).resolve().parent / "results"
SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)


def _best_times(fns, docs, rounds: int) -> list[list[float]]:
    """Seconds of each function on each document: its best of ``rounds`` runs (a disturbance on
    this shared machine then costs one document's time, not a whole pass). The rounds are
    interleaved, so that all functions and documents see the same states of the machine."""
    best = [[float("inf")] * len(docs) for _ in fns]
    clock = time.perf_counter
    for _ in range(rounds):
        for times, fn in zip(best, fns):
            for k, doc in enumerate(docs):
                start = clock()
                fn(doc)
                times[k] = min(times[k], clock() - start)
    return best


def _paired(fns, docs, rounds: int) -> list[float]:
    """Seconds for one pass over ``docs`` for each function (``_best_times`` summed): the ratio
    between them is what is measured."""
    return [sum(times) for times in _best_times(fns, docs, rounds)]


def text_corpora() -> dict[str, list[str]]:
    corpora = {}
    for folder in FOLDERS:
        corpora[f"scrapinghub-text/{folder}"] = [p.read_text(encoding="utf-8")
                                                for p in sorted((datasets.text_set() / folder / "input").glob("*.txt"))]
    corpora["clean articles (gold texts)"] = [p.read_text(encoding="utf-8")
                                              for p in sorted((datasets.html_set() / "gold").glob("*.txt"))]
    return corpora


def throughput(rounds: int) -> list[dict]:
    import ftfy

    import cleaner

    text = cleaner.Cleaner(input_kind="text")
    rows = []
    for name, docs in text_corpora().items():
        mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        text.clean(docs[0]), ftfy.fix_text(docs[0])  # warm up
        t_ftfy, t_ours = _paired((ftfy.fix_text, text.clean), docs, rounds)
        rows.append({"corpus": name, "MB": mb, "ftfy MB/s": mb / t_ftfy, "cleaner MB/s": mb / t_ours,
                     "ratio": t_ftfy / t_ours})
    return rows


def html_throughput(rounds: int) -> dict:
    import trafilatura

    import cleaner

    pages = [p.read_text(encoding="utf-8") for p in sorted((datasets.html_set() / "html").glob("*.html"))]
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    html = cleaner.Cleaner(input_kind="html")
    html.clean(pages[0]), trafilatura.extract(pages[0])
    t_traf, t_ours = _paired((lambda p: trafilatura.extract(p, include_comments=False), html.clean), pages, rounds)
    return {"pages": len(pages), "MB": mb, "trafilatura pages/s": len(pages) / t_traf,
            "cleaner pages/s": len(pages) / t_ours, "trafilatura MB/s": mb / t_traf, "cleaner MB/s": mb / t_ours}


def synthetic(size: int, one_line: bool = False, reordered: bool = True) -> str:
    """A document of about ``size`` characters: two articles with junk lines between them, as
    often as needed. ``reordered``: each copy after the first has its paragraphs in another
    (seeded) order, so that no run of paragraphs repeats and every size is judged in full;
    repeated verbatim, the copies are a run the duplicate rule takes out, and a large document
    costs mostly that rule."""
    return _copies(_two_articles(), size, one_line, reordered)


def scraped_pages(size: int, one_line: bool = False) -> str:
    """A document of about ``size`` characters made of the scraped pages of the development set
    (scrapinghub-text/page: menus, teasers and footers around each article), one after another,
    each pass after the first in another (seeded) page order."""
    return _copies(_pages(), size, one_line, reordered=True)


@cache
def _two_articles() -> list[str]:
    """The paragraphs of ``synthetic``'s text (read once: the size ladder asks for it twelve times)."""
    gold = sorted((datasets.html_set() / "gold").glob("*.txt"))
    paragraphs = [gold[0].read_text(encoding="utf-8"), "ADVERTISEMENT", "Read more: Other story here",
                  gold[1].read_text(encoding="utf-8"), "Share this article", "Photo: A / AFP"]
    return "\n\n".join(paragraphs).split("\n\n")


@cache
def _pages() -> list[str]:
    """The development set's scraped pages (read once)."""
    return [p.read_text(encoding="utf-8").strip() for p in sorted((datasets.text_set() / "page" / "input").glob("*.txt"))]


def _copies(parts: list[str], size: int, one_line: bool, reordered: bool) -> str:
    """``parts`` (paragraphs, pages) one blank line apart, as often as ``size`` needs, cut at
    ``size``; ``reordered``: each copy after the first in another (seeded) order."""
    order = random.Random(size)
    parts = list(parts)
    copies: list[str] = []
    length = 0
    while length < size:
        if copies and reordered:
            order.shuffle(parts)
        copies.append("\n\n".join(parts) + "\n\n")
        length += len(copies[-1])
    text = "".join(copies)[:size]
    return text.replace("\n", " ") if one_line else text


# The documents of the size ladder: scraped pages (what cleaner is for: 20 lines a KB) and the
# two articles (3 lines a KB, long paragraphs), their copies reordered or verbatim.
SERIES = {
    "scraped pages": scraped_pages,
    "two articles, reordered copies": lambda size, one_line: synthetic(size, one_line, reordered=True),
    "two articles, verbatim copies": lambda size, one_line: synthetic(size, one_line, reordered=False),
}


LADDER_TEXT = 2_000_000  # characters of each series cleaned at every size below 10 MB


def ladder(make, size: int) -> list[str]:
    """The documents of one size: ``LADDER_TEXT`` characters of a series' text cut into documents
    of ``size`` (or one document of ``size``, when that is longer). Each size then holds the same
    mix of lines: a text's first KB alone may not (the two articles' first KB holds 8 lines, their
    average KB 3), and would measure that mix, not how the cost grows with size."""
    text = make(max(size, LADDER_TEXT), False)
    return [text[at:at + size] for at in range(0, len(text), size)]


def scaling(rounds: int) -> list[dict]:
    """Time per MB of documents of 1 KB to 10 MB and one 10 MB line, for each of ``SERIES``."""
    import cleaner

    text = cleaner.Cleaner(input_kind="text")
    cases = []
    for series, make in SERIES.items():
        for s in SIZES:
            cases.append((series, f"{s // 1000} KB" if s < 1_000_000 else f"{s // 1_000_000} MB", ladder(make, s)))
        cases.append((series, "10 MB, one line", [make(SIZES[-1], True)]))
        first_kb = make(SIZES[0], False)  # the text's first KB alone, as earlier results pages timed it
        cases.append((series, "first KB alone", [first_kb] * (LADDER_TEXT // len(first_kb))))
    # All cases' documents in one list, each round over all of them: a disturbance of this shared
    # machine then costs one round of a case, not all of them.
    flat = [doc for _, _, docs in cases for doc in docs]
    times = _best_times((text.clean,), flat, max(rounds, 5))[0]  # (five rounds: a disturbance can outlast three)
    rows, at = [], 0
    for series, label, docs in cases:
        seconds = sum(times[at:at + len(docs)]) / len(docs)
        at += len(docs)
        lines = sum(1 for doc in docs for line in doc.splitlines() if line.strip())
        size = sum(len(doc.encode("utf-8")) for doc in docs) / len(docs)
        rows.append({"text": series, "document": label, "ladder": label != "first KB alone",
                     "documents": len(docs), "chars": len(docs[0]),
                     "lines": lines / len(docs), "ms": seconds * 1000, "ms per MB": seconds * 1000 / (size / 1e6),
                     "us per line": seconds * 1e6 * len(docs) / max(lines, 1)})
    return rows


def _scaling_cell(row: dict) -> str:
    per_line = f"{row['us per line']:.1f} µs a line, {row['lines']:.0f} lines" if row["lines"] > 1 else "one line"
    return f"{row['ms']:.2f} ({row['ms per MB']:.0f}; {per_line})"


def spreads(scale: list[dict]) -> dict[str, float]:
    """Per document kind: the largest time per MB over the smallest, on the ladder (target: under 2)."""
    out = {}
    for kind in dict.fromkeys(r["text"] for r in scale):
        per_mb = [r["ms per MB"] for r in scale if r["text"] == kind and r["ladder"]]
        out[kind] = max(per_mb) / min(per_mb)
    return out


_MEMORY_PROBE = r"""
import json, sys, tracemalloc
sys.path.insert(0, sys.argv[1])
from benchmarks.speed import synthetic
import cleaner
cleaner.clean("warm up")
out = {}
for label, one_line in (("lines", False), ("one line", True)):
    doc = synthetic(10_000_000, one_line)
    tracemalloc.start()
    cleaner.clean(doc)
    out[label] = {"bytes": len(doc.encode()), "python_peak": tracemalloc.get_traced_memory()[1]}
    tracemalloc.stop()
print(json.dumps(out))
"""


def memory() -> dict:
    root = str(Path(__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, root], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def pathological() -> list[dict]:
    """Time per MB on inputs built to hurt (tests/generated.py), both doors."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from generated import PATHOLOGICAL

    import cleaner

    rows = []
    for name, make in PATHOLOGICAL.items():
        text = make()
        for kind in ("text", "html"):
            start = time.perf_counter()
            cleaner.clean(text, input_kind=kind)
            seconds = time.perf_counter() - start
            rows.append({"input": name, "door": kind, "MB": len(text.encode()) / 1e6, "s": seconds,
                         "s per MB": seconds / (len(text.encode()) / 1e6)})
    return rows


def import_time() -> dict:
    """Seconds to import cleaner in a fresh interpreter (best of 5), and whether it loaded the HTML stack."""
    def run(code: str) -> float:
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
            best = min(best, time.perf_counter() - start)
        return best
    empty = run("pass")
    with_import = run("import cleaner")
    heavy = subprocess.run([sys.executable, "-c", "import sys, cleaner; print('trafilatura' in sys.modules)"],
                           capture_output=True, text=True).stdout.strip()
    return {"import seconds": with_import - empty, "trafilatura loaded": heavy == "True"}


def profile(out: Path) -> None:
    import cleaner

    docs = text_corpora()["scrapinghub-text/page"]
    text = cleaner.Cleaner(input_kind="text")
    text.clean(docs[0])
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import io
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for doc in docs:
            text.clean(doc)
        profiler.disable()
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(40)
        out.write_text(stream.getvalue(), encoding="utf-8")
        return
    from cleaner.compiled import running

    profiler = Profiler(interval=0.0005)
    profiler.start()
    for doc in docs:
        text.clean(doc)
    profiler.stop()
    out.write_text(f"cleaner: {running()}\n" + profiler.output_text(unicode=False, color=False, show_all=False),
                   encoding="utf-8")


def _pure_python(argv: list[str]) -> str:
    """Run this module with the pure-Python sources in a child process; its standard output."""
    import os

    env = {**os.environ, "CLEANER_PURE_PYTHON": "1"}
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "benchmarks.speed", *argv], capture_output=True, text=True,
                          env=env, cwd=root, check=True)
    return done.stdout


def charts(rows: list[dict], html: dict, scale: list[dict], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4))
    names = [r["corpus"] for r in rows] + ["HTML pages (vs trafilatura)"]
    peer = [r["ftfy MB/s"] for r in rows] + [html["trafilatura MB/s"]]
    ours = [r["cleaner MB/s"] for r in rows] + [html["cleaner MB/s"]]
    y = range(len(names))
    ax.barh([v + 0.2 for v in y], peer, height=0.4, label="peer (ftfy.fix_text; trafilatura for HTML)", color="gray")
    ax.barh([v - 0.2 for v in y], ours, height=0.4, label="cleaner")
    ax.set_yticks(list(y), names)
    ax.set_xlabel("MB of input per second, one process")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(out / "speed.png", dpi=110)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(7, 3.5))
    for kind in dict.fromkeys(r["text"] for r in scale):
        mine = [r for r in scale if r["text"] == kind and r["ladder"]]
        ax.plot([r["document"] for r in mine], [r["ms per MB"] for r in mine], marker="o", label=kind)
    ax.legend(loc="lower right")
    ax.set_ylabel("ms per MB")
    ax.set_ylim(0, max(r["ms per MB"] for r in scale) * 1.3)
    ax.set_title("time per MB by document size (flat = linear)")
    fig.tight_layout()
    fig.savefig(out / "scaling.png", dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--quick", action="store_true", help="one round instead of three")
    parser.add_argument("--throughput-json", action="store_true", help=argparse.SUPPRESS)  # (for _pure_python)
    parser.add_argument("--profile-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    rounds = 1 if args.quick else 3
    if args.throughput_json:
        print(json.dumps(throughput(rounds)))
        return 0
    if args.profile_only:
        profile(args.profile_only)
        return 0
    from cleaner.compiled import running

    args.out.mkdir(parents=True, exist_ok=True)
    rows = throughput(rounds)
    pure = {r["corpus"]: r for r in json.loads(_pure_python(["--throughput-json"] + (["--quick"] if args.quick else [])))}
    html = html_throughput(rounds)
    scale = scaling(rounds)
    mem = memory()
    imp = import_time()
    hostile = pathological()
    _pure_python(["--profile-only", str(args.out / "profile.txt")])
    lines = [f"cleaner ran {running()}" + (" (mypyc, as installed)" if running() == "compiled" else "")
             + "; the pure-Python columns are the same sources with CLEANER_PURE_PYTHON=1.", "",
             "## Throughput (one process, one document at a time; each document's best of %d runs, the peers' "
             "runs interleaved with ours)" % rounds, "",
             "| corpus | MB | ftfy.fix_text MB/s | cleaner MB/s | cleaner / ftfy | pure Python MB/s | pure Python / ftfy |",
             "|---|---|---|---|---|---|---|"]
    lines += [f"| {r['corpus']} | {r['MB']:.2f} | {r['ftfy MB/s']:.2f} | {r['cleaner MB/s']:.2f} | {r['ratio']:.2f}x | "
              f"{pure[r['corpus']]['cleaner MB/s']:.2f} | {pure[r['corpus']]['ratio']:.2f}x |" for r in rows]
    lines += ["", "| HTML pages | pages | trafilatura pages/s | cleaner pages/s | trafilatura MB/s | cleaner MB/s |",
              "|---|---|---|---|---|---|",
              f"| scrapinghub | {html['pages']} | {html['trafilatura pages/s']:.1f} | {html['cleaner pages/s']:.1f} | "
              f"{html['trafilatura MB/s']:.2f} | {html['cleaner MB/s']:.2f} |"]
    spread = spreads(scale)
    lines += ["", "## Time per MB by document size", "",
              ("Three texts: the scraped pages of the development set one after another (20 lines a KB), "
               "and two articles with junk lines between them (3 lines a KB), copied as often as the size needs, "
               "the copies reordered (no paragraph run repeats: every size is judged in full) or verbatim (the "
               f"duplicate rule takes the copies out). Each size below 10 MB cleans the same {LADDER_TEXT // 1_000_000} MB of a text, cut "
               "into documents of that size, so that every size holds the same mix of lines; the last row is the "
               "text's first KB alone, as earlier pages timed it: that KB may hold more lines than the average KB, "
               "and it is not on the ladder. Cells: ms a document (ms per MB; µs per non-blank line, non-blank "
               "lines a document: most of the work is per line)."), "",
              "| document | " + " | ".join(SERIES) + " |", "|---|" + "---|" * len(SERIES)]
    by_kind = {(r["text"], r["document"]): r for r in scale}
    for label in dict.fromkeys(r["document"] for r in scale):
        cells = [by_kind[series, label] for series in SERIES]
        lines.append(f"| {label} | " + " | ".join(_scaling_cell(r) for r in cells) + " |")
    lines += ["", "Largest over smallest time per MB on the ladder, 1 KB to 10 MB and one 10 MB line (target: under 2x): "
              + "; ".join(f"{kind} {value:.2f}x" for kind, value in spread.items()) + "."]
    lines += ["", "## Inputs built to hurt (tests/generated.py)", "", "| input | door | MB | seconds | s per MB |",
              "|---|---|---|---|---|"]
    lines += [f"| {r['input']} | {r['door']} | {r['MB']:.1f} | {r['s']:.2f} | {r['s per MB']:.2f} |" for r in hostile]
    lines += ["", "## Memory and import", "",
              *[f"- cleaning a {m['bytes'] / 1e6:.0f} MB document ({label}): memory allocated while cleaning peaks at "
                f"{m['python_peak'] / 1e6:.0f} MB, {m['python_peak'] / m['bytes']:.1f}x its size (target: under 10x; "
                f"tracemalloc, the input itself not counted)" for label, m in mem.items()],
              f"- `import cleaner`: {imp['import seconds']:.3f} s (target: under 0.5 s); trafilatura loaded at import: "
              f"{imp['trafilatura loaded']}"]
    text = "\n".join(lines)
    print(text)
    (args.out / "speed.md").write_text(text + "\n", encoding="utf-8")
    (args.out / "speed.json").write_text(json.dumps({"running": running(), "throughput": rows,
                                                     "pure python throughput": list(pure.values()),
                                                     "html": html, "scaling": scale,
                                                     "memory": mem, "import": imp, "hostile": hostile}, indent=1),
                                         encoding="utf-8")
    charts(rows, html, scale, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
