"""Repeated text: a title printed twice, a block repeated, a caption that repeats a body sentence."""
from __future__ import annotations

import re
from collections import Counter

from ..blocks import STOPS
from .article import is_prose
from .base import Rule, Verdict
from .document import _EDGE_PUNCT, Document

_NON_WORD = re.compile(r"[\W_]+")
_SENTENCE = re.compile(f"[^{STOPS}]+[{STOPS}]*")
_STOP = re.compile(f"[{STOPS}]")
_KEPT_STOPS = "".join(c for c in STOPS if c not in _EDGE_PUNCT)  # stops a key keeps at its end


_NUMBERING = re.compile(r"^[^\w\s]*(?:\d{1,3}(?:\.\d{1,3})*[.):]?|(?:[ivx]{1,5}|[a-z])[.)])\s+(?=\S)")  # "1.2 ", "iv. ", "a) "
_CONTENTS_ITEM_WORDS = 15  # the longest item of a table of contents
_CONTENTS_HEADING_WORDS = 5  # the longest heading of a table of contents
_CONTENTS_TWINS = 0.5  # the share of a table's items that must repeat a later line
_FEW_CAPTIONS = 8  # up to this many candidates, bodies not holding one are not cut into sentences
_LONGEST_BODY = 20_000  # characters: a caption repeats a paragraph's sentence, not a whole book's


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


class RepeatedBlock(Rule):
    name = "duplicates.repeated"
    proves_junk = True
    furniture = False
    border = False  # a repeat stands where the article printed its first copy: inside it as often as not
    contextual = True
    summary = "a title or caption repeated within a few lines, or a run of paragraphs printed twice; the first copy stays"
    example = "At Least 33 Turkish Soldiers killed In Syrian Air Force Airstrike In Idlib (twice)"

    window = 3  # a repeated title or caption sits within a few lines of its first copy
    min_run = 3  # paragraphs repeated in order that make "the article printed twice"
    min_sentence_run = 8  # the same of sentences cut from long lines

    def judge(self, doc: Document):
        """A title or caption repeated within a few lines, and prose repeated as a run of
        paragraphs in the same order (the article printed twice). Lines that recur on their own
        (a quoted tweet's signature, an interview question, a recipe's refrain) are left alone."""
        seen: dict[str, int] = {}
        alive = list(doc.alive())
        copies: dict[int, int] = {}  # position of a repeated prose block -> position of its first copy
        # Copies have as many words (the key changes only case, spacing and edge punctuation):
        # a block whose word count no other block has needs no key.
        counts = Counter(doc.blocks[i].words for i in alive)
        kept: list[int] = []  # positions count the lines kept so far, as a second clean would see them
        # Between copies that are lines of their own, a long line counts as one: whether it is
        # cut into pieces depends on its length, which the removals change.
        lines = 0
        line_of: dict[str, int] = {}  # key -> the line of its first copy, when a line of its own
        last_line = -1
        for i in alive:
            block = doc.blocks[i]
            position = len(kept)
            line = lines + 1 if block.line < 0 or block.line != last_line else lines
            key = doc.plain(i) if counts[block.words] > 1 and len(block.text) <= _LONGEST_BODY else ""
            # exact repeats, case and spacing aside: the position of the first copy
            first = seen.setdefault(key, position) if len(key) >= 8 else position
            if first == position and len(key) >= 8 and block.line < 0:
                line_of[key] = line
            if first != position:
                apart = line - line_of[key] if block.line < 0 and key in line_of else position - first
                if apart <= self.window and not block.ends_sentence \
                        and not block.text.startswith(("—", "-", "|")):
                    yield Verdict(i, "repeats a title or caption a few lines above")
                    continue
                copies[position] = first
            kept.append(i)
            lines, last_line = line, block.line
        for chain in _chains(copies):
            # The run's paragraphs make it the article printed again; its headings go with them.
            prose = sum(1 for position in chain if is_prose(doc.blocks[kept[position]]))
            for position in chain:
                # (a sentence of a cut line is a smaller unit than a paragraph: a longer run is asked)
                run = self.min_run if doc.blocks[kept[position]].line < 0 else self.min_sentence_run
                if prose >= run:
                    yield Verdict(kept[position], "repeats a run of paragraphs printed earlier")


def _chains(copies: dict[int, int]) -> list[list[int]]:
    """The runs of repeats in a row whose first copies follow in the same order (positions)."""
    chains: list[list[int]] = []
    for position in sorted(copies):
        if chains and chains[-1][-1] == position - 1 and copies[position - 1] == copies[position] - 1:
            chains[-1].append(position)
        else:
            chains.append([position])
    return chains


class CaptionRepeatsBody(Rule):
    name = "duplicates.caption"
    furniture = False
    keep = "captions"
    # Not contextual: taking lines out only shrinks the captions and the bodies it compares.
    summary = "a short line that repeats a sentence of the body, as image captions do; the body copy stays"
    example = "Rebels retake the city (caption) ... Rebels retake the city, officials said. (body)"

    def judge(self, doc: Document):
        """Sentences of multi-sentence blocks, by the block they come from; a short block equal
        to a sentence of another block is the caption copy."""
        blocks = doc.blocks
        keys = {}
        for i in doc.alive():
            if 5 <= blocks[i].weight <= 40 and blocks[i].line < 0:  # (a cut line's pieces are body sentences)
                key = doc.plain(i)
                # (A sentence of the body holds no stop but at its end: a key with one inside is
                # two sentences, which no sentence equals.)
                if key.count(" ") >= 2 and not _STOP.search(key.rstrip(_KEPT_STOPS)):
                    keys[i] = key
        if not keys:
            return
        sentences: dict[str, int] = {}
        few = list(keys.items()) if len(keys) <= _FEW_CAPTIONS else None
        for j in doc.alive():
            if is_prose(blocks[j]) and len(blocks[j].text) <= _LONGEST_BODY:
                body = doc.plain(j)
                if few is not None and not any(i != j and key in body for i, key in few):
                    continue  # (a few captions: cheaper to look for them than to cut every body)
                # The block's key has single spacing already, so each sentence only loses its edges.
                parts = [k for k in (part.strip(_EDGE_PUNCT) for part in _SENTENCE.findall(body))
                         if k.count(" ") >= 2]
                if len(parts) >= 2 or blocks[j].line >= 0:  # (a piece is a sentence of a long line)
                    for part in parts:
                        sentences.setdefault(part, j)
        for i, key in keys.items():
            source = sentences.get(key)
            if source is not None and source != i:
                yield Verdict(i, "caption repeating a sentence of the body")


class TableOfContents(Rule):
    name = "duplicates.contents"
    furniture = False
    border = False  # (it stands inside the article, after its lead, as often as before it)
    summary = "a table of contents: its heading and the lines after it that repeat the article's later headings"
    example = "Table of Contents / Why it matters / How it works (each a heading further down the article)"

    def judge(self, doc: Document):
        """A heading the phrase data names ("Table of Contents", "In this article") followed by
        two short lines or more, half of which or more (numbering aside) stand again further
        down: the table's items, copies of the article's headings, which stay."""
        alive = doc.alive()
        for at, i in enumerate(alive):
            block = doc.blocks[i]
            if block.weight > _CONTENTS_HEADING_WORDS or not doc.phrases.is_phrase("duplicates", "contents", block.text):
                continue
            end = at + 1
            keys: set[str] = set()
            while end < len(alive) and doc.blocks[alive[end]].weight <= _CONTENTS_ITEM_WORDS \
                    and not is_prose(doc.blocks[alive[end]]):
                key = _unnumbered(doc.plain(alive[end]))
                if key in keys:
                    break  # (the article's first heading, right after the table: an item again)
                keys.add(key)
                end += 1
            items = alive[at + 1:end]
            if len(items) < 2:
                continue
            # (the items' keys are all distinct: a repeated one ended the table)
            twins = len(keys & {_unnumbered(doc.plain(j)) for j in alive[end:]})
            if twins >= 2 and twins >= _CONTENTS_TWINS * len(items):
                for j in (i, *items):
                    yield Verdict(j, f"table of contents: {twins} of its {len(items)} items are headings further down")


def _unnumbered(key: str) -> str:
    return _NUMBERING.sub("", key, count=1)


class RepeatedInsideLine(Rule):
    name = "duplicates.inside_line"
    positional = True
    furniture = False
    summary = "a teaser line whose headline is printed twice inside it, as link cards are scraped"
    example = "Business Airlines order 50 planes Business Airlines order 50 planes The Middle East..."
    words = 5

    def judge(self, doc: Document):
        for i in doc.alive():
            block = doc.blocks[i]
            if block.words < self.words * 2 or block.words > 150 or block.kind == "table" or _table_row(block.text):
                continue  # (a table's row repeats a label in every cell: "| Free custom domain | Free custom domain |")
            if block.line >= 0 and block.ends_sentence:
                continue  # (cut from a long line: a heading glued to its own paragraph, "X X is...")
            opening = " ".join(block.text.split(None, self.words)[: self.words])
            again = block.text.find(opening, len(opening))
            # A headline runs into its own copy; prose that repeats itself ends a sentence first.
            if again != -1 and block.text[:again].rstrip()[-1:] not in STOPS:
                yield Verdict(i, "link card: its headline appears twice in the line")


def _table_row(text: str) -> bool:
    """A table's row as an HTML extract prints it, "| cell | cell |": read again as text."""
    return text.startswith("|") and text.rstrip().endswith("|") and text.count("|") >= 3


class PageTitle(Rule):
    name = "duplicates.page_title"
    furniture = False
    contextual = True
    summary = "the page's own title at the top of an HTML page's body: it is metadata, kept out of the body"
    example = "<h1>Storm closes schools</h1> when <title> is 'Storm closes schools - Daily News'"
    applies_to: tuple[str, ...] = ("html",)

    def judge(self, doc: Document):
        titles = [_key(t) for t in doc.page_title.splitlines()]
        if not titles:
            return
        for position, i in enumerate(doc.alive()):
            block = doc.blocks[i]
            if position >= 3 or is_prose(block) and block.kind != "heading":
                return
            key = _key(block.text)
            if len(key) >= 8 and any(key in t or t in key for t in titles):
                yield Verdict(i, "the page title, repeated at the top of the body")
                return
