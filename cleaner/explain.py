"""Views of what a clean did: the document with its removed parts marked (for people), or
JSON (for programs). Both are made from ``CleanResult`` alone."""
from __future__ import annotations

import json

from .result import CleanResult

_RED, _DIM, _RESET = "\x1b[31m", "\x1b[2m", "\x1b[0m"


def as_json(result: CleanResult, name: str | None = None) -> str:
    """One JSON object: removals, repairs and notes (spans refer to the input, or for HTML to
    the extracted text, which is included)."""
    data = {"input": name, "kind": result.kind,
            "removed": [r.as_dict() for r in result.removed],
            "repairs": [r.as_dict() for r in result.repairs],
            "notes": list(result.notes)}
    if result.extracted is not None:
        data["extracted"] = result.extracted
    return json.dumps(data, ensure_ascii=False)


def as_marked_text(result: CleanResult, source: str, color: bool = False) -> str:
    """The source, line by line: "  " before what stays, "- [rule] " before what goes, and a
    removed piece inside a kept line shown as [-piece-]{rule}. Colour on a terminal, plain
    markers otherwise. A legend of the rules' reasons follows."""
    text = result.extracted if result.extracted is not None else source
    removals = sorted(result.removed, key=lambda r: (r.start, -r.end))
    out: list[str] = []
    reasons: dict[str, str] = {}
    position = 0
    k = 0
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        body = text[start:end]
        while k < len(removals) and removals[k].end <= start:
            k += 1
        covering = [r for r in removals[k:] if r.start < end and r.end > start]
        if not body.strip():
            out.append("")
            continue
        whole = next((r for r in covering if r.start <= start + len(body) - len(body.lstrip())
                      and r.end >= end - (len(body) - len(body.rstrip()))), None)
        if whole is not None:
            reasons[whole.rule] = whole.reason
            mark = f"- [{whole.rule}] "
            out.append(f"{_RED}{mark}{body}{_RESET}" if color else f"{mark}{body}")
            continue
        pieces, cursor = [], start
        for r in covering:
            reasons[r.rule] = r.reason
            a, b = max(r.start, cursor), min(r.end, end)
            if a < cursor:
                continue
            pieces.append(text[cursor:a])
            piece = text[a:b]
            pieces.append(f"{_RED}[-{piece}-]{_DIM}{{{r.rule}}}{_RESET}" if color else f"[-{piece}-]{{{r.rule}}}")
            cursor = b
        pieces.append(text[cursor:end])
        out.append("  " + "".join(pieces))
    out.append("")
    for note in result.notes:
        out.append(f"note: {note}")
    for rule, reason in sorted(reasons.items()):
        out.append(f"{_DIM}[{rule}]{_RESET} {reason}" if color else f"[{rule}] {reason}")
    return "\n".join(out) + "\n"
