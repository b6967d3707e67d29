"""Shape rules: what phrase lists cannot catch. The article is the densest run of prose
(see ``Document.prose_run``); short lines outside it are page furniture (menus, bylines,
tag lists, footers), and prose far from it belongs to other content."""
from __future__ import annotations

import re
from bisect import bisect_left

from .article import (COPYRIGHT, COUNTED_WORDS, is_headline, is_menu_shaped, is_prose, is_site_copyright,
                      is_teaser_snippet, reads_as_running_text, weight)
from .base import Rule, Verdict
from .document import LINK_WORDS, Document

_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_HEAD_NUMBER = re.compile(r"#?(\d{1,3})[.):] ")  # "1. Adjustable lumbar support", "#2: ...", "3) ..."
_COLONS = frozenset(":：")  # what ends a line that introduces the lines after it
_NUMBERED_HEADS = 3  # headings numbered in sequence that make a run the article's own list
_SNIPPET_WORDS = 10  # the shortest teaser snippet that tells other stories' teasers on a page without other signs
_RESUMES_SHARE = 0.1  # prose after a teaser-shaped run, against the prose before it, that makes it the article's
_WIDEN_SHARE = 0.15  # prose next to the run, against the run's, that makes it the article's too
_SIDE_SHARE = 0.6  # paragraphs past the run's borders, against the run's prose, that make them the article's


class OutsideArticle(Rule):
    name = "shape.outside_article"
    positional = True
    furniture = False
    border = False
    contextual = True
    summary = "short lines before or after the article's prose run: menus, tags, footers; a page that is only a menu"
    example = "Home | World | Sports (above the article)"

    def judge(self, doc: Document):
        """Only on a scraped page, where other rules found page furniture: without any, the text
        is a clean article, an extractor's output or not an article at all (a title, a tweet, a
        description: a lead, a list, a table, a sign-off around the densest run are the
        article's own), it comes out whole, and cleaning the output again changes nothing. A menu
        is evidence of a page in itself when it runs to many lines, an HTML extract's as a scraped
        text's (so that the extract, cleaned again as text, stays as it is); before an article's
        paragraphs it goes alone, by either door; run into a page stored as one line (a long run
        of capitalised words before its prose), it goes too, and it is a sign of a scraped page
        when it holds a control's words (the phrase rules, which read a menu's lines, cannot read
        its items there), as a footer's menu run into its end is when it holds the site's
        copyright. Lines outside the prose run go in scraped text, and in an HTML extract only
        on such a sign in its lines (which a second clean, as text, reads too): otherwise the
        extractor chose them from the page's structure (a listing's items, a product's
        specifications)."""
        run = doc.prose_run()
        text_door = doc.door == "text"
        scraped = text_door and _furniture_found(doc)
        menu, one_line = (-1, False) if scraped or run is None else _menu_end(doc)
        # Signs its twin of lines shows the phrase rules, which cannot read them run into one
        # line: a menu holding a control's words ("Home", "Log in"), a footer menu at its end
        # holding the site's copyright, a link's label opening a piece ("Also read: <headline>").
        scraped = scraped or (
            one_line and menu in doc.anywhere("prompts", "line", words=True)
            or run is not None and _closing_menu(doc, run[1])
            or any(doc.blocks[i].line >= 0 for i in doc.labelled("related", LINK_WORDS)))
        if run is None:
            if scraped or _menu(doc) and len(doc.alive()) >= doc.options.min_lines_without_prose:
                yield from _no_article(doc)
            return
        if not scraped:
            # (a menu is a page's sign before an article's paragraphs, not before a listing's one item)
            if doc.prose_words(run[0], run[1] + 1) >= _ARTICLE_WORDS:
                for i in doc.alive():
                    if i > menu:
                        break
                    yield Verdict(i, "the page's menu: many short lines in a row before the article")
            return
        first, last = _widened(doc, *run)
        title = _title_index(doc, first)
        for i in doc.alive():
            if first <= i <= last or i == title:
                continue
            block = doc.blocks[i]
            if is_prose(block):
                yield Verdict(i, "prose outside the article's main run (other content of the page)")
            else:
                yield Verdict(i, "short line outside the article's main run")


def _widened(doc: Document, first: int, last: int) -> tuple[int, int]:
    """The prose run, widened on each side to the farthest prose that no line removed in this
    round parts from it (the border ``prose_run`` reads too, so that a second clean sees the
    same), when that side holds at least a share of the run's prose: an article's sections after
    a list or a table, which the densest run leaves out (a page's other content stands past a
    menu or a heading the rules took out); past such a border too when the side holds
    paragraphs worth most of the run (``_paragraphs_past``)."""
    blocks = doc.blocks
    # (each block counted as the run's score counts it)
    least = _WIDEN_SHARE * sum(min(weight(blocks[i]), COUNTED_WORDS) for i in range(first, last + 1)
                               if blocks[i].alive and is_prose(blocks[i]))
    borders = doc.borders()
    for step in (1, -1):
        edge = last if step == 1 else first
        far, j = edge, edge + step
        while 0 <= j < len(blocks) and j not in borders:
            if blocks[j].alive and is_prose(blocks[j]):
                far = j
            elif step == 1 and blocks[j].alive and is_site_copyright(blocks[j]):
                break  # (the site's copyright notice closes the page's article)
            j += step
        reach = edge
        if far != edge:
            side = doc.prose_words(edge + 1, far + 1) if step == 1 else doc.prose_words(far, edge)
            if side >= least:
                reach = far
        # (the farther of the two: paragraphs past a border may stand beyond the prose next to the run)
        past = _paragraphs_past(doc, edge, step, _SIDE_SHARE * doc.prose_words(first, last + 1))
        if past is not None and (past - reach) * step > 0:
            reach = past
        if step == 1:
            reach = _closing_copyright(doc, reach)
        first, last = (first, reach) if step == 1 else (reach, last)
    return first, last


def _closing_copyright(doc: Document, last: int) -> int:
    """``last``, or the line right after it when that is the site's copyright notice, which
    closes the article ("© 2019 Hawaii News Now. All rights reserved."): the article keeps it
    (the prose run stops before it, ``article.prose_run``), what follows it is the page's. (The
    notice itself goes afterwards, by ``footers.copyright``, which runs after the shape rules.)"""
    blocks = doc.blocks
    j = last + 1
    while j < len(blocks) and not blocks[j].alive:
        j += 1
    return j if j < len(blocks) and is_site_copyright(blocks[j]) else last


def _paragraphs_past(doc: Document, edge: int, step: int, least: float) -> int | None:
    """The farthest prose on one side of the run (``step``: 1 after, -1 before) when that side
    holds at least ``least`` words of paragraphs, prose next to prose, past any border: the
    article's sections after a table or a list the rules took lines of. A teaser list's
    snippets stand between headlines, not next to each other."""
    blocks = doc.blocks
    side = [j for j in (range(edge + 1, len(blocks)) if step == 1 else range(edge - 1, -1, -1)) if blocks[j].alive]
    prose = [is_prose(blocks[j]) for j in side]
    paragraphs = sum(weight(blocks[j]) for k, j in enumerate(side)
                     if prose[k] and (k > 0 and prose[k - 1] or k + 1 < len(side) and prose[k + 1]))
    if not paragraphs or paragraphs < least:
        return None
    k = len(side) - 1
    while not prose[k]:
        k -= 1
    return side[k]


def _furniture_found(doc: Document) -> bool:
    """Whether the phrase or markup rules took something out: signs of a scraped page."""
    return doc.furniture > 0


def _menu_end(doc: Document) -> tuple[int, bool]:
    """Where the text's opening menu ends: the last of ``_MENU_LINES`` lines or more in a row,
    before any prose, a few words long with no sentence stop (a page's menu, a sign of a
    scraped page however much prose follows; an article's own lists and tables stand after its
    first paragraph), or a long run of capitalised words before any prose, cut from a long line
    (a page stored as one line); -1 when there is none. And whether such a run ends it."""
    row = priced = 0
    end, one_line = -1, False
    for i in doc.alive():
        block = doc.blocks[i]
        if is_prose(block):
            break
        if _PRICE.search(block.text):
            priced += 1
        if block.kind == "title_run" and block.weight >= _MENU_RUN_WORDS and not priced \
                and not reads_as_running_text(block.text, _MENU_RUN_LOWER):
            end, one_line = i, True
            continue
        if block.weight <= _MENU_ITEM_WORDS and not block.ends_sentence and block.line < 0:
            if not _LETTER.search(block.text):
                continue  # (a menu's numbers, "2020", stand among its words; a table's prices are no words)
            row += 1
            # (a shop's listing shows prices: its products are the page's content)
            if row >= _MENU_LINES and priced < _PRICED_SHARE * row:
                end, one_line = i, False
        else:
            row = priced = 0
    return end, one_line


def _closing_menu(doc: Document, last: int) -> bool:
    """Whether a page stored as one line ends with its footer: after the prose run (``last``),
    a long run of capitalised words shaped like a menu that holds a copyright notice ("About
    Careers Contact Us Copyright © 2025 ..."). An article's own copyright line ("© 2024 The
    Associated Press") is a short piece, not a menu's run."""
    for i in doc.alive():
        block = doc.blocks[i]
        if i > last and block.line >= 0 and block.weight >= _MENU_RUN_WORDS and COPYRIGHT.search(block.text) \
                and not is_prose(block) and is_menu_shaped(block.text, block.weight):
            return True
    return False


def _menu(doc: Document) -> bool:
    """A text without prose whose lines are mostly a few words long: a menu; a list of longer
    items (a calendar, a table) may be an article, a lone title is a title, and a list whose
    lines show prices is a shop's listing: its products are the page's content."""
    alive = doc.alive()
    weights = sorted(doc.blocks[i].weight for i in alive)
    if len(weights) <= _LONE_TITLE_LINES or weights[len(weights) // 2] > _MENU_ITEM_WORDS:
        return False
    prices = sum(1 for i in alive if _PRICE.search(doc.blocks[i].text))
    return prices < _PRICED_SHARE * len(alive)


_LONE_TITLE_LINES = 2
# "$49.99", "€82", "12,50 €", "49.99 USD"
_PRICE = re.compile(r"[$€£¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:[$€£¥₹]|USD|EUR|GBP)\b")
_PRICED_SHARE = 0.2  # lines with a price, of a short-lined text's, that make it a shop's listing
_MENU_ITEM_WORDS = 3
_MENU_LINES = 15  # short lines in a row that are a page's menu, not an article's list
_ARTICLE_WORDS = 100  # prose words of a run that make it an article's, past a menu
_MENU_RUN_WORDS = 15  # words of a run of capitalised words before the article that make it a menu, as lines do
_MENU_RUN_LOWER = 1 / 3  # lower-case words per capitalised one from which such a run holds a sentence (a title quoted)


def _title_index(doc: Document, first: int) -> int | None:
    """The headline right before the article: the nearest earlier line, when title-shaped."""
    before = [i for i in doc.alive() if i < first]
    if not before:
        return None
    candidate = before[-1]
    block = doc.blocks[candidate]
    if len(before) <= 2 and is_headline(block, 30) and weight(block) >= 3 and block.kind != "title_run":
        return candidate
    return None


def _no_article(doc: Document):
    """No prose at all: a menu or link list (many lines), or only headline-shaped lines (a
    title without its article). Sentences are never dropped this way: on a page whose article
    is a sentence or two (before a paywall), they stay with the headline right before them."""
    alive = doc.alive()
    if not alive:
        return
    sentences = [i for i in alive if doc.blocks[i].ends_sentence and not is_teaser_snippet(doc.blocks[i])]
    if sentences:
        if len(alive) < doc.options.min_lines_without_prose:
            return
        first, last = sentences[0], sentences[-1]
        title = _title_index(doc, first)
        reason = "no article prose in the document: short, menu-shaped line around its only sentences"
        for i in alive:
            if not (first <= i <= last or i == title):
                yield Verdict(i, reason)
        return
    reason = "no article text in the document: only headline- or menu-shaped lines, no sentence"
    for i in alive:
        yield Verdict(i, reason)


class TeaserList(Rule):
    name = "shape.teaser_list"
    furniture = False
    border = False
    contextual = True
    applies_to: tuple[str, ...] = ("text", "html")
    summary = "a list of other stories after the article: headline, maybe a date, maybe a one-paragraph snippet, repeated"
    example = "Men get stressed if wives make too much money / Traditional gender norms may be to blame... (x3 or more)"
    min_items = 3

    def judge(self, doc: Document):
        # Snippets cut short with an ellipsis, three in a row, are other stories' on any page; a
        # clean article's list (headlines with snippets) is the article going on.
        snippets = list(_snippet_run(doc, self.min_items))
        yield from snippets
        if doc.door != "text" or not _furniture_found(doc):
            return  # (an extractor chose an extract's items from the page's structure)
        taken = {verdict.index for verdict in snippets}
        yield from (verdict for verdict in self._items(doc) if verdict.index not in taken)

    def _items(self, doc: Document):
        """Runs of headline, maybe date, maybe snippet items past the bulk of the prose."""
        alive = doc.alive()
        # Only where the bulk of the prose stands before: from the first line past half of it.
        k = bisect_left(alive, doc.prose_midpoint())
        tries = 0  # failed runs in a row: a run is tried from its first three lines, then passed
        while k < len(alive):
            if not _is_teaser_head(doc.blocks[alive[k]]):
                k += 1
                continue
            end, items = _teaser_run(doc, alive, k)
            if items >= self.min_items and _article_resumes(doc, alive, k, end):
                items = 0  # (sections of the article: its prose goes on after them)
            if items >= self.min_items:
                for j in alive[k:end]:
                    yield Verdict(j, f"part of a list of {items} teasers of other stories after the article")
                k, tries = end, 0
            else:  # (head, date, snippet) items: later starts only repeat the first three alignments
                tries += 1
                k, tries = (k + 1, tries) if tries < 3 else (max(end, k + 1), 0)


def _snippet_run(doc: Document, least: int):
    """Runs of ``least`` or more teaser snippets in a row (a story's lead cut short with an
    ellipsis, ten words or more: not a line of dialogue trailing off) past the bulk of the prose,
    where the article does not resume after them."""
    alive = doc.alive()
    k = bisect_left(alive, doc.prose_midpoint())
    while k < len(alive):
        end = k
        while end < len(alive) and is_teaser_snippet(doc.blocks[alive[end]]) \
                and doc.blocks[alive[end]].weight >= _SNIPPET_WORDS:
            end += 1
        if end - k >= least and not _article_resumes(doc, alive, k, end):
            for j in alive[k:end]:
                yield Verdict(j, f"part of a run of {end - k} teaser snippets of other stories after the article")
        k = max(end, k + 1)


def _article_resumes(doc: Document, alive: list[int], k: int, end: int) -> bool:
    """Whether more prose follows a run of headline-and-snippet items than a share of what
    stands before it: the items are the article's own sections, not teasers after it."""
    after = doc.prose_words(alive[end]) if end < len(alive) else 0
    return after > _RESUMES_SHARE * doc.prose_words(0, alive[k])


def _is_teaser_head(block) -> bool:
    # (no other story's headline ends in a colon: a line that does introduces what follows it,
    # "Here's a selection:", the article's own list)
    return is_headline(block, 20) and block.weight >= 3 and block.ending[-1:] not in _COLONS \
        or is_teaser_snippet(block) and block.weight <= 20


def _teaser_run(doc: Document, alive: list[int], k: int) -> tuple[int, int]:
    """From position k in ``alive``: where a run of teaser items ends, and how many items."""
    items = snippets = questions = numbered = in_sequence = 0
    expected = None  # (the number the next numbered heading would carry)
    while k < len(alive):
        head = doc.blocks[alive[k]]
        if not _is_teaser_head(head):
            break
        questions += head.text.rstrip().endswith("?") or ":" in head.text[:25]
        number = _HEAD_NUMBER.match(head.text)
        if number is not None:
            value = int(number.group(1))
            numbered = numbered + 1 if expected is None or value == expected else 1
            in_sequence = max(in_sequence, numbered)
            expected = value + 1
        k += 1
        if k < len(alive) and _is_date_or_byline(doc.blocks[alive[k]]):
            k += 1
        if k < len(alive):
            body = doc.blocks[alive[k]]
            if (is_prose(body) or is_teaser_snippet(body)) and weight(body) <= 50:
                k += 1
                snippets += 1
        items += 1
    # Interviews (Q: ...? A: ...) and labelled lists have the same shape; teaser headlines
    # are mostly plain statements. Headings numbered in sequence are the article's own list.
    return k, items if snippets >= 2 and questions * 2 <= items and in_sequence < _NUMBERED_HEADS else 0


def _is_date_or_byline(block) -> bool:
    return block.weight <= 6 and not block.ends_sentence and bool(_DIGIT.search(block.text))


class MenuPiece(Rule):
    name = "shape.menu_piece"
    positional = True
    border = False
    summary = ("a long run of capitalised items inside a long line (a page stored as one line), with no sentence "
               "stop or comma between them: a menu, a list of headlines")
    example = "Advance Directives Billing & Insurance CareLink Compliments & Complaints Dining Options ... (50 words)"
    min_words = 50

    def judge(self, doc: Document):
        """Pieces of a long line only: the segmenter cut it at every sentence stop, so a piece of
        fifty words is a run no sentence stop parts. Running text puts most words in lower case;
        a list a sentence introduces (the colon ending it) or labels make, a sentence's list of
        places (its commas) and a table (its numbers) are the article's. Such a run is a sign of a
        scraped page in itself. (In an HTML extract too: its output, cleaned again as text, stays
        as it is.)"""
        for i in doc.alive():
            block = doc.blocks[i]
            if block.line >= 0 and block.weight >= self.min_words and is_menu_shaped(block.text, block.weight):
                yield Verdict(i, f"a run of {block.weight} words, most capitalised, with no sentence stop or "
                                 "comma between them: a menu or a list of headlines")
