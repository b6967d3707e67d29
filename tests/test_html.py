"""The HTML door: detection, charsets the way browsers read them, and the peers' weak spots."""
import codecs
from pathlib import Path

import pytest

import cleaner
from cleaner.decode import decode, declared_charset, looks_like_html

from conftest import FIXTURES

PAGES = sorted((FIXTURES / "html").glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_html_fixture(page: Path):
    expected = page.with_suffix(".out.txt").read_text(encoding="utf-8")
    result = cleaner.clean_and_explain(page.read_bytes())
    assert result.kind == "html"
    assert result.text == expected
    for removal in result.removed:  # spans refer to the text extracted from the page
        assert result.extracted[removal.start:removal.end] == removal.text


def test_weak_spots_are_all_covered():
    names = {p.stem for p in PAGES}
    assert {"related-inside-article", "read-more-reply-source-link", "comments-leak", "article-printed-twice",
            "standfirst-kept", "captions-in-body", "seed-000-as-page", "seed-003-as-page"} <= names


def test_seed_text_with_a_stray_tag_stays_on_the_text_path():
    seed = (FIXTURES / "seed-000.in.txt").read_text(encoding="utf-8")
    assert not looks_like_html(seed)
    assert cleaner.clean_and_explain(seed).kind == "text"


@pytest.mark.parametrize("text,expected", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("  <html lang='en'><head></head><body></body></html>", True),
    ("<?xml version='1.0'?>\n<html><body>x</body></html>", True),
    ("<p>One paragraph.</p><p>Two.</p><div>three</div><p>four</p>", True),
    ("Plain text with a <b>bold</b> word.\n\nAnother paragraph of text.\n", False),
    ("if a < b and c > d then stop", False),
    ("Plain text.\n\n<script>var a = 1;</script>\n\nAnother <b>paragraph</b> of text.\n", False),
    ("<script>var a = 1;</script><p>One.</p><p>Two.</p><div>three</div>", True),
    ("", False),
    # a tag's name ends at a space, "/" or ">": mangled ones are text, as the markup rule reads them
    ("Home</li’’’>News</li’’’>Sport</li’’’>Weather</li’’’>", False),
    ("Home</li >News</li>Sport</li>Weather</li/>", True),
])
def test_detection(text, expected):
    assert looks_like_html(text) is expected


def test_forcing_the_kind():
    fragment = "<p>The council met on Monday to discuss the plan for the town centre and its roads.</p>" * 3
    assert cleaner.clean_and_explain(fragment).kind == "html"
    forced = cleaner.clean_and_explain(fragment, input_kind="text")
    assert forced.kind == "text" and "<p>" not in forced.text
    with pytest.raises(ValueError):
        cleaner.Options(input_kind="pdf")


PAGE = ("<html><head><meta charset='{charset}'><title>t</title></head><body><article>"
        "<p>Der Bürgermeister öffnete am Montag die neue Brücke über die Saale für Fußgänger und Radfahrer.</p>"
        "<p>Die Bauarbeiten hatten länger gedauert als geplant, weil im Frühjahr Hochwasser die Baustelle überflutete.</p>"
        "</article></body></html>")


@pytest.mark.parametrize("declared,encoding", [
    ("utf-8", "utf-8"),
    ("iso-8859-1", "latin-1"),
    ("windows-1252", "cp1252"),
    ("utf-8", "cp1252"),        # a wrong declaration: the bytes are not UTF-8
    ("x-unknown-charset", "cp1252"),  # an unknown declaration
    ("iso-8859-1", "utf-8"),    # declared latin-1, actually UTF-8: still decodes (no crash, best effort)
])
def test_charsets(declared, encoding):
    data = PAGE.format(charset=declared).encode(encoding)
    out = cleaner.clean(data)
    assert out  # never a crash, never empty
    if not (declared == "iso-8859-1" and encoding == "utf-8"):
        assert "Bürgermeister" in out and "Brücke" in out


def test_bom_wins_over_declaration():
    data = codecs.BOM_UTF8 + PAGE.format(charset="iso-8859-1").encode("utf-8")
    assert "Bürgermeister" in cleaner.clean(data)


def test_declared_charset_reading():
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">') == "shift_jis"
    assert declared_charset(b"<meta charset=gbk>") == "gbk"
    assert declared_charset(b"<meta charset=nonsense>") is None
    assert declared_charset(b"no meta here") is None


def test_cjk_page_declared_in_its_charset():
    text = "東京で新しい美術館が開館し、初日から多くの来場者が訪れた。館長は地域の文化の拠点にしたいと話した。"
    page = f"<html><head><meta charset='shift_jis'></head><body><article><p>{text}</p><p>{text}続報</p></article></body></html>"
    assert "美術館" in decode(page.encode("shift_jis"))


def test_no_article_in_a_page():
    assert cleaner.clean(b"<html><body><nav><a href='/'>Home</a></nav></body></html>") == ""


def test_clean_html_skips_detection():
    fragment = "<p>The council met on Monday to discuss the plan for the town centre and its roads.</p>"
    assert cleaner.clean_html(fragment) == "The council met on Monday to discuss the plan for the town centre and its roads.\n"
    assert cleaner.clean_and_explain(fragment).kind == "text"  # one tag is not enough to detect a page


def test_an_extract_without_prose_gives_way_to_the_fallbacks():
    # A broken tag makes the fast extractor choose a script's text; the article is elsewhere on the page.
    page = (FIXTURES / "regressions" / "idempotence-stray-script-tag.txt").read_text(encoding="utf-8")
    result = cleaner.clean_and_explain(page, input_kind="html")
    assert "quarterly revenue of $14.5bn" in result.text and "data centres grew 41%" in result.text
    assert "\n\nShares in the chipmaker" in result.text  # the fallback's paragraphs stay paragraphs
    assert any("full mode" in note for note in result.notes)


_PLACES = ["Agi's Counter", "Alta Calidad", "Bridges", "Huso", "Yamada", "Laliko", "Noreetuh", "Yemenat",
           "Le Bernardin", "Eleven Madison Park", "Sal Tang's", "Cote", "Oiji Mi", "Semma"]


def test_a_list_of_cards_the_extractor_keeps_one_of_is_taken_whole():
    """A story told in cards (an <article> each) in an element whose class says footer: both of
    trafilatura's modes keep one card; the element that holds most of the page's paragraphs, and
    that card, is the content."""
    cards = "".join(
        f'<article class="venue"><h3><a href="/v/{i}"><span>{name}</span></a></h3>'
        f'<p class="where">Bib Gourmand | District {i}</p><div class="excerpt"><p>At {name}, the chef serves a small '
        f'menu of irresistible dishes that weave many influences into the mix. The dining room is warm and the '
        f'service is attentive, and the desserts are not to be missed on any visit number {i}.</p></div>'
        f'<div class="actions"><p><a href="" class="button"><span>Book Now</span></a></p></div></article>'
        for i, name in enumerate(_PLACES))
    page = ('<html><head><title>The Michelin Stars Are Back</title></head><body><header><nav><a href="/">Home</a> '
            '<a href="/cities">Cities</a></nav></header><section id="content"><div class="page">'
            '<div class="page-dateshare"><p>Published: November 2025</p></div><div class="page-lead">'
            '<p>The Michelin stars are back in New York, in a big way, and this year the list is longer than ever.</p>'
            '<p>Below are the restaurant honorees you can book, from newly starred hits to the heavy hitters.</p></div>'
            f'<div class="page-contents"></div><div class="page-footer"><div class="venues">{cards}</div></div></div>'
            '</section><footer><p>Copyright 2025 Example Media. All rights reserved.</p></footer></body></html>')
    result = cleaner.clean_and_explain(page, input_kind="html")
    assert all(f"At {name}, the chef serves" in result.text for name in _PLACES)
    assert "Copyright 2025" not in result.text and "Cities" not in result.text
    assert any("most of the page's paragraphs" in note for note in result.notes)


def test_mojibake_of_a_no_break_space_at_a_paragraph_end_is_repaired():
    page = ("<html><body><article><p>It costs five dollars for cats and more than that for the dogs of the town.\u00c2\xa0</p>"
            "<p>Then more text follows here in a second paragraph of the story.</p></article></body></html>")
    result = cleaner.clean_and_explain(page)
    assert "\u00c2" not in result.text and "dogs of the town." in result.text
    assert any("no-break space" in note for note in result.notes)


def test_a_table_row_repeating_its_label_in_every_cell_is_kept():
    # A comparison table flattened to a row: the label in each cell is no link card printed twice.
    paragraphs = "".join(f"<p>{s}</p>" for s in [
        "We built a test site on each of the five website builders and ran it for three months in a row.",
        "Each builder was scored on its templates, its speed, its prices and the help it gives beginners.",
        "The table below sums up what each plan includes, and the sections after it explain the scores.",
        "Wix came out on top for most people, while Squarespace suits creatives who want polished designs."])
    row = "<tr>" + "<td>Free custom domain with the yearly plan</td>" * 5 + "</tr>"
    page = (f"<html><head><title>Best website builders</title></head><body><article><h1>Best website builders</h1>"
            f"{paragraphs}<table><tr><th>Wix</th><th>Squarespace</th><th>Hostinger</th><th>Shopify</th>"
            f"<th>GoDaddy</th></tr>{row}</table>{paragraphs}</article></body></html>")
    result = cleaner.clean_and_explain(page)
    assert result.text.count("Free custom domain with the yearly plan") == 5
    assert not any(r.rule == "duplicates.inside_line" for r in result.removed)
    assert cleaner.clean(result.text) == result.text  # (the row as printed, "| ... |", read again as text)


def test_teaser_snippets_cut_short_after_the_article_go_in_the_html_door_too():
    # Three leads of other posts cut short with an ellipsis, in the extract after the article: the
    # text door takes them on any page, and a second clean of the extract, as text, would.
    paragraphs = "".join(f"<p>{s}</p>" for s in [
        "The council approved the new bus timetable on Monday after a long debate about the rural routes.",
        "Opposition members said the changes would leave several villages without a service on Sundays.",
        "The transport committee promised to review the timetable after six months of passenger counts.",
        "A public meeting on the plans will be held in the town hall next Thursday evening at seven."])
    snippets = "".join(f"<p>{s}</p>" for s in [
        "Navigate the new parking rules with our beginner's guide, offering step-by-step advice for drivers and…",
        "Unlock cheaper travel by tracking the right fares. Learn the twelve essential tricks that regular…",
        "Find out how the bridge repairs will change your commute, which roads close first and what the…"])
    page = (f"<html><head><title>Bus timetable approved</title></head><body><article><h1>Bus timetable approved</h1>"
            f"{paragraphs}{snippets}</article></body></html>")
    result = cleaner.clean_and_explain(page)
    assert "council approved the new bus timetable" in result.text and "beginner's guide" not in result.text
    assert sum(r.rule == "shape.teaser_list" for r in result.removed) == 3
    assert cleaner.clean(result.text) == result.text
