"""Phrase data per language (``rules/data/<lang>.toml``), compiled once into one matcher
per rule family and kind, across all chosen languages.

Kinds in a family's table:
  line      the whole line is the phrase ("Source link", "12 Comments", "Advertisement")
  section   same shape as ``line``; the line heads a block of junk that follows it
  labels    the line starts with the phrase and a colon, bar or dash ("Read more: ...")
  contains  the phrase anywhere in a short line ("Your email address will not be published")
  notices   the phrase anywhere in a block of any length: it marks the block as a site notice
  patterns  regular expressions matched against the whole line
  section_patterns  regular expressions for heading lines, as ``section``
  sentence_patterns  regular expressions matched against one sentence of a line, whole: the
            sentence is a prompt ("Sign up for our daily newsletter."), the line's others stay
  thread_patterns  regular expressions for a comment's opening, signed with its author and date
            ("Jane says May 2, 2024 at 9:15 am Great post!"): where a thread begins
  place_labels  the line starts with the phrase ("Map of ...")
  date_names  month and day names and stamp words ("Updated") that make a line a date line
  date_words  connecting words a date line may also hold ("at", "ago", "minutes")
  byline_words  the words that open a byline ("By", "Por", "Von")
  name_joins  the lower-case words a byline's names may hold ("and", "with", "de", "van")
  glued_words  the one-word ``line`` phrases that also go glued before a sentence, as a word that
            never begins a name ("Advertisement": not "Home", "Save")
  contents  a table of contents' heading, the whole line ("Table of Contents", "In this article")
``line`` and ``labels`` phrases also count when glued after the last sentence of a body line
(``Document.glued``), and the prompts' ``line`` phrases of two words or more (or in capitals, or
``glued_words``) glued before a sentence (``Document.leading``); ``labels`` followed by a colon
anywhere in a line serve the metadata rule.
``section`` phrases of two words or more (in the table's case) and ``section_patterns`` also count
when they open a piece of a long line and run on into what follows (``opener``), and the phrases of
two capitalised words or more inside one, between a word and a capitalised one (``titled``;
``Document.opening``).

All literal phrases of all families go into one Aho-Corasick automaton (``automaton``): one
pass over a document's lower-cased text finds every phrase of every rule; the rules then check
what their kind requires (the whole line, a label at its start, glued after a sentence...) at
the few places found. The regular-expression kinds (``patterns``, ``section_patterns``) are
compiled as line patterns and tried only on the lines where the automaton found a literal they
require (``literals``; ``Document.scan``); ``date_words``, short and common, are matched only
inside candidate date lines, and ``byline_words`` and ``name_joins`` at the start of short lines
and in them (``metadata.Byline``).
"""
from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

import ahocorasick_rs

from .casing import lower as lower_case
from .literals import required_literals
from .sentences import OPENERS

_SPACE = r"[^\S\n]"  # whitespace within a line
_EDGE_SIGNS = " *|•·-–—:.!?()[]"  # what stands around a control's words on a line ("Book Now *", "( View Options )")
_OPEN_ENDED = re.compile(r"\.(?:\{\d*,?\d*\}|[*+])\??\)*$")  # a pattern ending in a run of any characters
KINDS = ("line", "section", "labels", "contains", "notices", "patterns", "section_patterns", "sentence_patterns",
         "thread_patterns", "place_labels", "date_names", "date_words", "byline_words", "name_joins", "glued_words", "contents")
# The data kinds that hold literal phrases (found by the automaton).
LITERAL_KINDS = ("line", "section", "labels", "contains", "notices", "place_labels", "date_names")
# The kinds of line patterns; the automaton finds the literals they require (``literals``).
PATTERN_KINDS = ("patterns", "section_patterns", "sentence_patterns", "thread_patterns")


def available_languages() -> tuple[str, ...]:
    folder = resources.files("cleaner").joinpath("rules").joinpath("data")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@cache
def _load(language: str) -> dict:
    path = resources.files("cleaner").joinpath("rules").joinpath("data").joinpath(f"{language}.toml")
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"no phrase data for language {language!r}; available: {', '.join(available_languages())}") from None
    from .phrase_tables import check_language  # (it reads the rules, which read this module)

    check_language(language, table)
    return table


class PhraseBook:
    """All phrases of the chosen languages: ``automaton`` finds the literal ones, ``matcher``
    compiles a regular-expression kind."""

    def __init__(self, languages: tuple[str, ...] = (), extra: tuple[tuple[str, str, tuple[str, ...]], ...] = ()):
        self.languages = tuple(languages) or available_languages()
        self._tables = [_load(lang) for lang in self.languages]
        if extra:  # the user's own phrases, as one more table
            table: dict = {}
            for family, kind, phrases in extra:
                table.setdefault(family, {}).setdefault(kind, []).extend(phrases)
            self._tables.append(table)
        self._compiled: dict[tuple[str, str], re.Pattern | None] = {}
        self._openers: dict[str, tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]] = {}
        self._quoted: dict[str, re.Pattern | None] = {}
        self._counted: dict[str, re.Pattern | None] = {}
        self._glued_words: dict[str, frozenset[str]] = {}
        self._labels: dict[str, frozenset[str]] = {}
        self._whole: dict[tuple[str, str], frozenset[str]] = {}
        self._titled: dict[str, frozenset[str]] = {}
        self._automata: dict[tuple[str, ...], tuple] = {}
        self._longest: int | None = None
        self._prefiltered: dict[tuple[str, str], bool] = {}
        self._unfiltered: frozenset[tuple[str, str]] | None = None

    def phrases(self, family: str, kind: str) -> list[str]:
        return [p for table in self._tables for p in table.get(family, {}).get(kind, [])]

    def automaton(self, kinds: tuple[str, ...]) -> tuple["ahocorasick_rs.AhoCorasick | None", list]:
        """The literal phrases of ``kinds``, lower-cased with single spaces, in one automaton,
        and what each pattern index stands for: ((family, kind), ...). (A contiguous NFA: linear
        in the text, and far smaller and quicker to build than a DFA, whose faster search is
        worth a few percent of a clean.)"""
        if kinds not in self._automata:
            owners = self._owners(kinds)
            keys = sorted(owners)
            automaton = None
            if keys:
                automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard,
                                                       implementation=ahocorasick_rs.Implementation.ContiguousNFA)
            self._automata[kinds] = (automaton, [tuple(sorted(owners[key])) for key in keys])
        return self._automata[kinds]

    def _owners(self, kinds: tuple[str, ...]) -> dict[str, set[tuple[str, str]]]:
        """Each automaton key of ``kinds`` -> the (family, kind) pairs it stands for: a literal
        phrase, lower-cased with single spaces, or a literal a pattern requires (``literals``)."""
        owners: dict[str, set[tuple[str, str]]] = {}
        for table in self._tables:
            for family, table_kinds in table.items():
                if not isinstance(table_kinds, dict):
                    continue
                for kind in kinds:
                    for phrase in table_kinds.get(kind, []):
                        if kind in PATTERN_KINDS:
                            literals = required_literals(phrase) or frozenset()
                        else:
                            literals = frozenset((" ".join(lower_case(phrase).split()),))
                        for key in literals:
                            if key:
                                owners.setdefault(key, set()).add((family, kind))
        return owners

    @property
    def longest(self) -> int:
        """Characters of the longest key any automaton can hold."""
        if self._longest is None:
            self._longest = max(map(len, self._owners(LITERAL_KINDS + PATTERN_KINDS)), default=0)
        return self._longest

    def prefiltered(self, family: str, kind: str) -> bool:
        """Whether every pattern of a pattern kind has required literals, so that only the
        lines where the automaton finds one (as a hit of that kind) can match."""
        if (family, kind) not in self._prefiltered:
            self._prefiltered[family, kind] = all(required_literals(p) for p in self.phrases(family, kind))
        return self._prefiltered[family, kind]

    def unfiltered_tables(self) -> frozenset[tuple[str, str]]:
        """The (family, pattern kind) tables that are not ``prefiltered``: the automaton cannot
        tell whether their patterns match in a text."""
        if self._unfiltered is None:
            families = {family for table in self._tables for family, kinds in table.items() if isinstance(kinds, dict)}
            self._unfiltered = frozenset((family, kind) for family in families for kind in PATTERN_KINDS
                                         if not self.prefiltered(family, kind))
        return self._unfiltered

    def opener(self, family: str) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
        """A family's section headings as they open a piece of a long line, glued before what
        follows: its ``section`` phrases of two words or more, in the case the table writes them
        (a heading's case tells "Leave a Reply" from a sentence's words), and its
        ``section_patterns``, those whose match ends where the heading does apart from those
        that run on over what follows ("3 comments on .{1,300}": the title quoted); each at the
        piece's start, not to its end."""
        if family not in self._openers:
            # (as the table writes them, and in sentence case: "Related posts", "Leave a reply")
            phrases = sorted({form for p in self.phrases(family, "section") if len(p.split()) >= 2
                              for form in (p, p[:1] + p[1:].lower())}, key=len, reverse=True)
            patterns = sorted(set(self.phrases(family, "section_patterns")), key=len, reverse=True)
            closed = [p for p in patterns if not _OPEN_ENDED.search(p)]
            wide = [p for p in patterns if _OPEN_ENDED.search(p)]
            self._openers[family] = (
                re.compile(rf"[^\w\n]*(?:{'|'.join(map(re.escape, phrases))})") if phrases else None,
                re.compile(rf"[^\w\n]*(?:{'|'.join(closed)})", re.IGNORECASE) if closed else None,
                re.compile(rf"[^\w\n]*(?:{'|'.join(wide)})", re.IGNORECASE) if wide else None)
        return self._openers[family]

    def quoted(self, family: str) -> re.Pattern | None:
        """A family's ``section_patterns`` that run on over a quoted title ("12 thoughts on
        “The title”") as they stand glued inside a piece of a long line: their fixed part, after
        a word, opening with a count and followed by an opening quote."""
        if family not in self._quoted:
            fixed = sorted({_OPEN_ENDED.sub("", p) for p in self.phrases(family, "section_patterns")
                            if _OPEN_ENDED.search(p)}, key=len, reverse=True)
            self._quoted[family] = re.compile(rf"(?<=\w )(?=\d)(?:{'|'.join(fixed)})[“\"«„]", re.IGNORECASE) \
                if fixed else None
        return self._quoted[family]

    def counted(self, family: str) -> re.Pattern | None:
        """A family's ``section_patterns`` that end where the heading does, as they stand glued
        inside a piece of a long line: opening with a count, after a word or a colon, in the case
        the table writes them ("...Like this: 39 Comments Great site..."; not "39 comments"),
        followed by a capitalised word (a comment's first, not a sentence going on)."""
        if family not in self._counted:
            closed = sorted({p for p in self.phrases(family, "section_patterns") if not _OPEN_ENDED.search(p)},
                            key=len, reverse=True)
            self._counted[family] = re.compile(rf"(?<=[\w:] )(?=\d)(?:{'|'.join(closed)})(?= [^\W\d_])") \
                if closed else None
        return self._counted[family]

    def glued_words(self, family: str) -> frozenset[str]:
        """A family's ``glued_words``, lower-cased."""
        if family not in self._glued_words:
            self._glued_words[family] = frozenset(lower_case(w) for w in self.phrases(family, "glued_words"))
        return self._glued_words[family]

    def is_label(self, family: str, text: str) -> bool:
        """Whether ``text``, edge signs and case aside, is one of the family's ``labels``."""
        if family not in self._labels:
            self._labels[family] = frozenset(lower_case(label) for label in self.phrases(family, "labels"))
        return lower_case(text.strip(" " + OPENERS)) in self._labels[family]

    def is_phrase(self, family: str, kind: str, text: str) -> bool:
        """Whether ``text``, edge signs, spaces and case aside, is one of the family's ``kind``
        phrases, whole."""
        key = (family, kind)
        if key not in self._whole:
            self._whole[key] = frozenset(" ".join(lower_case(p).split()) for p in self.phrases(family, kind))
        return " ".join(lower_case(text).split()).strip(_EDGE_SIGNS) in self._whole[key]

    def titled(self, family: str) -> frozenset[str]:
        """A family's ``section`` phrases that a heading glued inside a piece of a long line is
        told by: two capitalised words or more, as the table writes them ("Related Articles",
        "Leave a Reply"; not "Comments", not "You may also like")."""
        if family not in self._titled:
            self._titled[family] = frozenset(p for p in self.phrases(family, "section")
                                             if sum(1 for word in p.split() if word[:1].isupper()) >= 2)
        return self._titled[family]

    def matcher(self, family: str, kind: str) -> re.Pattern | None:
        key = (family, kind)
        if key not in self._compiled:
            self._compiled[key] = self._compile(kind, self.phrases(family, kind))
        return self._compiled[key]

    def prefix_matcher(self, family: str, kind: str) -> re.Pattern | None:
        """A pattern kind's patterns as one pattern that matches at the start of a text without
        running to its end (``Pattern.match``): a control glued before a sentence."""
        key = (family, kind + ":prefix")
        if key not in self._compiled:
            phrases = self.phrases(family, kind)
            alternatives = "|".join(sorted(set(phrases), key=len, reverse=True))
            self._compiled[key] = re.compile(rf"[^\w\n]*(?:{alternatives})", re.IGNORECASE) if phrases else None
        return self._compiled[key]

    @staticmethod
    def _compile(kind: str, phrases: list[str]) -> re.Pattern | None:
        """The regular-expression kinds, as one multi-line pattern that never crosses a line."""
        if not phrases:
            return None
        if kind == "date_words":
            # Short common words ("at", "de"): matched only inside candidate date lines, not by the automaton.
            words = "|".join(re.escape(lower_case(p)) for p in sorted(set(phrases), key=len, reverse=True))
            return re.compile(rf"(?<!\w)(?:{words})(?!\w)")
        if kind not in PATTERN_KINDS:
            raise ValueError(f"{kind!r} holds literal phrases: use the automaton (Document.phrase_hits)")
        alternatives = "|".join(sorted(set(phrases), key=len, reverse=True))
        if kind == "sentence_patterns":  # (matched whole against a sentence's span, Pattern.fullmatch;
            # a few signs before it, "🚀 Sign up...": bounded, as a search from every position runs them;
            # not a copyright sign, which a notice's pattern opens with)
            return re.compile(rf"[^\w\n©]{{0,4}}+(?:{alternatives}){_SPACE}*", re.IGNORECASE)
        return re.compile(rf"^[^\w\n]*(?:{alternatives}){_SPACE}*$", re.IGNORECASE | re.MULTILINE)


@cache
def phrase_book(languages: tuple[str, ...] = (), extra: tuple = ()) -> PhraseBook:
    return PhraseBook(languages, extra)
