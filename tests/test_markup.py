from cleaner.markup import find_markup, strip_spans


def strip(text: str) -> str:
    return strip_spans(text, find_markup(text))


def test_tag_cut_off_at_end_of_line():
    line = '<img class = "caas-img has preview" alt = "Photo: A / AFP"src ="–/YXBwaWQ9aGlnaGxhbmRlcjt3PTcwNQ–/'
    assert strip(line) == ""
    assert find_markup(line)[0][2] == "markup.broken_tag"


def test_whole_tags_and_spacing():
    assert strip("<p>Hello <b>world</b></p>") == "Hello world"
    assert strip("one<br/>two") == "one two"


def test_code_comments_and_shortcodes():
    assert strip("a <script>var x = '<p>';</script>b").strip() == "a b"
    assert strip("a <!-- hidden --> b") == "a  b"
    assert strip('[caption id="1"]<img src="x.jpg"> A cat.[/caption]') == ""
    assert strip('[gallery ids="1,2,3"]') == ""


def test_attribute_debris():
    assert strip('class="wp-image-1" alt="x" width="800" height="533" />').strip() == ""


def test_text_that_only_looks_like_markup_stays():
    for text in ["if a < b and c > d then", "x <3 y", "a = b, c = d", "[1] footnote", 'He said "yes" = agreement']:
        assert strip(text) == text


def test_identifier_lines_go_in_a_document_and_words_with_hyphens_stay():
    import cleaner

    body = "The council met on Tuesday and agreed the budget after a long debate about the state of roads."
    text = f"{body}\n- medium-browser-and-portrait-tablet\ntd-post-content\nwell-known\nA follow-up meeting is planned.\n"
    result = cleaner.clean_and_explain(text, input_kind="text")
    assert "medium-browser" not in result.text and "td-post-content" not in result.text
    assert "well-known" in result.text and body in result.text
    assert {r.rule for r in result.removed} == {"markup.identifier"}
