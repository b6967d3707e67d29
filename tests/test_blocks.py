"""Segmentation and the measures rules read."""
import re

from hypothesis import given, settings, strategies as st

from cleaner.blocks import _CJK, count_words, may_hold_cjk, only_ascii_and_punctuation, split_blocks


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet="ab1_ ,.'’“”—–…«»éÿŒœ™µ²ªº€\u00a0\t-", max_size=80)))
def test_word_count_is_the_regex_count(text):
    """The byte-table count agrees with \\w+ on any text: ASCII, cp1252 and beyond."""
    assert count_words(text) == len(re.findall(r"\w+", text))


_PUNCTUATION = "".join(map(chr, range(0x2000, 0x2040)))


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet="ab1_ ,.'\"-" + _PUNCTUATION + "éœ€", max_size=80)))
def test_the_punctuation_check_is_exact_and_its_count_is_the_regex_count(text):
    """Beyond ASCII only U+2000-U+203F, and only then, the words are counted as on ASCII."""
    only = only_ascii_and_punctuation(text.encode("utf-8"))
    assert only == all(ord(c) < 128 or 0x2000 <= ord(c) < 0x2040 for c in text)
    if only:
        assert count_words(text, punctuation=True) == len(re.findall(r"\w+", text))


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet="ab é’日本한국ぁ\u3040\u30ff\u3400\u9fff\uac00\ud7af\u2e80\ue000\u3000", max_size=20)))
def test_cjk_check_is_the_regex_check(text):
    """The byte check answers as the pattern does."""
    assert may_hold_cjk(text) == bool(_CJK.search(text))


def test_cjk_is_found_on_a_line_longer_than_a_piece_of_the_check():
    # The check encodes a long line a piece at a time: CJK only in its last piece counts too.
    line = "word " * 20_000 + "é"
    assert not may_hold_cjk(line)
    assert may_hold_cjk(line + "日本語")
    assert split_blocks(line + "日本語の新聞")[0].weight == split_blocks(line)[0].weight + 3


def test_blocks_keep_their_spans_and_paragraphs():
    text = "  First line.\nSecond line\n\n\nThird — “quoted” line\n"
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == ["First line.", "Second line", "Third — “quoted” line"]
    assert [text[b.start:b.end] for b in blocks] == [b.text for b in blocks]
    assert [b.paragraph for b in blocks] == [0, 0, 1]
    assert [b.words for b in blocks] == [2, 2, 3]


def test_a_line_of_zero_width_characters_is_blank():
    text = "The council met on Monday to approve the budget for the year.\n\u200d\n\u200b \ufeff\nIt passed.\n"
    assert [b.text for b in split_blocks(text) if b.alive] == [
        "The council met on Monday to approve the budget for the year.", "It passed."]
    # (a zero-width joiner inside a word or an emoji is text)
    assert [b.alive for b in split_blocks("\u200dx\n👩\u200d🔬\n")] == [True, True]


def test_emoji_after_a_sentence_stop_leave_the_sentence_ended():
    text = "Book your tickets today! 🙂\n\nWe hope to see you soon 👋🏽\n\nCheck them out below~⬇️\n\nGreat! ★★★★★\n"
    blocks = split_blocks(text, text.encode("utf-8"))
    assert [b.ends_sentence for b in blocks] == [True, False, False, True]
    assert [b.ending for b in blocks] == ["y!", "on", "w~", "t!"]
    assert blocks[0].text == "Book your tickets today! 🙂"  # (the text keeps them)
