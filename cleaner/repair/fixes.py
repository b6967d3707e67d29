"""Repairs that keep correct text byte for byte: HTML entities (including the broken forms
ftfy misses), mojibake (ftfy, lossless settings, only where a cheap check finds a suspect),
and spacing.
"""
from __future__ import annotations

import html
import re
from html.entities import html5
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

    import ftfy

# "& # 39;", "& # 39 ;", "&# 8217;", "& #8217;", "& # x27;": spaces from machine translation.
_SPACED_NUMERIC = re.compile(r"&[ \t]{0,3}#[ \t]{0,3}([xX][0-9a-fA-F]{1,6}|[0-9]{1,7})[ \t]{0,3};")
# "&#39s": a numeric entity that lost its semicolon.
_BARE_NUMERIC = re.compile(r"&#([xX][0-9a-fA-F]{1,6}|[0-9]{1,7})(?![0-9A-Fa-f;])")
# "& quot;", "&quot ;": a named entity with spaces inside.
_SPACED_NAMED = re.compile(r"&[ \t]{1,3}([A-Za-z][A-Za-z0-9]{1,31})[ \t]{0,3};|&([A-Za-z][A-Za-z0-9]{1,31})[ \t]{1,3};")
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")
_NAMED = frozenset(name[:-1] for name in html5 if name.endswith(";"))

# Two characters that UTF-8 read as cp1252/latin-1 produces: a lead byte then a continuation.
_MOJIBAKE_PAIR_SOURCE = (
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_C1_SOURCE = "[\u0080-\u009f]"  # C1 controls: bytes 0x80-0x9f read as latin-1
_MOJIBAKE_HINT = re.compile(f"{_MOJIBAKE_PAIR_SOURCE}|{_C1_SOURCE}")
_MOJIBAKE_PAIR = re.compile(_MOJIBAKE_PAIR_SOURCE)
_C1_CONTROL = re.compile(_C1_SOURCE)
# The same pairs as UTF-8 read in the other single-byte codecs ftfy's repair undoes (its
# CHARMAP_ENCODINGS; a test keeps the two lists the same): "g√¢teaux" (MacRoman), "nĂˇm"
# (Windows-1250, ISO-8859-2), "Ð¿Ñ€" and "Рї" (Windows-1251)...
OTHER_CODECS = ("cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "iso-8859-2", "mac-roman", "cp437")


def _codec_pairs() -> tuple[re.Pattern, frozenset[str]]:
    """A pattern of every such pair of any two of the codecs (one class, searched fast), and the
    pairs of each codec alone, which a hit must be (a lead of one and a continuation of another
    is no mojibake)."""
    leads: set[str] = set()
    continuations: set[str] = set()
    pairs: set[str] = set()
    for codec in OTHER_CODECS:
        lead = {c for c in bytes(range(0xC2, 0xF5)).decode(codec, "ignore") if not c.isascii()}
        continuation = {c for c in bytes(range(0x80, 0xC0)).decode(codec, "ignore") if not c.isascii()}
        leads |= lead
        continuations |= continuation
        pairs |= {a + b for a in lead for b in continuation}
    hint = re.compile(f"[{re.escape(''.join(sorted(leads)))}][{re.escape(''.join(sorted(continuations)))}]")
    return hint, frozenset(pairs)


_OTHER_PAIR, _OTHER_PAIRS = _codec_pairs()


def _has_other_pair(text: str) -> bool:
    """Whether ``text`` holds a UTF-8 pair as one of ``OTHER_CODECS`` reads it."""
    for match in _OTHER_PAIR.finditer(text):
        if match.group() in _OTHER_PAIRS:
            return True
    return False


# The same pairs, C1 controls and lost no-break spaces in UTF-8 bytes: every lead is U+00C2-U+00F4
# (bytes C3 82-C3 B4), every C1 control U+0080-U+009F (C2 80-C2 9F). A pattern that starts with
# one byte is searched for that byte at C speed, where one that starts with a class tests each
# character of the text.
_PAIR_BYTES = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c]"
    rb"|\xe2\x80[\x93\x94\x98-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]|\xe2\x82\xac|\xe2\x84\xa2)")
_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")
# (an "Â" before a no-break space is a pair; before a space or a line's end, a lost one: ``_NBSP_LOST``)
_NBSP_LOST_BYTES = re.compile(rb"\xc3\x82(?=[ \t\n\r\x0b\x0c\x1c-\x1e]|\xe2\x80[\xa8\xa9]|\Z)")
# The commonest mojibake pairs, which ftfy mends wherever they stand: "â€" (UTF-8 of U+2000-
# U+203F: quotes, dashes) and Â or Ã before a Latin-1 sign (UTF-8 of U+00A0-U+00FF: "Ã©" é).
_UNAMBIGUOUS = re.compile("\u00e2\u20ac|[\u00c2\u00c3][\u00a0-\u00bf]")
# "cats.Â Your", "cats.Â" at a line end: a no-break space's UTF-8 read as cp1252 ("Â\xa0") whose
# second half a scraper already made a plain space or stripped. (Which "Â" it is: ``_lost_no_break_space``.)
# (a line ends wherever str.splitlines ends it, a form feed too: the output's line break; "Â\x85" is "…")
_NBSP_LOST = re.compile("\u00c2(?=[ \t\u00a0\r\x0b\x0c\x1c-\x1e\u2028\u2029]|$)", re.M)
# Spaces that become a plain space: a tab and the no-break ones.
_ODD_SPACES = "\t\u00a0\u2007\u202f"
_SPACES = re.compile(f"[ {_ODD_SPACES}]{{2,}}|[{_ODD_SPACES[1:]}]")
_SPACE_RUNS = re.compile("  +")  # (" {2,}" has no literal prefix: it would be tried at every space)
_FTFY: ModuleType | None = None
_FTFY_CONFIG: ftfy.TextFixerConfig | None = None


def _numeric(code: str) -> str | None:
    value = int(code[1:], 16) if code[0] in "xX" else int(code)
    if value < 32 and value not in (9, 10, 13) or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        return None
    return html.unescape(f"&#{code};")


def _canonical_numeric(m: re.Match) -> str:
    return f"&#{m.group(1)};" if _numeric(m.group(1)) is not None else m.group()


def _canonical_named(m: re.Match) -> str:
    name = m.group(1) or m.group(2)
    return f"&{name};" if name in _NAMED else m.group()


def _decode(m: re.Match) -> str:
    entity = m.group()
    if entity[1] == "#":
        decoded = _numeric(entity[2:-1])
        return entity if decoded is None else decoded
    return html.unescape(entity) if entity[1:-1] in _NAMED else entity


def fix_entities(text: str) -> str:
    """Decode entities, mending spaced and semicolon-less forms, until nothing changes
    (so ``&amp;#39;`` becomes ``'``). Bare ``&`` and unknown names stay as they are."""
    if "&" not in text or ";" not in text and "&#" not in text:
        return text  # every form but the bare numeric one ends in a semicolon
    for _ in range(4):
        mended = _SPACED_NUMERIC.sub(_canonical_numeric, text)
        mended = _BARE_NUMERIC.sub(_canonical_numeric, mended)
        mended = _SPACED_NAMED.sub(_canonical_named, mended)
        decoded = _ENTITY.sub(_decode, mended)
        if decoded == text:
            break
        text = decoded
        if "&" not in text:
            break
    return text


def _ftfy() -> ModuleType:
    """ftfy, imported when a text first needs it (most never do), with its sloppy codecs
    registered; kept, since an import statement in compiled code costs a lookup every time."""
    global _FTFY
    if _FTFY is None:
        import ftfy
        import ftfy.bad_codecs  # (registers "sloppy-windows-1252")

        _FTFY = ftfy
    return _FTFY


def _ftfy_config():
    global _FTFY_CONFIG
    if _FTFY_CONFIG is None:
        # Only the fixes that undo damage; the ones that restyle correct text are off.
        _FTFY_CONFIG = _ftfy().TextFixerConfig(
            unescape_html=False, uncurl_quotes=False, fix_character_width=False,
            fix_latin_ligatures=False, fix_line_breaks=False, normalization=None,
            remove_control_chars=False, remove_terminal_escapes=False, explain=False,
        )
    return _FTFY_CONFIG


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 decoded as cp1252/latin-1; text without a suspect pair is returned untouched.

    A line whose every suspect pair is of the commonest kinds (``_UNAMBIGUOUS``) and which
    encodes back to bytes that are valid UTF-8 is reversed directly, with ftfy's own sloppy
    cp1252 codec: two C-speed calls, where ftfy's badness heuristics cost a hundred times more
    to reach the same result. Everything else goes to ftfy."""
    if not _MOJIBAKE_HINT.search(text):
        if text.isascii():
            return text
        fixed = _ftfy().fix_text(text, _ftfy_config()) if _has_other_pair(text) else text
    else:
        fixed = _reverse_common_mojibake(text)
        if fixed is None:
            fixed = _ftfy().fix_text(text, _ftfy_config())
    if "\u00c2" in fixed:  # (after ftfy, which mends some of these itself)
        fixed = _NBSP_LOST.sub(_lost_no_break_space, fixed)
    # (ftfy reads "À\x80" as Java's two-byte NUL: a control character is not text, whatever made it)
    return remove_controls(fixed) if fixed != text and _CONTROLS.search(fixed) else fixed


def _lost_no_break_space(match: re.Match) -> str:
    """A no-break space for an "Â" that does not follow a capital letter (after which it can be
    a letter: "CÂ TE", Romanian "ROMÂNIA"; alone, it is a word in no language); the spacing
    repair then makes it a space."""
    at = match.start()
    return match.group() if at and match.string[at - 1].isupper() else "\u00a0"


def _reverse_common_mojibake(text: str) -> str | None:
    if "\ufffd" in text or "\x1a" in text:
        return None  # (the sloppy codec writes U+FFFD as byte 1A: ftfy knows what to make of it)
    _ftfy()  # (the codec)
    for _ in range(3):  # mojibake of mojibake: "Ã¢â‚¬â„¢" -> "â€™" -> "’"
        if not all(_UNAMBIGUOUS.fullmatch(m.group()) for m in _MOJIBAKE_HINT.finditer(text)):
            return None
        try:
            text = text.encode("sloppy-windows-1252").decode("utf-8")
        except UnicodeError:
            return None
        if not _MOJIBAKE_HINT.search(text):
            return text
    return None


def may_hold_mojibake(text: str, data: bytes) -> bool:
    """Whether ``text`` (``data``: its UTF-8) holds a character pair that mojibake produces
    (regular expressions, no ftfy). Every lead character is U+0080-U+00F4, whose UTF-8 starts
    with byte C2 or C3: without those (English with curly quotes) a byte search says no. The
    pairs, C1 controls and lost no-break spaces are looked for in the bytes, apart: three
    searches that each start with a byte cost less than one of the alternation."""
    if text.isascii():
        return False
    if (b"\xc2" in data or b"\xc3" in data) and (
            _PAIR_BYTES.search(data) or _C1_BYTES.search(data) or _NBSP_LOST_BYTES.search(data)):
        return True
    return _has_other_pair(text)


def may_need_spacing(text: str) -> bool:
    """Whether ``text`` has a no-break space or a run of spaces (plain substring tests)."""
    return "  " in text or _has_odd_space(text)


def _has_odd_space(text: str) -> bool:
    """A tab or a no-break space (a loop of substring tests: faster than a pattern)."""
    for space in _ODD_SPACES:
        if space in text:
            return True
    return False


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
_CONTROL_BYTES = bytes([*range(0x09), 0x0b, *range(0x0e, 0x20), 0x7f])  # the ASCII ones (U+FFFE/F: EF BF BE/BF)


def may_hold_controls(data: bytes) -> bool:
    """Whether a text (``data``: its UTF-8) holds a control character: deleting the ASCII ones
    from the bytes and comparing lengths is faster than searching the text. (U+FFFE and U+FFFF
    are looked for only after their first byte, which most texts do not hold.)"""
    return len(data.translate(None, _CONTROL_BYTES)) != len(data) or (
        b"\xef" in data and (b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data))


# Where in a text each repair may be needed (a superset: the fix itself decides). A kind may have
# several patterns, each searched alone: a pattern that starts with a literal or a class of rare
# characters is scanned fast, while an alternation is tried at every space or letter.
TRIGGERS = {
    "controls": (_CONTROLS,),
    "entities": (re.compile("&"),),
    "mojibake": (_MOJIBAKE_PAIR, _C1_CONTROL, _OTHER_PAIR, _NBSP_LOST),
    "spaces": (re.compile("  "), re.compile(f"[{_ODD_SPACES}]")),  # (a tab is an odd space: [ \t]{2} needs no more)
}


def remove_controls(text: str) -> str:
    """NUL and other control characters (tabs, line and page breaks aside) are not text."""
    return _CONTROLS.sub("", text)


def normalize_spaces(text: str) -> str:
    """No-break spaces become spaces; runs of spaces inside a line become one. (When plain
    spaces are all there is, a pattern that starts with two of them is searched much faster.)"""
    if _has_odd_space(text):
        return _SPACES.sub(" ", text)
    return _SPACE_RUNS.sub(" ", text) if "  " in text else text
