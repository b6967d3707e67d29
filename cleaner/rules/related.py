"""Related-article material: "Check Also" / "You may also like" blocks with the teasers
under them, and "Read more: <headline>" links to other stories."""
from __future__ import annotations

import re

from .article import is_prose, weight
from .base import Rule, Verdict
from .document import Document
from .tails import heading_evidence, tail_verdicts

_SENTENCE_END = re.compile(r"[.!。！]\s*[\"'”’»)]*\s*$")
_LINK_WORDS = 40  # the longest "Read more: <headline>" line


class RelatedSection(Rule):
    name = "related.section"
    positional = True
    evidence: tuple[tuple[str, str, int], ...] = heading_evidence("related")
    contextual = True
    summary = "related-article headings and the teaser headlines and snippets under them"
    example = "Check Also"

    def judge(self, doc: Document):
        yield from tail_verdicts(doc, "related",
                                 "related-articles heading", "teasers of other stories after the article",
                                 keep_prose_after=True)


class RelatedLink(Rule):
    name = "related.link"
    evidence: tuple[tuple[str, str, int], ...] = (("related", "labels", _LINK_WORDS),)
    summary = "'label: headline' links to other stories"
    example = "Read more: Syrian rebels retake key city in Idlib"

    def judge(self, doc: Document):
        for i, rest in doc.labelled("related").items():
            block = doc.blocks[i]
            if block.weight <= _LINK_WORDS and (not _SENTENCE_END.search(rest) or not is_prose(block)):
                yield Verdict(i, "link to another story")
        for i, span in doc.glued("related", "labels").items():
            yield Verdict(i, "link to another story glued onto a body line", span)


class TeaserItems(Rule):
    name = "related.teaser_items"
    contextual = True
    summary = "links to other stories after the article: a run of linked headlines (list items or lines), no sentences"
    example = "- Pochettino fired by Tottenham Pochettino took the club to the Champions League final"
    applies_to: tuple[str, ...] = ("html",)
    min_items = 3
    min_linked = 0.25  # a headline linked, its blurb not: about a third of the item

    def judge(self, doc: Document):
        alive = list(doc.alive())
        total = doc.prose_words()
        run: list[int] = []
        for i in alive + [-1]:  # (-1: the end, which closes the last run)
            block = doc.blocks[i] if i >= 0 else None
            if block is not None and 3 <= weight(block) <= 40 and block.link_density >= self.min_linked:
                run.append(i)
                continue
            if len(run) >= self.min_items and self._teasers(doc, run, total):
                for j in run:
                    yield Verdict(j, f"one of {len(run)} list items linking to other stories after the article")
            run = []

    @staticmethod
    def _teasers(doc: Document, run: list[int], total: int) -> bool:
        """Mostly items without a sentence ending, standing after most of the article's prose."""
        sentences = sum(doc.blocks[j].ends_sentence for j in run)
        return sentences * 4 <= len(run) and doc.prose_words(0, run[0]) >= 0.7 * total
