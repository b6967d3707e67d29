"""Related-article material: "Check Also" / "You may also like" blocks with the teasers
under them, and "Read more: <headline>" links to other stories."""
from __future__ import annotations

import re

from .base import Document, Rule, Verdict, glued_tail, is_prose, weight
from .tails import tail_verdicts

_SENTENCE_END = re.compile(r"[.!。！]\s*[\"'”’»)]*\s*$")


class RelatedSection(Rule):
    name = "related.section"
    summary = "related-article headings and the teaser headlines and snippets under them"
    example = "Check Also"

    def judge(self, doc: Document):
        yield from tail_verdicts(doc, "related",
                                 "related-articles heading", "teasers of other stories after the article",
                                 keep_prose_after=True)


class RelatedLink(Rule):
    name = "related.link"
    summary = "'label: headline' links to other stories"
    example = "Read more: Syrian rebels retake key city in Idlib"

    def judge(self, doc: Document):
        labels = doc.phrases.matcher("related", "labels")
        glued = doc.phrases.matcher("related", "glued_labels")
        if not labels:
            return
        for i in doc.alive():
            block = doc.blocks[i]
            m = labels.match(block.text) if weight(block) <= 40 else None
            if m and (not _SENTENCE_END.search(m.group("rest")) or not is_prose(block)):
                yield Verdict(i, "link to another story")
                continue
            tail = glued_tail(block, glued, 300)
            if tail:
                yield Verdict(i, "link to another story glued onto a body line", tail)
