"""Required literals of line patterns: every match holds one, so the automaton can pick the lines."""
import re

import pytest

import cleaner
from cleaner.literals import required_literals


@pytest.mark.parametrize("pattern,literals", [
    (r"(?:\d+|One|No) (?:responses?|comments?) (?:to|on) .{1,300}", {"response", "comment"}),
    (r".{1,400} ilk olarak .{1,200} üzerinde ortaya çıktı\.?", {"üzerinde ortaya çıktı"}),
    (r"This (?:article|story) (?:was )?(?:appeared|published) .{1,200}", {"appeared", "published"}),
    (r"Read  the full story", {"story"}),  # odd spacing: the longest word, which any spacing keeps
    (r"Prefix(?:optional text)?", {"prefix"}),
    (r"(?:abc)+ and more", {"and more"}),
])
def test_required_literals(pattern, literals):
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", [r"\d+", r"(?:a|bc) x", r"[", r".{1,300}", r"(?:word)?"])
def test_patterns_without_a_useful_literal(pattern):
    assert required_literals(pattern) is None


@pytest.mark.parametrize("line", [
    "The post Storm closes schools appeared first on Daily News.",
    "12 thoughts on “Storm closes schools”",
    "This article was originally published on The Conversation.",
    "Der Beitrag Sturm schließt Schulen erschien zuerst auf Tagesblatt.",
])
def test_every_shipped_pattern_that_matches_holds_its_literal(line):
    book = cleaner.Cleaner().phrases
    hits = 0
    for family in ("footers", "comments", "related", "metadata"):
        for kind in ("patterns", "section_patterns"):
            for pattern in book.phrases(family, kind):
                if re.fullmatch(pattern, line, re.IGNORECASE):
                    hits += 1
                    assert any(lit in line.lower() for lit in required_literals(pattern))
    assert hits


def test_a_pattern_without_literals_is_tried_on_every_line():
    sentence = "A long enough article sentence about the council and its budget plans for next year.\n"
    text = sentence * 2 + "\n12 zorkles\n\n" + sentence * 2  # inside the article: only the pattern takes it
    plain = cleaner.clean(text)
    custom = cleaner.clean(text, extra_phrases=[("footers", "patterns", [r"\d+ [a-z]+s"])])
    assert "12 zorkles" in plain and "12 zorkles" not in custom


def test_a_rare_sign_is_a_literal_worth_looking_for_however_short():
    # (a copyright notice's pattern: "©" is required, and rarer than its year's two figures)
    assert required_literals(r"© ?[^\n!?]{0,60}?\b(?:19|20)\d\d\b") == frozenset({"©"})
    assert required_literals(r"\d{4}") is None and required_literals(r"a?b") is None


def test_only_the_known_table_is_tried_on_every_line():
    # (a pattern table without literals is matched against every line of every document: a new one
    # cost footers.copyright a third of the text path's time before its "©" counted as a literal)
    from cleaner.phrases import phrase_book

    assert phrase_book().unfiltered_tables() <= {("prompts", "patterns")}
