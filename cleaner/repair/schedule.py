"""Which repairs a document needs, on which lines, in what order and within what budget.

Most documents need none: one look at the whole text says which kinds of repair can be needed
at all, and then only the lines holding a trigger of those kinds are touched. Markup goes
first on a line, then entities, mojibake and spacing; a long line (a page whose line breaks
were lost) is repaired piece by piece, and only the pieces holding a trigger.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..blocks import STOPS, Block
from ..markup import (
    BLOB_TRIGGER,
    find_markup,
    may_be_identifier,
    may_hold_blob,
    may_hold_markup,
    strip_spans,
    whole_markup,
)
from ..markup import REASONS as MARKUP_REASONS
from ..markup import TRIGGER as MARKUP_TRIGGER
from ..options import Options
from ..result import Removal, Repair
from .fixes import TRIGGERS as REPAIR_TRIGGERS
from .fixes import (
    fix_entities,
    fix_mojibake,
    may_hold_controls,
    may_hold_mojibake,
    may_need_spacing,
    normalize_spaces,
    remove_controls,
)

# Repair rounds on one line: at most this many, and no more than the budget of characters
# (regular-expression work) allows, so that a line built to nest forever stays linear.
_REPAIR_ROUNDS = 64
_REPAIR_BUDGET = 200_000
# Beyond those, a line still changing (markup nested deeper than its rounds) may take more from
# the document's budget: ten times the document's length in characters, so that the whole stays
# linear, and a clean of the output has nothing left to undo.
_REPAIR_POOL_PER_CHAR = 10
_MOST_REPAIR_ROUNDS = 4096
_PIECEWISE_FROM = 1 << 16  # characters from which a line is repaired piece by piece
_PIECE_SIZE = 4096  # characters: the pieces of a long line are about a paragraph or a few
_PIECE_CUT = re.compile(f"[{STOPS}] (?=\\S)")  # a sentence stop, and the space after it
_BLOB_ONLY = frozenset({"markup.blob"})
_BREAKS = "\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"  # where str.splitlines cuts (a class's contents)
_LINE_BREAKS = re.compile(f"(?<![ \t])[ \t]*+[{_BREAKS}]++[ \t]*+")  # (from a run of spaces' first only)
_LINE_BREAK = re.compile(f"[{_BREAKS}]")  # (searched first: a class is found quickly in a long line)
_CONTROL_BREAK = re.compile("[\x0b\x1c-\x1e]")  # the line breaks ``remove_controls`` would delete


class Budget:
    """The characters of regular-expression work a document may still spend on lines that keep
    changing after their own rounds."""

    __slots__ = ("left",)

    def __init__(self, characters: int):
        self.left = characters

    def spend(self, characters: int) -> bool:
        """Take ``characters`` from the budget, when it holds that many."""
        if self.left < characters:
            return False
        self.left -= characters
        return True


class Plan:
    """A document's repairs: the steps in the order they run ((kind, fix) pairs), the patterns
    that find the lines needing them (markup's among them), and the markup rules switched on."""

    __slots__ = ("markup", "steps", "triggers")

    def __init__(self, steps: list, triggers: list, markup: frozenset[str]):
        self.steps = steps
        self.triggers = triggers
        self.markup = markup


def plan(text: str, data: bytes, markup_rules: frozenset[str], options: Options) -> Plan:
    """Which repairs this document can need at all, from one look at the whole text (``data``:
    its UTF-8; ``markup_rules``: the markup rules switched on)."""
    tags = bool(markup_rules) and may_hold_markup(text)  # tags, attributes
    blobs = "markup.blob" in markup_rules and may_hold_blob(data)  # embedded data
    markup = tags or blobs
    steps = []  # (kind, fix), in the order they run
    found = []  # the kinds the text itself shows a need for
    if may_hold_controls(data):  # first: a control character between bytes hides mojibake
        steps.append(("controls", remove_controls))
        found.append("controls")
        # What the later steps will see: each line apart (a control that is a line break stays
        # one; a C1 break, U+0085, is no control: it stays, as a hint of mojibake).
        text = remove_controls(_CONTROL_BREAK.sub("\n", text))
        data = text.encode("utf-8", "surrogatepass")
    # A repair can make work for the next ("&Atilde;&copy;" decodes to mojibake, ftfy mends
    # "Â " into a no-break space): once one step runs, a line runs the later ones too. The
    # triggers that pick the lines stay what the text itself shows.
    for kind, fix, enabled, needed in (
            ("entities", fix_entities, options.fix_entities, options.fix_entities and "&" in text),
            ("mojibake", fix_mojibake, options.fix_encoding, options.fix_encoding and may_hold_mojibake(text, data)),
            ("spaces", normalize_spaces, options.normalize_spaces, options.normalize_spaces and may_need_spacing(text))):
        if needed:
            found.append(kind)
        if enabled and (kind in found or steps or markup):  # (taking a tag out can leave two spaces)
            steps.append((kind, fix))
    return Plan(steps, [*(pattern for kind in found for pattern in REPAIR_TRIGGERS[kind]),
                        *([MARKUP_TRIGGER] if tags else []), *([BLOB_TRIGGER] if blobs else [])], markup_rules)


def repair_blocks(text: str, data: bytes, blocks: list[Block], markup_rules: frozenset[str], options: Options,
                  removed: list[Removal], repairs: list[Repair]) -> None:
    """Repair the blocks of ``text`` (``data``: its UTF-8) that need it, in place, recording each
    markup removal in ``removed`` and each repair in ``repairs``."""
    chosen = plan(text, data, markup_rules, options)
    needy = _lines_holding(text, blocks, chosen.triggers)  # block -> the triggers found in it
    if "markup.identifier" in markup_rules:  # a line of one token may be a CSS identifier even in clean text
        for i, b in enumerate(blocks):
            if (" " not in b.text or b.text[0] in "-*•") and may_be_identifier(b.text):
                needy.setdefault(i, [])
    budget = Budget(max(_REPAIR_BUDGET, _REPAIR_POOL_PER_CHAR * len(text)))
    for i in sorted(needy):
        _repair_line(blocks[i], chosen, needy[i], budget, removed, repairs)


def _lines_holding(text: str, blocks: list[Block], patterns: list) -> dict[int, list]:
    """The blocks whose span in ``text`` holds a match of one of ``patterns``, each with the
    patterns that match in it: one search per such block and pattern, however many matches it holds."""
    found: dict[int, list] = {}
    starts = [b.start for b in blocks] if patterns else []
    for pattern in patterns:
        position = 0
        while (match := pattern.search(text, position)) is not None:
            k = bisect_right(starts, match.start()) - 1
            if k >= 0 and match.start() < blocks[k].end:
                found.setdefault(k, []).append(pattern)
                position = max(match.end(), blocks[k].end)
            else:
                position = match.end()
    return found


def _pieces(line: str, triggers: list) -> list[tuple[int, int, bool]]:
    """A long line in pieces for repairs: (start, end, whether a trigger stands in it). Pieces are
    ``_PIECE_SIZE`` characters and up to the end of that sentence: a cut is the space after a
    sentence stop, never inside markup a finder must see whole (a tag or a bracket to its closing
    character, script, style and comments with their content, attribute pairs, caption
    shortcodes), so that no repair reaches across a cut. Only the stops near each piece's end are
    looked for (all of them cost a pattern's slow scan of the whole line)."""
    first = _PIECE_CUT.search(line, _PIECE_SIZE)
    if first is None:
        return [(0, len(line), True)]  # (the line is repaired because it holds a trigger)
    zones: list[tuple[int, int]] = []
    for needs, pattern in whole_markup():
        if needs in line:
            zones.extend((m.start(), m.end()) for m in pattern.finditer(line))
    zones.sort()
    cuts = [0]
    z = 0
    reach = 0  # the furthest end of the zones starting before the cut
    found: re.Match | None = first
    while found is not None:
        cut = found.start() + 1
        while z < len(zones) and zones[z][0] < cut:
            reach = max(reach, zones[z][1])
            z += 1
        if reach > cut:  # inside markup: the next stop from its end
            found = _PIECE_CUT.search(line, reach - 1)
            continue
        cuts.append(cut)
        found = _PIECE_CUT.search(line, cut + _PIECE_SIZE)
    cuts.append(len(line))
    needed = [False] * (len(cuts) - 1)
    for pattern in triggers:
        for match in pattern.finditer(line):
            needed[bisect_right(cuts, match.start()) - 1] = True
    return [(cuts[k], cuts[k + 1], needed[k]) for k in range(len(cuts) - 1)]


def _repair_line(block: Block, chosen: Plan, triggers: list, budget: Budget, removed: list[Removal],
                 repairs: list[Repair]) -> None:
    """Markup out first, then entities, mojibake and spacing, on this line only (``triggers``:
    the patterns found in it)."""
    original = block.text
    markup = chosen.markup
    if "markup.blob" in markup and BLOB_TRIGGER not in triggers:  # (no base64 scan of every line with a tag)
        markup = markup - _BLOB_ONLY
    # Rounds as the whole line's length allows: its pieces together do no more work than it would.
    rounds = min(_REPAIR_ROUNDS, max(2, _REPAIR_BUDGET // max(len(original), 1)))
    if len(original) < _PIECEWISE_FROM:
        text = _repair_piece(original, block.start, rounds, budget, markup, chosen.steps, removed, repairs)
    else:
        parts = []
        for start, end, needed in _pieces(original, triggers):
            piece = original[start:end]
            parts.append(_repair_piece(piece, block.start + start, rounds, budget, markup, chosen.steps, removed,
                                       repairs)
                         if needed else piece)
        text = "".join(parts)
    if text.strip() != original:
        # A repair can make a line break ("â€©" is U+2029): the line stays one line, as a
        # second clean of the output must read it.
        block.set_text((_LINE_BREAKS.sub(" ", text) if _LINE_BREAK.search(text) else text).strip())
    if not block.text.strip() and original.strip() and "markup.empty" in markup:
        block.remove("markup.empty")
        if not any(r.start >= block.start and r.end <= block.end for r in removed[-8:]):
            removed.append(Removal("markup.empty", MARKUP_REASONS["markup.empty"], original, block.start, block.end))


def _repair_piece(original: str, at: int, rounds: int, budget: Budget, markup: frozenset[str], steps: list,
                  removed: list[Removal], repairs: list[Repair]) -> str:
    """The repairs of one line (or piece of a long one, ``at`` its place in the input): each
    step, and the whole again until nothing changes, since one repair can make work for
    another ("<im<b>g>" is a tag once <b> is out, "&\u00a0# 39;" an entity once spaces are
    mended). Each round shortens the text; ``rounds`` of them, then more while the text
    changes and the document's ``budget`` lasts, so that a line built to nest forever stays linear."""
    text = original
    end_at = at + len(original)
    settled: dict[str, str] = {}  # step -> a text it was tried on and left as it was
    round_ = 0
    while round_ < rounds or round_ < _MOST_REPAIR_ROUNDS and budget.spend(len(text)):
        before = text
        if markup and settled.get("markup") != text:
            spans = find_markup(text, markup)
            for start, end, rule in spans:
                if round_ == 0:
                    reason = MARKUP_REASONS[rule] + (f", {end - start} characters" if rule == "markup.blob" else "")
                    removed.append(Removal(rule, reason, text[start:end], at + start, at + end))
                else:
                    removed.append(Removal(rule, MARKUP_REASONS[rule] + " (formed when other repairs were made; "
                                           "span is the line)", original, at, end_at))
            if not spans:
                settled["markup"] = text
            text = strip_spans(text, spans)
        for kind, fix in steps:
            if settled.get(kind) == text:
                continue
            fixed = fix(text)
            if fixed != text:
                repairs.append(Repair(kind, text, fixed, at, end_at))
                if kind == "entities" and "<" in fixed and markup:
                    created = find_markup(fixed, markup)
                    for start, end, rule in created:
                        removed.append(Removal(rule, MARKUP_REASONS[rule] + " (decoded from entities; span is the line)",
                                               original, at, end_at))
                    fixed = strip_spans(fixed, created)
                text = fixed
            else:
                settled[kind] = text
        round_ += 1
        if text == before:
            break
    return text
