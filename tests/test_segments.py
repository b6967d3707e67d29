"""Segments: pieces of a line with fixed spans in the input; a rule removes a range of them."""
import cleaner
from cleaner.blocks import split_blocks

BODY = "The council approved the budget on Monday after a long debate about roads and bridges."


def test_a_line_starts_as_one_segment_spanning_it():
    text = "Title\n\n  " + BODY + "\n"
    block = split_blocks(text)[1]
    assert len(block.segments) == 1
    segment = block.segments[0]
    assert text[segment.start:segment.end] == BODY == segment.text


def test_a_split_keeps_the_text_and_gives_the_piece_its_input_span():
    text = "Title\n\n" + BODY + " Source link\n"
    block = split_blocks(text)[1]
    k = block.split(len(BODY))
    assert k == 1 and block.text == BODY + " Source link"
    head, tail = block.segments
    assert text[tail.start:tail.end] == "Source link" and tail.exact
    assert text[head.start:head.end] == BODY
    assert block.split(len(BODY)) == 1 and len(block.segments) == 2  # (a glue point is split once)
    block.drop_segments(1, 1)
    assert block.text == BODY and block.words == len(BODY.split())


def test_a_glued_removal_has_the_exact_span_of_what_went():
    text = BODY + " " + BODY + " Source link\n"
    result = cleaner.clean_and_explain(text, input_kind="text")
    assert result.text == BODY + " " + BODY + "\n"
    (removal,) = result.removed
    assert removal.rule == "footers.syndication" and text[removal.start:removal.end] == "Source link"


def test_on_a_repaired_line_the_span_is_found_in_the_input():
    text = BODY.replace("roads", "roads &amp; paths") + " Source link\n"
    result = cleaner.clean_and_explain(text, input_kind="text")
    assert "roads & paths" in result.text and "Source link" not in result.text
    (removal,) = [r for r in result.removed if r.rule == "footers.syndication"]
    assert text[removal.start:removal.end] == "Source link"


def test_a_piece_split_again_before_an_earlier_split_keeps_its_own_span():
    # (the head of the first split keeps the space before the next piece in its text, not in its span)
    text = "Title\n\n" + BODY + " " + BODY + " Source link\n"
    block = split_blocks(text)[1]
    block.split(2 * len(BODY) + 2)
    k = block.split(len(BODY) + 1)
    assert k == 1 and block.text == BODY + " " + BODY + " Source link"
    assert [text[s.start:s.end] for s in block.segments] == [BODY, BODY, "Source link"]
    assert all(s.exact for s in block.segments)


def test_two_credits_removed_from_one_paragraph_each_have_their_own_span():
    text = (BODY + " (AP Photo/Jane Doe, File) " + BODY.replace("council", "mayor") + " REUTERS/John Smith "
            + BODY.replace("council", "board") + "\n")
    result = cleaner.clean_and_explain(text, input_kind="text")
    assert result.removed and all(text[r.start:r.end] == r.text for r in result.removed)


def test_after_a_piece_repaired_past_finding_the_next_pieces_of_a_long_line_keep_their_spans():
    # (entities near both ends of the first sentence: its first and last words are not the input's)
    changed = "It&amp;#39;s the council&amp;#39;s budget, the mayor said, and it&amp;#39;s the town&amp;#39;s."
    text = " ".join([changed] + [BODY.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday")] * 8
                    + ["Advertisement"] + [BODY] * 4) + "\n"
    result = cleaner.clean_and_explain(text, input_kind="text")
    assert "It's the council's budget" in result.text and "Advertisement" not in result.text
    (removal,) = [r for r in result.removed if r.rule == "prompts.line"]
    assert text[removal.start:removal.end] == "Advertisement"
