"""The document view the rules share: its blocks, what is alive, the phrase hits of each table
(from one scan), and questions rules ask of lines (a whole-line phrase, a label, a glued tail)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..blocks import CLOSERS, STOPS, Block
from ..casing import lower as lower_case
from ..options import Options
from ..phrases import PhraseBook
from ..sentences import OPENERS, PREPOSITION_LETTERS, TOKEN, opens_sentence, pieces
from .article import block_scores, is_prose, prose_run, reads_as_running_text
from .base import Rule
from .scan import _GLUED_REACH, scan_phrases

_EDGE_ONLY = re.compile(r"[\W\d_]*+")  # punctuation, digits, spaces: what may surround a line phrase
_LABEL_END = re.compile(r"(?<![^\S\n])[^\S\n]*(?:[:：|»>]|[^\S\n][-–—](?=[^\S\n]))[^\S\n]*+")
_SENTENCE_PUNCT = frozenset(STOPS + "…\"'”’»")  # (a teaser cut with "…" before "Continue reading")
_STOPS_OR_ELLIPSIS = frozenset(STOPS + "…")  # what ends the sentence a label between two sentences follows
LINK_WORDS = 40  # the longest line or piece that is a label and its link ("Read more: <headline>")
# between a phrase glued before a sentence and it (a colon makes the phrase a label of the sentence: "Get started: ...")
_GLUE_GAP = re.compile(r"[^\S\n]*[.!|\-–—]?[^\S\n]+")
_EDGE_PUNCT = " .,:;!?\"'“”‘’«»()[]-–—*•|"
_SENTENCE_WORDS = 10  # the fewest words of sentences that keep the rest of a prompt's line
_MENU_BEFORE_WORDS = 40  # the most words of a menu run into a prompt that opens a piece
_PROMPT_TAIL_WORDS = 6  # the most words a prompt runs on past its phrase ("Follow us on" Instagram)
# Characters a sentence pattern's match may open before the literal it requires: its call's verb
# ("Be sure to sign up"), or what the call names, 100 characters on ("Suscríbete ... boletín")
_LITERAL_LEAD = 140
_SHORTEST_SENTENCE = 5  # the fewest words of one of them
_TITLED_AFTER = re.compile(r":| [^\W_a-z]")  # what follows a heading glued inside a piece
_WHOLE_LINE_WORDS = 60  # no line made of one phrase is longer than this
_KEPT_KEYS = 1 << 22  # characters of comparison keys kept; beyond, keys are made again when asked


class Document:
    """The blocks under judgement, the phrase book and options, and the article's prose run."""

    def __init__(self, blocks: list[Block], phrases: PhraseBook, options: Options, page_title: str = "",
                 door: str = "text", reach: dict[tuple[str, str], int] | None = None,
                 controls: frozenset[str] = frozenset()):
        self.blocks = blocks
        self.phrases = phrases
        self.options = options
        #: (family, kind) -> the longest line (in words) a rule reads the table in (``reach_of``)
        self.reach: dict[tuple[str, str], int] = reach or {}
        #: "text" (scraped text: the page's furniture may be in it) or "html" (an extractor's choice)
        self.door = door
        #: for HTML input, the page's <title>/og:title lines; empty for scraped text
        self.page_title = page_title
        #: for HTML input, the words on the page's buttons, form labels and options, as ``plain`` keys
        self.controls = frozenset(c.strip(_EDGE_PUNCT) for c in controls)
        self._alive: list[int] | None = None
        self._prose_prefix: list[int] | None = None
        self._hits: dict[tuple[str, str], dict[int, list[tuple[int, int]]]] | None = None
        self._alive_hits: dict[tuple[str, str], dict[int, list[tuple[int, int]]]] = {}
        self._openings: dict[str, dict[int, tuple[int, int]]] = {}  # family -> ``opening``, for the blocks alive now
        self._plain: dict[int, str] = {}
        self._found: set[tuple[str, str]] | None = None  # the tables the automaton found phrases of, or cannot rule out
        self._plain_budget = _KEPT_KEYS
        self._scores: list[int] | None = None  # each block's _score, scaled by strictness
        #: blocks rules that mark borders (``Rule.border``) removed in the current round
        #: (``start_round`` empties it)
        self.fresh: set[int] = set()
        #: of those, the ones rules whose lines sit inside the article took out (``Rule.inline``)
        self.inline: set[int] = set()
        #: how many blocks furniture rules (``Rule.furniture``) took out: signs of a scraped page.
        #: Blocks dead on arrival are the repairs' markup finds. (A run of capitalised words
        #: glued before a sentence is not one: the output of the HTML door, cleaned again as
        #: text, would find one where the first clean judged the extractor's choice.)
        self.furniture = sum(1 for b in blocks if b.removed_by is not None)

    def start_round(self) -> None:
        self.fresh = set()
        self.inline = set()

    def removed(self, i: int, rule: Rule) -> None:
        """Take block ``i`` out for ``rule``."""
        self.blocks[i].remove(rule.name)
        if rule.border:
            self.fresh.add(i)
            if rule.inline:
                self.inline.add(i)
        self.took_out(rule)

    def took_out(self, rule: Rule) -> None:
        """``rule`` took a block or segments of one out (glued into a long line): a sign of a
        scraped page either way, when it is a furniture rule."""
        if rule.furniture:
            self.furniture += 1

    def judge_again(self) -> None:
        """The blocks dead now are out of the document from here on, as for a second clean."""
        self.furniture = 0
        self.changed()

    def changed(self, cut: list[int] | None = None) -> None:
        """Blocks were removed (or, ``cut``, lost segments): drop what was computed from the old
        state. A cut block's phrases are found again in what it kept: a line that was longer than
        a table's reach may be within it now (a second clean of the output would find them)."""
        self._alive = None
        self._prose_prefix = None
        self._alive_hits = {}
        self._openings = {}
        if cut:
            self._found = None
            self._scores = None
            cut = sorted(set(cut))
            for i in cut:
                key = self._plain.pop(i, None)
                if key is not None:
                    self._plain_budget += len(key)
            if self._hits is not None:
                for table, found in list(self._hits.items()):
                    for i in cut:
                        found.pop(i, None)
                    if not found:
                        del self._hits[table]
                again = scan_phrases([self.blocks[i] for i in cut], self.phrases, self.reach)
                for table, found in again.items():
                    merged = self._hits.get(table, {})
                    merged.update({cut[k]: spans for k, spans in found.items()})
                    self._hits[table] = dict(sorted(merged.items()))  # (in block order, as the scan gives them)

    def scan(self, family: str, kind: str, most: int = 0) -> list[int]:
        """Alive blocks, up to the longest line a rule reads the table in (or ``most`` words),
        whose lower-cased text a line pattern of a family matches. Tried only on the lines where
        the automaton found a literal the patterns require (``literals``), or, when one has none,
        on every line."""
        matcher = self.phrases.matcher(family, kind)
        if matcher is None:
            return []
        blocks = self.blocks
        longest = most or self.reach.get((family, kind), 0)
        lines = sorted(self.phrase_hits(family, kind)) if self.phrases.prefiltered(family, kind) else self.alive()
        return [i for i in lines if blocks[i].weight <= longest and matcher.match(blocks[i].lower)]

    def scan_sentences(self, family: str, kind: str, most_words: int,
                       unstopped_words: int) -> dict[int, tuple[int, int] | None]:
        """Alive blocks, up to the longest line a rule reads the table in, holding a sentence of
        ``most_words`` words or fewer that a sentence pattern of a family matches whole -> the
        range of segments the first run of such sentences is once split off, or None when they
        are the line's own text (its other pieces are no sentences of an article: "Email Submit").
        A piece in title case or without a stop at its end counts only as a line of its own of
        ``unstopped_words`` words or fewer: glued, it may run on into the next sentence ("Join Our
        List The mayor said..." is one piece)."""
        matcher = self.phrases.matcher(family, kind)
        if matcher is None:
            return {}
        blocks = self.blocks
        longest = self.reach.get((family, kind), 0)
        hits = self.phrase_hits(family, kind) if self.phrases.prefiltered(family, kind) else None
        out: dict[int, tuple[int, int] | None] = {}
        for i in sorted(hits) if hits is not None else self.alive():
            block = blocks[i]
            lower = block.lower
            if block.weight > longest or not (_opens_near(matcher, lower, hits[i]) if hits is not None
                                              else matcher.search(lower)):
                continue  # (no sentence of the line opens with a match: none matches whole)
            cuts = pieces(block.text)
            alone = block.line < 0 and len(cuts) == 1 and block.weight <= unstopped_words
            # (the line's last piece, after a sentence: nothing follows for it to run on into)
            final = len(cuts) - 1
            held = [k for k, (b, e, _) in enumerate(cuts)
                    if (alone or lower[b:e].rstrip(CLOSERS)[-1:] in STOPS and not _title_case(block.text[b:e])
                        or k == final and k and len(lower[b:e].split()) <= unstopped_words
                        and _after_a_stop(lower, b))
                    and len(lower[b:e].split()) <= most_words and matcher.fullmatch(lower, b, e)]
            if not held:
                continue
            last = held[0]
            while last + 1 in held:
                last += 1
            if not _sentences_beside(block.text, cuts, held[0], last, self._least_beside(i)):
                out[i] = None
            else:
                out[i] = split_off(block, cuts[held[0]][0], cuts[last][1])
        return out

    def opening(self, family: str) -> dict[int, tuple[int, int]]:
        """Alive pieces of long lines that hold a section heading of ``family`` glued to the text
        around it -> where the heading begins and ends in the piece's text. A heading that opens
        the piece ("Leave a Reply Cancel reply Your email address...", "6 thoughts on “The title”
        Great post!") is followed by nothing, a capitalised word or a sign, not a lower-case word
        ("Leave a comment below") or a stop ("Leave a comment."); a pattern that runs on over what
        follows has no end told (0). One inside the piece ("...helps you win You Might Also Like 1
        in 5 Homeowners...") is a phrase of two capitalised words or more, in the table's case,
        after a word and before a capitalised word, a digit or a colon; or a pattern's count of
        comments on a quoted title ("...Watches 59 Comments on “The title” Great post!"), or in
        the table's case before a capitalised word ("...Like this: 39 Comments Great site")."""
        out = self._openings.get(family)
        if out is not None:
            return out
        out = {}
        self._openings[family] = out
        phrases, patterns, wide = self.phrases.opener(family)
        if phrases is None and patterns is None and wide is None:
            return out
        quoted = self.phrases.quoted(family)
        counted = self.phrases.counted(family)
        inside: dict[int, tuple[int, int]] = {}  # a count of comments on a quoted title inside a piece
        for i in self.alive():
            block = self.blocks[i]
            if block.line < 0:
                continue
            text = block.text
            if quoted is not None:
                found = quoted.search(text)
                if found is not None and _title_then_text(text, found.end()):
                    inside[i] = (found.start(), 0)
            if counted is not None and i not in inside:
                found = counted.search(text)
                if found is not None and text[found.end() + 1].isupper():
                    inside[i] = (found.start(), found.end())
            for matcher in (phrases, patterns, wide):
                found = matcher.match(text) if matcher is not None else None
                if found is None:
                    continue
                rest = text[found.end():found.end() + 2].lstrip()
                if rest[:1] == ":" and self.phrases.is_label(family, text[:found.end()]):
                    break  # (a label and its headline: "Also read: <headline>", ``related.link``'s to judge)
                if not rest or rest[0].isupper() or not rest[0].isalnum() and rest[0] not in STOPS:
                    out[i] = (0, found.end() if matcher is not wide else 0)
                    break
        titled = self.phrases.titled(family)
        if titled:
            for i, spans in self.phrase_hits(family, "section").items():
                block = self.blocks[i]
                if i in out or block.line < 0:
                    continue
                text = block.text
                for s, e in spans:
                    if s >= 2 and text[s - 1] == " " and text[s - 2].isalpha() and text[s:e] in titled \
                            and _TITLED_AFTER.match(text, e):
                        out[i] = (s, e)
                        break
        for i, span in inside.items():
            out.setdefault(i, span)
        return out

    # -- literal phrases, found by one automaton pass -------------------------------------------

    def may_hold(self, tables: tuple[tuple[str, str, int], ...]) -> bool:
        """Whether the phrases of one of ``tables`` (a rule's evidence) can be in the document:
        the automaton found one, or the table is a pattern kind without a required literal (tried
        on every line)."""
        found = self._found
        if found is None:
            found = self._found = set(self._scanned()) | self.phrases.unfiltered_tables()
        for family, kind, _ in tables:
            if (family, kind) in found:
                return True
        return False

    def phrase_hits(self, family: str, kind: str) -> dict[int, list[tuple[int, int]]]:
        """Alive block index -> spans (in the block's lower-cased text) of the phrases of one
        family and kind. One pass of the phrase book's automaton serves every rule."""
        found = self._scanned().get((family, kind))
        if not found:
            return _NO_HITS
        alive = self._alive_hits.get((family, kind))
        if alive is None:
            blocks = self.blocks
            alive = self._alive_hits[family, kind] = {i: spans for i, spans in found.items() if blocks[i].alive}
        return alive

    def _scanned(self) -> dict[tuple[str, str], dict[int, list[tuple[int, int]]]]:
        """(family, kind) -> block index -> spans, from one automaton pass (made once per text)."""
        if self._hits is None:
            self._hits = scan_phrases(self.blocks, self.phrases, self.reach)
        return self._hits

    def plain(self, i: int) -> str:
        """A block's text as a comparison key: lower case, single spaces, no edge punctuation.
        (Keys are kept up to a budget of characters: on a long document they would double its size.)"""
        key = self._plain.get(i)
        if key is None:
            lower = self.blocks[i].lower
            # (No tab, no-break space or double space: the spacing is single already.)
            key = (lower if lower.isprintable() and "  " not in lower else " ".join(lower.split())).strip(_EDGE_PUNCT)
            if self._plain_budget >= len(key):
                self._plain_budget -= len(key)
                self._plain[i] = key
        return key

    def whole_lines(self, family: str, kind: str) -> list[int]:
        """Blocks that are one phrase, give or take punctuation and numbers ("12 Comments:")."""
        out = []
        for i, spans in self.phrase_hits(family, kind).items():
            if self.blocks[i].weight > _WHOLE_LINE_WORDS:
                continue  # a phrase, give or take a few characters, is never a long line
            lower = self.blocks[i].lower
            if any(_EDGE_ONLY.fullmatch(lower, 0, s) and _EDGE_ONLY.fullmatch(lower, e) for s, e in spans):
                out.append(i)
        return sorted(out)

    def labelled(self, family: str, most: int = 0) -> dict[int, str]:
        """Blocks (of ``most`` words at most, if given) that open with a label phrase and a
        colon, bar or dash -> the text after it."""
        out = {}
        most = most or self.reach.get((family, "labels"), 0)
        for i, spans in self.phrase_hits(family, "labels").items():
            block = self.blocks[i]
            if block.weight > most:
                continue
            for s, e in spans:
                if not _EDGE_ONLY.fullmatch(block.lower, 0, s):
                    continue
                end = _LABEL_END.match(block.lower, e)
                if end and end.end() > e and end.end() < len(block.text) and not block.text[end.end()].isspace():
                    out[i] = block.text[end.end():]
                    break
        return out

    def labelled_inside(self, family: str) -> dict[int, list[tuple[int, int]]]:
        """Lines of their own holding a label phrase after a sentence's stop and a space, with a
        colon, bar or dash after it ("...risks remained. READ MORE: How the dollar ...") -> where
        each such label opens and where the text after it does."""
        out: dict[int, list[tuple[int, int]]] = {}
        for i, spans in self.phrase_hits(family, "labels").items():
            block = self.blocks[i]
            if block.line >= 0 or block.weight > self.reach.get((family, "labels"), 0):
                continue
            lower = block.lower
            for s, e in spans:
                if not _after_a_stop(lower, s):
                    continue
                end = _LABEL_END.match(lower, e)
                if end and end.end() > e and end.end() < len(lower) and not lower[end.end()].isspace():
                    out.setdefault(i, []).append((s, end.end()))
        return out

    def glued(self, family: str, kind: str, min_weight: int = 0) -> dict[int, tuple[int, int]]:
        """Blocks of ``min_weight`` or more ending with a phrase glued after their last
        sentence -> the range of segments it is (the line is split at the glue point). ``kind``
        "line": only the phrase ("...the end.Source link"); "labels": a label and a headline
        ("...the end. Read more: Other story")."""
        out = {}
        for i, spans in self.phrase_hits(family, kind).items():
            block = self.blocks[i]
            if block.weight < min_weight or kind == "line" and spans[-1][1] < len(block.text) - 3:
                continue  # (hits come in order of their end: a "line" phrase must end the line)
            # Only the line's end matters: look at that part alone, however long the line.
            offset = max(0, len(block.text) - _GLUED_REACH - 40)
            lower = lower_case(block.text[offset:])
            for s, e in spans:
                s, e = s - offset, e - offset
                if s < 20 and offset or len(lower) - e > _GLUED_REACH:
                    continue  # too far from the end of the line to be glued onto it
                before = lower[max(0, s - 20):s].rstrip()
                if not before or before[-1] not in _SENTENCE_PUNCT:
                    continue
                if kind == "line":
                    ok = bool(_EDGE_ONLY.fullmatch(lower, e))  # ("Continue reading →")
                else:
                    end = _LABEL_END.match(lower, e)
                    rest = lower[end.end():] if end and end.end() > e else ""
                    ok = 3 <= len(rest.strip()) <= 200 and not any(c in STOPS for c in rest)
                if ok:
                    start = s
                    while start > 0 and lower[start - 1].isspace():
                        start -= 1
                    first = block.split(offset + start)
                    out[i] = (first, len(block.segments) - 1)
                    break
        return out

    def leading(self, family: str, kind: str) -> dict[int, tuple[int, int]]:
        """Blocks that open with a phrase glued before a sentence -> the range of segments the
        phrase is (the line is split after it): "Story continues below advertisement The council
        said.", "Advertisement The mayor said.". A sentence opens after it (a capital, a digit or
        a quote) and ends the block. A one-word phrase counts in capitals, or when the table
        lists it among its ``glued_words``: most begin names as often ("Home Depot shares
        fell.", "Save The Children said.")."""
        out = {}
        for i, spans in self.phrase_hits(family, kind).items():
            block = self.blocks[i]
            if not block.ends_sentence:
                continue
            at = self._glued_before(i, family, spans, 0)
            if at:
                out[i] = (0, block.split(at) - 1)
        return out

    def leading_patterns(self, family: str, kind: str) -> dict[int, tuple[int, int]]:
        """Blocks that open with a line pattern's match glued before a sentence ("5 min read The
        council said...", "Image 1 of 5 Cyclists ride along the lane.") -> the range of segments
        the match is (the block split where the sentence begins: a capitalised word, running text
        of ``_SHORTEST_SENTENCE`` words or more to the block's end). Tried where the automaton
        found a literal the patterns require, or, when one has none, on every block up to the
        table's reach (one anchored match each)."""
        matcher = self.phrases.prefix_matcher(family, kind)
        if matcher is None:
            return {}
        out = {}
        longest = self.reach.get((family, kind), 0)
        candidates = self.phrase_hits(family, kind) if self.phrases.prefiltered(family, kind) else self.alive()
        for i in candidates:
            block = self.blocks[i]
            if not block.ends_sentence or block.weight > longest:
                continue
            found = matcher.match(block.text)  # (its patterns ignore case: no lower-cased copy made)
            if found is None or found.end() >= len(block.text) or _wordy(block.text[found.end()]):
                continue
            gap = _GLUE_GAP.match(block.text, found.end())
            if gap is None:
                continue
            rest = block.text[gap.end():]
            first = rest.lstrip(OPENERS)[:1]
            if (first.isupper() or first.isdigit()) and len(rest.split()) >= _SHORTEST_SENTENCE \
                    and reads_as_running_text(rest, 0.5):
                out[i] = (0, block.split(gap.end()) - 1)
        return out

    def between_sentences(self, family: str, kind: str) -> dict[int, tuple[int, int]]:
        """Lines of their own where a phrase of a ``line`` table follows a sentence's stop, glued
        before the next sentence ("...last winter. Advertisement The mayor said..."), as
        ``leading`` reads it at a line's start -> the range of segments the phrase is (the line
        split around it; the first such phrase of a line)."""
        out = {}
        for i, spans in self.phrase_hits(family, kind).items():
            block = self.blocks[i]
            if block.line >= 0:
                continue
            lower = block.lower
            for s, _ in spans:
                if not _after_a_stop(lower, s):
                    continue
                at = self._glued_before(i, family, spans, s)
                # (a sentence after it, to a stop: the line may end with junk of its own, "(rdp/rdp)")
                if at and (block.ends_sentence or any(stop in lower[at:] for stop in STOPS)):
                    out[i] = split_off(block, s, at)
                    break
        return out

    def _glued_before(self, i: int, family: str, spans: list[tuple[int, int]], begin: int) -> int:
        """Where the sentence begins after a phrase at ``spans`` (of a ``line`` table) that opens
        block ``i``'s text from ``begin`` glued before it (``leading``), or 0. Phrases in a row
        count together: two one-word ones or more ("Share Tweet Email The council said.") are
        controls side by side, as one that tells a prompt alone is (``_prompt_word``)."""
        block = self.blocks[i]
        lower, text = block.lower, block.text
        at, found, told, best = begin, 0, False, 0
        while True:
            step = self._phrase_at(lower, text, spans, at)
            if step is None:
                return best
            s, e, at = step
            found += 1
            told = told or self._prompt_word(family, text[s:e])
            words = text[at:].split(None, 1)
            first = words[0].lstrip(OPENERS)[:1] if words else ""
            # (a sentence opens with a capital, a figure, or any letter of a script without case)
            if (first.isdigit() or first.isalpha() and not first.islower()) and (told or found >= 2):
                best = at

    def phrases_side_by_side(self, i: int, family: str, kind: str) -> int:
        """How many phrases of a ``line`` table make block ``i``'s whole text, side by side with
        spaces or signs between ("Share Tweet Email Print", a row of controls), or 0."""
        spans = self.phrase_hits(family, kind).get(i)
        if not spans:
            return 0
        block = self.blocks[i]
        lower, text = block.lower, block.text
        at, found = 0, 0
        while True:
            # (the last phrase reaches the text's end, signs aside)
            if any(at <= s <= at + 2 and _EDGE_ONLY.fullmatch(lower, at, s) and _EDGE_ONLY.fullmatch(lower, e)
                   for s, e in spans):
                return found + 1
            step = self._phrase_at(lower, text, spans, at)
            if step is None:
                return 0
            found += 1
            at = step[2]

    @staticmethod
    def _phrase_at(lower: str, text: str, spans: list[tuple[int, int]], begin: int) -> tuple[int, int, int] | None:
        """The longest phrase at ``spans`` that opens the text at ``begin`` (signs aside) as words
        of its own, glued to what follows: its start, its end and where the text goes on after it."""
        found = None
        for s, e in spans:
            if s < begin or s > begin + 2 or not _EDGE_ONLY.fullmatch(lower, begin, s) or e >= len(lower) \
                    or _wordy(lower[e]) or found is not None and e <= found[1]:
                continue
            gap = _GLUE_GAP.match(text, e)
            if gap is not None:
                found = (s, e, gap.end())
        return found

    def _prompt_word(self, family: str, phrase: str) -> bool:
        """Whether a line phrase tells a prompt where it opens a sentence's place: two words or
        more, in capitals, or one of the table's ``glued_words`` (most one-word phrases begin
        names as often: "Home Depot", "Save The Children", "Donate blood")."""
        word = lower_case(phrase.strip())
        return " " in word or phrase.isupper() and len(word) > 2 or word in self.phrases.glued_words(family)

    def sentences_holding(self, i: int, spans: list[tuple[int, int]], family: str) -> tuple[int, int] | None:
        """The range of block ``i``'s segments that holds the sentences where the phrases at
        ``spans`` stand, when the line holds sentences besides them ("“We will,” the senator
        said. Sign up for our newsletter. The bill passed."), each opening with a ``line`` phrase
        of the family: the line is split there, and only they go. Narrowed to the phrase when it
        is glued before a sentence ("Story continues below advertisement The bill passed."), as
        in a piece of a long line that is one sentence (``_glued_before_sentence``). None: the
        phrases are the line's, or its own text."""
        found = self._pieces_holding(i, spans)
        if found is None:
            return self._glued_before_sentence(i, spans)
        block = self.blocks[i]
        text = block.text
        cuts, held = found
        first, last = held[0], held[-1]
        if not _sentences_beside(text, cuts, first, last, self._least_beside(i)):
            return None  # (a footer's or a call to action's other pieces: "All rights reserved.")
        begin, end = cuts[first][0], cuts[last][1]
        # Only a prompt glued in as a unit of its own: a piece opening with a line phrase ("Sign up
        # for our newsletter ...", "Story continues below advertisement"); a paragraph that is a
        # notice ("This website uses cookies to ... Out of these cookies, ...") goes whole.
        lines = self.phrase_hits(family, "line").get(i, [])
        lower = block.lower
        if any(not any(cuts[k][0] <= s <= cuts[k][0] + 2 and (e == len(lower) or not _wordy(lower[e]))
                       and self._prompt_word(family, text[s:e]) for s, e in lines) for k in held):
            return None
        if first == last:
            glued = self._glued_before(i, family, lines, begin)
            end = glued or end
        # A call to action after its lead-in is one unit ("Want more? Sign up for our newsletter.",
        # a newsletter's blurb before or after the article); inside the article, a paragraph whose
        # sentences end with a glued prompt keeps them ("...next month. Share this article: ...").
        if not text[end:].strip() and not (_sentences_beside(text, cuts, first, len(cuts) - 1)
                                           and self._between_prose(i)):
            return None
        return split_off(block, begin, end)

    def _least_beside(self, i: int) -> int:
        """The fewest words of sentences beside a prompt's or a notice's that keep the rest of
        block ``i``: one sentence when the block is all the document has left (a short article
        stored as one line, "The mayor resigned on Friday. © 2024 Reuters. All rights reserved.")."""
        return _SHORTEST_SENTENCE if self.sole(i) else _SENTENCE_WORDS

    def sole(self, i: int) -> bool:
        """Whether block ``i`` is all the document has left (a short article stored as one line)."""
        return self.alive() == [i]

    def _between_prose(self, i: int) -> bool:
        """Whether alive prose lines stand both before and after block ``i``."""
        alive = self.alive()
        k = bisect_left(alive, i)
        blocks = self.blocks
        return any(is_prose(blocks[j]) for j in alive[:k]) and any(is_prose(blocks[j]) for j in alive[k + 1:])

    def phrase_sentences(self, i: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The range of block ``i``'s segments that is the sentences the phrases at ``spans``
        make, when the line holds other sentences besides them ("The council met. This site
        uses Akismet to reduce spam. The vote passed."): the line is split there, and only they
        go. (-1, -1) when the line holds such sentences but the phrases are a small part of one
        of them ("...changed its comments policy last year."), or stand apart: the line is the
        article's. In a piece of a long line that is one sentence, the phrase's part when it is
        glued before the sentence (``_glued_before_sentence``). None when the phrases are the
        line's own text."""
        found = self._pieces_holding(i, spans)
        if found is None:
            return self._glued_before_sentence(i, spans)
        text = self.blocks[i].text
        cuts, held = found
        first, last = held[0], held[-1]
        others = [text[b1:b2] for k, (b1, b2, _) in enumerate(cuts) if k not in held]
        if sum(len(o.split()) for o in others if is_sentence(o)) < _SENTENCE_WORDS:
            return None
        if last - first + 1 != len(held):
            return -1, -1
        for k in held:  # (each held sentence mostly the phrases': a form's, not the article's)
            b, e, _ = cuts[k]
            phrase = sum(min(e, end) - max(b, s) for s, end in spans if s < e and b < end)
            if 2 * phrase < e - b:
                return -1, -1
        return split_off(self.blocks[i], cuts[first][0], cuts[last][1])

    def _glued_before_sentence(self, i: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """A piece of a long line that is one sentence with a phrase glued before it, opening it
        ("Your email address will not be published The council said..."): the range of segments
        the phrase's part is (the block split where the sentence begins); None otherwise."""
        block = self.blocks[i]
        glued = _sentence_after(block.text, spans, name_joins(self.phrases)) \
            if block.line >= 0 and block.ends_sentence else 0
        return split_off(block, 0, glued) if glued else None

    def _pieces_holding(self, i: int,
                        spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int, bool]], list[int]] | None:
        """Block ``i``'s sentences and glue pieces (``sentences.pieces``), and which of them hold
        the phrases at ``spans``; None for a line of one piece, or with none held."""
        block = self.blocks[i]
        text = block.text
        if not any(stop in text for stop in STOPS):
            return None
        cuts = pieces(text)
        held = [k for k, (b, e, _) in enumerate(cuts) if any(s < e and b < end for s, end in spans)]
        return (cuts, held) if len(cuts) >= 2 and held else None

    def anywhere(self, family: str, kind: str, words: bool = False) -> dict[int, list[tuple[int, int]]]:
        """Blocks holding the phrases anywhere; with ``words``, only as whole words."""
        if not words:
            return self.phrase_hits(family, kind)
        out = {}
        for i, spans in self.phrase_hits(family, kind).items():
            lower = self.blocks[i].lower
            whole = [(s, e) for s, e in spans if not (s and _wordy(lower[s - 1]) and _wordy(lower[s]))
                     and not (e < len(lower) and _wordy(lower[e]) and _wordy(lower[e - 1]))]
            if whole:
                out[i] = whole
        return out

    def alive(self) -> list[int]:
        """Indices of the blocks still in the document (computed once per state)."""
        if self._alive is None:
            self._alive = [i for i, b in enumerate(self.blocks) if b.alive]
        return self._alive

    def prose_words(self, start: int = 0, end: int | None = None) -> int:
        """Words of the prose blocks still alive in blocks[start:end], from prefix sums."""
        prefix = self.prose_sums()
        n = len(self.blocks)
        end = n if end is None else min(max(end, 0), n)
        start = min(max(start, 0), n)
        return prefix[end] - prefix[start] if end > start else 0

    def prose_midpoint(self) -> int:
        """The first block index from which at most half of the prose words remain."""
        prefix = self.prose_sums()
        return bisect_left(prefix, (prefix[-1] + 1) // 2)

    def prose_sums(self) -> list[int]:
        """Prefix sums of the alive prose blocks' words: ``[0, w0, w0 + w1, ...]``. A new list is
        built once blocks change, so a caller may keep this one as the state it read."""
        if self._prose_prefix is None:
            total = 0
            sums = [0]
            for b in self.blocks:
                if b.alive and is_prose(b):
                    total += b.weight
                sums.append(total)
            self._prose_prefix = sums
        return self._prose_prefix

    def borders(self) -> set[int]:
        """The blocks removed in this round that mark the article's border: ``fresh`` but for a
        line a rule whose lines sit inside the article took out alone, as a 'Read more:' link
        between paragraphs (``Rule.inline``), which stands inside articles as often."""
        return {j for j in self.fresh if j not in self.inline or j - 1 in self.fresh or j + 1 in self.fresh}

    def prose_run(self) -> tuple[int, int] | None:
        """First and last block index of the densest run of prose (``article.prose_run``)."""
        if self._scores is None:
            self._scores = block_scores(self.blocks, self.options.strictness)
        return prose_run(self.blocks, self._scores, self.borders())


_NO_HITS: dict = {}  # (shared, never written to)
_QUOTED_TITLE = re.compile(r"[^”\"»“]{1,300}[”\"»“]")  # a title and its closing quote


@cache
def name_joins(phrases: PhraseBook) -> frozenset[str]:
    """The words that join names, lower-cased ("and", "of", "von"): a capitalised word after one
    goes on with a name ("on Facebook and Twitter"), it opens no sentence."""
    return frozenset(w.casefold() for w in phrases.phrases("metadata", "name_joins"))


def _sentence_after(text: str, spans: list[tuple[int, int]], joins: frozenset[str] = frozenset()) -> int:
    """Where a sentence begins after a prompt that opens ``text`` (a piece of a long line) at one
    of ``spans`` and holds no stop of its own ("Follow us on Instagram The council said..."): within
    a few words of the phrase's end, a capitalised word (or a letter of a script without case)
    two lower-case words follow, or an article before a capitalised noun ("Der Stadtrat hat"),
    after a word ending in a lower-case letter; 0 when none is, or the rest is no sentence (too
    short, or holding a phrase of the table too). A menu's items may stand before the prompt
    ("Home News Sport Share on Facebook The council said..."), when running text follows it."""
    for s, e in spans:
        menu = s > 2  # (a menu's items run into the prompt: only before running text, a sentence's)
        if menu and not _menu_before(text, s):
            continue
        words = [m for _, m in zip(range(_PROMPT_TAIL_WORDS + 3), TOKEN.finditer(text, e))]
        opening = _opening(text, words, joins, (text[:e].split() or [""])[-1])
        if opening is None:
            return 0
        at = words[opening].start()
        # (a sentence that holds a phrase of the table too is the prompt's or the form's own)
        sentence = len(text[at:].split()) >= _SENTENCE_WORDS // 2 and all(s2 < at for s2, _ in spans) \
            and (not menu or reads_as_running_text(text[at:]))
        return at if sentence else 0
    return 0


def _opening(text: str, words: list, joins: frozenset[str] = frozenset(), phrase_end: str = "") -> int | None:
    """Which of ``words`` (matches in ``text``, the first words after a prompt's phrase) opens
    the sentence glued after the prompt: the first that ``opens_sentence`` after a word ending in
    a lower-case letter, not after a preposition or a word of ``joins`` (a capitalised word there
    is a name: "Subscribe to our channel on Telegram, ...", "Follow us on Facebook and Twitter
    for ..."); failing that, the first word when it is capitalised and running text follows it
    to the end, a number or a name among its first words ("Privacy Policy As 2025 draws to a
    close, the outlook ..."); None when no word does. ``phrase_end``: the phrase's last word,
    which counts as the word before the first ("Follow us on Facebook and Twitter for ...")."""
    tokens = [m.group() for m in words]
    for k in range(min(_PROMPT_TAIL_WORDS + 1, len(words) - 2)):
        if _name_goes_on(tokens[k - 1] if k else phrase_end, joins):
            continue
        if k and not text[words[k - 1].end() - 1].islower():
            continue
        if opens_sentence(tokens, k):
            return k
    return 0 if words and not _name_goes_on(phrase_end, joins) and tokens[0][:1].isupper() \
        and reads_as_running_text(text[words[0].start():]) else None


def _name_goes_on(word: str, joins: frozenset[str]) -> bool:
    """Whether a capitalised word after ``word`` goes on with a name: after a preposition or a
    word that joins names ("on Telegram", "Facebook and Twitter")."""
    return bool(word) and (len(word) <= PREPOSITION_LETTERS or word.casefold() in joins)


def _menu_before(text: str, at: int) -> bool:
    """Whether what stands before ``at`` in ``text`` is a menu's items run together: a few
    words, mostly capitalised, no sentence stop ("Home News Sport Share on Facebook ...")."""
    head = text[:at]
    return len(head.split()) <= _MENU_BEFORE_WORDS and not any(stop in head for stop in STOPS) \
        and not reads_as_running_text(head)


def _after_a_stop(lower: str, at: int) -> bool:
    """Whether ``at`` follows a sentence's stop (a closing quote after it allowed) and a space."""
    return at >= 2 and lower[at - 1] == " " and lower[max(0, at - 3):at - 1].rstrip(CLOSERS)[-1:] in _STOPS_OR_ELLIPSIS


def distinct_phrases(lower: str, spans: list[tuple[int, int]]) -> int:
    """The distinct phrases found at ``spans`` of ``lower``: phrases that overlap are one
    ("Síguenos en Google News" holds "Síguenos en")."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return len({lower[s:e] for s, e in merged})


def split_off(block: Block, begin: int, end: int) -> tuple[int, int]:
    """Split ``block`` around ``text[begin:end]`` and the spaces after it (one gap stays between
    what is left): the range of segments it now is."""
    text = block.text
    end += len(text[end:end + 8]) - len(text[end:end + 8].lstrip(" \t"))
    return block.split(begin), block.split(end) - 1


def _opens_near(matcher: re.Pattern, lower: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a match of a sentence pattern opens at a word's start up to ``_LITERAL_LEAD``
    characters before one of the literals it requires (at ``spans``): anchored tries, where a
    search of the line would try every position."""
    for s, _ in spans:
        for p in range(max(0, s - _LITERAL_LEAD), s + 1):
            if (p == 0 or lower[p - 1] == " ") and matcher.match(lower, p):
                return True
    return False


def _title_case(text: str) -> bool:
    """Whether a piece opens with three capitalised words, as a heading does ("Join Our Mailing
    List"; not "Melden Sie sich...", a German sentence's)."""
    words = text.split(None, 3)[:3]
    return len(words) == 3 and all(word[:1].isupper() for word in words)


def _sentences_beside(text: str, cuts: list[tuple[int, int, bool]], first: int, last: int,
                      least: int = _SENTENCE_WORDS) -> bool:
    """Whether the pieces of ``text`` (``cuts``) outside ``first`` to ``last`` hold sentences of
    ``least`` words or more: the line's own, which stay when those pieces go."""
    others = [text[b:e] for k, (b, e, _) in enumerate(cuts) if not first <= k <= last]
    return sum(len(o.split()) for o in others if is_sentence(o)) >= least


def is_sentence(text: str) -> bool:
    """A sentence of some length in running text (not a footer's "All rights reserved.")."""
    return text.rstrip(CLOSERS)[-1:] in STOPS and len(text.split()) >= _SHORTEST_SENTENCE \
        and reads_as_running_text(text, 0.5)


def _title_then_text(text: str, start: int) -> bool:
    """Whether a quoted title opens at ``start`` with a capital or a digit and, where the piece
    goes on after its closing quote, is followed by a word that opens with one (a comment's
    first words, not the sentence going on: "...59 comments on “The Plan”, she said")."""
    if start >= len(text) or not (text[start].isupper() or text[start].isdigit()):
        return False
    found = _QUOTED_TITLE.match(text, start)
    after = text[found.end():].lstrip()[:1] if found is not None else ""
    return found is None or not after or after.isupper() or after.isdigit()


def _wordy(ch: str) -> bool:
    """A letter or digit that joins a word (CJK characters stand alone: no spaces between words)."""
    return ch.isalnum() and ord(ch) < 0x2E80

