"""Every regular expression the package defines, and inputs built to make each one slow: long
runs of each character class it holds, each class followed by a near miss, its literals
repeated with runs between them, and a near-match of the pattern itself, repeated. A pattern is
linear when its time per character stays flat as the input grows.

    python -m benchmarks.pattern_audit [--sizes 16000,128000]   # findings: patterns that grow
    python -m benchmarks.pattern_audit --ladder FILE             # ms per MB from 10 KB to 1 MB

The test suite runs it at small sizes (tests/test_hostile_round2.py); the results page shows its
ladder (benchmarks.report)."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import random
import re
import sys
import time
from pathlib import Path

try:
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

import cleaner

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_SKIPPED_MODULES = {"cleaner.__main__", "cleaner.spark"}  # (runs a program; needs pyspark)


def _collect(value, where: str, out: dict[str, re.Pattern]) -> None:
    if isinstance(value, re.Pattern):
        if all(value is not known for known in out.values()):  # (a pattern imported elsewhere: its first name)
            out[where] = value
    elif isinstance(value, dict):
        for key, item in value.items():
            _collect(item, f"{where}[{key!r}]", out)
    elif isinstance(value, (tuple, list)):
        for k, item in enumerate(value):
            _collect(item, f"{where}[{k}]", out)


def package_patterns() -> dict[str, re.Pattern]:
    """Name -> pattern, for every compiled pattern of the package: module globals (and the
    tables of them), the pattern factories, and the phrase book's patterns from the data files."""
    out: dict[str, re.Pattern] = {}
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        if info.name in _SKIPPED_MODULES:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            _collect(value, f"{info.name}.{name}", out)
    from cleaner import markup
    from cleaner.phrases import phrase_book
    from cleaner.rules import captions, metadata

    _collect(markup._patterns(), "cleaner.markup._patterns()", out)
    _collect(captions._credit_tail(), "cleaner.rules.captions._credit_tail()", out)
    _collect(metadata._stock_quotes(), "cleaner.rules.metadata._stock_quotes()", out)
    book = phrase_book()
    families = sorted({family for table in book._tables for family, kinds in table.items() if isinstance(kinds, dict)})
    for family in families:
        for kind in ("patterns", "section_patterns", "sentence_patterns", "thread_patterns", "date_words"):
            matcher = book.matcher(family, kind)
            if matcher is not None:
                out[f"phrases[{family}.{kind}]"] = matcher
    return out


def _members(code, av) -> list[str]:
    """Characters a class (IN) or category matches, and a few it does not."""
    chars: list[str] = []
    if code == _c.LITERAL:
        return [chr(av)]
    if code == _c.NOT_LITERAL:
        return ["a" if av != ord("a") else "b"]
    if code == _c.ANY:
        return ["a", " "]
    if code != _c.IN:
        return []
    negate = any(op == _c.NEGATE for op, _ in av)
    for op, arg in av:
        if op == _c.LITERAL:
            chars.append(chr(arg))
        elif op == _c.RANGE:
            chars.extend(sorted({chr(arg[0]), chr(arg[1])}))
        elif op == _c.CATEGORY:
            chars.append({"CATEGORY_DIGIT": "7", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_SPACE": " ",
                          "CATEGORY_NOT_SPACE": "x", "CATEGORY_WORD": "w", "CATEGORY_NOT_WORD": "-"}
                         .get(str(arg), "a"))
    if negate:
        outside = [c for c in "a x-<=\"'>[]:/.\n1é" if c not in chars]
        return outside[:3]
    return chars[:4]


def _walk(tree, literals: list[str], classes: list[str]) -> None:
    """The literal strings (consecutive literal characters) and class representatives of a tree."""
    run = ""
    for op, av in tree:
        if op == _c.LITERAL:
            run += chr(av)
            continue
        if len(run) >= 2:
            literals.append(run)
        run = ""
        if op in (_c.IN, _c.ANY, _c.NOT_LITERAL):
            classes.extend(_members(op, av))
        elif op in _REPEATS:
            _walk(av[2], literals, classes)
        elif op == _c.SUBPATTERN:
            _walk(av[-1], literals, classes)
        elif op == _c.BRANCH:
            for branch in av[1][:40]:
                _walk(branch, literals, classes)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _walk(av[1], literals, classes)
    if len(run) >= 2:
        literals.append(run)
    for op, av in tree:
        if op == _c.LITERAL:
            classes.append(chr(av))


def _sample(tree, rng: random.Random, long: bool) -> str:
    """A string shaped like a match: each repeat its least count, or (``long``) 60 more."""
    out = []
    for op, av in tree:
        if op == _c.LITERAL:
            out.append(chr(av))
        elif op in (_c.IN, _c.ANY, _c.NOT_LITERAL):
            members = _members(op, av)
            out.append(rng.choice(members) if members else "a")
        elif op in _REPEATS:
            low, high, inner = av
            count = low + (min(60, high - low) if long else min(1, high - low))
            out.extend(_sample(inner, rng, long) for _ in range(min(count, 200)))
        elif op == _c.SUBPATTERN:
            out.append(_sample(av[-1], rng, long))
        elif op == _c.BRANCH:
            out.append(_sample(rng.choice(av[1]), rng, long))
        elif op == _c.CATEGORY:
            continue
    return "".join(out)


def worst_cases(pattern: re.Pattern, size: int, seed: int = 0) -> list[tuple[str, str]]:
    """(label, text of about ``size`` characters) built from the pattern's own parts."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return []
    literals: list[str] = []
    classes: list[str] = []
    _walk(tree, literals, classes)
    classes = list(dict.fromkeys(classes))[:24]
    literals = list(dict.fromkeys(sorted(literals, key=len, reverse=True)))[:12]
    cases: list[tuple[str, str]] = []

    def fill(label: str, unit: str) -> None:
        if unit:
            cases.append((label, (unit * (size // len(unit) + 1))[:size]))

    for c in classes:
        fill(f"run of {c!r}", c)
        cases.append((f"text, then a run of {c!r}", ("Body text. x=" + c * size)[:size]))
        for near in ("=", ">", '"', "\n", " "):
            if near != c:
                fill(f"{c!r}x40 then {near!r}", c * 40 + near)
    for literal in literals:
        fill(f"{literal!r} repeated", literal)
        for c in classes[:8]:
            fill(f"{literal!r} then {c!r}x8", literal + c * 8)
            cases.append((f"{literal!r} then a run of {c!r}", (literal + c * size)[:size]))
    rng = random.Random(seed)
    for k in range(6):
        sample = _sample(tree, rng, long=k % 2 == 1)
        if len(sample) >= 2:
            fill(f"match-shaped sample {k}", sample)
            fill(f"near miss {k} (last character dropped)", sample[:-1])
            cases.append((f"near miss {k}, then a run", (sample[:-1] + sample[-2:-1] * size)[:size]))
    return cases


def _time(pattern: re.Pattern, text: str, rounds: int = 2) -> float:
    subject: str | bytes = text.encode("utf-8", "surrogatepass") if isinstance(pattern.pattern, bytes) else text
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in pattern.finditer(subject):  # type: ignore[arg-type]
            pass
        best = min(best, time.perf_counter() - start)
    return best


def audit_pattern(pattern: re.Pattern, sizes: tuple[int, int], floor: float = 2e-3) -> list[tuple[str, float, float]]:
    """(case, time per character large over small, seconds at the large size) for every case of
    one pattern whose time per character grows more than 3x from the small size to the large.
    Cases under ``floor`` seconds at the large size are too fast to matter (their ratio is noise)."""
    small, large = sizes
    bigger = dict(worst_cases(pattern, large))
    findings = []
    for label, text in worst_cases(pattern, small):
        t_small = _time(pattern, text)
        big = bigger[label]
        t_large = _time(pattern, big, rounds=1)
        if t_large < floor:
            continue
        ratio = (t_large / len(big)) / (max(t_small, 1e-7) / len(text))
        if ratio > 3:  # (a disturbance of the machine? measured again)
            t_large = min(t_large, _time(pattern, big, rounds=2))
            t_small = min(t_small, _time(pattern, text, rounds=5))
            ratio = (t_large / len(big)) / (max(t_small, 1e-7) / len(text))
            if ratio > 3:
                findings.append((label, ratio, t_large))
    return findings


def audit(sizes: tuple[int, int] = (16_000, 128_000), patterns: dict[str, re.Pattern] | None = None,
          timeout: float = 60.0, workers: int = 2, verbose: bool = False) -> list[tuple[str, str, float, float]]:
    """(pattern name, case, growth of the time per character, seconds) for every pattern case
    that grows faster than its input; a pattern whose cases take more than ``timeout`` seconds
    in all is a finding of its own (a hang: the regular-expression engine cannot be stopped,
    so each pattern runs in a worker process that is killed)."""
    import multiprocessing

    patterns = patterns if patterns is not None else package_patterns()
    context = multiprocessing.get_context("fork")
    findings: list[tuple[str, str, float, float]] = []
    pending = list(patterns.items())
    while pending:
        with context.Pool(workers) as pool:
            jobs = [(name, pool.apply_async(audit_pattern, (pattern, sizes))) for name, pattern in pending]
            pending = []
            for k, (name, job) in enumerate(jobs):
                try:
                    found = job.get(timeout)
                except multiprocessing.TimeoutError:
                    findings.append((name, "all cases", float("inf"), timeout))
                    if verbose:
                        print(f"{name}: still running after {timeout:.0f} s", file=sys.stderr, flush=True)
                    # the pool is stuck on it: a new pool for the patterns not yet done
                    pending = [(n, patterns[n]) for n, j in jobs[k + 1:] if not j.ready()]
                    findings.extend((n, label, ratio, sec) for n, j in jobs[k + 1:] if j.ready()
                                    for label, ratio, sec in j.get())
                    pool.terminate()
                    break
                if verbose:
                    print(f"{name}: {len(found)} finding(s)", file=sys.stderr, flush=True)
                findings.extend((name, label, ratio, seconds) for label, ratio, seconds in found)
    return findings


LADDER = (10_000, 100_000, 1_000_000)  # characters: the results page's ladder


def ladder_pattern(pattern: re.Pattern, sizes: tuple[int, ...] = LADDER,
                   climbers: int = 8) -> tuple[str, list[float], float]:
    """The slowest-growing case of one pattern on the ladder: (its label, ms per MB at each size,
    the largest ms per MB over the smallest size's). A cost per MB that falls as the input grows
    is a call's fixed cost, not growth. Every case is timed on all sizes but the top one; only
    the ``climbers`` that grew most by then go on to the top (growth that is more than linear
    shows a step earlier, and a slow linear pattern would otherwise take minutes a case).
    Cases that stay under 1 ms at the second-largest size are left out (their small sizes are
    timer noise); ("", [], 1.0) when all are."""
    by_size = [dict(worst_cases(pattern, size)) for size in sizes]
    below: list[tuple[float, str, list[float]]] = []
    for label in by_size[0]:
        texts = [cases[label] for cases in by_size[:-1]]
        if _time(pattern, texts[-1], rounds=1) * len(by_size[-1][label]) / len(texts[-1]) < 1e-3:
            continue
        per_mb = [_time(pattern, text, rounds=5 if len(text) < 50_000 else 2) / len(text) * 1e9 for text in texts]
        below.append((max(per_mb) / max(per_mb[0], 1e-9), label, per_mb))
    worst: tuple[str, list[float], float] = ("", [], 1.0)
    for _, label, per_mb in sorted(below, key=lambda item: -item[0])[:climbers]:
        top = by_size[-1][label]
        per_mb = per_mb + [_time(pattern, top, rounds=2) / len(top) * 1e9]
        growth = max(per_mb) / max(per_mb[0], 1e-9)
        if growth > worst[2]:
            worst = (label, per_mb, growth)
    return worst


def ladder_table(sizes: tuple[int, ...] = LADDER, workers: int = 2) -> str:
    """A markdown table: per pattern, its slowest-growing generated input and the ms per MB it
    takes at each size (target: largest over smallest under 2)."""
    import multiprocessing

    patterns = package_patterns()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        rows = pool.starmap(ladder_pattern, [(pattern, sizes) for pattern in patterns.values()])
    heads = " | ".join(f"{size // 1000} KB" if size < 1_000_000 else f"{size // 1_000_000} MB" for size in sizes)
    lines = [f"| pattern | its slowest-growing input | {heads} | largest / {heads.split(' |')[0]} |",
             "|---|---|" + "---|" * len(sizes) + "---|"]
    fast = 0
    for name, (label, per_mb, growth) in sorted(zip(patterns, rows), key=lambda item: -item[1][2]):
        if not label:
            fast += 1
            continue
        cells = " | ".join(f"{ms:.1f}" for ms in per_mb)
        lines.append(f"| `{name}` | {label} | {cells} | {growth:.2f}x |")
    worst = max((growth for _, _, growth in rows), default=1.0)
    lines += ["", f"{len(patterns)} patterns, {len(rows) - fast} with an input slow enough to time at 1 MB "
              f"(the others stay under 1 ms a MB on every input); largest growth {worst:.2f}x (target: under 2x)."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="16000,128000", help="small,large characters")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a pattern may take in all")
    parser.add_argument("--only", help="audit only patterns whose name holds this")
    parser.add_argument("--ladder", type=Path, help="instead: write the 10 KB-1 MB ladder table (markdown) here")
    args = parser.parse_args(argv)
    if args.ladder:
        table = ladder_table()
        args.ladder.write_text("# Patterns: time per MB on their worst inputs\n\n" + table, encoding="utf-8")
        print(table)
        return 0
    small, large = (int(x) for x in args.sizes.split(","))
    patterns = {k: v for k, v in package_patterns().items() if not args.only or args.only in k}
    print(f"{len(patterns)} patterns")
    findings = audit((small, large), patterns, timeout=args.timeout, verbose=True)
    for name, label, ratio, seconds in findings:
        print(f"FINDING {name}: {label}: {ratio:.1f}x per character, {seconds:.2f} s at {large}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
