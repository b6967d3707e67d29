"""The single contract every rule follows: a named rule with its flags reads the document and
yields verdicts; it never edits blocks itself. The judge applies each rule's verdicts before the
next rule runs, so later rules see what is left."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # (only the compiler reads it: installed without it, the decorator does nothing)
    def mypyc_attr(*_args: object, **_flags: object):  # type: ignore[misc]
        return lambda cls: cls

if TYPE_CHECKING:
    from .document import Document


class Verdict:
    """Remove block ``index`` (or only its ``segments``, a (first, last) range of them) for
    ``reason``. (A plain class: compiled, it is made faster than a named tuple, and rules make
    thousands.)"""

    __slots__ = ("index", "reason", "segments")

    def __init__(self, index: int, reason: str, segments: tuple[int, int] | None = None):
        self.index = index
        self.reason = reason
        self.segments = segments

    def __repr__(self) -> str:
        return f"Verdict({self.index}, {self.reason!r}, segments={self.segments})"


@mypyc_attr(allow_interpreted_subclasses=True)
class Rule:
    """A named rule: ``judge`` yields the verdicts. ``summary`` and ``example`` feed --list-rules.
    (Compiled, it can still be subclassed in Python, the attributes below set in the class body
    as the built-in rules do: ``__init__`` copies them where the compiled pipeline reads them.)"""

    name: str = ""
    summary: str = ""
    example: str = ""
    #: the input kinds the rule judges; shape rules read scraped text, where the page's
    #: furniture is still there (an HTML extractor has already chosen the article's blocks)
    applies_to: tuple[str, ...] = ("text", "html")
    #: whether the rule's verdict on a line depends on other lines (position, neighbours,
    #: repeats): only such rules can find more once other lines are gone
    contextual: bool = False
    #: the phrase tables the rule reads, each with the longest line (in words) it looks in:
    #: (family, kind, words). The scan keeps a table's hits in lines up to the longest any rule
    #: reads it in (and at the end of longer lines, where a phrase may be glued).
    evidence: tuple[tuple[str, str, int], ...] = ()
    #: whether the rule has nothing to judge without a phrase of its evidence: a document where
    #: the automaton found none of them is not given to it at all (most documents lack most)
    needs_evidence: bool = True
    #: found by the repairs, on each line before any rule judges (markup remnants); not judged
    repair: bool = False
    #: judges by position and shape, not by what the words say: when such rules would take most
    #: of the prose, the safety valve gives their removals back
    positional: bool = False
    #: takes prose only on evidence of what it is (a comment section's heading, a site notice's
    #: words, the article printed twice): the safety valve does not count that prose as lost
    proves_junk: bool = False
    #: its finds are signs of a scraped page (page furniture); repeats and shape are not, since
    #: a second clean of the output finds none of them left
    furniture: bool = True
    #: lines it takes out in a row mark the article's border for the prose run (not for rules
    #: that judge by the prose run itself)
    border: bool = True
    #: a line it takes out alone sits inside the article (a "Read more:" link between its
    #: paragraphs): the prose run is widened past it as if it were not there
    inline: bool = False
    #: the configuration's [keep] kind that keeps what it removes ("bylines", "captions"...)
    keep: str = ""

    def __init__(self) -> None:
        adopt_class_attributes(self)

    def judge(self, doc: "Document") -> Iterable[Verdict]:
        raise NotImplementedError


_RULE_ATTRIBUTES = ("name", "summary", "example", "applies_to", "contextual", "evidence", "needs_evidence", "repair",
                    "positional", "proves_junk", "furniture", "border", "inline", "keep")


def adopt_class_attributes(rule: Rule) -> None:
    """A Python subclass's class-body attributes, made the instance's own. Compiled, ``Rule``
    keeps them in slots that compiled code reads directly, past a subclass's class attribute."""
    for attribute in _RULE_ATTRIBUTES:
        for klass in type(rule).__mro__:
            if klass is Rule:
                break  # (Rule's own defaults: the instance has them, or set its own in __init__)
            value = vars(klass).get(attribute, _UNSET)
            if value is _UNSET:
                continue
            if not hasattr(value, "__get__"):  # a plain value in a Python class body
                slot: object = vars(Rule).get(attribute)
                setter = getattr(slot, "__set__", None)
                if setter is not None:
                    setter(rule, value)  # (compiled: the slot itself)
                else:
                    setattr(rule, attribute, value)
            break


_UNSET = object()

