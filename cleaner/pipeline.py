"""Cleaner: the flow. Decode; blocks through a door (scraped text: its lines; HTML: the blocks
an extractor chose); repair; judge; assemble. Every removal and repair is recorded."""
from __future__ import annotations

from .blocks import Block, assemble, cut_long_lines, reread_cut_lines, split_blocks
from .collector import PAUSE_FROM as GC_PAUSE_FROM
from .collector import paused as collector_paused
from .decode import binary_kind, decode, looks_like_html
from .judge import judge
from .options import Options
from .phrases import phrase_book
from .repair import repair_blocks
from .result import CleanResult, Removal, Repair
from .rules import RULES, Document, Rule, adopt_class_attributes, unknown_names
from .rules.scan import reach_of

_REREADS = 4  # judgements of cut lines put back as a second clean reads them (each after a removal)


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
        enabled = tuple(r for r in chosen if self.options.enabled(r.name))
        self.rules: tuple[Rule, ...] = tuple(r for r in enabled if not r.repair)  # (judged, in order)
        self.markup_rules = frozenset(r.name for r in enabled if r.repair)  # (applied by the repairs)
        self.reach = reach_of(self.rules)  # (where the phrase scan keeps each table's hits)

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
            if len(text) < GC_PAUSE_FROM or not self.options.pause_collector:
                return self._clean(text)
            with collector_paused():  # (Options.pause_collector: collector.py says why)
                return self._clean(text)
        except Exception as exc:  # a bug must not cost the user the document: keep it, say why
            text = decode(data) if not isinstance(data, str) else data
            return CleanResult(text, kind="text", notes=(f"internal error, text returned as given: "
                                                         f"{type(exc).__name__}: {exc}",))

    def _clean(self, text: str) -> CleanResult:
        if "\x00" in text[:4096] and binary_kind(text[:4096].encode("utf-8", "surrogatepass")):
            return CleanResult("", kind="binary", notes=("binary input: control characters, not text; nothing cleaned",))
        notes: list[str] = []
        text, kind, blocks, page_title, controls = self._door(text, notes)
        removed: list[Removal] = []
        repairs: list[Repair] = []
        data = text.encode("utf-8", "surrogatepass")  # (the byte checks of blocks and repairs share it)
        blocks = blocks or split_blocks(text, data)
        repair_blocks(text, data, blocks, self.markup_rules, self.options, removed, repairs)
        blocks = cut_long_lines(blocks)
        judge(Document(blocks, self.phrases, self.options, page_title, kind, self.reach, controls), self.rules, removed,
              notes)
        for _ in range(_REREADS):
            reread = reread_cut_lines(blocks, text)
            if reread is None:
                break
            blocks = reread  # (judged again as a second clean of the output will: cleaning twice changes nothing)
            judge(Document(blocks, self.phrases, self.options, page_title, kind, self.reach, controls), self.rules,
                  removed, notes)
        removed.sort(key=lambda r: (r.start, r.end))
        output = assemble(blocks)
        if removed and not output.strip():
            names = ", ".join(sorted({r.rule for r in removed}))
            notes.append(f"no article text left: the rules removed every line ({names})")
        return CleanResult(output, tuple(removed), tuple(repairs), tuple(notes), kind,
                           text if kind == "html" else None)

    def _door(self, text: str, notes: list[str]) -> tuple[str, str, list[Block] | None, str, frozenset[str]]:
        """The text the blocks come from, the kind of input it is cleaned as ("html": an
        extractor chose the blocks; "text": scraped text), the blocks when the door made them,
        the page's title and the words on its controls."""
        kind = self.options.input_kind
        if kind == "auto":
            kind = "html" if looks_like_html(text) else "text"
        if kind != "html":
            return text, kind, None, "", frozenset()
        from .html import extract  # (the HTML modules load only when a page arrives)

        try:
            extracted = extract(text)
        except Exception as exc:  # the page could not be read as HTML at all: clean its markup as text
            notes.append(f"HTML extraction failed ({type(exc).__name__}); cleaned as text with its markup removed")
            return text, "text", None, "", frozenset()
        notes.extend(extracted.notes)
        return extracted.text, extracted.door, extracted.blocks, extracted.title, extracted.controls
