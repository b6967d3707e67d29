"""Fuzzing run (not part of CI): many generated and mutated inputs through cleaner, checking that
nothing escapes, nothing hangs, a second clean changes nothing, and no word is invented.

    python fuzz/fuzz_clean.py [--examples 20000] [--seed 0]

Internal errors that cleaner catches (its notes "internal error", "rule ... failed") count as
findings too: the guards keep users safe, the fuzzer keeps them unused. Prints what it tried and
what it found; exits 1 when something was found.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import cleaner  # noqa: E402
from cleaner.rules import RULES  # noqa: E402
from generated import documents, mutated  # noqa: E402

WORDS = re.compile(r"\w+")
ALL_RULES = [r.name for r in RULES]  # repairs (markup removal included) stay on


INPUTS = st.one_of(st.binary(max_size=3000), st.text(max_size=3000), mutated(), documents().map(lambda d: d[0]),
                   mutated().map(lambda t: t.encode("utf-8", "surrogatepass")),
                   mutated().map(lambda t: t.encode("cp1252", "replace")))

findings: list[str] = []
failing: list = []  # the inputs behind the findings, whole (--save)
doors: dict[str, int] = {}  # inputs by the kind of result: text, html, binary, unusable
tried = 0


def check(data) -> None:
    global tried
    tried += 1
    start = time.perf_counter()
    result = cleaner.clean_and_explain(data)
    elapsed = time.perf_counter() - start
    doors[result.kind] = doors.get(result.kind, 0) + 1
    size = max(len(data), 1)
    if elapsed > 5 and elapsed / size * 1e6 > 20:  # more than 20 s per MB on something sizeable
        findings.append(f"slow: {elapsed:.1f} s for {size} chars: {data[:80]!r}")
    for note in result.notes:
        if note.startswith(("internal error", "rule ")):
            findings.append(f"{note}: {data[:120]!r}")
    if result.kind != "text" and result.kind != "html":
        return
    again = cleaner.clean(result.text)
    if again != result.text:  # (the output of the HTML door is cleaned again through the text door)
        findings.append(f"not idempotent ({result.kind} door): {data[:120]!r}")
        failing.append(data)
    repaired = cleaner.clean(data, disabled_rules=ALL_RULES)
    invented = set(WORDS.findall(result.text)) - set(WORDS.findall(repaired))
    if invented:
        findings.append(f"invented words {sorted(invented)[:5]}: {data[:120]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path, help="write the failing inputs here (a pickle), to replay them")
    args = parser.parse_args()
    start = time.perf_counter()

    @settings(max_examples=args.examples, deadline=None, derandomize=False, database=None,
              suppress_health_check=list(HealthCheck))
    @given(INPUTS)
    def run(data):
        check(data)

    import random

    random.seed(args.seed)
    run()
    unique = sorted(set(f.split(": ", 1)[0] + ": " + f.split(": ", 1)[1][:200] for f in findings))
    print(f"tried {tried} inputs in {time.perf_counter() - start:.0f} s ({', '.join(f'{n} {k}' for k, n in sorted(doors.items()))}); "
          f"findings: {len(findings)} ({len(unique)} distinct)")
    for finding in unique[:40]:
        print(" -", finding)
    if args.save:
        import pickle

        args.save.write_bytes(pickle.dumps(failing))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
