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
# (Possessive: a comment ends at its first "-->", never later, or comments in a row would
# give the engine every way to group them.)
_DOCUMENT_START = re.compile(r"\A\s*+(?:<\?xml[^>]{0,200}+>\s*+)?+(?:<!--(?:[^-]|-(?!->)){0,2000}+-->\s*+)*+"
                             r"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
# (not <script> or <style>: scraped text keeps their remnants, as it keeps stray tags)
_DOCUMENT_PART = re.compile(r"<(?:html|head|body|meta|title)\b", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# (A tag's name ends at a space, "/" or ">", as for the markup rule: "</li’’’>" is neither.)
_BLOCK_TAG = re.compile(r"</?(?:p|div|span|a|li|ul|ol|td|tr|table|br|h[1-6]|article|section|header|footer|nav|main|figure|img|blockquote|em|strong|b|i)(?=[\s/>])[^<>]{0,2000}>", re.I)


# Formats that are not text, by their first bytes: (magic, offset, name).
_MAGIC = (
    (b"%PDF-", 0, "a PDF document"), (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"), (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"), (b"GIF89a", 0, "a GIF image"), (b"PK\x03\x04", 0, "a ZIP archive (or an Office file)"),
    (b"\x1f\x8b", 0, "gzip-compressed data"), (b"\x28\xb5\x2f\xfd", 0, "zstd-compressed data"),
    (b"BZh", 0, "bzip2-compressed data"), (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"), (b"Rar!", 0, "a RAR archive"),
    (b"\x7fELF", 0, "an executable (ELF)"), (b"MZ", 0, "an executable (Windows)"), (b"WEBP", 8, "a WebP image"),
    (b"ftyp", 4, "a video (MP4/MOV)"), (b"ID3", 0, "an MP3 audio file"), (b"OggS", 0, "an Ogg audio/video file"),
    (b"\x00asm", 0, "WebAssembly"), (b"SQLite format 3", 0, "an SQLite database"), (b"\xd0\xcf\x11\xe0", 0, "an old Office file"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")


def binary_kind(data: bytes) -> str | None:
    """What a non-text input is ("a PDF document"), or None for text. Magic numbers first,
    then the share of control bytes; UTF-16 (NULs in every other byte) is text."""
    head = data[:4096]
    for magic, offset, name in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            if magic == b"MZ" and b"This program" not in data[:1024]:
                continue  # "MZ" opens some texts too
            return name
    if not head or utf16_order(head):
        return None
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return "binary data (control bytes)" if controls > len(head) * 0.1 else None


def utf16_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when mostly-ASCII text was saved as UTF-16 without a BOM."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    return None


def _cp1252_fallback(error: UnicodeError) -> tuple[str | bytes, int]:
    """Decode the bytes that are not UTF-8 as cp1252 (latin-1 where cp1252 has no character):
    a file that mixes UTF-8 and Windows text keeps both."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(chr(b) if b in _CP1252_HOLES else bytes((b,)).decode("cp1252") for b in bad), error.end


_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
codecs.register_error("cleaner-cp1252", _cp1252_fallback)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


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
    order = utf16_order(data)
    if order:
        return data.decode(order, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(data):  # some UTF-8 and some not: mixed encodings, keep both
        return data.decode("utf-8", errors="cleaner-cp1252")
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
