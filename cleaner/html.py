"""HTML page -> article text blocks, through trafilatura's tree (not its text output), so
paragraph boundaries, headings, list items, quotes and table rows reach the rules as blocks.

trafilatura runs in its fast mode (no fallback extractors) with favor_recall: our rules do the
precision work afterwards, and losing article text is worse than keeping a junk line. Comments
are never extracted. Nothing is fetched: the page is parsed as given, without network access.
"""
from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass

# trafilatura's tree tags -> our block kinds
_KINDS = {"head": "heading", "p": "text", "list": "list", "item": "list", "quote": "quote",
          "table": "table", "row": "table", "code": "code", "graphic": "caption"}
_SPLIT_INTO_CHILDREN = {"list": "item", "table": "row"}
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
    #: per paragraph, the share of its characters that are the text of a link on the page
    link_density: tuple[float, ...] = ()


def extract(html: str) -> Extracted:
    """Article blocks of an HTML page or fragment; empty when trafilatura finds no body."""
    import trafilatura
    from trafilatura.xml import xmltotxt

    document = trafilatura.bare_extraction(
        html, fast=True, favor_recall=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, with_metadata=False,
    )
    body = getattr(document, "body", None)
    if body is None:
        return Extracted("", ())
    paragraphs: list[str] = []
    kinds: list[str] = []
    for element in body:
        children = [c for c in element if c.tag == _SPLIT_INTO_CHILDREN.get(element.tag)]
        for part in children or [element]:
            text = _text_of(part, xmltotxt)
            if text:
                paragraphs.append(text)
                kinds.append(_KINDS.get(part.tag, "text"))
        loose = " ".join((element.tail or "").split())
        if loose:  # text between blocks that trafilatura left unwrapped
            paragraphs.append(loose)
            kinds.append("text")
    anchors = anchor_texts(html)
    density = tuple(link_density(p, anchors) if len(p) <= 400 else 0.0 for p in paragraphs)
    return Extracted("\n\n".join(paragraphs), tuple(kinds), page_titles(html), density)


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


def page_titles(html: str) -> str:
    """The page's <title> and og:title, one per line: the headline as the page states it."""
    found = [" ".join(html_entities.unescape(a or b).split()) for a, b in _TITLES.findall(html[:200_000])]
    return "\n".join(dict.fromkeys(t for t in found if t))


def _text_of(element, xmltotxt) -> str:
    """One block's text, trafilatura's own serialisation; blank lines inside become line breaks."""
    tail, element.tail = element.tail, None
    try:
        text = xmltotxt(element, False)
    finally:
        element.tail = tail
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
