"""Comment sections and forms: the section heading ends the article, the form lines go."""
from __future__ import annotations

from .base import Rule, Verdict
from .document import Document, distinct_phrases
from .tails import MIN_ARTICLE_WORDS, heading_evidence, heading_lines, heading_verdict, tail_verdicts


_FORM_WORDS = 40  # the longest comment-form line
_NOTICE_WORDS = 120  # the longest paragraph two of the form's phrases make the form's notice
_SIGNED_WORDS = 400  # the longest line or piece a signed comment opens ("Jenny says August 12, 2018 at 8:57 am ...")
_SIGNED_COMMENTS = 2  # signed comments that make a thread (one may be a quote of a reader)
_AUTHOR_WORDS = 12  # the longest line that opens a comment with its author ("Jane Doe on May 2, 2024 at 9:15 am said:")


class CommentForm(Rule):
    name = "comments.form"
    evidence: tuple[tuple[str, str, int], ...] = (("comments", "contains", _NOTICE_WORDS),)
    summary = "comment-form text: e-mail notice, required fields, login prompts"
    example = "Your email address will not be published. Required fields are marked *"

    def judge(self, doc: Document):
        # A heading glued before the form is the section rule's to judge in scraped text, where
        # it cuts the tail from there; in an HTML extract that rule takes the heading alone.
        headings = doc.opening("comments") if doc.door == "text" else {}
        for i, spans in doc.anywhere("comments", "contains").items():
            if i in headings and headings[i][0] == 0:
                continue
            block = doc.blocks[i]
            if _FORM_WORDS < block.weight <= _NOTICE_WORDS and distinct_phrases(block.lower, spans) >= 2:
                # ("Your email address will not be published. Required fields are marked *.
                # Remember to post with kindness...": the form's notice, its policy with it)
                yield Verdict(i, "comment form notice")
                continue
            # (a paragraph that holds the article's sentences besides the form's keeps them)
            sentences = doc.phrase_sentences(i, spans)
            if sentences == (-1, -1):
                continue  # (the phrase is a few words of the article's sentence)
            if sentences is not None:
                yield Verdict(i, "comment form text glued into a paragraph", sentences)
            elif doc.blocks[i].weight <= _FORM_WORDS:
                yield Verdict(i, "comment form text")


class CommentSection(Rule):
    name = "comments.section"
    proves_junk = True
    evidence: tuple[tuple[str, str, int], ...] = (*heading_evidence("comments"),
                                                  ("comments", "patterns", _AUTHOR_WORDS),
                                                  ("comments", "thread_patterns", _SIGNED_WORDS))
    contextual = True
    summary = "a comment section: its heading, and in scraped text everything after it once the article has begun"
    example = "Leave a Reply"

    def judge(self, doc: Document):
        if doc.door == "html":
            # The extractor left the page's comment sections out by their markup: what follows a
            # heading it kept is the page's own (a thread's replies, a question's answers).
            for i in heading_lines(doc, "comments"):
                yield from heading_verdict(doc, i, "comments", "comment section heading")
            # A heading glued inside a paragraph the extractor kept whole (its markup was broken)
            # is scraped text's: judged as the text door judges it, so that cleaning the output
            # again changes nothing.
            yield from tail_verdicts(doc, "comments", "comment section heading", "comment section after the article",
                                     keep_prose_after=False, glued_only=True)
            return
        cut = set()
        for verdict in tail_verdicts(doc, "comments", "comment section heading", "comment section after the article",
                                     keep_prose_after=False):
            cut.add(verdict.index)
            yield verdict
        yield from _signed_thread(doc, cut)


def _signed_thread(doc: Document, cut: set[int]):
    """A thread of comments each signed with its author, date and time ("Jenny says August 12,
    2018 at 8:57 am Great post!"), however it is headed, or glued into a one-line page: from the
    first signed comment to the end, once the article's prose stands before it."""
    signed = doc.scan("comments", "thread_patterns")
    if len(signed) < _SIGNED_COMMENTS or doc.prose_words(0, signed[0]) < MIN_ARTICLE_WORDS:
        return
    for j in range(signed[0], len(doc.blocks)):
        if doc.blocks[j].alive and j not in cut:
            yield Verdict(j, "comment thread after the article: comments signed with their author and date")
