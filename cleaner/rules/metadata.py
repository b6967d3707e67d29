"""Page metadata in the body: date and time stamps, "Posted by: X - Category: Y" lines,
and tag lists under a "Tags" heading."""
from __future__ import annotations

import re

from .article import is_prose
from .base import Rule, Verdict
from .document import Document
from .tails import heading_evidence, tail_verdicts

_LEFTOVER = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_COLON = re.compile(r"(?<![^\S\n])[^\S\n]*+[:：]")  # (tried from a run of spaces' first only)
_DATELINE_WORDS = 14  # the longest date or time stamp line
_BYLINE_WORDS = 40  # the longest byline or category line


class Dateline(Rule):
    name = "metadata.dateline"
    keep = "datelines"
    evidence: tuple[tuple[str, str, int], ...] = (("metadata", "date_names", _DATELINE_WORDS),)
    summary = "lines that are only a date or time stamp, possibly with 'Updated' or a source name"
    example = "Updated on: November 19, 2019 / 10:07 AM / CBS News"
    max_other_words = 2

    def judge(self, doc: Document):
        connectors = doc.phrases.matcher("metadata", "date_words")
        for i, names in doc.anywhere("metadata", "date_names", words=True).items():
            block = doc.blocks[i]
            if block.weight > _DATELINE_WORDS or block.kind == "table" or "|" in block.text or is_prose(block) \
                    or not _DIGIT.search(block.text):
                continue
            chars = list(block.lower)
            for s, e in names:
                chars[s:e] = " " * (e - s)
            rest = "".join(chars)
            if connectors:
                rest = connectors.sub(" ", rest)
            if len(_LEFTOVER.findall(rest)) <= self.max_other_words:
                yield Verdict(i, "date or time stamp")


class MetadataLine(Rule):
    name = "metadata.labels"
    keep = "bylines"
    evidence: tuple[tuple[str, str, int], ...] = (("metadata", "labels", _BYLINE_WORDS),)
    summary = "byline and category lines: 'Posted by: X', 'Category: Y', 'Tags: a, b'"
    example = "05/10/2018 - Published by: Clarissa Borba - Category: Health - Tags: vehicles"

    def judge(self, doc: Document):
        for i, spans in doc.phrase_hits("metadata", "labels").items():
            block = doc.blocks[i]
            if block.weight > _BYLINE_WORDS:
                continue
            lower = block.lower
            labels = [s for s, e in spans if _COLON.match(lower, e)]
            opens = any(not lower[:s].strip("-–—•* ") for s in labels)
            if len(labels) >= 2 or (opens and block.weight <= 25 and not block.ends_sentence):
                yield Verdict(i, "byline, category or tag line")


class TagSection(Rule):
    name = "metadata.tags"
    evidence: tuple[tuple[str, str, int], ...] = heading_evidence("metadata")
    contextual = True
    summary = "a 'Tags' or 'Topics' heading and the keyword list under it"
    example = "Tags / calendario stock car 2018, stock car brasil, stock car cascavel"

    def judge(self, doc: Document):
        yield from tail_verdicts(doc, "metadata", "tags heading", "tag list under the tags heading",
                                 keep_prose_after=True)
