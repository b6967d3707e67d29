"""Comment sections and forms: the section heading ends the article, the form lines go."""
from __future__ import annotations

from .base import Document, Rule, Verdict
from .tails import heading_evidence, tail_verdicts


class CommentForm(Rule):
    name = "comments.form"
    evidence: tuple[tuple[str, str], ...] = (("comments", "contains"),)
    summary = "comment-form text: e-mail notice, required fields, login prompts"
    example = "Your email address will not be published. Required fields are marked *"

    def judge(self, doc: Document):
        for i in doc.anywhere("comments", "contains"):
            if doc.blocks[i].weight <= 40:
                yield Verdict(i, "comment form text")


class CommentSection(Rule):
    name = "comments.section"
    evidence: tuple[tuple[str, str], ...] = heading_evidence("comments")
    contextual = True
    summary = "a comment section: its heading and everything after it, once the article has begun"
    example = "Leave a Reply"

    def judge(self, doc: Document):
        yield from tail_verdicts(doc, "comments", "comment section heading", "comment section after the article",
                                 keep_prose_after=False)
