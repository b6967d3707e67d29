"""Related-article material: "Check Also" / "You may also like" blocks with the teasers
under them, and "Read more: <headline>" links to other stories."""
from __future__ import annotations

import re
from functools import cache

from ..blocks import CLOSERS, SENTENCES_FROM, STOPS
from ..casing import lower as lower_case
from ..phrases import PhraseBook
from ..sentences import OPENERS, TOKEN, capitalises_nouns, opens_sentence
from .article import is_prose, weight
from .base import Rule, Verdict
from .document import LINK_WORDS, Document
from .tails import heading_evidence, tail_verdicts

_SENTENCE_END = re.compile(r"[.!。！]\s*[\"'”’»)]*\s*$")
_SEPARATOR = re.compile(r"[|:：»>–—-][^\S\n]*+")  # what opens a headline cut from its label
_HEADLINE_WORDS = (3, 25)  # the fewest and most words of a headline glued before a sentence
_TITLE_CASE_WORDS = 14  # the most words of a headline in title case read before a sentence (past them, a heading's as likely)
_SHORT_WORD = 3  # letters of the small words a headline in title case leaves in lower case ("of the")


class RelatedSection(Rule):
    name = "related.section"
    positional = True
    evidence: tuple[tuple[str, str, int], ...] = heading_evidence("related")
    contextual = True
    summary = "related-article headings and the teaser headlines and snippets under them"
    example = "Check Also"

    def judge(self, doc: Document):
        yield from tail_verdicts(doc, "related",
                                 "related-articles heading", "teasers of other stories after the article",
                                 keep_prose_after=True)


class RelatedLink(Rule):
    name = "related.link"
    # (a label between two sentences of a paragraph is read in lines up to those cut in sentences)
    evidence: tuple[tuple[str, str, int], ...] = (("related", "labels", SENTENCES_FROM),)
    summary = "'label: headline' links to other stories"
    example = "Read more: Syrian rebels retake key city in Idlib"
    inline = True

    def judge(self, doc: Document):
        labelled = doc.labelled("related", LINK_WORDS)
        for i, rest in labelled.items():
            block = doc.blocks[i]
            if block.weight <= LINK_WORDS and (not _SENTENCE_END.search(rest) or not is_prose(block)):
                yield Verdict(i, "link to another story")
            elif block.line >= 0:
                # A piece of a long line, "RELATED: Other story's headline She added that...": the
                # label and the headline go. (A line of its own that reads so is a sentence's.)
                end = headline_end(rest)
                if end:
                    yield Verdict(i, "link to another story glued before a sentence",
                                  (0, block.split(len(block.text) - len(rest) + end) - 1))
        for i in _bare_labels(doc, labelled):
            yield Verdict(i, "link to another story (its label without a colon)")
        glued = doc.glued("related", "labels")
        for i, span in glued.items():
            yield Verdict(i, "link to another story glued onto a body line", span)
        # Between two sentences of a paragraph: "...risks remained. READ MORE: <headline> The
        # decision was..."; the label and the headline go, up to where the article resumes.
        # (Not where a link glued onto its end was found: a split before it would move its segments.)
        for i, found in doc.labelled_inside("related").items():
            if i in glued:
                continue
            block = doc.blocks[i]
            for start, after in found:
                end = headline_end(block.text[after:])
                if end:
                    yield Verdict(i, "link to another story glued between sentences",
                                  (block.split(start), block.split(after + end) - 1))
                    break
        # A label cut from a long line on its own ("LEARN MORE"), its headline opening the next piece.
        blocks = doc.blocks
        pieces = {i for kind in ("labels", "section") for i in doc.phrase_hits("related", kind) if blocks[i].line >= 0}
        if not pieces:
            return
        labels = pieces.intersection(doc.whole_lines("related", "labels")) | pieces.intersection(
            doc.whole_lines("related", "section"))
        for i in sorted(labels):
            j = i + 1
            if j >= len(blocks) or blocks[j].line != blocks[i].line or not blocks[j].alive:
                continue
            lead = _SEPARATOR.match(blocks[j].text)
            end = headline_end(blocks[j].text[lead.end():]) if lead else 0
            if lead and end:
                yield Verdict(i, "label of a link to another story")
                yield Verdict(j, "headline of another story glued before a sentence",
                              (0, blocks[j].split(lead.end() + end) - 1))


@cache
def _headings(phrases: PhraseBook) -> frozenset[str]:
    """The related sections' headings, lower-cased."""
    return frozenset(lower_case(h) for h in phrases.phrases("related", "section"))


def _bare_labels(doc: Document, labelled: dict[int, str]) -> list[int]:
    """Lines of their own that open with a label of two words or more (or in capitals) that heads
    related stories too ("À lire aussi", not "Check out") and no colon, a headline after it: a
    capitalised word, no sentence's stop at the end ("À lire aussi Réforme du travail : ce qui
    change", as a scraper that drops the label's markup leaves it)."""
    found = []
    headings = _headings(doc.phrases)
    for i, spans in doc.phrase_hits("related", "labels").items():
        block = doc.blocks[i]
        if i in labelled or block.line >= 0 or block.weight > LINK_WORDS or _SENTENCE_END.search(block.text) \
                or is_prose(block):
            continue
        text = block.text
        for s, e in spans:
            label = text[s:e]
            if s == 0 and (" " in label or label.isupper()) and lower_case(label) in headings and text[e:e + 1] == " " \
                    and (text[e + 1:e + 2].isupper() or text[e + 1:e + 2].isdigit()) \
                    and len(text[e:].split()) >= _HEADLINE_WORDS[0]:
                found.append(i)
                break
    return found


def headline_end(text: str) -> int:
    """Where the sentence that resumes the article begins after a headline in sentence case glued
    before it ("Trump admin. continues to clash with 'sanctuary cities' She added that..."): three
    words in at least, the first capitalised word followed by two lower-case ones, or an article
    before a capitalised noun and a lower-case word ("... geplant Die Opposition kritisierte"),
    after a word ending in a lower-case letter or a closing quote, when a sentence stop follows;
    0 when there is none. In a language that capitalises its nouns only the article tells: a
    capitalised word after a lower-case one is a noun inside the sentence as often. A headline in
    title case ends at the first capitalised word that two lower-case words follow (or the short
    article before it), within ``_TITLE_CASE_WORDS``, when that sentence's own words do not
    capitalise nouns."""
    words = list(TOKEN.finditer(text, 0, min(len(text), 400)))
    tokens = [m.group() for m in words]
    firsts = [token.lstrip(OPENERS)[:1] for token in tokens]
    opening = firsts[:6]
    title_case = sum(1 for f in opening if f.isupper()) * 3 >= 2 * len(opening)
    nouns = not title_case and capitalises_nouns(tokens)
    last_stop = max(text.rfind(stop) for stop in STOPS)
    low, high = _HEADLINE_WORDS
    for k in range(low, min(_TITLE_CASE_WORDS if title_case else high, len(words) - 2)):
        if words[k].start() > last_stop:
            break
        if title_case:
            # (a headline in title case: the first capitalised word that two lower-case words follow,
            # not only short ones, "Battle of the Bands", opens the sentence after it)
            # (where the language capitalises its nouns, that is not told: the sentence's words
            # decide; an article before the word opens the sentence, "Die Union kündigte an")
            if firsts[k].isupper() and firsts[k + 1].islower() and firsts[k + 2].islower() \
                    and max(len(tokens[k + 1]), len(tokens[k + 2])) > _SHORT_WORD:
                if capitalises_nouns(_sentence_from(tokens, k)):
                    return 0
                article = len(tokens[k - 1]) <= _SHORT_WORD and tokens[k - 1].istitle() and tokens[k - 1].isalpha()
                return words[k - 1].start() if article and k - 1 >= low else words[k].start()
            continue
        before = words[k - 1].group()
        if (before[-1].islower() or before[-1] in "'’\"”") and firsts[k].isupper() \
                and opens_sentence(tokens, k, nouns):
            return words[k].start()
    return 0


def _sentence_from(tokens: list[str], k: int) -> list[str]:
    """The tokens of the sentence that token ``k`` opens, to its stop."""
    for m in range(k, len(tokens)):
        if tokens[m].rstrip(CLOSERS)[-1:] in STOPS:
            return tokens[k:m + 1]
    return tokens[k:]


class TeaserItems(Rule):
    name = "related.teaser_items"
    contextual = True
    summary = "links to other stories after the article: a run of linked headlines (list items or lines), no sentences"
    example = "- Pochettino fired by Tottenham Pochettino took the club to the Champions League final"
    applies_to: tuple[str, ...] = ("html",)
    min_items = 3
    min_linked = 0.25  # a headline linked, its blurb not: about a third of the item

    def judge(self, doc: Document):
        alive = list(doc.alive())
        total = doc.prose_words()
        run: list[int] = []
        for i in alive + [-1]:  # (-1: the end, which closes the last run)
            block = doc.blocks[i] if i >= 0 else None
            if block is not None and 3 <= weight(block) <= 40 and block.link_density >= self.min_linked:
                run.append(i)
                continue
            if len(run) >= self.min_items and self._teasers(doc, run, total):
                for j in run:
                    yield Verdict(j, f"one of {len(run)} list items linking to other stories after the article")
            run = []

    @staticmethod
    def _teasers(doc: Document, run: list[int], total: int) -> bool:
        """Mostly items without a sentence ending, standing after most of the article's prose."""
        sentences = sum(doc.blocks[j].ends_sentence for j in run)
        return sentences * 4 <= len(run) and doc.prose_words(0, run[0]) >= 0.7 * total
