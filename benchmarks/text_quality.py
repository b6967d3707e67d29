"""Quality of the text path on scrapinghub-text (paragraphs/, article/, page/), side by side
with what a user might try instead, using the benchmark's own metric.

    python -m benchmarks.text_quality [--data DIR] [--markdown FILE] [--worst N]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.metric import score_page, summarize

from benchmarks import datasets
FOLDERS = ("paragraphs", "article", "page")


def load(folder: Path) -> list[tuple[str, str, str]]:
    """(id, input text, gold text) for every document of one folder."""
    docs = []
    for gold in sorted((folder / "gold").glob("*.txt")):
        docs.append((gold.stem, (folder / "input" / gold.name).read_text(encoding="utf-8"), gold.read_text(encoding="utf-8")))
    return docs


def _as_html(text: str) -> str:
    """Scraped text wrapped as a page: one <p> per paragraph, as a user would try it."""
    import html

    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</body></html>"


def _trafilatura(text: str) -> str:
    import trafilatura

    return trafilatura.extract(_as_html(text)) or ""


def _justext(text: str) -> str:
    import justext

    paragraphs = justext.justext(_as_html(text).encode("utf-8"), justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _c4_then_ftfy(text: str) -> str:
    """The C4 line filter (keep lines that end in terminal punctuation and have 3+ words; drop
    javascript/cookie/lorem lines), then ftfy: the usual do-it-yourself cleaner."""
    import ftfy

    kept = []
    for line in text.splitlines():
        s = line.strip()
        low = s.lower()
        if len(s.split()) >= 3 and s.endswith((".", "!", "?", '"', "”")) and "javascript" not in low \
                and "cookie" not in low and "lorem ipsum" not in low:
            kept.append(s)
    return ftfy.fix_text("\n".join(kept))


def approaches() -> dict:
    """Every approach that can run here, cleaner last. Missing peers are skipped."""
    import cleaner

    out = {"no cleaning": lambda t: t}
    try:
        import ftfy

        out["ftfy.fix_text"] = ftfy.fix_text
        out["C4-style line filter, then ftfy"] = _c4_then_ftfy
    except ImportError:
        pass
    try:
        import trafilatura  # noqa: F401

        out["trafilatura on the text wrapped as HTML"] = _trafilatura
    except ImportError:
        pass
    try:
        import justext  # noqa: F401

        out["jusText on the text wrapped as HTML"] = _justext
    except ImportError:
        pass
    out["cleaner"] = cleaner.clean
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help="scrapinghub-text folder (default: the vendored copy)")
    parser.add_argument("--only", choices=["cleaner"], help="score cleaner alone")
    parser.add_argument("--markdown", type=Path, help="write the table here too")
    parser.add_argument("--chart", type=Path, help="write a PNG chart of F1 here")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of cleaner per folder")
    args = parser.parse_args(argv)
    args.data = args.data or datasets.text_set()
    if not args.data.is_dir():
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 1
    table: dict[str, dict[str, tuple]] = {}
    worst: dict[str, list] = {}
    runs = approaches()
    if args.only:
        runs = {args.only: runs[args.only]}
    for folder in FOLDERS:
        docs = load(args.data / folder)
        for name, fn in runs.items():
            scores = [score_page(fn(text), gold) for _, text, gold in docs]
            s = summarize(scores)
            table.setdefault(name, {})[folder] = (s.f1, s.precision, s.recall)
            if name == "cleaner":
                f1 = lambda sc: 2 * sc.tp / (2 * sc.tp + sc.fp + sc.fn) if sc.tp + sc.fp + sc.fn else 1.0
                worst[folder] = sorted(((f1(sc), doc_id, sc) for (doc_id, _, _), sc in zip(docs, scores)))[: args.worst]
    lines = ["| approach | " + " | ".join(FOLDERS) + " |", "|---|" + "---|" * len(FOLDERS)]
    for name, row in table.items():
        cells = [f"{row[f][0]:.3f} (P {row[f][1]:.3f}, R {row[f][2]:.3f})" for f in FOLDERS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    text = "\n".join(lines)
    print(text)
    for folder, rows in worst.items():
        for f1, doc_id, sc in rows:
            print(f"{folder} {doc_id[:12]} F1={f1:.3f} P={sc.precision or 0:.2f} R={sc.recall or 0:.2f}")
    if args.markdown:
        args.markdown.write_text("F1 (precision, recall) on scrapinghub-text, one run\n\n" + text + "\n", encoding="utf-8")
    if args.chart:
        chart(table, args.chart)
    return 0


def chart(table: dict[str, dict[str, tuple]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 4))
    names = list(table)
    width = 0.8 / len(names)
    for n, name in enumerate(names):
        ax.bar([x + n * width for x in range(len(FOLDERS))], [table[name][f][0] for f in FOLDERS], width, label=name)
    ax.set_xticks([x + 0.4 - width / 2 for x in range(len(FOLDERS))], FOLDERS)
    ax.set_ylim(0.5, 1.0)
    ax.set_ylabel("F1")
    ax.set_title("scrapinghub-text: F1 of the text path and what a user might try instead")
    ax.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
