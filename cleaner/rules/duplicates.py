"""Repeated text: a title printed twice, a block repeated, a caption that repeats a body sentence."""
from __future__ import annotations

import re

from .base import Document, Rule, Verdict, is_prose, weight

_NON_WORD = re.compile(r"[\W_]+")
_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]*")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


class RepeatedBlock(Rule):
    name = "duplicates.repeated"
    summary = "a line that repeats an earlier one (repeated title, article printed twice); the first copy stays"
    example = "At Least 33 Turkish Soldiers killed In Syrian Air Force Airstrike In Idlib (twice)"

    def judge(self, doc: Document):
        seen: set[str] = set()
        for i in doc.alive():
            key = _key(doc.blocks[i].text)
            if len(key) < 8:
                continue
            if key in seen:
                yield Verdict(i, "repeats an earlier line")
            else:
                seen.add(key)


class CaptionRepeatsBody(Rule):
    name = "duplicates.caption"
    summary = "a short line that repeats a sentence of the body, as image captions do; the body copy stays"
    example = "Rebels retake the city (caption) ... Rebels retake the city, officials said. (body)"

    def judge(self, doc: Document):
        sentences: set[str] = set()
        for i in doc.alive():
            block = doc.blocks[i]
            if is_prose(block):
                sentences.update(_key(s) for s in _SENTENCE.findall(block.text))
                sentences.add(_key(block.text))
        for i in doc.alive():
            block = doc.blocks[i]
            if is_prose(block) or weight(block) < 5:
                continue
            if _key(block.text) in sentences:
                yield Verdict(i, "caption repeating a sentence of the body")
