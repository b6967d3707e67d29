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
ALL_RULES = [r.name for r in RULES if not r.repair]  # repairs (markup removal included) stay on


# Character classes the package's patterns are built of, and what a run of one looks like.
CLASS_CHARS = ["a", "Z", "7", " ", "\t", "=", "<", ">", '"', "'", "[", "]", "/", "-", "_", ":", ".", "&", "#", ";",
               "+", "é", "√", "Ă", "\x85", "\u00a0", "\u3000", "中"]


@st.composite
def long_runs(draw):
    """A long run of one class's character, alone, after a prefix that opens a construct, or
    repeated with a near miss between."""
    char = draw(st.sampled_from(CLASS_CHARS))
    size = draw(st.integers(1_000, 60_000))
    opener = draw(st.sampled_from(["", "Body text. url=", '<img alt="', "<script>", "<!--", "[caption]", ' a="',
                                    "<b ", "data:image/png;base64,", "& # ", "  "]))
    near = draw(st.sampled_from(["", "=", ">", '"', "\n", " ", "."]))
    unit = char * draw(st.integers(1, 60)) + near
    return opener + (unit * (size // len(unit) + 1))[:size]


@st.composite
def long_attributes(draw):
    value = draw(st.text(alphabet='ab "<>=/.:', min_size=0, max_size=20)) * draw(st.integers(100, 5000))
    quote = draw(st.sampled_from(['"', "'", ""]))
    close = draw(st.sampled_from([quote + ">", quote, ""]))
    return f"The mayor spoke. <img src={quote}{value}{close} Then he left."


@st.composite
def blobs(draw):
    import base64

    raw = base64.b64encode(draw(st.binary(min_size=50, max_size=40_000))).decode()
    return draw(st.sampled_from([
        "{0}", "The mayor spoke on Monday.\n\n{0}\n\nThen he left.", 'Before <img src="data:image/png;base64,{0}"> after.',
        "Before data:image/gif;base64,{0} after.", "Signed {0} by the team."])).format(raw)


def one_line(text: str) -> str:
    """A document as one line, the way many scraped datasets store it."""
    return " ".join(text.split())


INPUTS = st.one_of(st.binary(max_size=3000), st.text(max_size=3000), mutated(), documents().map(lambda d: d[0]),
                   mutated().map(lambda t: t.encode("utf-8", "surrogatepass")),
                   mutated().map(lambda t: t.encode("cp1252", "replace")),
                   long_runs(), long_attributes(), blobs(), mutated().map(one_line), documents().map(lambda d: one_line(d[0])))

findings: list[str] = []
failing: list = []  # the inputs behind every kind of finding, whole (--save)
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
        failing.append(data)
    for note in result.notes:
        if note.startswith(("internal error", "rule ")):
            findings.append(f"{note}: {data[:120]!r}")
            failing.append(data)
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
        failing.append(data)


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
