"""The single contract every rule follows, and the document view the rules share.

A rule reads the document and yields verdicts; it never edits blocks itself. The pipeline
applies each rule's verdicts before the next rule runs, so later rules see what is left.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter
from typing import Iterable, Iterator

from ..blocks import Block
from ..options import Options
from ..phrases import PhraseBook

_HEADLINE_END = re.compile(r"[.!。！]\s*[\"'”’»)]*\s*$")
_ELLIPSIS_END = re.compile(r"(?:…|\.\.)\s*[\"'”’»)]*\s*$")


@dataclass(frozen=True)
class Verdict:
    """Remove block ``index`` (or only ``cut``, a (start, end) span of its text) for ``reason``."""

    index: int
    reason: str
    cut: tuple[int, int] | None = None


class Rule:
    """A named rule: ``judge`` yields the verdicts. ``summary`` and ``example`` feed --list-rules."""

    name: str = ""
    summary: str = ""
    example: str = ""
    #: the input kinds the rule judges; shape rules read scraped text, where the page's
    #: furniture is still there (an HTML extractor has already chosen the article's blocks)
    applies_to: tuple[str, ...] = ("text", "html")

    def judge(self, doc: "Document") -> Iterable[Verdict]:
        raise NotImplementedError


weight = attrgetter("weight")  # words in a block, two CJK characters counting as one


def is_prose(block: Block) -> bool:
    """A sentence-bearing block of some length: the stuff articles are made of."""
    if block.prose is None:
        w = block.weight
        block.prose = w >= 25 or (w >= 10 and block.ends_sentence and not is_teaser_snippet(block))
    return block.prose


def is_headline(block: Block, max_words: int = 25) -> bool:
    """Short, and not ending like a sentence: a title or a link to another story."""
    return 0 < weight(block) <= max_words and not _HEADLINE_END.search(block.text)


def is_tag_list(block: Block) -> bool:
    """A comma-separated list of short keywords, not a sentence: "stock car 2018, stock car brasil, ..."."""
    text = block.text
    if block.ends_sentence or text.count(",") < 3:
        return False
    items = [part for part in text.split(",") if part.strip()]
    return sum(len(part.split()) for part in items) <= 4 * len(items)


def is_teaser_snippet(block: Block) -> bool:
    """Cut-off text ending in an ellipsis, as teasers of other stories are."""
    return bool(_ELLIPSIS_END.search(block.text))


class Document:
    """The blocks under judgement, the phrase book and options, and the article's prose run."""

    def __init__(self, blocks: list[Block], phrases: PhraseBook, options: Options, page_title: str = ""):
        self.blocks = blocks
        self.phrases = phrases
        self.options = options
        #: for HTML input, the page's <title>/og:title lines; empty for scraped text
        self.page_title = page_title
        self._alive: list[int] | None = None
        self._prose_prefix: list[int] | None = None
        self._joined: dict[bool, tuple[str, list[int]]] = {}

    def changed(self) -> None:
        """Blocks were removed or cut: drop what was computed from the old state."""
        self._alive = None
        self._prose_prefix = None
        self._joined = {}

    def _joined_text(self, lower: bool) -> tuple[str, list[int]]:
        """All blocks' texts (or lower-cased texts) one per line, and where each block starts."""
        if lower not in self._joined:
            parts = [b.lower if lower else b.text for b in self.blocks]
            starts, pos = [], 0
            for part in parts:
                starts.append(pos)
                pos += len(part) + 1
            self._joined[lower] = ("\n".join(parts), starts)
        return self._joined[lower]

    def scan(self, matcher: re.Pattern | None, lower: bool = False) -> Iterator[tuple[int, re.Match, int]]:
        """(block index, match, block's offset) for each match of a multi-line matcher in the
        alive blocks: one regex pass over the whole document instead of one call per line.
        ``lower`` scans the lower-cased text (for the matchers built for it)."""
        if matcher is None:
            return
        text, starts = self._joined_text(lower)
        blocks = self.blocks
        for m in matcher.finditer(text):
            i = bisect_right(starts, m.start()) - 1
            if blocks[i].alive:
                yield i, m, starts[i]

    def lines_matching(self, matcher: re.Pattern | None, lower: bool = False) -> dict[int, list[re.Match]]:
        """Alive block index -> its matches."""
        found: dict[int, list[re.Match]] = {}
        for i, m, _ in self.scan(matcher, lower):
            found.setdefault(i, []).append(m)
        return found

    def alive(self) -> list[int]:
        """Indices of the blocks still in the document (computed once per state)."""
        if self._alive is None:
            self._alive = [i for i, b in enumerate(self.blocks) if b.alive]
        return self._alive

    def prose_words(self, start: int = 0, end: int | None = None) -> int:
        """Words of the prose blocks still alive in blocks[start:end], from prefix sums."""
        if self._prose_prefix is None:
            prefix = [0]
            for b in self.blocks:
                prefix.append(prefix[-1] + (b.weight if b.alive and is_prose(b) else 0))
            self._prose_prefix = prefix
        n = len(self.blocks)
        end = n if end is None else min(max(end, 0), n)
        start = min(max(start, 0), n)
        return self._prose_prefix[end] - self._prose_prefix[start] if end > start else 0

    def prose_run(self) -> tuple[int, int] | None:
        """First and last block index of the densest run of prose: the maximum-sum segment
        of the block scores (see ``_score``). None without prose."""
        best = (0, None, None)
        total, start = 0, None
        lines = Counter(b.paragraph for b in self.blocks if b.alive)
        with_sentences = {b.paragraph for b in self.blocks if b.alive and b.ends_sentence and lines[b.paragraph] <= 5}
        for i in self.alive():
            block = self.blocks[i]
            score = _score(block)
            if score < 0 and block.paragraph in with_sentences:
                score = 0  # a short line in a small paragraph of sentences: an address, a list under "from:"
            if start is None or total <= 0:
                if score <= 0:
                    continue
                total, start = score, i
            else:
                total += score
            if total > best[0]:
                best = (total, start, i)
        return None if best[1] is None else (best[1], best[2])


def _score(block: Block) -> int:
    """Prose gains its words beyond a threshold; a short sentence is neutral; a headline- or
    menu-shaped line costs more the longer it is (a long non-sentence is rarely body text)."""
    w = weight(block)
    if is_prose(block):
        return max(1, min(w, 150) - 10)
    if block.ends_sentence and not is_teaser_snippet(block):
        return 1
    return -(2 + min(w, 8))
