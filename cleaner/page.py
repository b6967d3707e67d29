"""What an HTML page says of itself: its visible text block by block, the region it marks as
its main content (or the element that holds most of its paragraphs), the schema.org types it
declares, the words on its controls, and its size in words. (Read from the lxml tree
``html.parse`` makes; walked without recursion, so depth does not matter.)"""
from __future__ import annotations

import re
from typing import Any

from . import datafiles


def words(text: str) -> int:
    """Words as a measure: runs of non-space (split at C speed)."""
    return len(text.split())


# Text a reader never sees: in scripts, styles, templates, drawings (<noscript> counts: some
# pages serve their content there to readers without JavaScript).
_HIDDEN_TEXT = ".//script//text()|.//style//text()|.//template//text()|.//svg//text()"


def page_words(tree) -> int:
    """Words of the page's body text (the whole page's when it has no body), counted by lxml (a
    measure, not the text itself): all of its text, less the hidden text's."""
    if tree is None or isinstance(tree, str):
        return 0
    try:
        node = (tree.xpath("//body") or [tree])[0]
        return max(0, words(node.xpath("string(.)")) - words(" ".join(node.xpath(_HIDDEN_TEXT))))
    except Exception:  # (an XPath error on a tree lxml built: a measure of nothing)
        return 0


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


def is_product(tree, types: frozenset[str] | None = None) -> bool:
    """Whether the page declares a product, and no article: its marked region then holds the
    shop around the description the extractor chose (variants, prices, recommendations, reviews).
    (``types``: its ``declared_types``, when the caller has them.)"""
    types = declared_types(tree) if types is None else types
    return not types.isdisjoint(datafiles.words("product_types.txt")) and types.isdisjoint(
        datafiles.words("article_types.txt"))


def is_discussion(tree, types: frozenset[str] | None = None) -> bool:
    """Whether the page declares itself a discussion (a forum thread, questions and answers)."""
    types = declared_types(tree) if types is None else types
    return not types.isdisjoint(datafiles.words("discussion_types.txt"))


def main_region(tree, types: frozenset[str] | None = None) -> list[tuple[str, str]]:
    """The blocks (text, kind) of the region the page marks as its main content: its <main>
    (or role="main"), else its only <article>; empty when it marks none. (``types``: the page's
    ``declared_types``, when the caller has them.)"""
    if tree is None or isinstance(tree, str):
        return []
    found = tree.xpath(_MAIN_REGION)
    if not found:
        articles = tree.xpath("//article")
        found = articles if len(articles) == 1 else []
    if not found:
        return []
    return content_blocks(found[0], comment_sections(found[0], tree, types))


def content_blocks(region, comments: set) -> list[tuple[str, str]]:
    """The visible blocks of a region, without its menus, asides, footers, forms and the
    ``comments`` (``comment_sections``: those of the region, or of any element holding it)."""
    return visible_blocks(region, _NOT_CONTENT, _NOT_CONTENT_ROLES, comments)


def comment_sections(region, tree, types: frozenset[str] | None) -> set:
    """The comment sections in a region, found as trafilatura finds them; none on a discussion
    page, where they are its content."""
    from trafilatura.xpaths import REMOVE_COMMENTS_AND_LISTS_XPATH

    return set() if is_discussion(tree, types) else {
        element for xpath in REMOVE_COMMENTS_AND_LISTS_XPATH for element in xpath(region)}


def paragraph_element(root, comments: set) -> tuple[Any, int]:
    """The deepest element below <body> that holds most of the page's paragraph words (those of
    its <p> elements outside menus, asides, footers, forms and the ``comments``), and those
    words: a region the page does not mark, as a list of cards (an <article> each) holds a
    story's sections. None when only <body> holds them. (``root``: the page's root element. One
    walk of the tree: each element's words are its children's sum.)"""
    from lxml import etree

    held: dict = {}
    walker = etree.iterwalk(root, events=("start", "end"))
    for action, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _NOT_CONTENT or element.get("role") in _NOT_CONTENT_ROLES or element in comments:
            if action == "start":
                walker.skip_subtree()  # (its end comes too, right after its start: it counts nothing)
            continue
        if action == "end":
            count = words(element.text_content()) if tag == "p" else held.get(element, 0)
            held[element] = count
            parent = element.getparent()
            if parent is not None and count:
                held[parent] = held.get(parent, 0) + count
    total = held.get(root, 0)
    node = root
    while total:
        child = next((c for c in node if held.get(c, 0) > _MOST * total), None)
        if child is None:
            break
        node = child
    return (None, 0) if node.tag in ("html", "body") or not total else (node, held[node])


_MOST = 0.6  # of the page's paragraph words: the region that holds them


BLOCKS = frozenset("address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
                    "header hr li main nav ol p pre section table td th tr ul".split())
_SKIP = frozenset("script style noscript template head title iframe svg select option".split())
_BLOCK_KINDS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
                "li": "list", "dt": "list", "dd": "list", "td": "table", "th": "table", "tr": "table",
                "blockquote": "quote", "pre": "code", "figcaption": "caption"}


# The page's controls: buttons, form labels, a list's options, a form button's or a field's words.
_CONTROLS = ("//button|//label|//select//option|//input[@type='submit' or @type='button' or @type='reset']/@value"
             "|//input/@placeholder|//textarea/@placeholder")
_HEADINGS = "//h1|//h2|//h3|//h4|//h5|//h6"
_CONTROL_CHARS = 80  # the longest control label kept (a button's words, not a form's text)


def control_texts(tree) -> frozenset[str]:
    """The words on the page's controls (buttons, form labels, options, fields' placeholders),
    lower-cased with single spaces; not those a heading also carries (an accordion's heading is
    its button)."""
    if tree is None or isinstance(tree, str):
        return frozenset()
    try:
        found = {_label(node) for node in tree.xpath(_CONTROLS)}
        found -= {_label(node) for node in tree.xpath(_HEADINGS)}
    except Exception:  # (an XPath error on a tree lxml built: no controls read)
        return frozenset()
    return frozenset(text for text in found if 0 < len(text) <= _CONTROL_CHARS)


def _label(node) -> str:
    text = node if isinstance(node, str) else node.text_content()
    return " ".join(text.split()).lower()


def page_text(tree) -> str:
    """All the visible text of a page, one blank line between blocks: the fallback when the
    extractor finds nothing. Walks the tree without recursion, so depth does not matter."""
    return "\n\n".join(text for text, _ in visible_blocks(tree))


def visible_blocks(root, skip: frozenset[str] = frozenset(), skip_roles: frozenset[str] = frozenset(),
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
                if tag in skip or tag in BLOCKS and element in skip_elements:
                    flush()
                if element.tail and element is not root:
                    parts.append(element.tail)
            continue
        if action == "start":
            if tag in BLOCKS:
                flush()
                open_kinds.append(_BLOCK_KINDS.get(tag, open_kinds[-1] if tag in ("br", "hr") else "text"))
            if element.text:
                parts.append(element.text)
        else:
            if tag in BLOCKS:
                flush()
                open_kinds.pop()
            if element.tail and element is not root:
                parts.append(element.tail)
    flush()
    return blocks
