"""Image and video captions and credits: "Photo: X / AFP via Getty Images", "Credits: Orient",
"(Manu Fernandez/AP)" at the end of a caption, and map or place labels."""
from __future__ import annotations

import re
from functools import cache

from ..datafiles import lines
from .article import is_headline, is_prose
from .base import Rule, Verdict
from .document import Document

_DATELINE = re.compile(r"\)\s*[-–—]\s")
_CREDIT_REST = re.compile(r"(?: Photos?| Images| Pictures)?[)\]]?[^\S\n]++")  # the credit's end, to the sentence
_CAPTION_WORDS = 30  # the longest caption or credit line a label or an agency marks
_PLACE_LABEL_WORDS = 12  # the longest map or place label


@cache
def _credit_tail() -> re.Pattern:
    """A bracketed credit ending a line: "(Manu Fernandez/AP)", "(AP Photo/Sue Ogrocki)",
    "(ESA/Hubble, M. Kornmesser via AP)", "[Getty Images]"."""
    agency = "(?:" + "|".join(sorted(map(re.escape, lines("photo_agencies.txt")), key=len, reverse=True)) \
        + r"|Courtesy[^()\n]{0,60})(?: Photo| Images)?"
    return re.compile(
        rf"[(\[](?:(?:[^()\[\]\n]{{1,80}}(?:[/|]|\bvia\b)[^\S\n]?)?{agency}|{agency}[^\S\n]?[/|][^()\[\]\n]{{1,80}})[)\]][^\S\n]*$",
        re.IGNORECASE | re.MULTILINE)


class CreditLine(Rule):
    name = "captions.credit"
    keep = "captions"
    evidence: tuple[tuple[str, str, int], ...] = (("captions", "labels", _CAPTION_WORDS),
                                                  ("captions", "contains", _CAPTION_WORDS))
    needs_evidence = False  # (a bracketed credit at a line's end is found without a phrase)
    summary = "photo and video credits and caption lines"
    example = "Photo: Aref Tammawi / AFP via Getty Images"

    def judge(self, doc: Document):
        agencies = doc.anywhere("captions", "contains")
        for i in doc.labelled("captions"):
            block = doc.blocks[i]
            if block.weight > _CAPTION_WORDS:
                continue
            if block.line >= 0 and is_prose(block):
                # A sentence cut from a long line, a labelled credit glued before it: the credit
                # alone goes, when an agency's name says where it ends.
                yield from _credit_alone(i, block, agencies.get(i, []), 40,
                                         "credit glued before a sentence (starts with a credit label)")
                continue
            yield Verdict(i, "caption or credit line (starts with a credit label)")
        for i, spans in agencies.items():
            block = doc.blocks[i]
            if block.weight > _CAPTION_WORDS or _is_dateline_body(block):
                continue
            if block.line >= 0 and is_prose(block):
                # A sentence cut from a long line, a credit glued before it: the credit alone goes.
                yield from _credit_alone(i, block, spans, 12, "photo agency credit glued before a sentence")
                continue
            yield Verdict(i, "caption with a photo agency credit")
        tail = _credit_tail()
        for i in doc.alive():
            block = doc.blocks[i]
            if block.text.endswith((")", "]")) and block.weight <= 60 and tail.search(block.text):
                yield Verdict(i, "caption ending with a bracketed photo credit")


def _credit_alone(i: int, block, spans: list[tuple[int, int]], within: int, reason: str):
    """The verdict on the credit glued before the sentence of block ``i`` (the block split
    where the sentence begins), if ``_credit_before_sentence`` finds one."""
    end = _credit_before_sentence(block.text, spans, within)
    if end:
        yield Verdict(i, reason, (0, block.split(end) - 1))


def _credit_before_sentence(text: str, spans: list[tuple[int, int]], within: int = 12) -> int:
    """Where the sentence begins after an agency credit that opens ``text`` ("| Getty Images
    Snake plants are...": the agency's name ``within`` characters of the start, nothing but
    punctuation before it unless ``within`` allows a label), or 0."""
    for start, end in spans:
        if start <= within and (within > 12 or not any(c.isalnum() for c in text[:start])):
            rest = _CREDIT_REST.match(text, end)
            if rest and rest.end() < len(text) and text[rest.end()].isupper():
                return rest.end()
    return 0


def _is_dateline_body(block) -> bool:
    """'LONDON (Reuters) - The ...': a news dateline opens body text, it is not a caption."""
    return is_prose(block) and bool(_DATELINE.search(block.text[:80]))


class PlaceLabel(Rule):
    name = "captions.place_label"
    keep = "captions"
    evidence: tuple[tuple[str, str, int], ...] = (("captions", "place_labels", _PLACE_LABEL_WORDS),)
    summary = "map and place labels left from an image"
    example = "Map of turkey, syria, idlib"

    def judge(self, doc: Document):
        for i, spans in doc.anywhere("captions", "place_labels", words=True).items():
            block = doc.blocks[i]
            if is_headline(block, _PLACE_LABEL_WORDS) and any(not any(c.isalnum() for c in block.lower[:s]) for s, _ in spans):
                yield Verdict(i, "map or place label of an image")
