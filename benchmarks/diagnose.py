"""Where the text path goes wrong on scrapinghub-text: gold lines a rule removed (by rule),
and kept lines that are not in the gold. A development aid, not a score.

    python -m benchmarks.diagnose article [--show N] [--rule NAME]
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

import cleaner
from benchmarks import datasets
from benchmarks.text_quality import load


def load_html() -> list[tuple[str, str, str]]:
    """(id, page, gold) for the HTML set."""
    from benchmarks.html_quality import load as load_pages

    return load_pages(datasets.html_set())

_NORM = re.compile(r"\W+")


def norm(text: str) -> str:
    return _NORM.sub(" ", text).strip().casefold()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", help="paragraphs, article, page, or html")
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--rule")
    parser.add_argument("--kept", action="store_true", help="show kept lines not in gold")
    parser.add_argument("--disable", action="append", default=[], help="rules to switch off")
    args = parser.parse_args()
    engine = cleaner.Cleaner(disabled_rules=args.disable)
    docs = load_html() if args.folder == "html" else load(datasets.text_set() / args.folder)
    lost = Counter()
    examples = defaultdict(list)
    kept_bad = []
    for doc_id, text, gold in docs:
        g = " " + norm(gold) + " "
        result = engine.clean(text)
        for r in result.removed:
            n = norm(r.text)
            if len(n.split()) >= 3 and (" " + n + " ") in g:
                lost[r.rule] += len(n.split())
                examples[r.rule].append((doc_id[:8], r.reason, r.text[:150]))
        for line in result.text.splitlines():
            n = norm(line)
            if n and (" " + n + " ") not in g:
                kept_bad.append((len(n.split()), doc_id[:8], line[:150]))
    print("gold words removed, by rule:", lost.most_common())
    for rule, ex in examples.items():
        if args.rule and rule != args.rule:
            continue
        print(f"\n== {rule}")
        for e in ex[: args.show]:
            print("  ", e)
    if args.kept:
        kept_bad.sort(reverse=True)
        print("\n== kept, not in gold (words):", sum(k[0] for k in kept_bad))
        for k in kept_bad[: args.show]:
            print("  ", k)


if __name__ == "__main__":
    main()
