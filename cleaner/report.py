"""What a corpus run removed, in bounded memory: per document a small digest (made where the
document is cleaned, in a worker), folded into one ``CorpusReport`` (counts per rule, a random
sample of removals in context per rule, the documents emptied or cut most, repairs by kind),
written as JSON or as a self-contained HTML page (``report_page.py``)."""
from __future__ import annotations

import heapq
import json
import random
from collections import Counter
from pathlib import Path

from .result import CleanResult

SCHEMA = "cleaner-report/1"
_CONTEXT = 80  # characters of the line shown on each side of a removal
_REMOVED_SHOWN = 300  # characters of a removal shown
_CONTEXTS_PER_DOCUMENT = 2  # per rule: a digest carries a few, the report samples among them


def digest(label: str, source: str, result: CleanResult) -> dict:
    """What the report needs of one cleaned document: sizes, per rule its removals, characters
    and a few removals in their line, repairs by kind, notes. ``source``: the text as decoded."""
    within = result.extracted if result.kind == "html" and result.extracted is not None else source
    rules: dict[str, list] = {}
    for removal in result.removed:
        entry = rules.setdefault(removal.rule, [0, 0, []])
        entry[0] += 1
        entry[1] += len(removal.text)
        if len(entry[2]) < _CONTEXTS_PER_DOCUMENT:
            entry[2].append(_in_context(within, removal.start, removal.end, removal.text))
    return {"document": label, "chars_in": len(within), "chars_out": len(result.text), "kind": result.kind,
            "rules": rules, "repairs": dict(Counter(repair.kind for repair in result.repairs)),
            "notes": list(result.notes[:3])}


def _in_context(text: str, start: int, end: int, removed: str) -> dict:
    """The removal with the rest of its line around it (a window of the line, on one line)."""
    if not (0 <= start <= end <= len(text)):
        return {"before": "", "removed": removed[:_REMOVED_SHOWN], "after": ""}
    line_start = text.rfind("\n", max(0, start - _CONTEXT), start) + 1  # (0 when the window holds none)
    line_end = text.find("\n", end, end + _CONTEXT)
    line_end = min(len(text), end + _CONTEXT) if line_end == -1 else line_end
    return {"before": text[max(line_start, start - _CONTEXT):start].lstrip("\r"), "removed": removed[:_REMOVED_SHOWN],
            "after": text[end:line_end].rstrip("\r")}


class CorpusReport:
    """Folds digests into the report; memory is bounded by the number of rules, ``samples`` per
    rule and the ``worst`` documents kept, whatever the corpus size."""

    def __init__(self, samples: int = 5, worst: int = 20, seed: int = 0):
        self.samples = samples
        self.worst = worst
        self._random = random.Random(seed)
        self.documents = self.failed = self.emptied = 0
        self.chars_in = self.chars_out = 0
        self.rules: dict[str, dict] = {}
        self.repairs: Counter = Counter()
        self._seen_contexts: Counter = Counter()
        self._most_cut: list[tuple[float, int, dict]] = []  # a heap of the documents cut most

    def failure(self) -> None:
        """A document that could not be read or cleaned (the run said why)."""
        self.failed += 1

    def add(self, digest: dict) -> None:
        self.documents += 1
        self.chars_in += digest["chars_in"]
        self.chars_out += digest["chars_out"]
        emptied = digest["chars_in"] > 0 and not digest["chars_out"]
        self.emptied += emptied
        self.repairs.update(digest["repairs"])
        for rule, (count, chars, contexts) in digest["rules"].items():
            entry = self.rules.setdefault(rule, {"documents": 0, "removals": 0, "chars": 0, "samples": []})
            entry["documents"] += 1
            entry["removals"] += count
            entry["chars"] += chars
            for context in contexts:  # reservoir sampling: every removal shown has the same chance
                self._seen_contexts[rule] += 1
                sample = {"document": digest["document"], **context}
                if len(entry["samples"]) < self.samples:
                    entry["samples"].append(sample)
                else:
                    k = self._random.randrange(self._seen_contexts[rule])
                    if k < self.samples:
                        entry["samples"][k] = sample
        if digest["chars_in"]:
            share = 1 - digest["chars_out"] / digest["chars_in"] if not emptied else 1.0
            top = sorted(digest["rules"].items(), key=lambda item: -item[1][1])[:3]
            item = {"document": digest["document"], "chars_in": digest["chars_in"], "chars_out": digest["chars_out"],
                    "share_removed": round(max(0.0, share), 4), "emptied": emptied,
                    "rules": [{"rule": rule, "chars": chars} for rule, (_, chars, _) in top],
                    "notes": digest["notes"]}
            entry_key = (item["share_removed"], self.documents, item)
            if len(self._most_cut) < self.worst:
                heapq.heappush(self._most_cut, entry_key)
            elif entry_key[:2] > self._most_cut[0][:2]:
                heapq.heapreplace(self._most_cut, entry_key)

    def as_dict(self) -> dict:
        removed = max(0, self.chars_in - self.chars_out)
        rule_chars = sum(e["chars"] for e in self.rules.values())
        rules = [{"rule": rule, "documents": e["documents"], "removals": e["removals"], "chars": e["chars"],
                  "share_of_removed": round(e["chars"] / rule_chars, 4) if rule_chars else 0.0, "samples": e["samples"]}
                 for rule, e in sorted(self.rules.items(), key=lambda item: (-item[1]["chars"], item[0]))]
        most_cut = [item for _, _, item in sorted(self._most_cut, key=lambda e: (-e[0], e[1]))]
        return {"schema": SCHEMA, "documents": self.documents, "failed": self.failed, "emptied": self.emptied,
                "chars_in": self.chars_in, "chars_out": self.chars_out,
                "share_removed": round(removed / self.chars_in, 4) if self.chars_in else 0.0,
                "rules": rules, "repairs": dict(self.repairs.most_common()), "most_cut": most_cut}

    def write(self, path: str | Path) -> None:
        """JSON when the name ends in .json, else the HTML page."""
        path = Path(path)
        data = self.as_dict()
        if path.suffix.lower() == ".json":
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        else:
            from .report_page import render

            path.write_text(render(data), encoding="utf-8")
