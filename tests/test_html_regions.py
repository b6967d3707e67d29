"""The HTML door never settles for a fragment: the fallbacks, the page's main region, and the
WCXB metric the choice is measured with."""
import time

import pytest

import cleaner
from benchmarks.wcxb import snippets_found, word_f1
from cleaner import html
from cleaner.page import (
    declared_types,
    is_discussion,
    is_product,
    main_region,
    page_text,
)

SENTENCE = "The council approved the new budget for the town's libraries after a long debate on Monday."


def _page(main: str, ld: str = "") -> str:
    return (f"<html><head><title>Shop</title>{ld}</head><body><nav><a href='/'>Home</a> <a href='/b'>Blog</a></nav>"
            f"<main>{main}</main><footer><p>Copyright 2026 Example Ltd</p></footer></body></html>")


def test_the_main_region_leaves_out_navigation_asides_footers_forms_and_comments():
    page = _page("<h1>Garden tools</h1><p>" + SENTENCE + "</p><aside><p>Popular this week</p></aside>"
                 "<nav><a href='/x'>Next page</a></nav><form><p>Subscribe to our letter</p></form>"
                 "<div class='comments'><p>Great post, thanks!</p></div><ul><li>Spade</li><li>Rake</li></ul>"
                 "<div role='navigation'><a href='/y'>Sitemap</a></div>")
    blocks = main_region(html.parse(page))
    assert blocks == [("Garden tools", "heading"), (SENTENCE, "text"), ("Spade", "list"), ("Rake", "list")]


def test_a_discussion_keeps_its_replies_in_the_main_region():
    thread = "<h1>Which rake?</h1><p>" + SENTENCE + "</p><div class='comments'><p>Buy the steel one.</p></div>"
    ld = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    assert ("Buy the steel one.", "text") in main_region(html.parse(_page(thread, ld)))
    microdata = _page(f"<div itemscope itemtype='https://schema.org/QAPage'>{thread}</div>")
    assert is_discussion(html.parse(microdata))
    assert not is_discussion(html.parse(_page(thread)))
    assert ("Buy the steel one.", "text") not in main_region(html.parse(_page(thread)))


def test_without_a_marked_region_there_is_none_and_a_lone_article_is_one():
    assert main_region(html.parse("<html><body><div><p>" + SENTENCE + "</p></div></body></html>")) == []
    one = "<html><body><article><p>" + SENTENCE + "</p></article><div><p>Other</p></div></body></html>"
    assert main_region(html.parse(one)) == [(SENTENCE, "text")]
    two = "<html><body><article><p>" + SENTENCE + "</p></article><article><p>Other</p></article></body></html>"
    assert main_region(html.parse(two)) == []


def test_an_extract_that_is_a_fragment_of_the_main_region_gives_way_to_it(monkeypatch):
    items = "".join(f"<li>Steel garden rake number {k} with an ash handle</li>" for k in range(40))
    page = _page("<h1>Rakes</h1><p>" + SENTENCE + "</p><ul>" + items + "</ul>")
    monkeypatch.setattr(html, "_article_blocks", lambda tree, fast: ([SENTENCE], ["text"]))
    extracted = html.extract(page)
    assert "Steel garden rake number 39 with an ash handle" in extracted.text
    assert "main region" in extracted.notes[0] and "Copyright" not in extracted.text
    # An extract holding most of the region stands.
    monkeypatch.setattr(html, "_article_blocks", lambda tree, fast: (["Rakes", SENTENCE, items], ["text"] * 3))
    assert html.extract(page).notes == ()


def test_a_short_fast_extract_asks_the_full_mode(monkeypatch):
    calls = []

    def blocks(tree, fast):
        calls.append(fast)
        return ([SENTENCE], ["text"]) if fast else ([SENTENCE, SENTENCE.upper()], ["text", "text"])

    monkeypatch.setattr(html, "_article_blocks", blocks)
    page = "<html><body><p>" + SENTENCE + "</p><p>" + SENTENCE.upper() + "</p></body></html>"
    extracted = html.extract(page)
    assert calls == [True, False] and SENTENCE.upper() in extracted.text and "full mode" in extracted.notes[0]
    result = cleaner.clean_and_explain(page, input_kind="html")
    assert any("full mode" in note for note in result.notes)


@pytest.mark.parametrize("same", [True, False], ids=["same-text-and-more", "other-text"])
def test_a_discussions_short_extract_gives_way_to_the_full_modes_when_it_holds_the_same_and_more(monkeypatch, same):
    posts = [f"Reply {k}: {SENTENCE}" for k in range(10)]
    other = [f"Elsewhere {k}: the bus company raised its fares again on every route in the county." for k in range(10)]

    def blocks(tree, fast):
        return (posts[:6], ["text"] * 6) if fast else ((posts if same else other), ["text"] * 10)

    monkeypatch.setattr(html, "_article_blocks", blocks)
    ld = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    page = f"<html><head>{ld}</head><body>" + "".join(f"<p>{post}</p>" for post in posts) + "</body></html>"
    extracted = html.extract(page)
    assert (posts[9] in extracted.text) is same and posts[0] in extracted.text
    assert any("full mode the same and more" in note for note in extracted.notes) is same
    # (a page that does not declare itself a discussion keeps its extract: an article's is its own)
    assert posts[9] not in html.extract(page.replace(ld, "")).text


def test_page_text_keeps_its_blocks_and_kinds():
    page = "<html><body><h2>Title</h2><p>One<br>Two</p><script>var x;</script><noscript>No JS</noscript></body></html>"
    assert page_text(html.parse(page)) == "Title\n\nOne\n\nTwo"


def test_the_wcxb_metric():
    assert word_f1("the cat sat", "The cat sat") == 1.0
    assert word_f1("", "") == 1.0 and word_f1("x", "") == 0.0 and word_f1("", "x") == 0.0
    assert abs(word_f1("a b", "a b c d") - 2 * 1.0 * 0.5 / 1.5) < 1e-9
    assert snippets_found("Sign  up for our\nnewsletter", ("sign up for", "cookies")) == (1, 2)


def test_a_product_page_keeps_the_extractors_description_and_an_article_stays_an_article():
    product = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product"}</script>'
    news = ('<script type="application/ld+json">[{"@type": "NewsArticle"}, {"@type": ["Product"]}]</script>')
    assert declared_types(html.parse(_page("<p>x</p>", product))) == {"Product"}
    assert is_product(html.parse(_page("<p>x</p>", product)))
    assert not is_product(html.parse(_page("<p>x</p>", news)))  # (a news site's subscription)
    assert not is_product(html.parse(_page("<p>x</p>")))


def test_a_product_pages_region_is_not_taken_for_its_description(monkeypatch):
    specs = "".join(f"<li>Specification line {k} of the steel rake with an ash handle</li>" for k in range(40))
    ld = '<script type="application/ld+json">{"@type": "Product"}</script>'
    page = _page("<h1>Rake</h1><p>" + SENTENCE + "</p><ul>" + specs + "</ul>", ld)
    monkeypatch.setattr(html, "_article_blocks", lambda tree, fast: ([SENTENCE] * 7, ["text"] * 7))
    assert "Specification line" not in html.extract(page).text
    assert "Specification line" in html.extract(page.replace('"Product"', '"WebPage"')).text


def _listing_page() -> str:
    jobs = "".join(f"<li><a href='/j{k}'>Acme ({k}) is hiring a backend engineer</a></li>" for k in range(30))
    return f"<html><body><p>{SENTENCE} {SENTENCE}</p><ul>{jobs}</ul></body></html>"


def test_an_extract_of_items_without_prose_stands_when_it_is_much_of_the_page(monkeypatch):
    jobs = [f"Acme ({k}) is hiring a backend engineer" for k in range(30)]
    monkeypatch.setattr(html, "_article_blocks", lambda tree, fast: (jobs, ["list"] * 30))
    extracted = html.extract(_listing_page())
    assert extracted.door == "html" and "Acme (29) is hiring a backend engineer" in extracted.text
    assert extracted.blocks[-1].kind == "list" and extracted.blocks[-1].link_density == 1.0


def test_an_extract_without_prose_that_is_a_sliver_of_the_page_gives_way_to_it(monkeypatch):
    monkeypatch.setattr(html, "_article_blocks", lambda tree, fast: (["var x = 1;"], ["text"]))
    page = f"<html><body><p>{SENTENCE}</p><p>{SENTENCE.replace('budget', 'plan')}</p>" + "<p>More text here.</p>" * 10 + "</body></html>"
    result = cleaner.clean_and_explain(page, input_kind="html")
    assert SENTENCE in result.text and any("holds no prose" in note for note in result.notes)



def test_a_products_specifications_without_prose_stand_however_small_a_share_of_the_page(monkeypatch):
    """A product page's details are lines, not prose; the shop around them (newsletter, delivery
    terms) holds the page's only sentences: the extract stays."""
    details = ["Faux leather jacket - black", "Outer fabric material: 100% polyester", "Care instructions: Machine wash"]
    monkeypatch.setattr(html, "_article_blocks", lambda tree, fast: (details, ["text"] * 3))
    ld = '<script type="application/ld+json">{"@type": "Product"}</script>'
    page = _page("".join(f"<p>{d}</p>" for d in details) + _PROSE * 12, ld)
    extracted = html.extract(page)
    assert extracted.door == "html" and extracted.text == "\n\n".join(details)
    assert SENTENCE in html.extract(page.replace('"Product"', '"WebPage"')).text  # (the region's prose, on a page)

MB = 1 << 20
_PROSE = "<p>" + SENTENCE + "</p>"
HOSTILE_PAGES = {
    "a megabyte of JSON-LD types": '<script type="application/ld+json">' + '{"@type": "Thing"},' * (MB // 19) + "</script>" + _PROSE,
    "an unclosed JSON-LD type": '<script type="application/ld+json">"@type": "' + "A" * MB + "</script>" + _PROSE,
    "ten thousand main regions": "<main><p>a b c</p></main>" * 10_000 + _PROSE,
    "a main region nested deep": "<main>" + "<div>" * 5000 + _PROSE + "</div>" * 5000 + "</main>",
    "ten thousand comment sections in a main region": "<main>" + "<div class='comments'>x</div>" * 10_000 + _PROSE + "</main>",
}


@pytest.mark.parametrize("name", list(HOSTILE_PAGES))
def test_a_page_built_to_hurt_the_region_checks_is_read_in_linear_time(name):
    start = time.perf_counter()
    result = cleaner.clean_and_explain("<html><body>" + HOSTILE_PAGES[name] + "</body></html>", input_kind="html")
    assert time.perf_counter() - start < 30.0  # only a hang exceeds it
    assert isinstance(result.text, str)


def test_a_page_that_is_only_a_long_menu_has_no_article_by_either_door_so_cleaning_twice_changes_nothing():
    # (found by the fuzzer: the HTML door kept a menu the text door then removed)
    menu = "".join(f"<li><a href='/{k}'>Item {k}</a></li>" for k in range(12))
    page = f"<html><body><main><ul>{menu}</ul></main></body></html>"
    once = cleaner.clean(page, input_kind="html")
    assert cleaner.clean(once) == once


def test_a_shops_listing_of_names_and_prices_is_the_pages_content_by_either_door():
    # Its lines are as short as a menu's; the prices show the products (a collection page).
    items = [("Cast Iron Skillet", "$49.99"), ("Dutch Oven", "$34.99"), ("Grill Pan", "$39.99"),
             ("Pan Scraper", "$6.99"), ("Baking Stone", "$36.99"), ("Griddle", "$32.99"), ("Wok", "$29.99")]
    cards = "".join(f"<li><a href='/p/{k}'>{name}</a><span>{price}</span></li>" for k, (name, price) in enumerate(items))
    once = cleaner.clean(f"<html><body><main><ul>{cards}</ul></main></body></html>", input_kind="html")
    assert all(name in once and price in once for name, price in items)
    assert cleaner.clean(once) == once
    text = "\n\n".join(line for item in items for line in item) + "\n"
    assert cleaner.clean(text, input_kind="text") == text


def test_no_second_look_when_the_page_holds_nothing_more_than_the_extract(monkeypatch):
    # (a 10 MB page lxml could not measure went through readability for seven seconds)
    calls = []

    def blocks(tree, fast):
        calls.append(fast)
        return (["a b c"], ["text"])

    monkeypatch.setattr(html, "_article_blocks", blocks)
    html.extract("<html><body><p>a b c</p><p>d e f</p></body></html>")
    assert calls == [True]
    html.extract("<html><body><p>a b c</p><p>" + SENTENCE + "</p></body></html>")
    assert calls == [True, True, False]


def test_no_second_look_on_a_page_of_a_books_length(monkeypatch):
    calls = []
    monkeypatch.setattr(html, "_article_blocks", lambda tree, fast: calls.append(fast) or ([], []))
    html.extract("<html><body><p>" + "word " * 150_000 + "</p></body></html>")
    assert calls == [True]
