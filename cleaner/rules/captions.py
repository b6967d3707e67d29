"""Image and video captions and credits: "Photo: X / AFP via Getty Images", "Credits: Orient",
"(Manu Fernandez/AP)" at the end of a caption, and map or place labels."""
from __future__ import annotations

import re

from .base import Document, Rule, Verdict, is_headline, is_prose, weight

# A caption ends with its credit in brackets: "... on Tuesday. (Manu Fernandez/AP)".
_AGENCY = (r"(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|dpa|EFE|ANSA|Xinhua|Bloomberg|Shutterstock|iStock|Alamy|"
           r"Sipa|Imago|Handout|File|Photo|Courtesy[^()]{0,60})(?: Photo| Images)?")
_CREDIT_TAIL = re.compile(
    rf"[(\[](?:(?:[^()\[\]]{{1,80}}(?:[/|]|\bvia\b)\s?)?{_AGENCY}|{_AGENCY}\s?[/|][^()\[\]]{{1,80}})[)\]]\s*$",
    re.IGNORECASE,
)


class CreditLine(Rule):
    name = "captions.credit"
    summary = "photo and video credits and caption lines"
    example = "Photo: Aref Tammawi / AFP via Getty Images"

    def judge(self, doc: Document):
        labels = doc.phrases.matcher("captions", "labels")
        contains = doc.phrases.matcher("captions", "contains")
        for i in doc.alive():
            block = doc.blocks[i]
            text = block.text
            w = weight(block)
            if w > 60:
                continue
            if labels and w <= 30 and labels.match(text):
                yield Verdict(i, "caption or credit line (starts with a credit label)")
            elif contains and w <= 30 and contains.search(block.lower) and not _is_dateline_body(block):
                yield Verdict(i, "caption with a photo agency credit")
            elif _CREDIT_TAIL.search(text):
                yield Verdict(i, "caption ending with a bracketed photo credit")


def _is_dateline_body(block) -> bool:
    """'LONDON (Reuters) - The ...': a news dateline opens body text, it is not a caption."""
    return is_prose(block) and bool(re.search(r"\)\s*[-–—]\s", block.text[:80]))


class PlaceLabel(Rule):
    name = "captions.place_label"
    summary = "map and place labels left from an image"
    example = "Map of turkey, syria, idlib"

    def judge(self, doc: Document):
        labels = doc.phrases.matcher("captions", "place_labels")
        if not labels:
            return
        for i in doc.alive():
            block = doc.blocks[i]
            if is_headline(block, 12) and labels.match(block.text):
                yield Verdict(i, "map or place label of an image")
