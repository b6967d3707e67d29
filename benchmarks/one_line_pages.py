"""One-line pages built from gold articles: WCXB's gold article texts (../shared/data/wcxb-dev-text
/gold) joined on one line, with page furniture glued in (benchmarks/one_line_junk.toml: a menu or
byline before the lead, one to three adverts, captions, related links or calls to action between
sentences, a share bar, footer or related list after the end), cleaned as scraped text.

    python -m benchmarks.one_line_pages [--words 250,900] [--seed 1] [--show 10]

Counts the gold sentences lost (a sentence of six words or more, ending in a stop, whose last
eight words are not in the output: a heading glued to it may go) and the furniture left whole.
A check the development sets cannot make (their one-line styles hold few short pages and no
glued furniture of their own); the furniture was written by hand, so its figures say where the
rules stand, not how a held-out corpus will score."""
from __future__ import annotations

import argparse
import random
import re
import sys
import tomllib
from pathlib import Path

from benchmarks import wcxb

_JUNK = Path(__file__).resolve().parent / "one_line_junk.toml"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_SENTENCE_WORDS = 6  # the shortest gold sentence counted
_TAIL_WORDS = 8  # the words of a sentence's end that must stand in the output


def pages(low: int, high: int, seed: int) -> list[tuple[str, list[str], list[str], str]]:
    """(id, the article's sentences, the furniture glued in, the one-line page) for each gold
    article of ``low`` to ``high`` words."""
    junk = tomllib.loads(_JUNK.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    golds = []
    for path in sorted((wcxb.data_root() / "wcxb-dev-text" / "gold").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        one = " ".join(" ".join(lines).split())
        if low <= len(one.split()) < high:
            golds.append((path.stem, lines, one))
    headlines = [lines[0] for _, lines, _ in golds if 4 <= len(lines[0].split()) <= 14 and lines[0][-1:] not in ".!?"]

    def filled(template: str) -> str:
        while "{headline}" in template:
            template = template.replace("{headline}", rng.choice(headlines), 1)
        return template

    out = []
    for stem, _, one in golds:
        sentences = _SENTENCE.split(one)
        parts = list(sentences)
        glued = [rng.choice(junk["opening"])]
        parts.insert(0, glued[0])
        for _ in range(rng.randint(1, 3)):
            glued.append(filled(rng.choice(junk["inside"])))
            parts.insert(rng.randint(2, max(2, len(parts) - 1)), glued[-1])
        glued.append(filled(rng.choice(junk["closing"])))
        parts.append(glued[-1])
        out.append((stem, sentences, glued, " ".join(parts)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="250,900", help="the shortest and longest articles, in words")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=10, help="sentences lost and furniture left to print")
    args = parser.parse_args(argv)
    low, high = (int(n) for n in args.words.split(","))
    import cleaner

    text = cleaner.Cleaner(input_kind="text")
    counted = lost = glued = left = 0
    losses, leftovers = [], []
    built = pages(low, high, args.seed)
    for stem, sentences, junk, page in built:
        output = " ".join(text.clean(page).text.split())
        for sentence in sentences:
            if len(sentence.split()) >= _SENTENCE_WORDS and sentence[-1:] in ".!?\"”":
                counted += 1
                if " ".join(sentence.split()[-_TAIL_WORDS:]) not in output:
                    lost += 1
                    losses.append((stem, sentence[:100]))
        for piece in junk:
            glued += 1
            if piece in output:
                left += 1
                leftovers.append((stem, piece[:80]))
    print(f"{len(built)} pages of {low}-{high - 1} words (seed {args.seed}): {lost} of {counted} sentences lost, "
          f"{left} of {glued} pieces of furniture left whole")
    for stem, sentence in losses[:args.show]:
        print(f"lost  {stem}: {sentence}")
    for stem, piece in leftovers[:args.show]:
        print(f"left  {stem}: {piece}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
