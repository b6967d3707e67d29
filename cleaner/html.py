"""HTML page -> article text blocks, through trafilatura's tree (not its text output), so
paragraph boundaries, headings, list items, quotes and table rows reach the rules as blocks.

An extraction never settles for a fragment. trafilatura's fast mode runs first, favouring recall
(our rules do the precision work afterwards). When the page marks its main region (<main>,
role="main", a single <article>) and the extract holds a small share of that region's words, the
extract is a fragment of it: the region's text is taken instead, its navigation, asides, footers,
forms and comment sections left out. Otherwise, when the extract is a small share of the page's
text (or barely a paragraph), trafilatura's full mode, balanced, compares its own extract with its
fallback extractors (readability, jusText) and decides. Comments are never extracted. Nothing is
fetched: the page is parsed as given, without network access.
"""
from __future__ import annotations

import html as html_entities
import re
from collections import Counter
from dataclasses import dataclass

from .blocks import Block, split_blocks
from .markup import COMMENT, element_pattern
from .page import (BLOCKS, comment_sections, content_blocks, control_texts, declared_types, is_discussion, is_product,
                   main_region, page_text, page_words, paragraph_element, words)
from .rules.article import is_prose

# trafilatura's tree tags -> our block kinds
_KINDS = {"head": "heading", "p": "text", "list": "list", "item": "list", "quote": "quote",
          "table": "table", "row": "table", "code": "code", "graphic": "caption"}
_SPLIT_INTO_CHILDREN = {"list": "item", "table": "row"}
_PARSER = None
# A fast extract with fewer words than this share of the page's, or than this many words, may
# have kept a fragment: trafilatura's full mode (its fallback extractors) then decides.
SUSPECT_SHARE = 0.2
_SUSPECT_WORDS = 100
_SENTENCE_WORDS = 10
_BOOK_WORDS = 100_000
# An extract with fewer words than this share of the page's main region is a fragment of it.
_FRAGMENT_OF_MAIN = 1 / 3
_SHORT_EXTRACT = 300  # words: an extract of a discussion this short is compared with the full mode's
_MORE_OF_IT = 1.5  # how much more the full mode must hold to be taken instead
_SAME_TEXT = 0.9  # the share of the short extract's words it must hold
_ANCHOR = re.compile(r"<a\b[^>]{0,2000}>([^<]{0,1000}(?:<(?!/a\s*>)[^<]{0,1000}){0,50})</a\s*>", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")
_TITLES = re.compile(
    r"""<title[^>]{0,200}>([^<]{1,500})</title>|<meta[^>]{1,200}?property=["']og:title["'][^>]{0,50}?content=["']([^"']{1,500})""",
    re.I)


@dataclass
class Extracted:
    """What the HTML door hands on: the text the blocks' spans point into, the blocks (an HTML
    extract's with their kind and link density set), and how they were chosen."""

    text: str
    blocks: list[Block]
    #: "html": an extractor's choice of the page's blocks; "text": the page's whole text, which
    #: goes through the rules for scraped text, as they find the article in it
    door: str = "html"
    #: the page's <title>/og:title lines (for an extract only)
    title: str = ""
    #: how the blocks were chosen, when not by trafilatura's fast mode alone
    notes: tuple[str, ...] = ()
    #: the words on the page's buttons, form labels and options (``page.control_texts``)
    controls: frozenset[str] = frozenset()


_MOJIBAKE_NBSP = "\u00c2\xa0"  # a no-break space's UTF-8 read as cp1252


def extract(html: str) -> Extracted:
    """The article blocks of an HTML page or fragment. When trafilatura finds nothing (or cannot
    walk the page), or keeps no prose where the page has some, the page's whole text instead,
    to be cleaned as scraped text: the article is never lost."""
    mended = html.count(_MOJIBAKE_NBSP)
    if mended:
        # The extractor strips a paragraph's edges, a no-break space among them: its mojibake's
        # first half would be left alone where no repair can read it ("cats.Â").
        html = html.replace(_MOJIBAKE_NBSP, "\xa0")
    mend = (f"mojibake of {mended} no-break space{'s' if mended > 1 else ''} ('Â' before it) repaired in the page "
            "before extraction",) if mended else ()
    tree = parse(html)
    paragraphs, kinds, note = _choose(tree)
    if not paragraphs:
        # lxml stops at a nesting depth of 2048: past that, read the markup without a tree.
        text = page_text(tree) or markup_text(html)
        whole = "\n\n".join(p for p in text.split("\n\n") if p.strip())
        if whole:
            return Extracted(whole, split_blocks(whole), "text", notes=(
                *mend, "trafilatura found no article: the page's whole text was cleaned as scraped text"))
        return Extracted("", [], title=page_titles(html))
    text = "\n\n".join(paragraphs)
    blocks = split_blocks(text)
    notes = (*mend, note) if note else mend
    if not any(map(is_prose, blocks)):
        # An extract without prose, a small share of a page that has some: the extractor chose a
        # script or a menu (a broken tag can make it), and the article is elsewhere. (A larger
        # share is a listing's items, a product's specifications; on a page that declares a
        # product they are its content at any share, the shop's notices around them its prose.)
        page = page_text(tree)
        whole_blocks = split_blocks(page)
        if any(map(is_prose, whole_blocks)) and words(text) < SUSPECT_SHARE * words(page) \
                and not is_product(tree):
            return Extracted(page, whole_blocks, "text", notes=(*notes, (
                "trafilatura's extract holds no prose and the page does: the page's whole text was cleaned "
                "as scraped text")))
    anchors = anchor_texts(html)
    for block in blocks:
        if block.paragraph < len(kinds):
            paragraph = paragraphs[block.paragraph]
            block.kind = kinds[block.paragraph]
            block.link_density = link_density(paragraph, anchors) if len(paragraph) <= 400 else 0.0
    return Extracted(text, blocks, title=page_titles(html), notes=notes, controls=control_texts(tree))


def _choose(tree) -> tuple[list[str], list[str], str]:
    """The article's paragraphs and their kinds, and a note on how they were chosen."""
    on_page = page_words(tree)
    note = ""
    region: list[tuple[str, str]] | None = None  # (read once, when first needed)
    types: frozenset[str] | None = None
    try:
        paragraphs, kinds = _article_blocks(tree, fast=True)
        # The marked region first: a fragment of it needs no second extraction to be told apart.
        for fast in (True, False):
            found = words("\n".join(paragraphs))
            # (the region is part of the page: an extract holding a third of the page holds a third of it)
            if region is None and found < _FRAGMENT_OF_MAIN * on_page:
                types = declared_types(tree)  # (read once for all three questions)
                region = main_region(tree, types) if not is_product(tree, types) else []
            held = words("\n".join(text for text, _ in region or ()))
            if paragraphs and found < _FRAGMENT_OF_MAIN * held:
                paragraphs, kinds = [text for text, _ in region or ()], [kind for _, kind in region or ()]
                note = f"the extract held {found} of the {held} words of the page's main region: the region was taken"
                break
            # (an element no markup names is taken only for a small fragment of its paragraphs, and after
            # the full mode's look: around an article it may hold its comments and other stories)
            dense, in_paragraphs = _paragraph_region(tree, types, paragraphs) \
                if not fast and region == [] and paragraphs and not is_product(tree, types) else ([], 0)
            if dense and found < SUSPECT_SHARE * in_paragraphs:
                paragraphs, kinds = [text for text, _ in dense], [kind for _, kind in dense]
                note = (f"trafilatura's extract held {found} words, the element that holds most of the page's "
                        f"paragraphs {in_paragraphs} words in them: the element was taken")
                break
            # (a second look needs a sentence more on the page than the extract holds; a page of a
            # book's length is no article page, and the fallbacks would read it all again)
            if not fast or found >= _SUSPECT_WORDS and found >= SUSPECT_SHARE * on_page \
                    or not found + _SENTENCE_WORDS <= on_page <= _BOOK_WORDS:
                break
            paragraphs, kinds = _article_blocks(tree, fast=False)
            note = (f"trafilatura's fast extract held {found} of the page's {on_page} words: "
                    f"its full mode (fallback extractors) chose the blocks")
        # (no note: the loop stopped at the fast extract, ``found`` its words)
        if not note and paragraphs and found < _SHORT_EXTRACT and found + _SENTENCE_WORDS <= on_page \
                and is_discussion(tree, types):
            # (a short extract of a page that declares itself a discussion may be its thread's first
            # posts: the full mode's, when it holds the same text and more, is taken)
            full, full_kinds = _article_blocks(tree, fast=False)
            more = words("\n".join(full))
            if more >= _MORE_OF_IT * found and _holds(full, paragraphs) >= _SAME_TEXT:
                paragraphs, kinds = full, full_kinds
                note = (f"trafilatura's fast extract held {found} words, its full mode the same and more: "
                        f"{more} words")
    except Exception:  # a tree it cannot walk (recursion depth...)
        paragraphs, kinds = [], []
    return paragraphs, kinds, note


def _paragraph_region(tree, types: frozenset[str] | None, extract: list[str]) -> tuple[list[tuple[str, str]], int]:
    """The blocks of the smallest element that holds most of the page's paragraphs and the
    extract's text too (an article's lead can stand outside the list of cards its sections
    are), and the words of those paragraphs; empty when only <body> does."""
    root = tree.getroottree().getroot()
    comments = comment_sections(root, tree, types)  # (the page's, read once for every element tried)
    node, in_paragraphs = paragraph_element(root, comments)
    while node is not None and node.tag not in ("html", "body"):
        blocks = content_blocks(node, comments)
        if _holds([text for text, _ in blocks], extract) >= _SAME_TEXT:
            return blocks, in_paragraphs
        node = node.getparent()
    return [], 0


def _holds(these: list[str], those: list[str]) -> float:
    """The share of the words of ``those`` that ``these`` hold too (counted with repeats)."""
    mine, theirs = Counter(" ".join(these).split()), Counter(" ".join(those).split())
    total = sum(theirs.values())
    return sum((mine & theirs).values()) / total if total else 0.0


def _article_blocks(tree, fast: bool) -> tuple[list[str], list[str]]:
    """trafilatura's article tree, one block per paragraph, heading, list item, table row."""
    import trafilatura
    from trafilatura.xml import xmltotxt

    if tree is None:
        return [], []
    document = trafilatura.bare_extraction(
        tree, fast=fast, favor_recall=fast, include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, with_metadata=False,
    )
    body = getattr(document, "body", None)
    paragraphs: list[str] = []
    kinds: list[str] = []
    for element in body if body is not None else ():
        children = [c for c in element if c.tag == _SPLIT_INTO_CHILDREN.get(element.tag)]
        for part in children or [element]:
            # A fallback extractor's <div> holds whole paragraphs, a blank line apart.
            text = "".join(part.itertext()) if part.tag == "div" else _text_of(part, xmltotxt)
            for paragraph in text.split("\n\n") if part.tag == "div" else [text]:
                lines = [line.strip() for line in paragraph.splitlines()]
                paragraph = "\n".join(line for line in lines if line)
                if paragraph:
                    paragraphs.append(paragraph)
                    kinds.append(_KINDS.get(part.tag, "text"))
        loose = " ".join((element.tail or "").split())
        if loose:  # text between blocks that trafilatura left unwrapped
            paragraphs.append(loose)
            kinds.append("text")
    return paragraphs, kinds


def anchor_texts(html: str) -> set[str]:
    """Normalised texts of the page's links of three words or more."""
    found = set()
    for inner in _ANCHOR.findall(html):
        text = " ".join(html_entities.unescape(_TAG.sub(" ", inner)).split()).casefold()
        if text.count(" ") >= 2:
            found.add(text)
    return found


def link_density(paragraph: str, anchors: set[str]) -> float:
    """Share of a paragraph's characters covered by link texts (trafilatura's text has no links)."""
    text = " ".join(paragraph.split()).casefold()
    if not text or not anchors:
        return 0.0
    covered = sum(len(a) for a in anchors if len(a) <= len(text) and a in text)
    return min(1.0, covered / len(text))


def parse(html: str):
    """The page as an lxml tree: no network access, no limit on depth or size (huge_tree), as
    browsers read whatever they are given. None when there is nothing to parse."""
    import lxml.html

    global _PARSER
    if _PARSER is None:
        _PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                                       remove_pis=True, huge_tree=True, no_network=True)
    data = html.encode("utf-8", "surrogatepass")
    if not data.strip():
        return None
    try:
        return lxml.html.fromstring(data, parser=_PARSER)
    except Exception:  # lxml refuses (empty document, stray bytes): trafilatura's own loader tries
        return html


_SKIPPED_ELEMENTS = re.compile("|".join([*map(element_pattern, ("script", "style", "noscript", "template", "head", "title", "svg")),
                                         COMMENT]), re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(BLOCKS)) + r")\b[^>]{0,2000}>", re.I)
_ANY_TAG = re.compile(r"</?[a-zA-Z!][^>]{0,2000}>")


def markup_text(html: str) -> str:
    """The page's text read without a tree: block tags become paragraph breaks, other tags go.
    For pages no parser accepts; cruder than ``page_text``, but nothing is lost."""
    text = _SKIPPED_ELEMENTS.sub(" ", html)
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n\n", text))
    paragraphs = (" ".join(html_entities.unescape(chunk).split()) for chunk in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def page_titles(html: str) -> str:
    """The page's <title> and og:title, one per line: the headline as the page states it."""
    found = [" ".join(html_entities.unescape(a or b).split()) for a, b in _TITLES.findall(html[:200_000])]
    return "\n".join(dict.fromkeys(t for t in found if t))


def _text_of(element, xmltotxt) -> str:
    """One block's text, trafilatura's own serialisation."""
    tail, element.tail = element.tail, None
    try:
        return xmltotxt(element, False)
    finally:
        element.tail = tail
