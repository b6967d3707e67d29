"""Cleaner: decode -> blocks -> repair -> rules -> assemble, recording every removal and repair."""
from __future__ import annotations

import re
from bisect import bisect_right

from .blocks import STOPS, Block, assemble, split_blocks
from .collector import PAUSE_FROM as GC_PAUSE_FROM
from .collector import paused as collector_paused
from .decode import binary_kind, decode, looks_like_html
from .markup import (
    BLOB_TRIGGER,
    find_markup,
    may_be_identifier,
    may_hold_blob,
    may_hold_markup,
    strip_spans,
    whole_markup,
)
from .markup import NAMES as MARKUP_NAMES
from .markup import REASONS as MARKUP_REASONS
from .markup import TRIGGER as MARKUP_TRIGGER
from .options import Options
from .phrases import phrase_book
from .repair import TRIGGERS as REPAIR_TRIGGERS
from .repair import (
    fix_entities,
    fix_mojibake,
    may_hold_controls,
    may_hold_mojibake,
    may_need_spacing,
    normalize_spaces,
    remove_controls,
)
from .result import CleanResult, Removal, Repair
from .rules import RULES, Document, Rule, adopt_class_attributes, unknown_names
from .rules.base import is_prose, weight

_MAX_ROUNDS = 4
_MAX_ATTEMPTS = 4  # judgements of a document the safety valve gave blocks back to
# Repair rounds on one line: at most this many, and no more than the budget of characters
# (regular-expression work) allows, so that a line built to nest forever stays linear.
_REPAIR_ROUNDS = 64
_REPAIR_BUDGET = 200_000
# Beyond those, a line still changing (markup nested deeper than its rounds) may take more from
# the document's pool: ten times the document's length in characters, so that the whole stays
# linear, and a clean of the output has nothing left to undo.
_REPAIR_POOL_PER_CHAR = 10
_MOST_REPAIR_ROUNDS = 4096
_PIECEWISE_FROM = 1 << 16  # characters from which a line is repaired piece by piece
_PIECE_SIZE = 4096  # characters: the pieces of a long line are about a paragraph or a few
_PIECE_CUT = re.compile(f"[{STOPS}] (?=\\S)")  # a sentence stop, and the space after it
_BLOB_ONLY = frozenset({"markup.blob"})
_BREAKS = "\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"  # where str.splitlines cuts (a class's contents)
_LINE_BREAKS = re.compile(f"(?<![ \t])[ \t]*+[{_BREAKS}]++[ \t]*+")  # (from a run of spaces' first only)
_LINE_BREAK = re.compile(f"[{_BREAKS}]")  # (searched first: much faster on a long line)
# Rules whose removals the safety valve may undo: they judge by position and shape, not by
# phrase (a line that repeats its opening is a link card, or an article pasted twice on one line).
_VALVE_RULES = ("shape.outside_article", "related.section", "duplicates.inside_line")


def _not_by(removed: list[Removal], rules: tuple[str, ...]) -> int:
    return sum(1 for r in removed if r.rule not in rules)


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


def _spend(pool: list[int], characters: int) -> bool:
    """Take ``characters`` from the pool, when it holds that many."""
    if pool[0] < characters:
        return False
    pool[0] -= characters
    return True


def _repair_pieces(line: str, triggers: list) -> list[tuple[int, int, bool]]:
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


def _page_text(html: str) -> str:
    """All the visible text of a page (the HTML module loads only when a page arrives)."""
    from .html import page_text, parse

    return page_text(parse(html))


class Cleaner:
    """Cleans scraped article text. ``Cleaner(options, **overrides).clean(text)`` -> CleanResult."""

    def __init__(self, options: Options | None = None, rules: tuple[Rule, ...] | list[Rule] | None = None,
                 **overrides):
        """``rules``: the rules to run, in order (default ``cleaner.rules.RULES``; add your own
        ``Rule`` subclasses to it). Unknown rule names in the options are a ``ValueError``."""
        self.options = (options or Options()).with_overrides(**overrides)
        chosen = RULES if rules is None else tuple(rules)
        if rules is not None:
            for rule in chosen:
                adopt_class_attributes(rule)  # (a subclass whose __init__ did not call Rule's)
        names = self.options.disabled_rules | self.options.enabled_rules
        unknown = unknown_names(names, chosen) if names else []
        if unknown:
            raise ValueError(f"unknown rule name(s): {', '.join(unknown)} (see cleaner --list-rules)")
        self.phrases = phrase_book(self.options.languages, self.options.extra_phrases)
        self.rules: tuple[Rule, ...] = tuple(r for r in chosen if self.options.enabled(r.name))
        self.markup_rules = frozenset(name for name in MARKUP_NAMES if self.options.enabled(name))

    def clean(self, data: object) -> CleanResult:
        """Never raises: unusable input (binary data) comes back empty with kind "binary" and a
        note saying what it is; an internal failure keeps the text and says so in the notes."""
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            return CleanResult("", kind="unusable", notes=(f"not text: a {type(data).__name__} was given",))
        if not isinstance(data, str):
            what = binary_kind(bytes(data))
            if what:
                return CleanResult("", kind="binary", notes=(f"binary input: this is {what}, not text; nothing cleaned",))
        try:
            text = decode(data)
            if len(text) < GC_PAUSE_FROM:
                return self._clean(text)
            with collector_paused():  # (a large document's objects, walked again and again: collector.py)
                return self._clean(text)
        except Exception as exc:  # a bug must not cost the user the document: keep it, say why
            text = decode(data) if not isinstance(data, str) else data
            return CleanResult(text, kind="text", notes=(f"internal error, text returned as given: "
                                                         f"{type(exc).__name__}: {exc}",))

    def _clean(self, text: str) -> CleanResult:
        notes: list[str] = []
        if "\x00" in text[:4096] and binary_kind(text[:4096].encode("utf-8", "surrogatepass")):
            return CleanResult("", kind="binary", notes=("binary input: control characters, not text; nothing cleaned",))
        kind = self.options.input_kind
        if kind == "auto":
            kind = "html" if looks_like_html(text) else "text"
        kinds: tuple[str, ...] = ()
        density: tuple[float, ...] = ()
        page_title = ""
        blocks = None
        if kind == "html":
            from .html import SUSPECT_SHARE, extract

            try:
                extracted = extract(text)
                if extracted.fallback:
                    notes.append("trafilatura found no article: the page's whole text was cleaned as scraped text")
                    text, kind = extracted.text, "text"
                else:
                    if extracted.note:
                        notes.append(extracted.note)
                    blocks = split_blocks(extracted.text)
                    # An extract without prose, a small share of a page that has some: the extractor
                    # chose a script or a menu (a broken tag can make it), and the article is
                    # elsewhere. (A larger share is a listing's items, a product's specifications.)
                    page = "" if any(map(is_prose, blocks)) else _page_text(text)
                    whole = split_blocks(page)
                    if any(map(is_prose, whole)) and len(extracted.text.split()) < SUSPECT_SHARE * len(page.split()):
                        notes.append("trafilatura's extract holds no prose and the page does: the page's whole "
                                     "text was cleaned as scraped text")
                        text, kind, blocks = page, "text", whole
                    else:
                        text, kinds, page_title, density = (extracted.text, extracted.kinds, extracted.title,
                                                            extracted.link_density)
            except Exception as exc:  # the page could not be read as HTML at all: clean its markup as text
                notes.append(f"HTML extraction failed ({type(exc).__name__}); cleaned as text with its markup removed")
                kind, blocks = "text", None
        removed: list[Removal] = []
        repairs: list[Repair] = []
        data = text.encode("utf-8", "surrogatepass")  # (the byte checks of blocks and repairs share it)
        blocks = blocks or split_blocks(text, data)
        for block in blocks if kinds or density else ():
            if block.paragraph < len(kinds):
                block.kind = kinds[block.paragraph]
            if block.paragraph < len(density):
                block.link_density = density[block.paragraph]
        markup_rules = self.markup_rules
        steps, triggers = self._repairs_needed(text, data, markup_rules)
        needy = _lines_holding(text, blocks, triggers)  # block -> the triggers found in it
        if "markup.identifier" in markup_rules:  # a line of one token may be a CSS identifier even in clean text
            for i, b in enumerate(blocks):
                if (" " not in b.text or b.text[0] in "-*•") and may_be_identifier(b.text):
                    needy.setdefault(i, [])
        pool = [max(_REPAIR_BUDGET, _REPAIR_POOL_PER_CHAR * len(text))]
        for i in sorted(needy):
            self._repair(blocks[i], markup_rules, steps, needy[i], pool, removed, repairs)
        doc = Document(blocks, self.phrases, self.options, page_title, kind)
        # Rules judge what is left; once junk is gone a rule may see more (a line now alone
        # outside the article). Rounds until nothing changes make cleaning twice change nothing.
        rules = self.rules
        contextual = tuple(r for r in self.rules if r.contextual)  # the others judge each line alone
        valve_said: tuple[str, ...] = ()  # the last time the valve gave blocks back
        for _ in range(_MAX_ATTEMPTS):
            prose_before = doc.prose_words()
            others_before = _not_by(removed, _VALVE_RULES)
            for _ in range(_MAX_ROUNDS):
                doc.start_round()
                changed, cut = self._apply_rules(rules, doc, kind, text, removed, notes)
                if not changed:
                    break
                rules = self.rules if cut else contextual  # a line cut short is a new line to every rule
            valve = self._safety_valve(blocks, prose_before, removed)
            valve_said = valve or valve_said
            if not valve or _not_by(removed, _VALVE_RULES) == others_before:
                break
            # The valve gave blocks back, and other rules took some out meanwhile: a second clean
            # of the output would start from less prose, and judge the blocks given back with
            # every rule. Judge that document as it would, so that cleaning twice changes nothing.
            doc.judge_again()
            rules = self.rules
        notes.extend(valve_said)
        removed.sort(key=lambda r: (r.start, r.end))
        output = assemble(blocks)
        if removed and not output.strip():
            names = ", ".join(sorted({r.rule for r in removed}))
            notes.append(f"no article text left: the rules removed every line ({names})")
        return CleanResult(output, tuple(removed), tuple(repairs), tuple(notes), kind,
                           text if kind == "html" else None)

    def _apply_rules(self, rules: tuple[Rule, ...], doc: Document, kind: str, text: str, removed: list[Removal],
                     notes: list[str]) -> tuple[bool, bool]:
        """One round of the rules, in order; whether any of them removed something, and whether
        any cut a line short."""
        any_change = any_cut = False
        for rule in rules:
            if kind not in rule.applies_to or rule.evidence and not doc.may_hold(rule.evidence):
                continue
            try:
                verdicts = list(rule.judge(doc))
            except Exception as exc:  # one rule's bug must not stop the others
                note = f"rule {rule.name} failed and was skipped: {type(exc).__name__}: {exc}"
                if note not in notes:
                    notes.append(note)
                continue
            cut = changed = False
            for verdict in verdicts:
                block = doc.blocks[verdict.index]
                if not block.alive:
                    continue
                changed = True
                if verdict.cut is None:
                    doc.removed(verdict.index, rule.name)
                    removed.append(Removal(rule.name, verdict.reason, block.source, block.start, block.end))
                else:
                    removed.append(self._cut(block, verdict.cut, verdict.reason, rule.name, text))
                    cut = True
            if changed:
                doc.changed(texts=cut)
                any_change = True
                any_cut = any_cut or cut
        return any_change, any_cut

    def _repairs_needed(self, text: str, data: bytes, markup_rules: frozenset[str]) -> tuple[list, list]:
        """Which repairs this document can need at all, from one look at the whole text (most
        documents need none, and then no line is touched; ``data``: its UTF-8; ``markup_rules``:
        the markup rules switched on): the steps in the order they run, and the patterns that
        find the lines needing them (markup's among them)."""
        tags = bool(markup_rules) and may_hold_markup(text)  # tags, attributes
        blobs = "markup.blob" in markup_rules and may_hold_blob(data)  # embedded data
        markup = tags or blobs
        steps = []  # (kind, fix), in the order they run
        found = []  # the kinds the text itself shows a need for
        if may_hold_controls(data):  # first: a control character between bytes hides mojibake
            steps.append(("controls", remove_controls))
            found.append("controls")
            text = remove_controls(text)  # what the later steps will see
            data = text.encode("utf-8", "surrogatepass")
        # A repair can make work for the next ("&Atilde;&copy;" decodes to mojibake, ftfy mends
        # "Â " into a no-break space): once one step runs, a line runs the later ones too. The
        # triggers that pick the lines stay what the text itself shows.
        options = self.options
        for kind, fix, enabled, needed in (
                ("entities", fix_entities, options.fix_entities, options.fix_entities and "&" in text),
                ("mojibake", fix_mojibake, options.fix_encoding, options.fix_encoding and may_hold_mojibake(text, data)),
                ("spaces", normalize_spaces, options.normalize_spaces, options.normalize_spaces and may_need_spacing(text))):
            if needed:
                found.append(kind)
            if enabled and (kind in found or steps or markup):  # (taking a tag out can leave two spaces)
                steps.append((kind, fix))
        return steps, [*(pattern for kind in found for pattern in REPAIR_TRIGGERS[kind]),
                       *([MARKUP_TRIGGER] if tags else []), *([BLOB_TRIGGER] if blobs else [])]

    def _repair(self, block: Block, markup: frozenset[str], steps: list, triggers: list, pool: list[int],
                removed: list[Removal], repairs: list[Repair]) -> None:
        """Markup out first, then entities, mojibake and spacing, on this line only. A long line
        (a page whose line breaks were lost) is repaired piece by piece, and only the pieces
        holding a trigger (``triggers``: the patterns found in this line): whole, one mojibake
        line of megabytes went through ftfy twice."""
        original = block.text
        if "markup.blob" in markup and BLOB_TRIGGER not in triggers:  # (no base64 scan of every line with a tag)
            markup = markup - _BLOB_ONLY
        # Rounds as the whole line's length allows: its pieces together do no more work than it would.
        rounds = min(_REPAIR_ROUNDS, max(2, _REPAIR_BUDGET // max(len(original), 1)))
        if len(original) < _PIECEWISE_FROM:
            text = self._repair_piece(original, block.start, rounds, pool, markup, steps, removed, repairs)
        else:
            parts = []
            for start, end, needed in _repair_pieces(original, triggers):
                piece = original[start:end]
                parts.append(self._repair_piece(piece, block.start + start, rounds, pool, markup, steps, removed,
                                                repairs)
                             if needed else piece)
            text = "".join(parts)
        if text.strip() != original:
            # A repair can make a line break ("â€©" is U+2029): the line stays one line, as a
            # second clean of the output must read it.
            block.set_text((_LINE_BREAKS.sub(" ", text) if _LINE_BREAK.search(text) else text).strip())
        if not block.text.strip() and original.strip() and "markup.empty" in markup:
            block.remove("markup")
            if not any(r.start >= block.start and r.end <= block.end for r in removed[-8:]):
                removed.append(Removal("markup.empty", MARKUP_REASONS["markup.empty"], original, block.start, block.end))

    def _repair_piece(self, original: str, at: int, rounds: int, pool: list[int], markup: frozenset[str], steps: list,
                      removed: list[Removal], repairs: list[Repair]) -> str:
        """The repairs of one line (or piece of a long one, ``at`` its place in the input): each
        step, and the whole again until nothing changes, since one repair can make work for
        another ("<im<b>g>" is a tag once <b> is out, "&\u00a0# 39;" an entity once spaces are
        mended). Each round shortens the text; ``rounds`` of them, then more while the text
        changes and the document's ``pool`` of characters lasts, so that a line built to nest
        forever stays linear."""
        text = original
        end_at = at + len(original)
        settled: dict[str, str] = {}  # step -> a text it was tried on and left as it was
        round_ = 0
        while round_ < rounds or round_ < _MOST_REPAIR_ROUNDS and _spend(pool, len(text)):
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

    @staticmethod
    def _cut(block: Block, span: tuple[int, int], reason: str, rule: str, text: str) -> Removal:
        """Remove ``span`` of a block's text; the removal's span is where that text sits in the
        input line, or the whole line when repairs changed it beyond recognition."""
        start, end = span
        piece = block.text[start:end].strip()
        block.set_text((block.text[:start] + block.text[end:]).rstrip())
        begin = text.rfind(piece, block.start, block.end)
        if begin == -1:
            return Removal(rule, reason + " (span is the whole line)", text[block.start:block.end],
                           block.start, block.end)
        return Removal(rule, reason, piece, begin, begin + len(piece))

    def _safety_valve(self, blocks: list[Block], prose_before: int, removed: list[Removal]) -> tuple[str, ...]:
        """When position/shape rules took most of the prose, the article is probably what they
        took: give their blocks back and say so."""
        if not prose_before:
            return ()
        kept = sum(weight(b) for b in blocks if b.alive and is_prose(b))
        if kept >= prose_before * (1 - self.options.max_prose_loss):
            return ()
        restored = set()
        for block in blocks:
            if block.removed_by in _VALVE_RULES:
                block.restore()
                restored.add((block.start, block.end))
        if not restored:
            return ()
        removed[:] = [r for r in removed if (r.start, r.end) not in restored or r.rule not in _VALVE_RULES]
        return (f"safety valve: the rules would have removed {1 - kept / prose_before:.0%} of the prose; "
                f"{len(restored)} blocks removed by position or shape were kept",)
