"""Share, follow, subscribe, newsletter, donate, cookie and advertising prompts, and the words
of a page's controls (buttons, form labels) left as lines."""
from __future__ import annotations

import re

from .article import is_prose, reads_as_running_text
from .base import Rule, Verdict
from .document import Document, distinct_phrases


_PROMPT_WORDS = 10  # the longest line that is only a prompt ("Share this article on Facebook")
_GLUED_CONTROL_WORDS = 250  # the longest line or piece read for a control glued before its sentence
_CONTROLS_IN_A_ROW = 3  # line phrases side by side that make a piece of a long line a row of controls
_ONE_PROMPT_WORDS = 40  # the longest line one prompt phrase makes a prompt
_PROMPTS_WORDS = 120  # the longest line two prompt phrases (or a site notice) make a prompt
_CALL_WORDS = 30  # the longest sentence read as a call to subscribe
_CONTROL_WORDS = 8  # the longest line that is only a control's words ("Add to Compare")
_MENU_PIECE_WORDS = 120  # the longest piece of a long line read as a menu
_MENU_PROMPTS = 2  # distinct prompts of two words or more that make a run of capitalised words a menu
# Where controls printed side by side meet: a small letter glued to a capital ("MarkdownCopy"), or a sign between
_SIDE_BY_SIDE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<!\s)\s+[*|•·]\s*")  # (from a run's first space: linear)


class PromptLine(Rule):
    name = "prompts.line"
    # (a control glued before a sentence is read in lines up to those cut in sentences)
    evidence: tuple[tuple[str, str, int], ...] = (("prompts", "line", _PROMPT_WORDS),
                                                  ("prompts", "patterns", _GLUED_CONTROL_WORDS))
    summary = "lines that are only a prompt, label or control: Advertisement, Share, Subscribe, Page 2 of 8"
    example = "ADVERTISEMENT"

    def judge(self, doc: Document):
        for i in doc.whole_lines("prompts", "line"):
            if doc.blocks[i].weight <= _PROMPT_WORDS:
                yield Verdict(i, "share, subscribe, advertising or navigation prompt")
        for i in doc.scan("prompts", "patterns", _PROMPT_WORDS):
            yield Verdict(i, "a page's control with its count, place or shop: 'Page 2 of 8', '5 min read'")
        yield from _side_by_side(doc)
        glued = doc.glued("prompts", "line", min_weight=_PROMPT_WORDS + 1)
        for i, span in glued.items():
            yield Verdict(i, "prompt glued onto a body line", span)
        leading = doc.leading("prompts", "line")
        for i, span in leading.items():
            yield Verdict(i, "prompt glued before a sentence", span)
        # (not where one opens or ends the line: a split between would move that one's segments)
        for i, span in doc.between_sentences("prompts", "line").items():
            if i not in leading and i not in glued:
                yield Verdict(i, "prompt glued between two sentences", span)
        for i, span in doc.leading_patterns("prompts", "patterns").items():
            if i not in leading and i not in glued:
                yield Verdict(i, "a page's control with its count glued before a sentence: '5 min read The...'", span)


def _side_by_side(doc: Document):
    """Short lines that are two prompts or more glued together, as controls printed side by side
    (or twice, for two screen sizes) are scraped: "View as MarkdownCopy as Markdown",
    "AdvertisementAdvertisement", "Book Now *Book Now"."""
    for i in doc.alive():
        block = doc.blocks[i]
        if block.weight > _PROMPT_WORDS or not _SIDE_BY_SIDE.search(block.text):
            continue
        parts = [part for part in _SIDE_BY_SIDE.split(block.text) if part.strip()]
        if len(parts) >= 2 and all(doc.phrases.is_phrase("prompts", "line", part) for part in parts):
            yield Verdict(i, "controls printed side by side, glued into one line")
    # A row of controls with spaces between, on a line of its own ("Share Facebook Twitter Email")
    # or a piece of a long line ("... the end of the article. Share Tweet Email Print"), as the
    # row's lines are in a page of lines.
    for i, spans in doc.phrase_hits("prompts", "line").items():
        block = doc.blocks[i]
        if len(spans) >= _CONTROLS_IN_A_ROW and block.weight <= _PROMPT_WORDS \
                and doc.phrases_side_by_side(i, "prompts", "line") >= _CONTROLS_IN_A_ROW:
            yield Verdict(i, "controls printed side by side in a row" + (", run into the line" if block.line >= 0 else ""))


class PromptText(Rule):
    name = "prompts.text"
    proves_junk = True
    evidence: tuple[tuple[str, str, int], ...] = (("prompts", "contains", _PROMPTS_WORDS),
                                                  ("prompts", "notices", _PROMPTS_WORDS))
    summary = "cookie notices, newsletter and donation calls, paywall and copyright lines"
    example = "We use cookies to improve your experience. By continuing to use the site you agree."

    def judge(self, doc: Document):
        # (a line that holds sentences besides the prompt's keeps them: only the prompt's go)
        for i, spans in doc.anywhere("prompts", "contains").items():
            block = doc.blocks[i]
            if block.weight <= _ONE_PROMPT_WORDS or (block.weight <= _PROMPTS_WORDS
                                                     and distinct_phrases(block.lower, spans) >= 2):
                yield Verdict(i, "cookie, newsletter, donation or subscription prompt",
                              doc.sentences_holding(i, spans, "prompts"))
            elif (span := doc.sentences_holding(i, spans, "prompts")) is not None:
                # (one prompt in a longer paragraph: its own sentence goes, when it is one)
                yield Verdict(i, "cookie, newsletter, donation or subscription prompt", span)
        # (a notice is its whole paragraph: "We use cookies to ... Out of these cookies, ...")
        for i in doc.anywhere("prompts", "notices"):
            if doc.blocks[i].weight <= _PROMPTS_WORDS:
                yield Verdict(i, "site notice: cookies, trademarks, terms of use, comment policy")


class PromptCall(Rule):
    name = "prompts.call"
    evidence: tuple[tuple[str, str, int], ...] = (("prompts", "sentence_patterns", _PROMPTS_WORDS),)
    summary = "a sentence that asks the reader to subscribe to the site's newsletter, emails or updates"
    example = "The council meets again in May. Sign up for our daily newsletter."
    # (sites put the call inside the article's own text as often as around it: no sign of a
    # scraped page that the shape rules may cut by)
    furniture = False

    def judge(self, doc: Document):
        # (the call's sentences go; a line's other sentences stay)
        for i, span in doc.scan_sentences("prompts", "sentence_patterns", _CALL_WORDS, _PROMPT_WORDS).items():
            yield Verdict(i, "a call to subscribe to the site's newsletter, emails or updates", span)


class PromptMenu(Rule):
    name = "prompts.menu"
    evidence: tuple[tuple[str, str, int], ...] = (("prompts", "line", _MENU_PIECE_WORDS),
                                                  ("prompts", "contains", _MENU_PIECE_WORDS))
    summary = "a menu run into a long line: capitalised words holding two navigation prompts (Log In, Privacy Policy)"
    example = "Home News Sport Privacy Policy Terms of Use Log In (a page stored as one line)"

    def judge(self, doc: Document):
        """Pieces of long lines that are not prose, most of whose words are capitalised, and
        that hold two distinct prompts of two words or more written as a menu writes them
        (capitalised, whole words: "Log In", "Privacy Policy"): the page's navigation, run into
        the line. (One-word prompts, "Search", "Email", "Photo", name things in titles and lists
        as often.)"""
        found: dict[int, set[str]] = {}
        for kind in ("line", "contains"):
            for i, spans in doc.anywhere("prompts", kind, words=True).items():
                block = doc.blocks[i]
                if block.line < 0 or block.weight > _MENU_PIECE_WORDS:
                    continue
                for s, e in spans:
                    if " " in block.lower[s:e] and block.text[s:s + 1].isupper():
                        found.setdefault(i, set()).add(block.lower[s:e])
        for i, prompts in found.items():
            block = doc.blocks[i]
            if len(prompts) >= _MENU_PROMPTS and not is_prose(block) and not reads_as_running_text(block.text):
                yield Verdict(i, "a menu run into the line: capitalised words holding navigation prompts")


class PageControl(Rule):
    name = "prompts.controls"
    applies_to: tuple[str, ...] = ("html",)
    needs_evidence = False  # (the page's controls are the evidence, not a phrase)
    summary = "a line that is only the words of one of the page's buttons, form labels or options (HTML)"
    example = "Add to Compare (a <button> on the page)"

    def judge(self, doc: Document):
        if not doc.controls:
            return
        for i in doc.alive():
            block = doc.blocks[i]
            # (a question is an accordion's heading, its answer under it: the page's content)
            if block.weight <= _CONTROL_WORDS and doc.plain(i) in doc.controls \
                    and not block.text.rstrip().endswith("?"):
                yield Verdict(i, "the words of a button, form label or option of the page")
