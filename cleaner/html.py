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
from dataclasses import dataclass

from . import datafiles
from .markup import COMMENT, element_pattern

# trafilatura's tree tags -> our block kinds
_KINDS = {"head": "heading", "p": "text", "list": "list", "item": "list", "quote": "quote",
          "table": "table", "row": "table", "code": "code", "graphic": "caption"}
_SPLIT_INTO_CHILDREN = {"list": "item", "table": "row"}
_PARSER = None
# A fast extract with fewer words than this share of the page's, or than this many words, may
# have kept a fragment: trafilatura's full mode (its fallback extractors) then decides.
_SUSPECT_SHARE = 0.2
_SUSPECT_WORDS = 100
_SENTENCE_WORDS = 10
_BOOK_WORDS = 100_000
# An extract with fewer words than this share of the page's main region is a fragment of it.
_FRAGMENT_OF_MAIN = 1 / 3
_ANCHOR = re.compile(r"<a\b[^>]{0,2000}>([^<]{0,1000}(?:<(?!/a\s*>)[^<]{0,1000}){0,50})</a\s*>", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")
_TITLES = re.compile(
    r"""<title[^>]{0,200}>([^<]{1,500})</title>|<meta[^>]{1,200}?property=["']og:title["'][^>]{0,50}?content=["']([^"']{1,500})""",
    re.I)


@dataclass(frozen=True)
class Extracted:
    """The page's article text (paragraphs one blank line apart) and each paragraph's kind."""

    text: str
    kinds: tuple[str, ...]
    title: str = ""
    #: True when trafilatura found nothing and the page's whole text was taken instead: the
    #: text then goes through the rules for scraped text, which find the article in it
    fallback: bool = False
    #: per paragraph, the share of its characters that are the text of a link on the page
    link_density: tuple[float, ...] = ()
    #: how the blocks were chosen, when not by trafilatura's fast mode alone (for the notes)
    note: str = ""


def extract(html: str) -> Extracted:
    """Article blocks of an HTML page or fragment. When trafilatura finds nothing (or cannot walk
    the page), the page's whole text instead, flagged ``fallback``: the article is never lost."""
    tree = parse(html)
    page_words = _page_words(tree)
    note = ""
    region: list[tuple[str, str]] | None = None  # (read once, when first needed)
    try:
        paragraphs, kinds = _article_blocks(tree, fast=True)
        # The marked region first: a fragment of it needs no second extraction to be told apart.
        for fast in (True, False):
            found = _words("\n".join(paragraphs))
            # (the region is part of the page: an extract holding a third of the page holds a third of it)
            if region is None and found < _FRAGMENT_OF_MAIN * page_words:
                region = main_region(tree) if not is_product(tree) else []
            held = _words("\n".join(text for text, _ in region or ()))
            if paragraphs and found < _FRAGMENT_OF_MAIN * held:
                paragraphs, kinds = [text for text, _ in region or ()], [kind for _, kind in region or ()]
                note = f"the extract held {found} of the {held} words of the page's main region: the region was taken"
                break
            # (a second look needs a sentence more on the page than the extract holds; a page of a
            # book's length is no article page, and the fallbacks re-read it at 0.7 s a MB)
            if not fast or found >= _SUSPECT_WORDS and found >= _SUSPECT_SHARE * page_words \
                    or not found + _SENTENCE_WORDS <= page_words <= _BOOK_WORDS:
                break
            paragraphs, kinds = _article_blocks(tree, fast=False)
            note = (f"trafilatura's fast extract held {found} of the page's {page_words} words: "
                    f"its full mode (fallback extractors) chose the blocks")
    except Exception:  # a tree it cannot walk (recursion depth...)
        paragraphs, kinds = [], []
    if not paragraphs:
        # lxml stops at a nesting depth of 2048: past that, read the markup without a tree.
        text = page_text(tree) or markup_text(html)
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        return Extracted("\n\n".join(paragraphs), ("text",) * len(paragraphs), title=page_titles(html),
                         fallback=bool(paragraphs))
    anchors = anchor_texts(html)
    density = tuple(link_density(p, anchors) if len(p) <= 400 else 0.0 for p in paragraphs)
    return Extracted("\n\n".join(paragraphs), tuple(kinds), title=page_titles(html), link_density=density, note=note)


def _words(text: str) -> int:
    """Words as a measure: runs of non-space (split at C speed)."""
    return len(text.split())


# Text a reader never sees: in scripts, styles, templates, drawings (<noscript> counts: some
# pages serve their content there to readers without JavaScript).
_HIDDEN_TEXT = ".//script//text()|.//style//text()|.//template//text()|.//svg//text()"


def _page_words(tree) -> int:
    """Words of the page's body text (the whole page's when it has no body), counted by lxml (a
    measure, not the text itself): all of its text, less the hidden text's."""
    if tree is None or isinstance(tree, str):
        return 0
    try:
        node = (tree.xpath("//body") or [tree])[0]
        return max(0, _words(node.xpath("string(.)")) - _words(" ".join(node.xpath(_HIDDEN_TEXT))))
    except Exception:  # (an XPath error on a tree lxml built: a measure of nothing)
        return 0


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


_MAIN_REGION = "//main|//*[@role='main']"
# Inside the main region, what is not its content: navigation, asides, footers, forms.
_NOT_CONTENT = frozenset("nav aside footer form".split())
_NOT_CONTENT_ROLES = frozenset("navigation complementary contentinfo search".split())


_LD_TYPE = re.compile(r'"@type"\s*+:\s*+\[?+\s*+"([A-Za-z]{1,60}+)"')


def declared_types(tree) -> frozenset[str]:
    """The schema.org types the page declares itself or its parts to be, in JSON-LD or microdata."""
    if tree is None or isinstance(tree, str):
        return frozenset()
    types = set()
    for script in tree.iterfind(".//script"):
        if script.text and script.get("type", "").lower() == "application/ld+json":
            types.update(_LD_TYPE.findall(script.text))
    types.update(element.get("itemtype", "").rsplit("/", 1)[-1] for element in tree.iterfind(".//*[@itemtype]"))
    return frozenset(types)


def is_product(tree) -> bool:
    """Whether the page declares a product, and no article: its marked region then holds the
    shop around the description the extractor chose (variants, prices, recommendations, reviews)."""
    types = declared_types(tree)
    return not types.isdisjoint(datafiles.words("product_types.txt")) and types.isdisjoint(
        datafiles.words("article_types.txt"))


def is_discussion(tree) -> bool:
    """Whether the page declares itself a discussion (a forum thread, questions and answers)."""
    return not declared_types(tree).isdisjoint(datafiles.words("discussion_types.txt"))


def main_region(tree) -> list[tuple[str, str]]:
    """The blocks (text, kind) of the region the page marks as its main content: its <main>
    (or role="main"), else its only <article>; empty when it marks none."""
    if tree is None or isinstance(tree, str):
        return []
    found = tree.xpath(_MAIN_REGION)
    if not found:
        articles = tree.xpath("//article")
        found = articles if len(articles) == 1 else []
    if not found:
        return []
    from trafilatura.xpaths import REMOVE_COMMENTS_AND_LISTS_XPATH

    # Comment sections, found as trafilatura finds them; on a discussion page they are its content.
    comments = set() if is_discussion(tree) else {
        element for xpath in REMOVE_COMMENTS_AND_LISTS_XPATH for element in xpath(found[0])}
    return _visible_blocks(found[0], _NOT_CONTENT, _NOT_CONTENT_ROLES, comments)


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


_BLOCKS = frozenset("address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
                    "header hr li main nav ol p pre section table td th tr ul".split())
_SKIP = frozenset("script style noscript template head title iframe svg select option".split())
_BLOCK_KINDS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
                "li": "list", "dt": "list", "dd": "list", "td": "table", "th": "table", "tr": "table",
                "blockquote": "quote", "pre": "code", "figcaption": "caption"}


def page_text(tree) -> str:
    """All the visible text of a page, one blank line between blocks: the fallback when the
    extractor finds nothing. Walks the tree without recursion, so depth does not matter."""
    return "\n\n".join(text for text, _ in _visible_blocks(tree))


def _visible_blocks(root, skip: frozenset[str] = frozenset(), skip_roles: frozenset[str] = frozenset(),
                    skip_elements: set | frozenset = frozenset()) -> list[tuple[str, str]]:
    """The visible text under ``root``, block by block, each with its kind (from the innermost
    block element holding it); elements named in ``skip``, with a role in ``skip_roles``, or in
    ``skip_elements`` are left out with their contents."""
    if root is None or isinstance(root, str):
        return []
    from lxml import etree

    parts: list[str] = []
    blocks: list[tuple[str, str]] = []
    open_kinds = ["text"]

    def flush() -> None:
        for chunk in "".join(parts).split("\n\n"):  # (a text's own blank lines part it too)
            text = " ".join(chunk.split())
            if text:
                blocks.append((text, open_kinds[-1]))
        parts.clear()

    def skipped(element, tag: str) -> bool:
        return (tag in _SKIP or tag in skip or bool(skip_roles) and element.get("role") in skip_roles
                or element in skip_elements)

    walker = etree.iterwalk(root, events=("start", "end"))
    for action, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if skipped(element, tag):  # (its end comes too, right after its start)
            if action == "start":
                walker.skip_subtree()
            else:
                if tag in skip or tag in _BLOCKS and element in skip_elements:
                    flush()
                if element.tail and element is not root:
                    parts.append(element.tail)
            continue
        if action == "start":
            if tag in _BLOCKS:
                flush()
                open_kinds.append(_BLOCK_KINDS.get(tag, open_kinds[-1] if tag in ("br", "hr") else "text"))
            if element.text:
                parts.append(element.text)
        else:
            if tag in _BLOCKS:
                flush()
                open_kinds.pop()
            if element.tail and element is not root:
                parts.append(element.tail)
    flush()
    return blocks


_SKIPPED_ELEMENTS = re.compile("|".join([*map(element_pattern, ("script", "style", "noscript", "template", "head", "title", "svg")),
                                         COMMENT]), re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(_BLOCKS)) + r")\b[^>]{0,2000}>", re.I)
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
