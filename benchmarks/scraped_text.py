"""Scraped text through the text door, on every development set of scraped text: realtext-dev (real
scraped articles, hand-made gold: F1 and exact match), wcxb-dev-text (five styles, two of them whole
articles on one line) and scrapinghub-text (three styles), scored with the scrapinghub metric.

    python -m benchmarks.scraped_text [--peers] [--markdown FILE] [--worst N] [--sets a,b]

Read from ../shared/data ($CLEANER_SHARED_DATA). With --peers, ftfy.fix_text and no cleaning run
beside cleaner on the same documents."""
from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from benchmarks import wcxb
from benchmarks.metric import score_page, summarize

WCXB_STYLES = ("paragraphs", "article", "page", "paragraphs-joined", "article-joined")
SCRAPINGHUB_STYLES = ("paragraphs", "article", "page")


def sets() -> dict[str, list[tuple[str, Path, Path]]]:
    """Set name -> (id, input path, gold path) for each document."""
    root = wcxb.data_root()
    if not (root / "wcxb-dev-text").is_dir():
        raise SystemExit(f"the development data are not at {root} (set CLEANER_SHARED_DATA)")
    out: dict[str, list[tuple[str, Path, Path]]] = {}
    real = root / "realtext-dev"
    out["realtext-dev"] = [(p.stem, p, real / "gold" / p.name) for p in sorted((real / "raw").glob("*.txt"))]
    for style in WCXB_STYLES:
        folder = root / "wcxb-dev-text" / style / "input"
        out[f"wcxb-dev-text/{style}"] = [(p.stem, p, root / "wcxb-dev-text" / "gold" / p.name)
                                         for p in sorted(folder.glob("*.txt"))]
    for style in SCRAPINGHUB_STYLES:
        folder = root / "scrapinghub-text" / style
        out[f"scrapinghub-text/{style}"] = [(p.stem, folder / "input" / p.name, p)
                                            for p in sorted((folder / "gold").glob("*.txt"))]
    return out


def _approach(name: str):
    if name == "cleaner":
        import cleaner

        text = cleaner.Cleaner(input_kind="text")
        return lambda t: text.clean(t).text
    if name == "ftfy.fix_text":
        import ftfy

        return ftfy.fix_text
    return lambda t: t


_RUNNERS: dict = {}


def _score(job: tuple[str, str, str]) -> tuple[int, int, int, bool]:
    name, source, gold = job
    run = _RUNNERS.get(name) or _RUNNERS.setdefault(name, _approach(name))
    s = score_page(run(Path(source).read_text(encoding="utf-8")), Path(gold).read_text(encoding="utf-8"))
    return s.tp, s.fp, s.fn, s.exact


def measure(names: tuple[str, ...] = ("cleaner",), only: tuple[str, ...] = (), workers: int = 2) -> dict:
    """Approach -> set -> (summary, per-document scores)."""
    from benchmarks.metric import PageScore

    results: dict = {}
    chosen = {k: v for k, v in sets().items() if not only or k in only}
    with ProcessPoolExecutor(workers) as pool:
        for name in names:
            for set_name, docs in chosen.items():
                jobs = [(name, str(source), str(gold)) for _, source, gold in docs]
                scores = [PageScore(*s) for s in pool.map(_score, jobs, chunksize=8)]
                results.setdefault(name, {})[set_name] = (summarize(scores), list(zip([d[0] for d in docs], scores)))
    return results


def table(results: dict) -> str:
    names = list(results)
    set_names = list(next(iter(results.values())))
    lines = ["| set | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for set_name in set_names:
        cells = []
        for name in names:
            s = results[name][set_name][0]
            cell = f"{s.f1:.3f} (P {s.precision:.3f}, R {s.recall:.3f})"
            if set_name == "realtext-dev":
                cell += f", exact {s.accuracy:.2f}"
            cells.append(cell)
        lines.append(f"| {set_name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--peers", action="store_true", help="also no cleaning and ftfy.fix_text")
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--markdown", type=Path, help="write the table here too")
    parser.add_argument("--worst", type=int, default=0, help="list cleaner's N worst documents per set")
    args = parser.parse_args(argv)
    names = ("no cleaning", "ftfy.fix_text", "cleaner") if args.peers else ("cleaner",)
    results = measure(names, tuple(s for s in args.sets.split(",") if s))
    text = table(results)
    print(text)
    if args.worst:
        for set_name, (_, scores) in results["cleaner"].items():
            f1 = lambda s: 2 * s.tp / (2 * s.tp + s.fp + s.fn) if s.tp + s.fp + s.fn else 1.0
            for doc_id, s in sorted(scores, key=lambda item: f1(item[1]))[: args.worst]:
                print(f"{set_name} {doc_id} F1={f1(s):.3f} P={s.precision or 0:.2f} R={s.recall or 0:.2f}")
    if args.markdown:
        args.markdown.write_text("F1 (precision, recall) of scraped text, one run\n\n" + text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
