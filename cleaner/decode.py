"""bytes -> str, and HTML-or-text sniffing.

Bytes are decoded the way browsers do for HTML: a byte-order mark first, then a charset
declared in the first bytes (<meta charset> or http-equiv), then UTF-8, then a guess. A wrong
or unknown declaration never raises: decoding falls through to the next step.
"""
from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
_DOCUMENT_START = re.compile(r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_DOCUMENT_PART = re.compile(r"<(?:html|head|body|meta|title|script|style)\b", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_BLOCK_TAG = re.compile(r"</?(?:p|div|span|a|li|ul|ol|td|tr|table|br|h[1-6]|article|section|header|footer|nav|main|figure|img|blockquote|em|strong|b|i)\b[^<>]{0,2000}>", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    if name in ("utf-16", "utf-16le", "utf-16be", "unicode"):
        return "utf-8"  # a page read as bytes cannot be UTF-16 here; browsers treat it as UTF-8
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes | bytearray | memoryview | str, declared: str | None = None) -> str:
    """Text from bytes the way a careful reader would: never raises on bad bytes. ``declared``
    is a charset from outside the bytes (an HTTP header); it ranks after a byte-order mark and
    before the page's own <meta> declaration, as in browsers."""
    if isinstance(data, str):
        return data
    data = bytes(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    if declared:
        try:
            return data.decode(codecs.lookup(declared).name)
        except (LookupError, UnicodeDecodeError):
            pass  # unknown or wrong: the page and the bytes decide
    declared = declared_charset(data) if b"<" in data[:4096] else None
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: fall through
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else declared or "cp1252"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


def looks_like_html(text: str) -> bool:
    """A page or fragment of HTML rather than scraped text with a stray tag in it: a document
    start, document-level tags, or block tags dense enough to carry the text."""
    head = text[:100_000]
    if _DOCUMENT_START.match(head):
        return True
    if "<" not in head:
        return False
    tags = len(_BLOCK_TAG.findall(head))
    if _DOCUMENT_PART.search(head) and tags >= 2:
        return True
    # Text laid out in blank-line paragraphs with a tag here and there is scraped text;
    # a fragment carries its structure in tags, several per paragraph.
    paragraphs = len(_PARAGRAPH_BREAK.split(head.strip()))
    return tags >= 4 and tags >= 2 * paragraphs
