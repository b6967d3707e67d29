"""Shape rules: what phrase lists cannot catch. The article is the densest run of prose
(see ``Document.prose_run``); short lines outside it are page furniture (menus, bylines,
tag lists, footers), and prose far from it belongs to other content."""
from __future__ import annotations

from .base import Document, Rule, Verdict, is_headline, is_prose, weight


class OutsideArticle(Rule):
    name = "shape.outside_article"
    summary = "short lines before or after the article's prose run: menus, tags, footers"
    example = "Home | World | Sports (above the article)"

    def judge(self, doc: Document):
        run = doc.prose_run()
        if run is None:
            return
        first, last = run
        title = _title_index(doc, first)
        for i in doc.alive():
            if first <= i <= last or i == title:
                continue
            block = doc.blocks[i]
            if is_prose(block):
                yield Verdict(i, "prose outside the article's main run (other content of the page)")
            else:
                yield Verdict(i, "short line outside the article's main run")


def _title_index(doc: Document, first: int) -> int | None:
    """The headline right before the article: the nearest earlier line, when title-shaped."""
    before = [i for i in doc.alive() if i < first]
    if not before:
        return None
    candidate = before[-1]
    block = doc.blocks[candidate]
    if len(before) <= 2 and is_headline(block, 30) and weight(block) >= 3:
        return candidate
    return None
