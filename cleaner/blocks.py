"""The Block type and the segmentation of scraped text into blocks.

A block is one line of the input; blank lines separate paragraphs. Every block keeps its
span in the input so that removals can be reported where they happened.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"""[.!?。！？…:;]["'”’»)\]]*\s*$""")


@dataclass
class Block:
    """One line of text, its paragraph number and where it came from in the input."""

    text: str
    start: int
    end: int
    paragraph: int
    kind: str = "text"  # html extraction may tag: heading, caption, list, quote, table
    link_density: float = 0.0  # html only: share of the text that is link text on the page
    removed_by: str | None = None
    cuts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def alive(self) -> bool:
        return self.removed_by is None and bool(self.text.strip())

    def __setattr__(self, name, value):
        if name == "text":  # measurements below are cached per text
            self.__dict__.pop("_measured", None)
        super().__setattr__(name, value)

    def _measure(self) -> tuple[int, bool, str, int]:
        measured = self.__dict__.get("_measured")
        if measured is None:
            text = self.text
            words = len(_WORD.findall(text))
            cjk = len(_CJK.findall(text)) if not text.isascii() else 0
            measured = (words, bool(_SENTENCE_END.search(text)), text.lower(), words + cjk // 2)
            self.__dict__["_measured"] = measured
        return measured

    @property
    def weight(self) -> int:
        """Words, counting two CJK characters as one word (CJK text has no spaces)."""
        return self._measure()[3]

    @property
    def words(self) -> int:
        return self._measure()[0]

    @property
    def ends_sentence(self) -> bool:
        return self._measure()[1]

    @property
    def lower(self) -> str:
        return self._measure()[2]


def split_blocks(text: str) -> list[Block]:
    """Cut text into line blocks with input offsets; blank lines start a new paragraph."""
    blocks: list[Block] = []
    paragraph = 0
    pending_break = False
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        body = line.rstrip("\r\n")
        if not body.strip():
            pending_break = True
            continue
        if pending_break and blocks:
            paragraph += 1
        pending_break = False
        blocks.append(Block(body, match.start(), match.start() + len(body), paragraph))
    return blocks


def assemble(blocks: list[Block]) -> str:
    """Kept blocks: lines of a paragraph on their own lines, paragraphs one blank line apart."""
    out: list[str] = []
    last_paragraph = None
    for block in blocks:
        if not block.alive:
            continue
        if last_paragraph is not None:
            out.append("\n" if block.paragraph == last_paragraph else "\n\n")
        out.append(block.text.strip())
        last_paragraph = block.paragraph
    return "".join(out) + "\n" if out else ""
