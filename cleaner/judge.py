"""Judge: the rules, in order and in rounds, over a document's blocks; their verdicts applied,
every removal recorded; the safety valve when position and shape rules took most of the prose."""
from __future__ import annotations

from .blocks import Block
from .result import Removal
from .rules import Document, Rule
from .rules.article import is_prose, weight

_MAX_ROUNDS = 16  # (a round that changes something removes a block: a bound for pathological inputs, not a budget)
_MAX_ATTEMPTS = 4  # judgements of a document the safety valve gave blocks back to


def judge(doc: Document, rules: tuple[Rule, ...], removed: list[Removal], notes: list[str]) -> None:
    """Run ``rules`` over ``doc`` until nothing changes, adding each removal to ``removed`` and
    what the reader should know to ``notes``."""
    # Rules judge what is left; once junk is gone a rule may see more (a line now alone
    # outside the article). Rounds until nothing changes make cleaning twice change nothing.
    every = rules
    contextual = tuple(r for r in rules if r.contextual)  # the others judge each line alone
    positional = frozenset(r.name for r in rules if r.positional)  # (the safety valve may undo theirs)
    proven = frozenset(r.name for r in rules if r.proves_junk)  # (the prose they take is not counted lost)
    valve_said: tuple[str, ...] = ()  # the last time the valve gave blocks back
    for _ in range(_MAX_ATTEMPTS):
        prose_before = doc.prose_words()
        sums_before = doc.prose_sums()  # (each block's prose words as this attempt starts)
        others_before = _not_by(removed, positional)
        for _ in range(_MAX_ROUNDS):
            doc.start_round()
            changed, cut = _apply_rules(rules, doc, removed, notes)
            if not changed:
                break
            rules = every if cut else contextual  # a line cut short is a new line to every rule
        valve = _safety_valve(doc.blocks, prose_before, sums_before, proven, removed, doc.options.max_prose_loss,
                              positional)
        valve_said = valve or valve_said
        if not valve or _not_by(removed, positional) == others_before:
            break
        # The valve gave blocks back, and other rules took some out meanwhile: a second clean
        # of the output would start from less prose, and judge the blocks given back with
        # every rule. Judge that document as it would, so that cleaning twice changes nothing.
        doc.judge_again()
        rules = every
    notes.extend(valve_said)


def _not_by(removed: list[Removal], rules: frozenset[str]) -> int:
    return sum(1 for r in removed if r.rule not in rules)


def _apply_rules(rules: tuple[Rule, ...], doc: Document, removed: list[Removal],
                 notes: list[str]) -> tuple[bool, bool]:
    """One round of the rules, in order; whether any of them removed something, and whether
    any cut a line short."""
    any_change = any_cut = False
    kind = doc.door
    for rule in rules:
        if kind not in rule.applies_to or rule.needs_evidence and rule.evidence and not doc.may_hold(rule.evidence):
            continue
        try:
            verdicts = list(rule.judge(doc))
        except Exception as exc:  # one rule's bug must not stop the others
            note = f"rule {rule.name} failed and was skipped: {type(exc).__name__}: {exc}"
            if note not in notes:
                notes.append(note)
            continue
        changed = False
        cut: list[int] = []  # blocks that lost segments
        for verdict in verdicts:
            block = doc.blocks[verdict.index]
            if not block.alive or verdict.segments is not None and not any(
                    s.alive for s in block.segments[verdict.segments[0]:verdict.segments[1] + 1]):
                continue  # (what a verdict before took: a second verdict on it removes nothing)
            changed = True
            if verdict.segments is None:
                # (what a rule cut from the line before is recorded already: the rest goes)
                removal = Removal(rule.name, verdict.reason, block.source, block.start, block.end) \
                    if all(s.alive for s in block.segments) else _drop(block, (0, len(block.segments) - 1),
                                                                      verdict.reason, rule.name)
                doc.removed(verdict.index, rule)
                removed.append(removal)
            else:
                removed.append(_drop(block, verdict.segments, verdict.reason, rule.name))
                doc.took_out(rule)
                cut.append(verdict.index)
        if changed:
            doc.changed(cut)
            any_change = True
            any_cut = any_cut or bool(cut)
    return any_change, any_cut


def _drop(block: Block, segments: tuple[int, int], reason: str, rule: str) -> Removal:
    """Remove a range of a block's segments; the removal's span is theirs in the input, or the
    whole line's when one of them could not be found in the input line."""
    first, last = segments
    dropped = [s for s in block.segments[first:last + 1] if s.alive]
    piece = "".join(s.text for s in dropped).strip()
    block.drop_segments(first, last)
    if not dropped or not all(s.exact for s in dropped):
        whole = "the whole piece of the line" if block.line >= 0 else "the whole line"
        return Removal(rule, f"{reason} (span is {whole})", block.source, block.start, block.end)
    return Removal(rule, reason, piece, dropped[0].start, dropped[-1].end)


def _safety_valve(blocks: list[Block], prose_before: int, sums_before: list[int], proven: frozenset[str],
                  removed: list[Removal], max_prose_loss: float, positional: frozenset[str]) -> tuple[str, ...]:
    """When position/shape rules (``positional``: their names) took most of the prose, the
    article is probably what they took: give their blocks back and say so. Prose that rules
    with proof of junk (``proven``) took since ``sums_before`` (``Document.prose_sums``) is no
    article the valve could save, unless it was all the prose: then the shape rules had no
    article to find (a shop's front page)."""
    if not prose_before:
        return ()
    kept = sum(weight(b) for b in blocks if b.alive and is_prose(b))
    if kept >= prose_before * (1 - max_prose_loss):
        return ()
    taken = sum(sums_before[i + 1] - sums_before[i] for i, block in enumerate(blocks)
                if not block.alive and block.removed_by in proven)
    if taken < prose_before:
        prose_before -= taken
        if kept >= prose_before * (1 - max_prose_loss):
            return ()
    restored = set()
    for block in blocks:
        if block.removed_by in positional:
            block.restore()
            restored.add((block.start, block.end))
    if not restored:
        return ()
    removed[:] = [r for r in removed if (r.start, r.end) not in restored or r.rule not in positional]
    return (f"safety valve: the rules would have removed {1 - kept / prose_before:.0%} of the prose; "
            f"{len(restored)} blocks removed by position or shape were kept",)
