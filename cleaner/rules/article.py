"""The article's shape: which lines are prose, headlines, tag lists or teaser snippets, and the
article's prose run (the densest run of prose, a maximum-sum segment of line scores)."""
from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter

from ..blocks import STOPS, Block
from ..sentences import OPENERS

_HEADLINE_STOPS = frozenset(".!。！")  # a headline may end in "?" or nothing, not in a full stop
_STRICTNESS = {"lenient": 0.5, "normal": 1.0, "strict": 1.6}  # what a non-prose line costs, relative
_JUNK_COST = 10  # per line of a run of junk the rules took out
_MENU_LINE_COST_UP_TO = 8  # words: what a line that is no sentence costs grows with its words up to this many
_LINE_WORDS = 4  # the words of a menu's or a footer's line, about: what a removed piece of a long line stands for
COPYRIGHT = re.compile(r"(?:©|\bcopyright\b)\s*+(?:©\s*+)?(?:19|20)\d\d\b", re.IGNORECASE)  # a site's notice
_TRAIL_SIGNS = ("»", "›", " > ", " / ", " | ")  # what parts a trail's links: a breadcrumb, a menu's row
_JUNK_RUN = 4  # from this many junk lines in a row: a menu or a footer, not a caption or a teaser
COUNTED_WORDS = 150  # the most words a block of prose counts for in the prose run (a code listing is no article's worth)
INTRO_WORDS = 3  # the fewest words before a colon that make a sentence introducing a list
_LIST_ITEMS = 12  # the most lines of a list a sentence introduces that cost the prose run nothing
_ITEM_WORDS = 12  # the longest such line
_ITEM_PARTS = 4  # words per bar or slash under which a line is a list of items, not prose


# A date with its day and year ("28 January 2026", "Jan. 28, 2026", "28/01/2026", "2026-01-28") and
# the word after it: where one dated item of a list ends and the next begins
_DATED_ITEM = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?+\.?+,?+(?:[ ./-]++[^\W\d_]{3,}+\.?+)?+[ ./-]++(?:1[89]|20)\d\d"
                         r"|\b(?:1[89]|20)\d\d-\d\d-\d\d)\b[^\w\s]{0,2}+[^\S\n]++[^\W\d_]")
_DATED_ITEMS = 2  # items of a list run into one line after a date each: not a sentence
weight = attrgetter("weight")  # words in a block, two CJK characters counting as one
_RUN_ON_WORDS = 60  # words of a piece that no comma or stop parts: no sentence runs on so long
_CLAUSE_SIGN = re.compile(r"[,;.!?，、。；！？]")
_STOPLESS_WORDS = 100  # words of a line with no sentence stop at all: a form's options or a tag cloud, no paragraph
_ANY_STOP = re.compile(f"[{re.escape(STOPS)}…؟।]")  # (the rules' stops, and the ellipsis, Arabic and Devanagari ones)
_LONG_PIECE = 25  # a line this long is prose; a piece of a long line this long, when it reads as running text
_NUMBER = re.compile(r"\d+")
_TABLE_NUMBERS = 0.15  # numbers per word from which a run of capitalised items is a table
_LIST_SEPARATORS = 0.05  # commas per word from which capitalised words are a sentence's list, not a menu's items


def is_prose(block: Block) -> bool:
    """A sentence-bearing block of some length: the stuff articles are made of."""
    if block.prose is None:
        w = block.weight
        if block.kind == "title_run":
            block.prose = False  # (capitalised words glued before a sentence, whatever ends them)
        elif block.line >= 0 and is_dated_list(block.text):
            block.prose = False
        elif w >= _LONG_PIECE and block.line >= 0:
            # (a long piece of a long line, whatever ends it, is a menu or a run of titles run into
            # a sentence's end unless most of its words are in lower case; sixty words and more
            # without a comma or a stop are a tag cloud's, whatever their case, and a hundred
            # without a stop that end no sentence a menu's items with their descriptions, unless
            # numbers make them a table's row)
            block.prose = reads_as_running_text(block.text, 0.5 if block.ends_sentence else 1.0) \
                and (w < _RUN_ON_WORDS or _CLAUSE_SIGN.search(block.text, 0, len(block.text.rstrip()) - 1) is not None) \
                and not (_stopless(block) and not block.ends_sentence
                         and len(_NUMBER.findall(block.text)) < _TABLE_NUMBERS * w)
        elif w >= _LONG_PIECE:
            # (nor a selector's or a trail's items parted by bars and slashes: "Albania / ALL Andorra / EUR ...")
            block.prose = not _stopless(block) and _trail_items(block.text) * _ITEM_PARTS < w
        else:
            block.prose = w >= 10 and block.ends_sentence and not is_teaser_snippet(block) \
                and (block.line < 0 or reads_as_running_text(block.text, 0.5))
    return block.prose


def _stopless(block: Block) -> bool:
    """A hundred words and more without one sentence stop: no paragraph runs on so long."""
    return block.weight >= _STOPLESS_WORDS and _ANY_STOP.search(block.text) is None


def is_dated_list(text: str) -> bool:
    """Whether a capitalised word follows a full date more than once in ``text`` (a piece of a long line
    that no sentence stop parts): items of a list, each after its date ("...wines - 22 January
    2026 What makes magnums special - 21 January 2026 A guide to..."), not a sentence."""
    found = 0
    for match in _DATED_ITEM.finditer(text):
        if text[match.end() - 1].isupper():
            found += 1
            if found >= _DATED_ITEMS:
                return True
    return False


def reads_as_running_text(text: str, lower_share: float = 1.0) -> bool:
    """Whether most words of a cased script start in lower case, as in running text (a menu or
    a run of titles capitalises most of its words); text without cased words reads as running.
    (``lower_share``: how many lower-case words per capitalised one are enough.)"""
    lower = upper = 0
    for word in text.split():
        first = word.lstrip(OPENERS)[:1]
        if first.islower():
            lower += 1
        elif first.isupper():
            upper += 1
    return lower >= lower_share * upper


def is_headline(block: Block, max_words: int = 25) -> bool:
    """Short, and not ending like a sentence: a title or a link to another story."""
    return 0 < block.weight <= max_words and block.ending[-1:] not in _HEADLINE_STOPS


def is_tag_list(block: Block) -> bool:
    """A comma-separated list of short keywords, not a sentence: "stock car 2018, stock car brasil, ..."."""
    text = block.text
    if block.ends_sentence or text.count(",") < 3:
        return False
    items = [part for part in text.split(",") if part.strip()]
    return sum(len(part.split()) for part in items) <= 4 * len(items)


def is_teaser_snippet(block: Block) -> bool:
    """Cut-off text ending in an ellipsis, as teasers of other stories are."""
    return block.ending.endswith(("…", ".."))


def _score(block: Block) -> int:
    """Prose gains its words beyond a threshold; a short sentence is neutral; a headline- or
    menu-shaped line costs more the longer it is (a long non-sentence is rarely body text)."""
    w = weight(block)
    if is_prose(block):
        return max(1, min(w, COUNTED_WORDS) - 10)
    # (a capitalised question or exclamation glued into a one-line page is a menu's item: "What Is Depression?")
    if block.ends_sentence and w < _LONG_PIECE and not is_teaser_snippet(block) and block.kind != "title_run" \
            and not (block.line >= 0 and is_dated_list(block.text)) \
            and (block.line < 0 or block.ending[-1:] == "." or reads_as_running_text(block.text, 0.5)):
        return 1
    if block.line >= 0 and w > _MENU_LINE_COST_UP_TO and is_menu_shaped(block.text, w):
        # (a menu run into a long line costs the prose run what its lines would on a page)
        return -round((2 + _LINE_WORDS) * w / _LINE_WORDS)
    return -(2 + min(w, _MENU_LINE_COST_UP_TO))


def _trail_items(text: str) -> int:
    """The items of a trail of links a removed line is ("Home » News » Local": 3), or 1."""
    signs = sum(map(text.count, _TRAIL_SIGNS))
    return signs + 1 if signs >= 2 else 1


def is_site_copyright(block: Block) -> bool:
    """A line of its own that is a copyright notice with its year ("© 2019 CBS Interactive
    Inc. All Rights Reserved."), or a piece of a long line that opens with one: the end of the
    page's article, not a sentence of it."""
    text = block.text
    if block.weight > _MENU_LINE_COST_UP_TO:
        return False
    # (a literal first: the prose run asks it of every line)
    if not ("©" in text or "opyright" in text or "OPYRIGHT" in text):
        return False
    # (a piece of a long line opens with it: "Copyright 2024 The Times. All rights reserved.")
    return COPYRIGHT.search(text) is not None if block.line < 0 else COPYRIGHT.match(text) is not None


def block_scores(blocks: list[Block], strictness: str) -> list[int]:
    """Each block's ``_score``, what a non-prose line costs scaled by the ``strictness``. The
    items of a list a sentence introduces ("The loop:", then its lines) and the article goes on
    after cost nothing: they are the article's, as a menu's lines, which no sentence
    introduces, are not."""
    scale = _STRICTNESS[strictness]
    scores = [score if score >= 0 else round(score * scale) for score in map(_score, blocks)]
    alive = [i for i, block in enumerate(blocks) if block.alive]
    for k, i in enumerate(alive):
        if blocks[i].line >= 0 or not _introduces_list(blocks[i].text):
            continue
        items = []
        for j in alive[k + 1:k + 1 + _LIST_ITEMS + 1]:
            if scores[j] >= 0 or blocks[j].weight > _ITEM_WORDS or blocks[j].line >= 0:
                break
            items.append(j)
        after = k + 1 + len(items)
        # (only a list the article goes on after: a page's last list may be its footer's)
        if items and len(items) <= _LIST_ITEMS and after < len(alive) and scores[alive[after]] > 0:
            for j in items:
                scores[j] = 0
    return scores


def is_menu_shaped(text: str, words: int) -> bool:
    """Whether ``text`` (a piece of a long line that no sentence stop parts, of ``words`` words)
    reads as a menu's items run together: most words capitalised, no commas between them, few
    numbers (a table's), and no sentence or labels introducing them as a list."""
    return text.count(",") + text.count(";") < _LIST_SEPARATORS * words and not reads_as_running_text(text) \
        and len(_NUMBER.findall(text)) < _TABLE_NUMBERS * words and not _introduced(text)


def _introduced(text: str) -> bool:
    """Whether a sentence opens the run and a colon ends it ("Here are the courses Google offers:
    ..."), or labels with their values make it ("Best Overall: ... Best Value: ..."). One label's
    colon ("You are here:", "Phone:") stands in menus as often."""
    colon = text.find(":")
    head = text[:colon] if colon > 0 else ""
    return len(head.split()) >= INTRO_WORDS and reads_as_running_text(head) or text.count(":") >= 2


def _introduces_list(text: str) -> bool:
    """A sentence that ends with a colon: "The starfield feature shipped with:"."""
    text = text.rstrip()
    return text.endswith(":") and len(text.split()) >= INTRO_WORDS and reads_as_running_text(text)


def prose_run(blocks: list[Block], scores: list[int], fresh: set[int]) -> tuple[int, int] | None:
    """First and last block index of the densest run of prose: the maximum-sum segment of the
    block ``scores`` (``block_scores``). None without prose. ``fresh``: the blocks removed in
    this round by rules that mark borders."""
    best: tuple[int, int | None, int | None] = (0, None, None)
    total, start = 0, None
    alive = [b for b in blocks if b.alive]
    lines = Counter(b.paragraph for b in alive)
    with_sentences = {b.paragraph for b in alive if b.ends_sentence and lines[b.paragraph] <= 5}
    junk_run = 0
    for i, block in enumerate(blocks):
        if not block.alive:
            # Lines rules took out in a row (a menu, a footer) still mark a border; one junk
            # line alone (a caption, an advert label) sits inside articles as often as not.
            # Only lines taken out in this round count: a second clean of the output, which
            # no longer holds the earlier ones, must see the same borders (idempotence).
            if i not in fresh:
                continue
            # (a piece of a long line stands for the lines its words would make on a page: a menu
            # run into the line borders the article as the menu's lines would)
            # (and a trail of links, "Home » News » Local", for its items' lines)
            stands_for = max(1, block.weight // _LINE_WORDS) if block.line >= 0 else _trail_items(block.text)
            junk_run += stands_for
            if junk_run < _JUNK_RUN:
                continue
            score = -_JUNK_COST * min(stands_for, junk_run - _JUNK_RUN + 1)
        else:
            junk_run = 0
            score = scores[i]
        if score < 0 and block.paragraph in with_sentences:
            score = 0  # a short line in a small paragraph of sentences: an address, a list under "from:"
        if block.alive and is_site_copyright(block):
            score = -_JUNK_COST * _JUNK_RUN  # (the site's copyright notice closes its page: a footer's cost)
        if start is None or total <= 0:
            if score <= 0:
                continue
            total, start = score, i
        else:
            total += score
        if total > best[0]:
            best = (total, start, i)
    return None if best[1] is None or best[2] is None else (best[1], best[2])

