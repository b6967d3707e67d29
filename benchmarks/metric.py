"""The scrapinghub article-extraction-benchmark metric: word 4-gram shingles, macro P/R, F1.

Kept separate from the runners so every benchmark scores the same way as the published tables.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    """Multiset of word n-grams; a text shorter than n words is one shorter shingle."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass
class PageScore:
    tp: int
    fp: int
    fn: int
    exact: bool

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def score_page(predicted: str, gold: str) -> PageScore:
    pred, ref = shingles(predicted), shingles(gold)
    tp = sum((pred & ref).values())
    fp = sum(pred.values()) - tp
    fn = sum(ref.values()) - tp
    return PageScore(tp, fp, fn, _TOKEN.findall(predicted) == _TOKEN.findall(gold))


@dataclass
class Summary:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def summarize(scores: list[PageScore]) -> Summary:
    """Macro-average as the benchmark does: empty output counts only against recall."""
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    accuracy = sum(s.exact for s in scores) / len(scores) if scores else 0.0
    return Summary(p, r, f1, accuracy, len(scores))
