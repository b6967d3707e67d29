"""Sentence segmenters from the field against cleaner's own (cleaner/sentences.py), on the
question cleaner asks of one: where does a page joined on one line come apart into its blocks?
wcxb-dev-text/paragraphs-joined is paragraphs/ with its blocks joined by a space, so the true
block boundaries of each joined line are known. Reported: the share of block boundaries a
segmenter cuts at (within two characters), how many cuts it makes, and its speed.

    pip install -e ".[bench]"
    python -m benchmarks.segmenters [--docs N] [--markdown FILE]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks import wcxb


def _documents(limit: int) -> list[tuple[str, set[int]]]:
    folder = wcxb.data_root() / "wcxb-dev-text" / "paragraphs" / "input"
    docs = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        bounds, position = set(), 0
        for block in blocks[:-1]:
            position += len(block) + 1
            bounds.add(position)
        docs.append((" ".join(blocks), bounds))
    return docs


def _starts_of(text: str, sentences) -> list[int]:
    """Offsets where each sentence after the first starts (segmenters that return strings)."""
    out, position = [], 0
    for sentence in sentences:
        found = text.find(sentence.strip(), position)
        if found > 0:
            out.append(found)
        position = max(position, found + 1)
    return out


def segmenters() -> dict:
    from cleaner.sentences import pieces

    out = {"cleaner.sentences": lambda t: [s for s, _, _ in pieces(t)][1:]}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
        out["pysbd"] = lambda t: [s.start for s in segmenter.segment(t)][1:]
    except ImportError:
        pass
    try:
        import sentencex

        out["sentencex"] = lambda t: _starts_of(t, sentencex.segment("en", t))
    except ImportError:
        pass
    try:
        from syntok import segmenter as syntok

        out["syntok"] = lambda t: [s[0].offset for p in syntok.analyze(t) for s in p if s[0].offset > 0]
    except ImportError:
        pass
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args(argv)
    from cleaner.compiled import running

    docs = _documents(args.docs)
    lines = [f"{len(docs)} single-line pages of wcxb-dev-text/paragraphs-joined, "
             f"{sum(len(b) for _, b in docs)} block boundaries; cleaner ran {running()}", "",
             "| segmenter | block boundaries cut | cuts | MB/s |", "|---|---|---|---|"]
    for name, segment in segmenters().items():
        found = total = cuts = size = 0
        start = time.perf_counter()
        for text, bounds in docs:
            got = segment(text)
            size += len(text)
            cuts += len(got)
            total += len(bounds)
            found += sum(1 for b in bounds if any(abs(b - g) <= 2 for g in got))
        seconds = time.perf_counter() - start
        lines.append(f"| {name} | {found / total:.3f} | {cuts} | {size / 1e6 / seconds:.2f} |")
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        args.markdown.write_text("# Segmenters\n\n" + text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
