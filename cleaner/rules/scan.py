"""The phrase scan: one pass of the phrase book's automaton over a document's lines finds every
literal phrase of every rule's tables, with its span in the line's lower-cased text. Lines
longer than any rule looks at are scanned only at their end, where a phrase may be glued (and a
prompt's line phrase is kept at a line's start too, glued before a sentence)."""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterator

from ..blocks import STOPS, Block
from ..casing import lower as lower_case
from ..phrases import LITERAL_KINDS, PATTERN_KINDS, PhraseBook
from .base import Rule

_TABS = str.maketrans("\t", " ")
_CHUNK = 1 << 20  # characters of text scanned at a time
_GLUED_REACH = 260  # a glued label and its headline fit in this many characters at the line's end

# Kinds a rule also looks for at the end of a long line (``glued``), and how many characters
# may follow such a phrase there: a line phrase ends the line; a label has its headline after it.
_GLUED_TAIL = {"line": 3, "labels": _GLUED_REACH}
# Tables a rule also looks for at the start of a line (``leading``), and how many characters may
# stand before such a phrase there: a prompt glued before a sentence ("Advertisement The...").
_GLUED_HEAD = {("prompts", "line"): 2}
# What the automaton scan looks for: every literal kind, and the literals that patterns require.
_SCANNED_KINDS = LITERAL_KINDS + PATTERN_KINDS


def reach_of(rules: tuple[Rule, ...]) -> dict[tuple[str, str], int]:
    """(family, kind) -> the longest line (in words) in which one of ``rules`` reads the table,
    from their declared evidence."""
    reach: dict[tuple[str, str], int] = {}
    for rule in rules:
        for family, kind, words in rule.evidence:
            reach[family, kind] = max(words, reach.get((family, kind), 0))
    return reach


def scan_phrases(blocks: list[Block], phrases: PhraseBook,
                 reach: dict[tuple[str, str], int]) -> dict[tuple[str, str], dict[int, list[tuple[int, int]]]]:
    """(family, kind) -> block index -> spans in the block's lower-cased text, from one
    automaton pass over the blocks; hits are kept in lines up to the table's ``reach``
    (``reach_of``), and at the end of longer lines where a phrase may be glued."""
    hits: dict[tuple[str, str], dict[int, list[tuple[int, int]]]] = {}
    overlap = phrases.longest
    automaton, values = phrases.automaton(_SCANNED_KINDS)
    if automaton is None:
        return hits
    plans, owner_keys = _scan_plans(values, reach)
    by_owner: dict[int, dict[int, list[tuple[int, int]]]] = {}
    longest = max(reach.values(), default=0)  # lines longer than this are scanned only at their end
    for text, index, starts, offsets, limit in _pieces(blocks, longest, overlap):
        if "\t" in text:
            text = text.translate(_TABS)
        weights = [blocks[i].weight for i in index]
        matches: list[tuple[int, int, int]] = automaton.find_matches_as_indexes(text, overlapping=True)
        for pattern, begin, end in matches:
            if begin >= limit:
                continue
            widest, owners = plans[pattern]
            k = bisect_right(starts, begin) - 1
            weight = weights[k]
            if weight > widest:
                continue  # the line is longer than any of the phrase's rules looks at
            i = index[k]
            shift = offsets[k] - starts[k]
            after = len(blocks[i].text) - (end + shift)  # characters after the phrase
            span = (begin + shift, end + shift)
            for owner, kind_reach, tail, head in owners:
                # Rules judge each kind only in lines up to a length (or glued at a line's
                # end or start): hits elsewhere are dropped here, which keeps memory flat on
                # long texts, and leaves out the phrase tables a text only holds inside words.
                if weight <= kind_reach or after <= tail or span[0] <= head:
                    found = by_owner.get(owner)
                    if found is None:
                        found = by_owner[owner] = {}
                    spans = found.get(i)
                    if spans is None:
                        found[i] = [span]
                    else:
                        spans.append(span)
    for owner, found in by_owner.items():
        hits[owner_keys[owner]] = found
    return hits


def _pieces(blocks: list[Block], max_weight: int, windows: int) -> Iterator[tuple[str, list[int], list[int], list[int], int]]:
    """The blocks' lower-cased texts, one per line, in pieces of about a megabyte:
    (text, block index of each line, where each line starts in it, the line's offset in its
    block, where matches may start). Only what a phrase scan can use goes in: blocks up to
    ``max_weight``, and the end of longer ones (``_tail``). Scanning pieces
    keeps memory flat however long the document. A line longer than a piece comes in
    windows overlapping by ``windows`` characters (a match starting in the overlap belongs
    to the next window)."""
    if blocks and blocks[-1].end - blocks[0].start < _CHUNK:  # the common case: one piece
        tails = [0 if b.weight <= max_weight else _tail(b.text, windows) for b in blocks]
        yield _piece(blocks, [b.text[tail:] if tail else b.text for b, tail in zip(blocks, tails)],
                          list(range(len(blocks))), tails)
        return
    parts: list[str] = []
    index: list[int] = []
    offsets: list[int] = []
    size = 0
    for i, block in enumerate(blocks):
        text = block.text
        offset = 0
        if block.weight > max_weight:
            offset = _tail(text, windows)
        if len(text) - offset > _CHUNK:
            for w in range(0, len(text), _CHUNK):
                yield lower_case(text[w:w + _CHUNK + windows]), [i], [0], [w], _CHUNK
            continue
        parts.append(text[offset:] if offset else text)
        index.append(i)
        offsets.append(offset)
        size += len(parts[-1]) + 1
        if size >= _CHUNK:
            yield _piece(blocks, parts, index, offsets)
            parts, index, offsets, size = [], [], [], 0
    if parts:
        yield _piece(blocks, parts, index, offsets)


def _piece(blocks: list[Block], parts: list[str], index: list[int], offsets: list[int]) -> tuple:
    text = "\n".join(parts)
    lower = lower_case(text)  # (as long as the text: the lines' lower case can be cut out of it)
    starts = _starts(parts)
    for k, i in enumerate(index):  # the rules read the same lower case line by line: cut it out
        if not offsets[k]:
            blocks[i].know_lower(lower[starts[k]:starts[k] + len(parts[k])])
    return lower, index, starts, offsets, len(lower)


def _tail(text: str, overlap: int) -> int:
    """Where the end of a long line that glued phrases may stand in begins: after its last
    sentence stop (a glued phrase follows one, and a glued headline holds none), less the
    longest phrase (which may hold a stop itself), and no further back than _GLUED_REACH."""
    last = max(text.rfind(stop) for stop in STOPS)
    return max(0, len(text) - _GLUED_REACH - overlap, last - overlap)


_PLANS: list[tuple[list, dict, list, list]] = []  # (values, reach, plans, owner keys), the latest few
_PLANS_KEPT = 16


def _scan_plans(values: list, reach: dict[tuple[str, str], int]
                ) -> tuple[list[tuple[int, tuple[tuple[int, int, int, int], ...]]], list[tuple[str, str]]]:
    """For each automaton pattern (``values``: its (family, kind) owners), what the scan checks,
    made once per automaton and ``reach``: the longest line (in words) a hit is kept in
    (unbounded when an owner also counts glued at a line's end or start), and per owner its
    number, its table's reach (-1: no rule reads it), how many characters may follow a phrase
    glued at a line's end and precede one glued at its start (-1: never glued). Owners are
    numbered (``owner keys``: number -> (family, kind)), which hash faster than pairs of strings."""
    for known, known_reach, plans, keys in _PLANS:
        if known is values and known_reach == reach:
            return plans, keys
    numbers: dict[tuple[str, str], int] = {}
    plans = []
    for owners in values:
        steps = []
        for owner in owners:
            number = numbers.setdefault(owner, len(numbers))
            steps.append((number, reach.get(owner, -1), _GLUED_TAIL.get(owner[1], -1), _GLUED_HEAD.get(owner, -1)))
        glued = any(tail >= 0 or head >= 0 for _, _, tail, head in steps)
        plans.append((_UNBOUNDED if glued else max(words for _, words, _, _ in steps), tuple(steps)))
    keys = list(numbers)
    _PLANS.append((values, dict(reach), plans, keys))
    del _PLANS[:-_PLANS_KEPT]
    return plans, keys


_UNBOUNDED = 1 << 62


def _starts(parts: list[str]) -> list[int]:
    """Where each part starts in the parts joined by one character. (Loops like this one are
    plain loops: compiled, they cost less than itertools.)"""
    starts = []
    position = 0
    for part in parts:
        starts.append(position)
        position += len(part) + 1
    return starts

