"""One test per rule: it removes what it is for, names itself, and switching it off keeps the text."""
import pytest

import cleaner
from cleaner.rules import RULES

BODY = [
    "The regional council approved the budget on Monday after a debate that lasted most of the afternoon and evening.",
    "Opposition members said the increase in parking charges would hurt small shops in the town centre, which are already struggling.",
    "The leader of the council said the money was needed to repair roads and bridges damaged by last winter's floods.",
    "A final vote on the detailed spending plans is expected at the next full meeting of the council in March.",
]


def article(*junk_at: tuple[int, str], tail: list[str] = ()) -> str:
    blocks = list(BODY)
    for position, junk in sorted(junk_at, reverse=True):
        blocks.insert(position, junk)
    return "\n\n".join(blocks + list(tail)) + "\n"


EXPECTED = "\n\n".join(BODY) + "\n"
BIO = "Jane Doe is a freelance writer based in Austin who covers city politics and local transport."
MENU_RUN = ("Advance Directives Billing & Insurance CareLink Compliments & Complaints Dining Options Find Community "
            "Health Resources Financial Assistance Hospital at Home Program Language Assistance Medical Records "
            "NurseLink Parking Patient Portal Patient Safety Planning for a Hospital Stay Preparing for Outpatient "
            "Surgery Visitor Guidelines Volunteer Opportunities Gift Shop Chapel Services Interpreter Services Social Work Pharmacy")

# rule name -> (input, the text that rule must remove)
CASES = {
    "prompts.line": (article((2, "ADVERTISEMENT")), "ADVERTISEMENT"),
    "prompts.call": (article((2, "Sign up for our weekly newsletter.")), "Sign up for our weekly newsletter."),
    "prompts.menu": (" ".join(BODY * 4) + " Home News Sport About Contact Back to top Sign In\n",
                     "Home News Sport About Contact Back to top Sign In"),
    "prompts.text": (article(tail=["Sign up for our newsletter to get the best stories every morning."]),
                     "Sign up for our newsletter to get the best stories every morning."),
    "captions.credit": (article((1, "Photo: Jane Doe / AFP via Getty Images")), "Photo: Jane Doe / AFP via Getty Images"),
    "captions.place_label": (article((2, "Map of the town centre, river and bypass")), "Map of the town centre, river and bypass"),
    "footers.syndication": (article(tail=["Source link"]), "Source link"),
    "footers.copyright": (article(tail=["Copyright 2021 The Associated Press. All rights reserved."]),
                          "Copyright 2021 The Associated Press. All rights reserved."),
    "comments.form": (article(tail=["Your email address will not be published. Required fields are marked *"]),
                      "Your email address will not be published. Required fields are marked *"),
    "comments.section": (article(tail=["Leave a Reply", "John: Great article, thanks for sharing this with us all."]),
                         "John: Great article, thanks for sharing this with us all."),
    "related.link": (article((2, "Read more: Parking charges to rise in January")), "Read more: Parking charges to rise in January"),
    "related.section": (article(tail=["Check Also", "Bus fares frozen for another year", "Station car park to close"]),
                        "Station car park to close"),
    "duplicates.repeated": ("Budget approved\n\nBudget approved\n\n" + article(), "Budget approved"),
    "duplicates.inside_line": (article((4, "Business Airlines order 50 new planes Business Airlines order 50 new planes as demand grows")),
                               "Business Airlines order 50 new planes Business Airlines order 50 new planes as demand grows"),
    "duplicates.caption": (article((1, "The leader of the council spoke to reporters outside the town hall.")).replace(
        "The leader of the council said", "The leader of the council spoke to reporters outside the town hall. He said"),
        "The leader of the council spoke to reporters outside the town hall."),
    "shape.teaser_list": (article(tail=[
        "Share this article",  # page furniture: the list after the article is other stories
        "Men get stressed if wives earn more", "Traditional gender norms may be to blame, according to a large new study of couples.",
        "Tom Hanks is related to Mister Rogers", "The two actors are sixth cousins and share a distant grandfather in the records.",
        "Stolen streaming accounts sold online", "Account passwords are selling for three dollars on hacking forums this week."]),
        "Tom Hanks is related to Mister Rogers"),
    "shape.outside_article": ("Home\n\nWorld\n\nSport\n\nWeather\n\n" + article(), "Weather"),
    "duplicates.contents": ("Table of Contents\n\n1. Why the council acted\n\n2. What the plan costs\n\n"
                            + article((0, "Why the council acted"), (2, "What the plan costs")), "1. Why the council acted"),
    "shape.menu_piece": (" ".join(BODY * 4) + " " + MENU_RUN + " " + " ".join(BODY) + "\n", MENU_RUN),
    "metadata.dateline": (article((1, "Updated on: November 19, 2019 / 10:07 AM")), "Updated on: November 19, 2019 / 10:07 AM"),
    "metadata.byline": (article((0, "By Daniel Bellamy with AP")), "By Daniel Bellamy with AP"),
    "metadata.author_bio": (article((0, BIO)), BIO),
    "metadata.stock_quote": (article().replace("The leader of the council", "The leader of Acme Corp. ACME, -1.25% on the council"),
                             "ACME, -1.25%"),
    "metadata.labels": (article((1, "Posted by: Jane Doe - Category: Local news")), "Posted by: Jane Doe - Category: Local news"),
    "metadata.tags": (article(tail=["Tags", "council budget, parking charges, roads, bridges, floods"]),
                      "council budget, parking charges, roads, bridges, floods"),
    "related.teaser_items": (
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in BODY) + "<ul>" + "".join(
            f'<li><a href="/s/{n}">{h}</a> {b}</li>' for n, (h, b) in enumerate([
                ("Pochettino fired by Tottenham", "He took the club to the final in June"),
                ("Results from the expansion draft", "Here is what you need to know about the draft"),
                ("Maradona out as coach of Gimnasia", "The coach would now be free to sign elsewhere"),
                ("Messi accepts challenge from Cavani", "Messi seems to be getting tougher with age")]))
        + "</ul></article></body></html>",
        "Maradona out as coach of Gimnasia"),
    "prompts.controls": (
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in BODY[:2]) + "<p>Add to Compare</p>"
        "<form><button>Add to Compare</button></form>" + "".join(f"<p>{p}</p>" for p in BODY[2:]) + "</article></body></html>",
        "Add to Compare"),
    "duplicates.page_title": (
        "<html><head><title>Council approves the budget - Shire Post</title></head><body><article>"
        "<h1>Council approves the budget</h1>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>",
        "Council approves the budget"),
}

# the copies of a rule's junk that stay: the first copy of a repeat, the sentence a caption repeats
STAYS = {"duplicates.repeated": 1, "duplicates.caption": 1}


def test_every_rule_has_a_case():
    # the user.* rules act on the configuration's markers: tests/test_config.py; the markup
    # rules, applied by the repairs: tests/test_markup.py and tests/test_hostile_round2.py
    assert {rule.name for rule in RULES if not rule.name.startswith("user.") and not rule.repair} == set(CASES)


@pytest.mark.parametrize("rule_name", sorted(CASES))
def test_rule_removes_its_junk_and_names_itself(rule_name):
    text, junk = CASES[rule_name]
    result = cleaner.clean_and_explain(text)
    assert result.text.count(junk) == EXPECTED.count(junk) + STAYS.get(rule_name, 0)
    assert any(r.rule == rule_name and junk in r.text for r in result.removed), result.removed
    for sentence in BODY[:2]:
        assert sentence.split(".")[0] in result.text


@pytest.mark.parametrize("rule_name", sorted(CASES))
def test_disabling_a_rule_keeps_what_it_would_remove(rule_name):
    text, junk = CASES[rule_name]
    result = cleaner.clean_and_explain(text, disabled_rules={rule_name})
    assert not any(r.rule == rule_name for r in result.removed)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rules_are_documented(rule):
    assert rule.name and rule.summary and rule.example


def test_an_authors_bio_goes_only_before_the_article_and_names_a_person():
    """The bio before the article goes with its byline; after the article it stays, as the
    article's own sign-off does (a plain-prose bio at its end is the author's text); the same
    sentence inside the article is its subject ("the reporter was arrested"), and a capitalised
    opener is no name ("This is a ...")."""
    assert cleaner.clean(article((0, BIO))) == EXPECTED
    assert cleaner.clean(article(tail=[BIO])) == article(tail=[BIO])
    inside = article((1, BIO + " She was arrested at the airport on Friday, her editors said."))
    assert cleaner.clean(inside) == inside
    guide = "This is a freelance writer's guide for anyone who covers city politics and local transport."
    assert cleaner.clean(article((0, guide))) == article((0, guide))
    from cleaner.rules import kept_by
    assert cleaner.clean(article((0, BIO)), disabled_rules=set(kept_by()["bylines"])) == article((0, BIO))


def test_rules_leave_a_clean_article_alone():
    assert cleaner.clean(EXPECTED) == EXPECTED


def test_related_heading_mid_article_takes_only_its_teasers():
    text = "\n\n".join(BODY[:2] + ["Related", "Parking charges to rise in January"] + BODY[2:]) + "\n"
    assert cleaner.clean(text) == EXPECTED


@pytest.mark.parametrize("heading", ["Recent Articles", "Popular Articles", "More Videos", "Related Products",
                                     "More from this author", "Most Popular Videos", "Most Popular Articles"])
def test_a_site_wide_list_heading_after_the_article_takes_its_headlines(heading):
    """Headings of a site's lists of other pages (recent, popular, featured articles; related
    products) head teasers, as "Related Posts" does, on any site."""
    text = article(tail=[heading, "Bus fares frozen for another year", "Station car park to close"])
    assert cleaner.clean(text) == EXPECTED


def test_a_related_headings_headlines_run_together_in_a_one_line_page_go():
    """Scraped as one line, a "Recent Posts" block is its heading glued to its headlines run
    together, a run of capitalised words: they go with the heading, as its lines would."""
    body = " ".join(BODY * 6)
    headlines = ("What Your Heating System Might Be Trying to Tell You Howell Chase Now Offers Expert Plumbing "
                 "Services New Year, New Comfort: Seven HVAC Resolutions for a Healthier Home Closing Bedroom Doors")
    after = " ".join(["If at any time you have difficulty using this website, please contact us and we will help you.",
                      "We are making changes to increase the accessibility and usability of our website for everyone.",
                      "Our efforts are ongoing, and we welcome your comments on how we could improve the experience."])
    result = cleaner.clean_and_explain(f"{body} Recent Posts Strange Furnace Noises? {headlines} {after}\n")
    assert result.text.startswith(body)
    assert "Heating System" not in result.text and "Recent Posts" not in result.text
    assert ("related.section", headlines) in [(r.rule, r.text) for r in result.removed]


def test_comment_word_at_the_top_does_not_cut_the_article():
    text = "Comments\n\n" + article()
    assert cleaner.clean(text) == EXPECTED


def test_markup_family_can_be_switched_off():
    text = article((1, 'The council <b>met</b> again on Tuesday to settle the last details of the plan.'))
    assert "<b>" not in cleaner.clean(text)
    assert "<b>met</b>" in cleaner.clean(text, disabled_rules={"markup"})


def test_a_title_without_page_furniture_comes_out_as_it_went_in():
    """No phrase or markup rule found anything: no sign of a scraped page, nothing to judge."""
    title = "Two patients diagnosed with plague in China as officials scramble\n"
    result = cleaner.clean_and_explain(title)
    assert result.text == title
    assert result.removed == ()


def test_a_title_with_page_furniture_is_no_article_and_the_notes_say_so():
    result = cleaner.clean_and_explain("Two patients diagnosed with plague in China as officials scramble\n\n"
                                       "Share this article\n")
    assert result.text == ""
    assert [r.rule for r in result.removed] == ["shape.outside_article", "prompts.line"]
    assert "no article text" in result.removed[0].reason
    assert any(note.startswith("no article text left") for note in result.notes)


def test_a_short_sentence_is_never_dropped_as_no_article():
    assert cleaner.clean("Schools are closed today.\n") == "Schools are closed today.\n"


TEASERS = ["Men get stressed if wives earn more", "Traditional gender norms may be to blame, according to a large new study.",
           "Tom Hanks is related to Mister Rogers", "The two actors are sixth cousins and share a distant grandfather.",
           "Stolen streaming accounts sold online", "Account passwords are selling for three dollars on hacking forums."]
TOUR = ["June 20 – Raleigh, NC @ Coastal Credit Union Music Park", "June 22 – Tampa, FL @ MidFlorida Amphitheatre",
        "July 3 – Mansfield, MA @ Xfinity Center"]


@pytest.mark.parametrize("after", [TEASERS, TOUR], ids=["snippets", "dates"])
def test_a_clean_article_keeps_what_follows_its_prose(after):
    """Without page furniture anywhere, lines after the densest prose are the article going on."""
    text = article(tail=after)
    assert cleaner.clean(text) == text


@pytest.mark.parametrize("after", [TEASERS, TOUR], ids=["snippets", "dates"])
def test_with_page_furniture_what_follows_the_prose_goes(after):
    text = article(tail=["Share this article"] + after)
    assert cleaner.clean(text) == EXPECTED


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ARCHIVES = "Archives Select Month " + " ".join(f"{m} {year}" for year in range(2025, 2019, -1) for m in MONTHS)


def test_a_long_line_without_a_sentence_stop_is_no_prose_that_holds_the_page_to_the_article():
    """A form's options or a tag cloud run into one line (a hundred words and more, not one
    sentence stop) is no paragraph: it does not widen the article to the teasers before it."""
    from cleaner.blocks import split_blocks
    from cleaner.rules.article import is_prose
    text = article(tail=["Share this article", *TOUR, ARCHIVES])
    assert cleaner.clean(text) == EXPECTED
    assert [is_prose(b) for b in split_blocks(ARCHIVES + "\n")] == [False]
    # (with one stop, or under a hundred words, it may be a paragraph or a list the article holds)
    assert [is_prose(b) for b in split_blocks(ARCHIVES.replace("May 2024", "May 2024.") + "\n")] == [True]
    assert [is_prose(b) for b in split_blocks(" ".join(ARCHIVES.split()[:90]) + "\n")] == [True]


CURRENCIES = " ".join(f"{country} / {code}" for country, code in [
    ("Albania", "ALL"), ("Andorra", "EUR"), ("Angola", "AOA"), ("Anguilla", "XCD"), ("Armenia", "AMD"),
    ("Aruba", "AWG"), ("Australia", "AUD"), ("Austria", "EUR"), ("Bahamas", "BSD"), ("Bahrain", "BHD"),
    ("Barbados", "BBD"), ("Belgium", "EUR"), ("Belize", "BZD"), ("Bermuda", "BMD"), ("Bolivia", "BOB"),
    ("Botswana", "BWP"), ("Brazil", "BRL"), ("Brunei", "BND"), ("Bulgaria", "BGN"), ("Canada", "CAD")]) \
    + " St. Lucia / XCD"


def test_a_selectors_items_parted_by_slashes_are_no_prose():
    """A country and currency selector run into one line (a stop in "St. Lucia") is a list of
    items, not a paragraph; a sentence with a slash or two ("and/or", "24/7") stays prose."""
    from cleaner.blocks import split_blocks
    from cleaner.rules.article import is_prose
    assert [is_prose(b) for b in split_blocks(CURRENCIES + "\n")] == [False]
    sentence = ("Our support team answers questions 24 / 7 by phone and / or e-mail, and it helps customers "
                "in every country we ship to with returns, refunds, exchanges and the tracking of their orders.")
    assert [is_prose(b) for b in split_blocks(sentence + "\n")] == [True]


PLUGINS = ["event imports to your calendar", "ticketing for your community, with seating maps and bundles",
           "email marketing and attendee management", "filters, schedules and widgets for every page",
           "the complete collection of plugins at a discount", "promoter tools to stay connected to your audience"]


def test_a_long_piece_of_a_line_without_a_sentence_stop_is_no_prose_either():
    """A mega-menu's items with their descriptions, run into the end of a page stored as one line:
    a hundred words and more, commas but no stop, no sentence's."""
    menu = "Products " + " ".join(f"Plugin {k} {item}" for k, item in enumerate(PLUGINS * 3))
    result = cleaner.clean_and_explain("Share this article\n" + " ".join(BODY * 3) + " " + menu + "\n")
    assert menu not in result.text and all(result.text.count(sentence) == 3 for sentence in BODY)
    assert any(r.rule == "shape.outside_article" and r.text.startswith("Products Plugin 0") for r in result.removed)


COURSES = ["UN climate courses", "The UN platform offers 116 free courses with certificates in climate change.",
           "Here's a selection:", "Gender and Environment", "Sustainable Diet Basics",
           "PhilanthropyU free courses", "PhilanthropyU offers 20 free courses with certificates for all its learners.",
           "Here's a selection:", "Branding for Charities", "Creating a Theory of Change",
           "Acumen free courses", "Acumen offers 30 free courses about social change for teams and their leaders.",
           "Here's a selection:", "Storytelling for Change", "Lean Data for Social Impact"]


def test_a_list_a_line_ending_in_a_colon_introduces_is_the_articles_not_teasers():
    """Headings with a sentence under each look like other stories' teasers; a line ending in a
    colon, which no teaser headline does, introduces the article's own list."""
    result = cleaner.clean_and_explain(article(tail=["Share this article", *COURSES]))
    assert "shape.teaser_list" not in {r.rule for r in result.removed}
    # (short lines after the last sentence go on a scraped page, whatever they are)
    assert result.text.startswith("\n\n".join(BODY + COURSES[:-2]) + "\n")


SITE_MENU = ["UK", "Europe", "Asia", "Africa", "Americas", "Politics", "Business", "Markets", "Tech", "Science",
             "Health", "Education", "Football", "Cricket", "Culture", "Travel", "Opinion", "Weather"]  # (no prompt words)


def test_a_long_menu_opening_the_text_goes_without_other_furniture():
    """Fifteen short lines in a row before any prose are the page's menu (a sign of a scraped page
    in itself); the lines between it and the article, and those after the article, stay."""
    text = "\n\n".join([*SITE_MENU, "Budget approved after long debate", *BODY, *MORE_BODY, *TOUR]) + "\n"
    out = cleaner.clean(text)
    assert out == "\n\n".join(["Budget approved after long debate", *BODY, *MORE_BODY, *TOUR]) + "\n"
    assert cleaner.clean(out) == out


def test_a_long_menu_opening_an_html_extract_goes_too():
    """By either door: the extract, cleaned again as text, stays as it is."""
    page = ("<html><head><title>Budget</title></head><body><article><ul>" + "".join(f"<li>{m}</li>" for m in SITE_MENU)
            + "</ul>" + "".join(f"<p>{p}</p>" for p in BODY + MORE_BODY) + "</article></body></html>")
    out = cleaner.Cleaner(input_kind="html").clean(page).text
    assert out == "\n\n".join(BODY + MORE_BODY) + "\n" and cleaner.clean(out) == out


@pytest.mark.parametrize("menu", [SITE_MENU[:14], [f"$ {k}.99" for k in range(20)] + SITE_MENU[:3],
                                  [f"{name} ${k}.99" for k, name in enumerate(SITE_MENU)]],
                         ids=["fourteen-lines", "prices-no-words", "priced-items"])
def test_a_short_or_priced_list_before_the_article_is_no_menu(menu):
    text = "\n\n".join([*menu, *BODY, *MORE_BODY]) + "\n"
    assert cleaner.clean(text) == text


def test_a_list_inside_the_article_is_no_menu():
    text = "\n\n".join([BODY[0], *SITE_MENU, *BODY[1:], *MORE_BODY]) + "\n"
    assert cleaner.clean(text) == text


def test_repeats_taken_out_mid_article_mark_no_border():
    """A caption printed under three photos in a row goes as repeats; the article goes on after
    them (the lines a repeat rule takes out say nothing of where the page's furniture begins)."""
    caption = "Dancers at the Daehak-ro Festival in Seoul"
    text = "\n\n".join(["Share this article", BODY[0], BODY[1], BODY[2], caption, caption, caption, caption,
                       BODY[3]]) + "\n"
    out = cleaner.clean(text)
    assert all(sentence in out for sentence in BODY)
    assert out.count(caption) == 1


@pytest.mark.parametrize("line", ["By Daniel Bellamy with AP", "By Jill Disis, CNN Business", "Written by Moses Kim and Kate Shokurova",
                                  "Por María José de la Fuente", "By REUTERS", "REDACCIÓN MAZO",
                                  # (with its date, and the comments' count)
                                  "Posted by Mark Stevens | September 12, 2024 | 3 Comments", "By Mark Stevens - Sep 12, 2024",
                                  "Posted by Mark Stevens on September 12, 2024 at 10:15 am | Leave a comment",
                                  "Por María José de la Fuente el 3 de marzo de 2024"])
def test_a_byline_before_the_article_goes(line):
    result = cleaner.clean_and_explain(article((0, line)))
    assert result.text == EXPECTED
    assert [r.rule for r in result.removed] == ["metadata.byline"]


@pytest.mark.parametrize("line", ["By Mark Stevens on September 12, 2024 in Politics",
                                  "By the council's vote on September 12, 2024, roads were repaired"])
def test_a_dated_byline_with_more_after_its_date_is_no_byline(line):
    assert "metadata.byline" not in [r.rule for r in cleaner.clean_and_explain(article((0, line))).removed]


@pytest.mark.parametrize("line", ["By The Numbers", "by Sylvia Bishop", "By the end of the year, roads were repaired",
                                  "Bypass Road Closed", "Directors And Staff", "By Hi, I'm Randy!"])
def test_what_only_looks_like_a_byline_stays(line):
    """Mid-article (a section heading), lower-case "by" (a work's author under its title), a
    sentence, a word that only begins with "by", names with a sentence's punctuation."""
    text = article((2, line))
    assert "metadata.byline" not in [r.rule for r in cleaner.clean_and_explain(text).removed]


@pytest.mark.parametrize("line", ["Reuters", "Julie Edwards/Alamy", "Copyright Aurel Obreja/AP",
                                  "Facebook Twitter Pinterest How the building used to look. Photograph: Julie Edwards/Alamy"])
def test_a_credit_alone_or_ending_a_caption_goes(line):
    result = cleaner.clean_and_explain(article((2, line)))
    assert result.text == EXPECTED
    assert [r.rule for r in result.removed] == ["captions.credit"]


@pytest.mark.parametrize("line", ["The agency said: Reuters Staff Were Told Nothing Else At All That Day Or Night",
                                  "The image file was named Image: Final Draft (Version Two) Of The Plan"])
def test_a_label_before_a_long_or_bracketed_run_is_no_credit(line):
    text = article((2, line))
    assert "captions.credit" not in [r.rule for r in cleaner.clean_and_explain(text).removed]


def test_a_footer_glued_after_a_cut_teaser_goes_with_its_arrow():
    text = ("The mayor's office has revealed details of its proposed expansion of the camera system to include "
            "the nightlife core and a swath of the Central District from E Cherry to … Continue reading →\n")
    result = cleaner.clean_and_explain(text)
    assert result.text == text.replace(" Continue reading →", "")
    assert [r.rule for r in result.removed] == ["footers.syndication"]


AP_NOTICE = ("Copyright 2021 The Associated Press. All rights reserved. "
             "This material may not be published, broadcast, rewritten or redistributed.")


@pytest.mark.parametrize("text", [
    " ".join(BODY) + " " + AP_NOTICE + "\n",  # glued after the last sentence of a one-line article
    article(tail=[AP_NOTICE]),  # on a line of its own after the article
    article((2, "© 2024 Shire Post Media"))])  # a notice without a stop, on a line of its own
def test_a_copyright_notice_goes_sentence_by_sentence_and_the_article_stays(text):
    result = cleaner.clean_and_explain(text)
    assert " ".join(result.text.split()) == " ".join(BODY)
    assert {r.rule for r in result.removed} == {"footers.copyright"}
    assert all(text[r.start:r.end] == r.text for r in result.removed)
    assert cleaner.clean(result.text) == result.text


@pytest.mark.parametrize("junk", ["© 2024 Reuters. All rights reserved.", "Sign up for our daily newsletter.",
                                  "Getty Images"])
def test_a_short_article_stored_as_one_line_keeps_its_sentence_beside_a_notice_or_a_call(junk):
    # (one sentence of five words: beside a prompt in a longer document it would read as the
    # prompt's lead-in; as all the document has, it is the article)
    text = f"The mayor resigned on Friday. {junk}\n"
    assert cleaner.clean(text) == "The mayor resigned on Friday.\n"


@pytest.mark.parametrize("junk,rule", [("Riproduzione riservata © Copyright ANSA", "footers.copyright"),
                                       ("Sign up for our daily newsletter", "prompts.call")])
def test_a_notice_or_a_call_without_a_stop_ending_a_one_line_article_goes(junk, rule):
    # (the line's last piece, after a sentence: nothing follows that it could run on into)
    text = " ".join(BODY) + f" {junk}\n"
    result = cleaner.clean_and_explain(text)
    assert result.text == " ".join(BODY) + "\n"
    assert [(r.rule, text[r.start:r.end]) for r in result.removed] == [(rule, junk)]


def test_a_copyright_notice_goes_from_its_sign_inside_the_sentence_a_menu_runs_into():
    # (a one-line article: the address before the sign is left to the other rules)
    text = " ".join(BODY) + " Shire Post, 12 High Street, Shireton © 2024 Shire Post Media. All rights reserved.\n"
    result = cleaner.clean_and_explain(text)
    assert [(r.rule, r.text) for r in result.removed if r.rule == "footers.copyright"] == [
        ("footers.copyright", "© 2024 Shire Post Media. All rights reserved.")]
    assert "©" not in result.text and all(sentence in result.text for sentence in BODY)


@pytest.mark.parametrize("sentence", [
    "(c) the council may borrow up to a tenth of its budget for repairs.",  # an item of a legal list
    "Copyright law protects the authors of the council's plans.",  # prose about copyright
    "All rights reserved by the council were waived in March after the vote."])
def test_sentences_about_copyright_stay(sentence):
    text = article((2, sentence))
    assert cleaner.clean(text) == text


def test_a_copyright_notice_alone_is_no_photo_credit():
    assert "captions.credit" not in [r.rule for r in cleaner.clean_and_explain(article(tail=["© Reuters"])).removed]


def test_a_table_of_contents_goes_and_the_headings_it_repeats_stay():
    headings = ["Why the council acted", "What the plan costs", "What happens next"]
    body = article((0, headings[0]), (2, headings[1]), (4, headings[2]))
    text = "In this article\n\n" + "\n\n".join(f"{k + 1}. {h}" for k, h in enumerate(headings)) + "\n\n" + body
    out = cleaner.clean(text)
    assert out == body and cleaner.clean(out) == out


def test_a_contents_list_that_repeats_nothing_further_down_stays():
    text = "Contents\n\nGardening notes\n\nThe week in review\n\nCrossword\n\n" + article()
    assert cleaner.clean(text) == text


def test_a_cookie_plugins_table_glued_into_a_one_line_page_goes():
    """The consent plugin's cookie descriptions, sentences like any other on a one-line page, are a
    site notice; what they leave is the article, kept whole."""
    cookies = ("cookielawinfo-checkbox-analytics 11 months This cookie is set by GDPR Cookie Consent plugin. "
               "The cookie is used to store the user consent for the cookies in the category \"Analytics\".")
    out = cleaner.clean(" ".join(BODY * 4 + MORE_BODY * 4) + " " + cookies + "\n")
    assert "cookie" not in out and out.startswith(BODY[0]) and MORE_BODY[-1] in out


@pytest.mark.parametrize("notice", [
    "Strictly Necessary Cookies These cookies are necessary for the website to function and cannot be switched off in our systems.",
    "Targeting Cookies These cookies may be set through our site by our advertising partners.",
    "Analytics cookies enable us to analyze your activities on our website in order to improve it."])
def test_a_consent_managers_cookie_categories_go(notice):
    assert cleaner.clean(article((4, notice))) == EXPECTED


GOV_BANNER = ["An official website of the United States government", "Here’s how you know",
              "Official websites use .gov A .gov website belongs to an official government organization in the United States.",
              "Secure .gov websites use HTTPS A lock ( ) or https:// means you’ve safely connected to the .gov website. "
              "Share sensitive information only on official, secure websites."]


@pytest.mark.parametrize("joined", [False, True], ids=["lines", "one-line"])
def test_the_us_government_sites_banner_goes(joined):
    """The banner every .gov page of the U.S. Web Design System opens with, standard text."""
    if joined:
        out = cleaner.clean(" ".join(GOV_BANNER + BODY * 4 + MORE_BODY * 4) + "\n")
        assert out == " ".join(BODY * 4 + MORE_BODY * 4) + "\n"
    else:
        assert cleaner.clean("\n\n".join(GOV_BANNER) + "\n\n" + article()) == EXPECTED


@pytest.mark.parametrize("joined", [False, True], ids=["lines", "one-line"])
def test_a_code_hosts_loading_errors_between_comments_go(joined):
    """GitHub prints its loading error under every comment of a gist's thread."""
    errors = ["There was an error while loading.", "Please reload this page."]
    if joined:
        out = cleaner.clean(" ".join(BODY * 4 + errors + MORE_BODY * 4) + "\n")
        assert out == " ".join(BODY * 4 + MORE_BODY * 4) + "\n"
    else:
        assert cleaner.clean(article((2, errors[0]), (3, errors[1]))) == EXPECTED


@pytest.mark.parametrize("controls", ["AdvertisementAdvertisement", "View as MarkdownCopy as Markdown",
                                      "Jump to navigationJump to search", "Book Now *Book Now *Book Now"])
def test_controls_printed_side_by_side_go(controls):
    """Prompts glued into one line, as controls shown side by side (or twice, for two screen
    sizes) are scraped."""
    assert cleaner.clean(article((2, controls))) == EXPECTED


@pytest.mark.parametrize("line", ["SearchEngine Land", "Book Now *Pay Later", "iPhone YouTube"])
def test_a_line_glued_of_a_prompt_and_other_words_stays(line):
    text = article((2, line))
    assert cleaner.clean(text) == text


@pytest.mark.parametrize("control", ["Page 2 of 8", "5 min read", "Reading time: 8 minutes", "Posts: 1,077",
                                     "← Back to blog", "Check price at Amazon", "Lesezeit: 4 Minuten", "Page 3 sur 12", "Lecture 3 min.",
                                     "Waktu baca 3 menit", "Время чтения: 5 минут", "Страница 2 из 8", "Okuma süresi: 3 dk",
                                     "Sayfa 2 / 5", "Free shipping on orders over $75", "Ships from: Israel", "Check price at REI (on sale!)"])
def test_a_control_with_its_count_place_or_shop_goes(control):
    result = cleaner.clean_and_explain(article((2, control)))
    assert result.text == EXPECTED
    assert [(r.rule, r.text) for r in result.removed] == [("prompts.line", control)]


@pytest.mark.parametrize("control", ["Search for:", "Previous Next", "Copied!", "Privacy Overview", "Always Enabled",
                                     "Manage consent", "First name", "Email (required)", "Restacks",
                                     "Thank you! Your submission has been received!"])
def test_a_widgets_or_a_forms_label_goes(control):
    """The words a search box, a copy-link button, a consent manager or a form's fields leave."""
    result = cleaner.clean_and_explain(article((2, control)))
    assert result.text == EXPECTED
    assert [(r.rule, r.text) for r in result.removed] == [("prompts.line", control)]


@pytest.mark.parametrize("line", ["Page 2 of the report lists every road the floods damaged.",
                                  "Most residents read the plan in 5 minutes.", "Back to the council chamber, please."])
def test_a_sentence_that_names_a_control_stays(line):
    text = article((2, line), tail=["Share this article"])
    assert line in cleaner.clean(text)


def _page_with(line: str, control: str) -> str:
    return ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in BODY[:2]) + f"<p>{line}</p>" + control
            + "".join(f"<p>{p}</p>" for p in BODY[2:]) + "</article></body></html>")


@pytest.mark.parametrize("line, control", [
    ("How long should everyday shoes last?", "<button>How long should everyday shoes last?</button>"),  # an accordion's question
    ("Overview", "<h2><button>Overview</button></h2>"),  # a heading that is a button
    ("Compare", "<button>Add to Compare</button>"),  # part of a control's words only
], ids=["question", "heading", "part"])
def test_what_a_control_shares_with_the_content_stays(line, control):
    result = cleaner.clean_and_explain(_page_with(line, control))
    assert "prompts.controls" not in [r.rule for r in result.removed]


def test_control_words_are_junk_only_in_a_page():
    """Scraped text has no page to read controls from: the same line stays there."""
    text = article((2, "Add to Compare"))
    assert "prompts.controls" not in [r.rule for r in cleaner.clean_and_explain(text).removed]


MORE_BODY = [
    "Residents who spoke at the meeting said the plan had been drawn up without asking the people who live in the centre.",
    "Officers answered that the consultation had run for six weeks in the spring and that every household had received a letter.",
    "The council will publish the answers it received, with the changes they led to, before the vote in March.",
]
TABLE = ["Charge", "Now", "From April", "One hour", "£1.20", "£1.50", "Two hours", "£2.00", "£2.60",
         "All day", "£6.00", "£7.50"]


def test_paragraphs_past_a_table_and_a_border_are_the_article_going_on():
    """An article's later sections stand past a table and a prompt the rules took out: paragraphs
    worth most of the run before them are the article's, not other content of the page."""
    text = "\n\n".join(["Share this article", *BODY[:2], *TABLE, "ADVERTISEMENT", "Subscribe", "Follow us", *TABLE, *MORE_BODY]) + "\n"
    out = cleaner.clean(text)
    assert all(sentence in out for sentence in BODY[:2] + MORE_BODY)


_NUMBERED_SECTIONS = [
    ("Adjustable lumbar support", "A chair should have adjustable lumbar support, so that it fits the curve of your lower back."),
    ("Headrest for a neutral spine", "Headrests support the base of the skull and keep the chin gently tucked while you work."),
    ("Armrest adjustability", "Adjustable armrests help prevent upper back and shoulder strain during long working days."),
    ("Seat depth and height", "The seat should let you sit fully back with your feet flat on the floor and knees bent."),
    ("Recline and movement", "Chairs that recline keep the spine from being locked into one rigid position for hours.")]


def test_headings_numbered_in_sequence_with_short_paragraphs_are_the_articles_list():
    """Headline-and-snippet items after the bulk of the prose, on a scraped page, are teasers of
    other stories unless the article resumes after them; numbered 1, 2, 3... they are its own."""
    sections = [line for n, (head, text) in enumerate(_NUMBERED_SECTIONS, 1) for line in (f"{n}. {head}", text)]
    result = cleaner.clean_and_explain("\n\n".join(["Share this article", *BODY, *sections]) + "\n")
    assert all(line in result.text for line in sections)
    assert [r.rule for r in result.removed] == ["prompts.line"]


def test_teaser_snippets_past_the_article_are_no_paragraphs():
    """Snippets of other stories, each under its headline, stay page furniture however long they run."""
    teasers = [line for k, snippet in enumerate(MORE_BODY)
               for line in (f"Headline of another story number {k}", snippet, f"{k + 1}H ago")]
    text = "\n\n".join(["Share this article", *BODY, "ADVERTISEMENT", "Subscribe", "Follow us", "Sign in", *teasers]) + "\n"
    assert cleaner.clean(text) == EXPECTED


def test_snippets_cut_short_after_the_article_go_on_a_page_with_furniture_too():
    """Three teasers in a row whose snippets end in an ellipsis are other stories' whether or not
    other rules found page furniture (a second clean, with the furniture gone, finds them)."""
    teasers = [f"Headline of another story number {k}{snippet[:-1]} […]" for k, snippet in enumerate(MORE_BODY)]
    text = "\n\n".join(["Share this article", *BODY, "Latest Reviews", *teasers]) + "\n"
    out = cleaner.clean(text)
    assert not any(teaser in out for teaser in teasers)
    assert all(sentence in out for sentence in BODY)
    assert cleaner.clean(out) == out


def test_a_stamp_before_the_dateline_goes_once_the_menu_above_it_went():
    """The stamp is judged among the article's first lines: those the menu above it left, within
    one clean (a second clean, the menu gone, would find it)."""
    stamp = "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM"
    caption = ("New Horizons took this image of the moon rising above the planet's cloud tops in February 2007, "
               "six hours after its closest approach. (Source: NASA)")
    text = "\n\n".join(["Share this article", "Local News", "Weather", "Traffic", "Sports", caption, stamp,
                         "HONOLULU, Hawaii (HawaiiNewsNow) - " + BODY[0], *BODY[1:]]) + "\n"
    out = cleaner.clean(text)
    assert "2:26 PM" not in out and "Updated November 18" not in out
    assert cleaner.clean(out) == out


def test_a_count_of_comments_on_a_quoted_title_glued_inside_a_line_cuts_the_thread():
    """WordPress's "59 Comments on “The title”" run into the line after the article's last words:
    the thread after it goes, the article before it stays."""
    thread = "Great post, I loved it! I disagree with most of this, sorry. Thanks for writing it anyway."
    text = " ".join(BODY * 3) + " Category: Council News 59 Comments on “Parking charges rise” " + thread + "\n"
    out = cleaner.clean(text)
    assert out.startswith(" ".join(BODY * 3)) and "59 Comments" not in out and "Great post" not in out


REPLIES = ["I tried this on my own street and the parking charges doubled within a year, which nobody had told us about.",
           "Thank you for writing this up, it is the clearest account of the budget debate that I have read anywhere.",
           "The bridges have needed repair for a decade and the council only acts when the floods force its hand again."]


@pytest.mark.parametrize("author", ["Sharon says", "Jill Winger says:", "Mary O'Neill on March 3, 2024 at 10:15 am said:"])
def test_a_comment_count_over_a_thread_longer_than_the_article_cuts_it(author):
    """A one-word heading is weak evidence, but a comment's first line after it (its author and
    "says") shows the thread, however much its replies outweigh the article."""
    thread = [line for k, reply in enumerate(REPLIES * 3) for line in (author if k == 0 else f"Reader {k} says",
                                                                       "July 14, 2015 at 3:53 pm", reply)]
    result = cleaner.clean_and_explain(article(tail=["3 Comments", *thread]))
    assert result.text == EXPECTED
    assert any(r.rule == "comments.section" and r.text == "3 Comments" for r in result.removed)


def test_a_comment_count_over_more_prose_without_a_comments_author_is_the_article_going_on():
    out = cleaner.clean(article(tail=["3 Comments", *REPLIES]))
    assert out.startswith(EXPECTED.rstrip("\n")) and all(reply in out for reply in REPLIES)


def test_a_read_more_link_between_the_article_and_its_next_section_borders_nothing():
    """A 'Read more:' link alone between paragraphs sits inside the article: its sections past the
    link (a heading, a list, a paragraph) stay, as they would without the link."""
    section = ["What happens next", "Parking charges in the centre", "Repairs to the two bridges",
               "Flood defences along the river", "A new bus lane on the high street",
               "Officers will now draw up the detailed spending plans for each of these items, and residents will be "
               "able to comment on them at a series of public meetings across the town in January and February."]
    text = "Share this article\n\n" + article(tail=["Read more: Pochettino fired by Tottenham", *section])
    result = cleaner.clean_and_explain(text)
    assert result.text == EXPECTED + "\n" + "\n\n".join(section) + "\n"
    assert any(r.rule == "related.link" for r in result.removed)


LOOP = ["The repairs will follow a fixed order:", "Survey the damaged bridges", "Close the worst roads",
        "Repair the river walls", "Resurface the high street", "Reopen the bus lanes"]


def test_a_list_a_sentence_introduces_inside_the_article_stays():
    """Its short lines would cost the prose run as a menu's do; a sentence ending with a colon
    introduces them and the article goes on after them."""
    after = "Officers expect the work to take most of next year, with the bridges finished before the summer."
    text = "Share this article\n\n" + article(tail=[*LOOP, after])
    assert cleaner.clean(text) == EXPECTED + "\n" + "\n\n".join([*LOOP, after]) + "\n"


@pytest.mark.parametrize("one_line", [False, True], ids=["lines", "one-line"])
def test_comments_signed_with_author_date_and_time_are_a_thread_however_headed(one_line):
    thread = [f"{name} says August {day}, 2018 at 8:57 am {reply}" for name, day, reply in
              [("Jenny", 12, "Great post, thanks."), ("Tom", 13, "I tried this and it worked."), ("Ann", 14, "Lovely.")]]
    # (a line is cut into sentences from 250 words: an article's paragraphs a scraper joined)
    days = [f"On the {day} day of the debate, members spoke about the {topic} for most of the sitting."
            for day in ("first", "second", "third", "fourth") for topic in ("parking charges", "bridges", "floods")]
    article_lines = [*BODY, *MORE_BODY, *days]
    lines = [*article_lines, "Filed Under: Local news Comments", *thread]
    text = " ".join(lines) + "\n" if one_line else "\n\n".join(lines) + "\n"
    result = cleaner.clean_and_explain(text)
    assert all(p in result.text for p in article_lines)
    # (in one line, the first comment glued to the label before it stays with that piece)
    assert "Tom says" not in result.text and "Ann says" not in result.text
    assert one_line or "says" not in result.text
    assert any(r.rule == "comments.section" and "Tom says" in r.text for r in result.removed)


def test_a_newsletter_platforms_discussion_heading_takes_its_thread():
    """Substack heads every post's comments "Discussion about this post", then the readers' names,
    ages and replies: the thread is not the article's prose run going on."""
    thread = ["Discussion about this post", "Doug Clow", "8d", "Liked by Jane Doe",
              "Is there room in your theory for voters being wrong about what they want from the council?",
              "Expand full comment", "3 replies by Jane Doe and others", "Paul Wolfson", "8d",
              "The parking charges will hurt the shops more than the council admits, and the floods were worse."]
    result = cleaner.clean_and_explain(article(tail=thread))
    assert result.text == EXPECTED
    assert any(r.rule == "comments.section" and r.text == "Discussion about this post" for r in result.removed)


def test_a_sentence_naming_a_date_after_its_speaker_is_no_signed_comment():
    lines = [*BODY, "The ministry said on 3 May 2020 at 10:00 that it would act.",
             "Its spokesman says May 4, 2020 at 9:00 was the deadline for the first payments."]
    text = "Share this article\n\n" + "\n\n".join(lines) + "\n"
    assert all(line in cleaner.clean(text) for line in lines[-2:])


def test_a_count_of_comments_in_a_sentence_is_no_heading():
    text = (" ".join(BODY * 3) + " The council received 59 comments on “The Plan”. It had 12 responses to \"the survey\""
            " and 3 replies to “Parking in 2025” last year.\n")
    assert cleaner.clean(text) == text


@pytest.mark.parametrize("text, kept", [
    ("Shares of Apple AAPL, +1.50% and Microsoft MSFT, −0.75% rose on Friday.", "Shares of Apple and Microsoft rose on Friday."),
    # an unsigned share in a sentence is the sentence's own figure
    ("Inflation as measured by the CPI, 2.10% in May, rose again.", "Inflation as measured by the CPI, 2.10% in May, rose again."),
])
def test_a_stock_quote_glued_into_a_sentence_goes_alone(text, kept):
    assert cleaner.clean(text) == kept + "\n"


def test_an_article_printed_again_goes_with_its_headings():
    # A page that prints its article twice (a print or mobile copy): the second copy's
    # subheadings go with its paragraphs, though no three paragraphs follow one another.
    sections = [("Why the roads need repair", BODY[0]), ("What the opposition says", BODY[1]),
                ("Where the money goes", BODY[2]), ("When the vote is due", BODY[3])]
    copy = [line for section in sections for line in section]
    result = cleaner.clean_and_explain("\n\n".join(copy + copy) + "\n")
    assert result.text == "\n\n".join(copy) + "\n"
    assert {r.rule for r in result.removed} == {"duplicates.repeated"}


def test_a_comment_form_sentence_inside_a_paragraph_goes_alone():
    # The paragraph's other sentences are the article's: only the form's sentence goes.
    more = "Several members asked for the vote to be delayed until the spring."
    paragraph = f"{BODY[0]} This site uses Akismet to reduce spam. {more}"
    result = cleaner.clean_and_explain(article().replace(BODY[0], paragraph))
    assert result.text == EXPECTED.replace(BODY[0], f"{BODY[0]} {more}")
    assert [(r.rule, r.text) for r in result.removed] == [("comments.form", "This site uses Akismet to reduce spam.")]


def test_a_sentence_that_names_a_comment_phrase_is_the_articles():
    paragraph = f"{BODY[0]} The newspaper changed its comments policy last year after the row."
    assert paragraph in cleaner.clean(article().replace(BODY[0], paragraph))


_TOPICS = ["roads", "bridges", "parks", "schools", "libraries", "buses", "markets", "harbours", "clinics", "museums",
           "playgrounds"]


def _council_paragraph(k: int) -> str:
    topic = _TOPICS[k]
    return (f"The council spent most of its {k + 2}th meeting on the {topic} and on what the repairs would cost the town. "
            f"Members said the {topic} had been neglected for years and that residents of the {k + 1} wards deserved better. "
            f"The mayor promised that work on the {topic} would start before the summer and end within two years. "
            f"Critics replied that the same promise about the {topic} had been made before every election since the war. "
            f"A final vote on the money for the {topic} is expected when the council meets again next month.")


def test_paragraphs_past_a_border_stay_when_prose_also_stands_next_to_the_run():
    # The prose run is the last six paragraphs, after a long table; before the table stands a
    # paragraph (enough to widen the run to it) and, past an advert, three more paragraphs that
    # are worth most of the run: they are the article's too, the farther reach of the two.
    opening = "\n\n".join(_council_paragraph(k) for k in range(3))
    near = _council_paragraph(3) + " " + _council_paragraph(4)
    table = "\n\n".join(f"Ward {k} spending in the year" for k in range(1, 61))
    run = "\n\n".join(_council_paragraph(k) for k in range(5, 11))
    page = (f"Home\n\nNews\n\nSport\n\nShare this article\n\n{opening}\n\nAdvertisement\n\n{near}\n\n{table}\n\n{run}"
            "\n\nShare this article\n\nPrivacy Policy\n\nLog In")
    out = cleaner.clean(page)
    assert all(_council_paragraph(k) in out for k in range(11))
    assert "Advertisement" not in out and "Log In" not in out


def test_a_conclusion_after_a_table_at_the_end_of_the_article_stays():
    # (a side a sixth of the run's prose, which no removed line parts from it: the article's last section)
    run = "\n\n".join(_council_paragraph(k) for k in range(6))
    table = "\n\n".join(f"Ward {k} spending in the year" for k in range(1, 31))
    conclusion = _council_paragraph(6)
    page = f"Home\n\nNews\n\nShare this article\n\n{run}\n\nConclusion\n\n{table}\n\n{conclusion}"
    out = cleaner.clean(page)
    assert conclusion in out and all(_council_paragraph(k) in out for k in range(6))
    assert "Share this article" not in out


def test_lower_case_keeps_every_character_where_it_stands():
    from cleaner.casing import lower

    assert lower("İstanbul'da Reklam") == "istanbul'da reklam"
    assert len(lower("İİ Straße ΣΑΣ")) == len("İİ Straße ΣΑΣ")


def test_a_prompt_glued_before_a_sentence_opening_with_a_dotted_capital_i_goes():
    # (str.lower() makes "İ" two characters: the phrase's offsets no longer fell on the line's)
    sentences = ["Hattın yapımı ekonomik kriz nedeniyle iki yıl gecikmeli tamamlandı ve maliyeti arttı.",
                 "İlk hafta boyunca yolculukların ücretsiz olacağı belediye tarafından açıklandı.",
                 "Uzmanlar, yeni hattın konut fiyatlarını da etkileyeceğini belirtiyor ve uyarıyor."]
    line = " ".join([*sentences * 8, sentences[0], "Reklam", *sentences[1:]])
    result = cleaner.clean_and_explain(line)
    assert [r.text for r in result.removed] == ["Reklam"]
    assert all(result.text.count(s) == 9 for s in sentences)


def test_a_conclusion_after_a_table_stays_however_long_a_listing_in_the_article():
    # (a block counts for the run's share as it counts for the run: up to a paragraph's worth)
    listing = " ".join(f"value{k} = compute(value{k - 1}, step={k}) and store it" for k in range(1, 75))
    body = "\n\n".join([_council_paragraph(0), listing, _council_paragraph(1), _council_paragraph(2)])
    table = "\n\n".join(f"Ward {k} spending in the year" for k in range(1, 31))
    conclusion = _council_paragraph(3)
    out = cleaner.clean(f"Home\n\nNews\n\nShare this article\n\n{body}\n\nConclusion\n\n{table}\n\n{conclusion}")
    assert conclusion in out and listing in out


def test_the_sites_copyright_line_closes_the_article_and_what_follows_goes():
    # Teasers of other stories after the site's copyright notice, under the site's sections,
    # their snippets long enough to read as prose: the notice closes the article; they go, and
    # the notice after them (footers.copyright; switched off, the article keeps it).
    run = "\n\n".join(_council_paragraph(k) for k in range(5))
    notice = "© 2019 Example Media Inc. All Rights Reserved."
    teasers = ("World\n\nWhy farmers may want to paint their cows\n\nSome people thought the striped cattle in a "
               "pasture were a practical joke, but the science behind them could save farmers a great deal of money."
               "\n\nPolitics\n\nWoman risks her life to save a koala\n\nAt least six people have died and "
               "hundreds of homes have been destroyed by the bushfires that swept through the region on Monday.")
    text = f"Home\n\nNews\n\nShare this article\n\n{run}\n\n{notice}\n\n{teasers}"
    assert cleaner.clean(text) == run + "\n"
    kept = cleaner.clean(text, disabled_rules={"footers.copyright"})
    assert all(_council_paragraph(k) in kept for k in range(5)) and kept.rstrip().endswith(notice)
    assert "koala" not in kept and "striped cattle" not in kept


@pytest.mark.parametrize("box", ["Join thousands of readers who get our weekly digest. No spam, ever.",
                                 "We respect your privacy and never share your email with anyone."])
def test_a_newsletter_boxs_promise_after_the_article_goes(box):
    assert cleaner.clean(article(tail=[box])) == EXPECTED


@pytest.mark.parametrize("trail", ["Home » News » Local » Council » Budget 2025", "Home > News > Local > Council > Budget",
                                   "Home / News / Local / Council / Budget"])
def test_a_breadcrumb_trail_goes_and_borders_the_article_as_its_links_would(trail):
    # (a trail stands for its links' lines in the prose run: the promotion above it stays apart)
    promo = "\n\n".join(["Want to see what your town spends on roads and bridges this year and the next?",
                          "Compare the budgets of every council in the region with our free tool in two minutes."])
    assert cleaner.clean(f"{promo}\n\n{trail}\n\n" + article()) == EXPECTED
    assert cleaner.clean(f"{trail}\n\n" + article()) == EXPECTED
    assert "/home/jane/notes" in cleaner.clean(article((2, "['/home/jane/notes']")))


@pytest.mark.parametrize("call", ["Sign up for our daily newsletter.", "Click here to subscribe.",
                                  "Join 800,000+ subscribers who get our emails every week.",
                                  "Subscribe to our blog and receive notifications of new stories by email.",
                                  "Subscribe for free to receive new posts and support my work."])
def test_a_call_to_subscribe_goes_as_a_line_and_glued_between_sentences(call):
    assert cleaner.clean(article(tail=[call])) == EXPECTED
    sentences = [_council_paragraph(k) for k in range(4)]
    line = " ".join([*sentences[:2], call, *sentences[2:]])
    result = cleaner.clean_and_explain(line)
    assert [(r.rule, r.text) for r in result.removed] == [("prompts.call", call)]
    assert all(s in result.text for s in sentences)


@pytest.mark.parametrize("line", [
    "Residents can sign up for the county's emergency alerts on its website.",  # (not a call's opening)
    "Join Medium for free to get updates from this writer.",  # (nothing the site sends as its own)
    "Register to vote before the deadline in October, the clerk said."])
def test_a_sentence_about_subscribing_that_is_no_call_stays(line):
    assert line in cleaner.clean(article(tail=[line]))


def test_a_call_in_title_case_glued_before_a_sentence_keeps_the_sentence():
    # (a heading run into the next sentence is one piece: the sentence would go with it)
    sentences = [_council_paragraph(k) for k in range(4)]
    out = cleaner.clean(" ".join([*sentences[:2], "Subscribe To My Newsletter", *sentences[2:]]))
    assert all(s in out for s in sentences)
    assert cleaner.clean(article(tail=["Subscribe To My Newsletter"])) == EXPECTED


@pytest.mark.parametrize("body, call", [
    ("Der Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten und sich in den meisten Punkten "
     "geeinigt. Die Mitglieder wollen sich im nächsten Monat erneut treffen, um den Rest des Plans festzulegen.",
     "Melden Sie sich jetzt für unseren kostenlosen Newsletter an."),
    ("Le conseil municipal s’est réuni mardi pour discuter du budget de l’année prochaine et les membres se sont mis "
     "d’accord sur la plupart des points. Ils se retrouveront le mois prochain pour régler le reste du plan.",
     "Inscrivez-vous à notre lettre d'information quotidienne."),
    ("El ayuntamiento se reunió el martes para debatir el presupuesto del próximo año y los miembros acordaron la "
     "mayoría de los puntos. Volverán a reunirse el mes que viene para cerrar el resto del plan.",
     "Únete a los miles de suscriptores de nuestro boletín semanal."),
    ("A câmara municipal reuniu-se na terça-feira para discutir o orçamento do próximo ano e os membros concordaram "
     "na maioria dos pontos. Voltarão a reunir-se no próximo mês para fechar o resto do plano.",
     "Receba a nossa newsletter com as principais notícias do dia."),
    ("Il consiglio comunale si è riunito martedì per discutere il bilancio del prossimo anno e i membri hanno "
     "concordato sulla maggior parte dei punti. Si riuniranno di nuovo il mese prossimo per definire il resto del piano.",
     "Iscriviti alla newsletter settimanale del nostro giornale.")])
def test_a_call_to_subscribe_glued_between_sentences_goes_in_other_languages(body, call):
    # (a German sentence opens with two capitalised words, "Melden Sie sich": no heading's title case)
    result = cleaner.clean_and_explain(" ".join([body, body, call, body]))
    assert [(r.rule, r.text) for r in result.removed] == [("prompts.call", call)]
    assert result.text.count(body) == 3


@pytest.mark.parametrize("credit, sentence", [("Photo: John Doe/Getty Images", "Communication is key."),
                                              ("Photo: Getty Images", "The vote is close."),
                                              ("Photo: John Doe/Reuters", "Turnout was low.")])
def test_a_short_sentence_glued_after_a_labelled_credit_stays(credit, sentence):
    # (the credit's agency says where it ends: the short sentence after it is the article's)
    sentences = [_council_paragraph(k) for k in range(3)]
    result = cleaner.clean_and_explain(" ".join([*sentences[:2], credit, sentence, sentences[2]]))
    assert [(r.rule, r.text) for r in result.removed] == [("captions.credit", credit)]
    assert sentence in result.text and all(s in result.text for s in sentences)


@pytest.mark.parametrize("label", ["Written by", "Written By:", "Posted by", "By:"])
def test_a_byline_label_on_its_own_line_goes_with_the_names_under_it(label):
    result = cleaner.clean_and_explain(f"{label}\n\nJane Doe\n\n" + article())
    assert result.text == EXPECTED
    assert [r.rule for r in result.removed] == ["metadata.byline", "metadata.byline"]
    # (a label whose next line is a sentence of the article, not names, stays)
    assert "Written by" in cleaner.clean(article(tail=["Written by", BODY[0]]))


@pytest.mark.parametrize("notice", [
    "Performance cookies are used to understand and analyze the key performance indexes of the website which helps "
    "in delivering a better user experience for the visitors.",
    "Other uncategorized cookies are those that are being analyzed and have not been classified into a category as yet."])
def test_a_consent_managers_cookie_category_text_goes(notice):
    assert cleaner.clean(article(tail=["Necessary", notice])) == EXPECTED


@pytest.mark.parametrize("line", [
    "We welcome comments, but please keep them civil and on topic. Comments that are abusive or off topic will be "
    "removed. Read our full community guidelines.",
    "Support independent local journalism. Subscribe for just £1 a week and get unlimited access to all our stories."])
def test_a_comment_policy_or_a_call_to_support_after_the_article_goes(line):
    assert cleaner.clean(article(tail=[line])) == EXPECTED


@pytest.mark.parametrize("line", [
    "Text JOIN to 12345 for alerts. Message and data rates may apply.",
    "Msg & data rates may apply. Reply STOP to opt out, HELP for help.",
    "Consent is not a condition of purchase, and you can opt out at any time.",
    "Message frequency varies. Message & data rates may apply."])
def test_an_sms_opt_in_notice_goes(line):
    """The disclosure a text-message sign-up form must carry, in its usual wordings."""
    assert cleaner.clean(article(tail=[line])) == EXPECTED


@pytest.mark.parametrize("line,rule", [
    ("CLICK HERE TO GET THE FOX NEWS APP", "prompts.line"),
    ("Media caption,", "prompts.line"),
    ("Print this article", "prompts.line"),
    ("Suggest a correction", "prompts.line"),
    ("Continue reading the main story", "prompts.line"),
    ("Share Facebook Twitter Email", "prompts.line"),  # (a row of controls on a line of its own)
    ("Scroll down for video", "prompts.line"),
    ("Share or comment on this article:", "prompts.line"),
    ("Jane Doe/AP hide caption", "captions.credit"),
    ("Thank you for reading! Please consider a donation to support our work.", "prompts.text"),
    ("Follow BBC Yorkshire on Facebook and Instagram. Send your story ideas to yorkslincs.news@bbc.co.uk.", "prompts.text"),
    ("À lire aussi Réforme du travail : ce qui change au 1er janvier", "related.link"),
    ("Read more Council votes to close the library on Sundays", "related.link"),
])
def test_an_app_prompt_or_a_link_whose_label_lost_its_colon_goes(line, rule):
    result = cleaner.clean_and_explain(article((2, line)))
    assert result.text == EXPECTED and [r.rule for r in result.removed] == [rule]


def test_a_source_credit_glued_after_a_short_articles_sentences_takes_only_itself():
    # (a short article stored as one line: before, it went whole as a caption ending with its credit)
    sentences = ("Ölçme, Seçme ve Yerleştirme Merkezi YDS sonuçlarını açıkladı. Adaylar sonuçlarını internet "
                 "sitesinden öğrenebilecek. Sınava yaklaşık 100 bin aday katılmıştı.")
    result = cleaner.clean_and_explain(sentences + " Kaynak: AA\n")
    assert result.text == sentences + "\n"
    assert [(r.rule, r.text) for r in result.removed] == [("captions.credit", "Kaynak: AA")]


def test_a_caption_of_two_sentences_ending_with_its_credit_goes_whole():
    caption = "Shot on the Canon R5 at dawn. The light was soft. Photo: Jane Doe"
    assert cleaner.clean(article((2, caption))) == EXPECTED


@pytest.mark.parametrize("line,rule", [("Foto ANSA", "captions.credit"), ("Photo AFP", "captions.credit")])
def test_a_credit_after_a_label_without_a_colon_goes(line, rule):
    result = cleaner.clean_and_explain(article((2, line)))
    assert result.text == EXPECTED and [r.rule for r in result.removed] == [rule]


@pytest.mark.parametrize("byline", ["By Staff | March 12, 2024", "di Redazione | 12 marzo 2024",
                                    "Posted on March 3, 2024 by Jane Doe", "Updated March 3, 2024 | By Staff"])
def test_a_dated_byline_of_one_name_before_the_article_goes(byline):
    result = cleaner.clean_and_explain(article((0, byline)))
    assert result.text == EXPECTED and [r.rule for r in result.removed] == ["metadata.byline"]
    own = "By March 12, 2024 the council will have voted on the plan."
    assert own in cleaner.clean(article((0, own)))


@pytest.mark.parametrize("line", ["Check out the council's website for more information about the plans",
                                  "MORE CHANNEL, MORE FLOW"])
def test_a_line_opening_with_a_label_that_heads_no_related_stories_stays(line):
    assert line in cleaner.clean(article((2, line)))


@pytest.mark.parametrize("line,rule", [("Avec AFP", "metadata.byline"),
                                       ("Cet article vous a plu ? Abonnez-vous pour lire la suite.", "prompts.text")])
def test_a_french_source_credit_or_paywall_call_after_the_article_goes(line, rule):
    result = cleaner.clean_and_explain(article(tail=[line]))
    assert result.text == EXPECTED and [r.rule for r in result.removed] == [rule]


@pytest.mark.parametrize("button", ["$149.99 at Amazon", "£75 at John Lewis", "See It", "Read the review",
                                    "Comments Restacks"])
def test_a_shops_price_button_or_a_review_link_goes(button):
    result = cleaner.clean_and_explain(article((2, button)))
    assert result.text == EXPECTED and [r.rule for r in result.removed] == ["prompts.line"]


@pytest.mark.parametrize("embed", ["View this post on Instagram", "A post shared by Jane Doe (@janedoe)"])
def test_an_instagram_embeds_lines_go(embed):
    result = cleaner.clean_and_explain(article((2, embed)))
    assert result.text == EXPECTED and [r.rule for r in result.removed] in (["prompts.text"], ["prompts.line"])


@pytest.mark.parametrize("control", ["Image 1 of 23", "Photo 3 of 12", "Back to Gallery", "Caption"])
def test_a_photo_gallerys_controls_go(control):
    result = cleaner.clean_and_explain(article((1, control)))
    assert result.text == EXPECTED and [r.rule for r in result.removed] == ["prompts.line"]


@pytest.mark.parametrize("line, goes", [("Tom Krisher, AP Auto Writer", True), ("Robert Burns, Ap National Security Writer", True),
                                        ("Paris, AFP", False), ("The mayor said, AP reported", False)])
def test_a_byline_of_names_and_the_agency_they_write_for_goes(line, goes):
    result = cleaner.clean_and_explain(f"{line}\n\n" + article())
    assert (result.text == EXPECTED) == goes
