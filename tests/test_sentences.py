"""Long lines cut into segments (cleaner/sentences.py), judged like lines and put back on one line."""
import pytest

import cleaner
from cleaner.blocks import ONE_LINE_FROM, SENTENCES_FROM, cut_long_lines, split_blocks
from cleaner.rules.related import headline_end
from cleaner.sentences import pieces


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in pieces(text)]


@pytest.mark.parametrize("line, expected", [
    ("The mayor spoke. Then he left!", ["The mayor spoke.", "Then he left!"]),
    ("Is it over? “Not yet,” she said.", ["Is it over?", "“Not yet,” she said."]),
    ("他说。我们走了！好吗？", ["他说。", "我们走了！", "好吗？"]),
    ("هل انتهى؟ لا بعد.", ["هل انتهى؟", "لا بعد."]),
    ("He had the best albums.Then came the tour.", ["He had the best albums.", "Then came the tour."]),
    ("Home | News | Sport", ["Home", "| News", "| Sport"]),
    ("Login\tRegister   Subscribe", ["Login", "Register", "Subscribe"]),
    ("Wait until I tell you about it. — JS Share this:", ["Wait until I tell you about it.", "— JS Share this:"]),
    ("Only products we back. ©2025 Hearst Magazines.", ["Only products we back.", "©2025 Hearst Magazines."]),
    ("Riapre venerdì. © RIPRODUZIONE RISERVATA", ["Riapre venerdì.", "© RIPRODUZIONE RISERVATA"]),
])
def test_a_line_is_cut_after_sentences_and_at_glue_points(line, expected):
    assert _pieces(line) == expected


@pytest.mark.parametrize("line", [
    "St. Regis hotels are run by Marriott.",
    "J. K. Rowling wrote it in Edinburgh.",
    "The U.S. officials said so.",
    "Growth was 3.5 percent at 10.30 on Monday.",
    "See www.example.Com for the rest.",
    "It works, e.g. the river and the quay.",
    "He left... and then came back.",
])
def test_abbreviations_initials_decimals_and_addresses_are_not_cut(line):
    assert _pieces(line) == [line]


def test_a_stop_inside_a_tag_is_not_a_cut():
    line = 'The river rose. <img alt="It rose. People left." src="q.jpg"> Then it fell.'
    assert all("People left" not in p or "<img" in p for p in _pieces(line))


def test_a_menu_glued_before_a_sentence_is_its_own_piece():
    menu = "Home News Sport World Business Tech Opinion Video Login Register"
    sentence = ("The council approved the budget on Monday after a long debate about roads, "
                "bridges and parks in the old town and beyond.")
    assert _pieces(f"{menu} {sentence}") == [menu, sentence]


def test_a_menu_in_sentence_case_glued_before_a_sentence_is_its_own_piece():
    # (many of its words in lower case, "Get in touch", "Custom courses": fewer than its capitalised ones)
    menu = ("Where to study Online learning Custom courses Knowledge centre Who we are Our story Partners Get in "
            "touch Career paths News Events Alumni Blog Videos Jobs Shop Newsletter Contact Home")
    sentence = ("The council approved the budget on Monday after a long debate about roads, "
                "bridges and parks in the old town and beyond.")
    assert _pieces(f"{menu} {sentence}") == [menu, sentence]


PROSE = [
    "The council approved the new budget on Monday after a long debate about roads and bridges in the town.",
    "Opposition members said the increase in parking charges would hurt small shops on the high street.",
    "The mayor said the money would repair the quay, which the river damaged twice in the last winter.",
    "Work on the first of the bridges is due to begin in the spring and to last about eighteen months.",
    "Residents will be able to comment on the plans at a meeting in the town hall next month, she said.",
]


MENU = ("Home News Sport World Business Tech Opinion Video Login Register UK Europe Asia Africa Americas "
        "Markets Climate Science Health Culture Travel Food Music Film Books Podcasts Newsletters Jobs Games "
        "Puzzles Weather Contact")


def _one_line(*junk_at: tuple[int, str]) -> str:
    parts = PROSE * 3
    for position, junk in sorted(junk_at, reverse=True):
        parts.insert(position, junk)
    return " ".join(parts)


def test_a_long_line_is_cut_and_put_back_on_one_line():
    line = _one_line()
    assert len(line.split()) >= SENTENCES_FROM
    blocks = cut_long_lines(split_blocks(line))
    assert len(blocks) == 15 and len({b.line for b in blocks}) == 1
    assert cleaner.clean(line) == line + "\n"  # no sign of a scraped page: out as it went in


def test_junk_glued_inside_a_one_line_article_goes_and_every_sentence_stays():
    line = _one_line((0, MENU), (16, "Sign up for our newsletter."), (8, "Photo: Getty Images"))
    result = cleaner.clean_and_explain(line)
    for sentence in PROSE:
        assert result.text.count(sentence) == 3
    assert "newsletter" not in result.text and "Login Register" not in result.text and "Getty" not in result.text
    assert result.text.count("\n") == 1  # still one line
    for removal in result.removed:
        assert line[removal.start:removal.end] == removal.text
    assert cleaner.clean(result.text) == result.text


def test_a_repaired_piece_of_a_long_line_is_removed_with_its_own_span_in_the_input():
    menu = MENU.replace("Business", "Business &amp; Money")  # (repaired: the piece is not the input's)
    line = _one_line((0, menu), (16, "Sign up for our newsletter."))
    result = cleaner.clean_and_explain(line)
    assert "Login Register" not in result.text and all(result.text.count(s) == 3 for s in PROSE)
    (removal,) = [r for r in result.removed if "Login" in r.text]
    assert line[removal.start:removal.end] == removal.text == menu  # not the whole line's span
    assert all(line[r.start:r.end].strip() for r in result.removed)


def test_pieces_repaired_in_their_middle_are_removed_with_their_own_spans():
    prompts = ["Sign up for our newsletter &amp; get the best stories from the town hall every morning.",
               "Subscribe to our newsletter &amp; never miss a story about the roads, the quay or the bridges."]
    line = _one_line((15, prompts[0]), (16, prompts[1]))
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(s) == 3 for s in PROSE) and "newsletter" not in result.text
    spans = sorted(line[r.start:r.end] for r in result.removed)
    assert spans == sorted(prompts)  # each its own, not the rest of the line, nor empty


def test_a_long_capitalised_piece_ending_in_a_question_mark_is_a_menu_not_prose():
    menu = ("Advocacy Action Center for Members: Federal Policy Updates Vision, Mission, Guiding Principles and Goals "
            "Meet Our Organization Work At APA Policy Finder Contact Us Journals Books Psychiatric News News Releases "
            "Annual Meeting Reporter Toolkit Find a Psychiatrist Anxiety Disorders What is Psychotherapy?")
    line = _one_line((0, menu), (16, "Sign up for our newsletter."))
    result = cleaner.clean_and_explain(line)
    assert "Policy Finder" not in result.text and all(result.text.count(s) == 3 for s in PROSE)


def test_a_related_heading_glued_inside_the_last_piece_ends_the_article_there():
    teasers = ("Follow Daryl on Twitter @FairweatherPhD Related Articles 1 in 5 Homeowners Could Save Money By "
               "Refinancing More Sellers Test the Market, Hoping For a Spring Surge in Homebuyers")
    line = _one_line((5, "Share this article.")) + " " + teasers
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(s) == 3 for s in PROSE) and "Homeowners" not in result.text
    assert any(r.rule == "related.section" and r.text.startswith("Related Articles 1 in 5") for r in result.removed)
    assert cleaner.clean(result.text) == result.text


def test_a_heading_phrase_inside_a_sentence_mid_article_cuts_nothing():
    sentence = "Her show topped the Most Popular Videos chart for a week, the station said on Monday."
    line = _one_line((5, "Share this article."), (8, sentence))
    out = cleaner.clean(line)
    assert sentence in out and all(out.count(s) == 3 for s in PROSE)


def test_an_article_printed_twice_on_one_line_keeps_its_first_copy():
    more = [f"Item {n} of the report says the town will spend more on its roads, bridges and quay." for n in range(1, 6)]
    article = " ".join(PROSE + more)
    line = f"Share this article. {article} {article}"
    out = cleaner.clean(line)
    assert out.count(PROSE[0]) == 1 and all(out.count(s) == 1 for s in more)
    assert cleaner.clean(out) == out


def test_a_title_case_list_naming_things_a_prompt_names_is_no_menu():
    services = "Key Services: Search Engine Optimization Email Marketing Video Ads Social Media Photo Shoots"
    line = _one_line((5, "Share this article."), (10, services))
    result = cleaner.clean_and_explain(line)
    assert not any(r.rule == "prompts.menu" for r in result.removed)


def test_a_short_capitalised_piece_ending_in_a_stop_is_a_menu_not_prose():
    from cleaner.rules.article import is_prose
    menu = "Where to study Beer Level 1 Award in Beer Level 2 Award in Beer Sake Level 1 Award in Sake New!"
    sentence = "Apple chief Tim Cook met the mayor of New York at City Hall on Monday morning."
    blocks = cut_long_lines(split_blocks(_one_line((0, menu), (3, sentence))))
    prose = {b.text: is_prose(b) for b in blocks}
    assert prose[menu] is False and prose[sentence] is True


def test_a_long_piece_no_comma_or_stop_parts_is_a_tag_cloud_not_prose():
    from cleaner.rules.article import is_prose
    tags = ("Categories blessing in disguise creating positive habits Cultivating Change finding joy Gratitude "
            "habits and identity Hope in adversity listen to your body live morning yoga Mantra meditation "
            "Mindful Rituals morning pages overcoming adversity overcoming resistance pleasure and pain resilience "
            "restorative yoga science behind morning routines simple routines sleep the passage of time the power "
            "of hope transformation yoga and nature yoga community yoga journey yoga philosophy yoga spotlight")
    long_sentence = ("The council said that the works on the bridge, which were planned for the spring and then put "
                     "off twice because the contractor could not find the steel it needed at a price the town could "
                     "pay, would start in the first week of June and last until the end of the summer holidays, when "
                     "the schools open again and the traffic on the bridge goes back to what it was before the works.")
    blocks = cut_long_lines(split_blocks(_one_line((0, tags + " Trending now."), (3, long_sentence))))
    prose = {b.text: is_prose(b) for b in blocks}
    assert prose[tags + " Trending now."] is False and prose[long_sentence] is True


def test_a_sentence_that_reads_like_a_comment_heading_does_not_end_the_article():
    line = _one_line((7, "Leave a comment."))
    out = cleaner.clean(line)
    assert all(out.count(sentence) == 3 for sentence in PROSE)


@pytest.mark.parametrize("heading", ["Leave a Reply Cancel reply", "Leave a reply Cancel reply",
                                     "6 thoughts on “Council approves the budget”"])
def test_a_comment_heading_glued_after_a_one_line_article_ends_it(heading):
    comments = f"{heading} Great piece, thanks. I went to the meeting and it was packed. Leave a Reply"
    line = _one_line((5, "Share this article.")) + " " + comments + " Your email address will not be published."
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(s) == 3 for s in PROSE)
    assert "Great piece" not in result.text and "packed" not in result.text
    assert any(r.rule == "comments.section" and r.text.startswith(heading[:12]) for r in result.removed)
    assert cleaner.clean(result.text) == result.text


@pytest.mark.parametrize("count", ["39 Comments", "124 Reader Comments"])
def test_a_count_of_comments_glued_inside_a_piece_ends_the_article_there(count):
    tail = f" Share this: Facebook Twitter {count} Great piece, thanks. I went to the meeting and it was packed."
    result = cleaner.clean_and_explain(_one_line((5, "Share this article.")) + tail)
    assert all(result.text.count(s) == 3 for s in PROSE) and "Great piece" not in result.text
    assert any(r.rule == "comments.section" and r.text.startswith(count + " Great") for r in result.removed)
    assert cleaner.clean(result.text) == result.text


@pytest.mark.parametrize("sentence", ["Reader comments were mostly kind to the plans, the editor said.",
                                      "4 replies came from the council, all of them signed by the mayor.",
                                      "The plans drew 39 comments from residents and two from the chamber."])
def test_a_sentence_opening_with_a_heading_phrase_is_no_heading(sentence):
    line = _one_line((5, "Share this article."), (10, sentence))
    out = cleaner.clean(line)
    assert sentence in out and all(out.count(s) == 3 for s in PROSE)


def test_a_heading_glued_before_the_lead_takes_only_its_phrase():
    line = "Leave a Reply The council met on Monday. " + _one_line((5, "Share this article."))
    result = cleaner.clean_and_explain(line)
    assert result.text.startswith("The council met on Monday. ") and all(result.text.count(s) == 3 for s in PROSE)
    assert any(r.rule == "comments.section" and r.text == "Leave a Reply" for r in result.removed)


@pytest.mark.parametrize("credit", ["| Getty Images", "(Photo by Jane Doe/Getty Images)"])
def test_a_credit_glued_before_a_sentence_goes_alone(credit):
    sentence = "Snake plants are easy to care for houseplants with sharp, angular leaves that are striped."
    line = _one_line((5, f"{credit} {sentence}"), (0, MENU))
    result = cleaner.clean_and_explain(line)
    assert sentence in result.text and "Getty" not in result.text and "Doe" not in result.text
    assert any(r.rule == "captions.credit" and r.text.strip() == credit for r in result.removed)


@pytest.mark.parametrize("headline, sentence", [
    ("Neue Radwege für die Innenstadt geplant", "Die Opposition kritisierte die höheren Gebühren scharf."),
    ("Council plans new cycle lanes for the centre", "The Mayor of the town said so on Monday."),
    ("Trump admin. continues to clash with 'sanctuary cities'", "She added that the list was final."),
    ("Stadtrat plant neue Straßenbahn Bürgermeister stellt Wohnungsplan vor",
     "Die Händler in der Altstadt befürchten, dass Kunden wegen der Baustelle wegbleiben."),
    ("Governo anuncia ajuda para cidades atingidas pelas chuvas",
     "A rodovia Rio-Santos teve dois trechos interditados por queda de barreiras."),
])
def test_a_glued_headline_ends_where_the_sentence_begins_with_its_article(headline, sentence):
    text = f"{headline} {sentence}"
    assert text[headline_end(text):] == sentence


def test_a_glued_headline_is_not_cut_inside_a_sentence_whose_nouns_are_capitalised():
    # (no article opens it: "die Koalition" is a noun inside the sentence, not where one begins)
    text = "Stadtrat plant neue Straßenbahn Bürgermeister stellt Wohnungsplan vor Mit 31 zu 14 Stimmen setzte sich " \
           "die Koalition aus drei Fraktionen durch."
    assert headline_end(text) == 0


@pytest.mark.parametrize("prompt", ["Download our app", "Follow us on Instagram", "Support independent journalism",
                                    "Sign up for the free daily newsletter", "Create a free account",
                                    "Your email address will not be published", "This site uses Akismet to reduce spam"])
@pytest.mark.parametrize("position", [1, 7, 14])
def test_a_prompt_without_a_stop_glued_before_a_sentence_goes_alone(prompt, position):
    # (a phrase found anywhere in the piece, the sentence after it no part of the prompt: it stays,
    # the lead and the last sentence too, wherever the prompt stands)
    result = cleaner.clean_and_explain(_one_line((position, prompt)))
    assert result.text == _one_line() + "\n"
    assert [r.text for r in result.removed] == [prompt]


def test_a_prompt_glued_before_more_of_its_own_text_goes_whole():
    # (the sentence after it holds a phrase of the table too: the form's, not the article's)
    form = "Your email address will not be published Required fields are marked with an asterisk below."
    result = cleaner.clean_and_explain(_one_line((7, form)))
    assert result.text == _one_line() + "\n"
    assert [r.text for r in result.removed] == [form]


def test_a_title_run_is_its_own_piece_marked_as_such():
    sentence = ("The council approved the budget on Monday after a long debate about roads, "
                "bridges and parks in the old town and beyond.")
    line = f"{MENU} {sentence}"
    found = pieces(line)
    assert [flag for _, _, flag in found] == [True, False]
    assert line[found[1][0]:found[1][1]] == sentence
    # a sentence opening with a few capitalised words keeps them: "The Agency is..."
    line = f"{MENU} The Agency is Georgia Tech's student club for machine learning and research on campus."
    assert [line[s:e] for s, e, _ in pieces(line)][1].startswith("The Agency is")


@pytest.mark.parametrize("dateline", ["SEATTLE —", "MIDLAND, Texas —", "PARIS (Reuters) -"])
@pytest.mark.parametrize("subject", ["The Trump administration", "The U.S. Justice Department",
                                     "Prime Minister Keir Starmer"])
def test_a_dateline_stays_with_its_sentence_after_a_title_run(dateline, subject):
    """However many capitalised words the sentence opens with, the words after the dateline's
    dash are its own (cut after "The U.S. Justice", its opening went with a byline before it)."""
    sentence = (f"{dateline} {subject} has released a list of states, cities and counties "
                "said to hinder the enforcement of immigration laws.")
    line = f"{MENU} {sentence}"
    assert [line[s:e] for s, e, _ in pieces(line)] == [MENU, sentence]


@pytest.mark.parametrize("sentence", [
    "The Springfield city council approved a budget of 45 million dollars early on Tuesday morning.",
    "San Diego is one of the sunniest and most inviting cities on the coast, the survey found.",
    "Die Stadtverwaltung hat am Montag den neuen Haushalt nach langer Debatte beschlossen."])
def test_an_article_or_short_word_before_a_sentences_capitalised_noun_stays_with_it(sentence):
    line = f"{MENU} {sentence}"
    assert [line[s:e] for s, e, _ in pieces(line)] == [MENU, sentence]


@pytest.mark.parametrize("notice", ["© dpa-infocom, dpa:240612-99-123456/3", "© 2024 Example Media", "©AP"])
def test_a_copyright_sign_after_a_sentence_opens_a_piece(notice):
    """Whatever follows the sign (an agency's name in lower case), the sentence before it is
    the article's and must not go with the notice."""
    line = f"{PROSE[0]} {notice}"
    assert [line[s:e] for s, e, _ in pieces(line)] == [PROSE[0], notice]


def test_a_headlines_subtitle_after_a_dash_is_no_sentences_opening():
    headline = "Gym Workouts for Beginners — Strength Training"
    sentence = "There’s nothing quite like taking the first step of your fitness journey at the new gym in town."
    line = f"{MENU} {headline} {sentence}"
    assert [line[s:e] for s, e, _ in pieces(line)][-1] == sentence


def test_a_byline_and_dateline_glued_before_a_sentence_opening_with_a_name_keep_the_sentence_whole():
    first = ("WASHINGTON (Reuters) - The U.S. Justice Department on Tuesday sued to block the merger of two "
             "of the largest grocery chains, saying the deal would raise prices for shoppers.")
    line = f"By Sarah Lynch and David Shepardson {first} " + _one_line((5, "Share this article."))
    result = cleaner.clean_and_explain(line)
    assert result.text.startswith(first)
    assert [(r.rule, r.text) for r in result.removed][0] == ("metadata.byline", "By Sarah Lynch and David Shepardson")


@pytest.mark.parametrize("junk", ["RELATED | Trump admin. continues to clash with 'sanctuary cities'",
                                  "Read more: Budget talks stall as unions walk out of the council meeting"])
def test_a_related_label_and_its_headline_glued_before_a_sentence_go_alone(junk):
    line = _one_line((6, junk), (0, MENU))
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(sentence) == 3 for sentence in PROSE)
    assert "sanctuary" not in result.text and "unions" not in result.text
    assert "".join(r.text for r in result.removed if r.rule.startswith("related.")).replace(" ", "") == junk.replace(" ", "")
    assert cleaner.clean(result.text) == result.text


def test_a_headline_in_title_case_goes_up_to_the_sentence_two_lower_case_words_tell():
    """After "Ten Things To Know About The New Bridge", "The council approved" opens the
    sentence: a capitalised word that two lower-case words follow (a heading of the article
    between them is not told from the headline)."""
    line = _one_line((6, "Read more: Ten Things To Know About The New Bridge"), (0, MENU))
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(sentence) == 3 for sentence in PROSE)
    assert "Ten Things To Know" not in result.text


def test_a_label_glued_before_a_headline_is_no_section_heading():
    """"Also read:" is a label with its headline, not the start of a related section: what
    follows the headline is the article going on."""
    glued = ("Also read: How to Evaluate a Cloud Provider’s Security #Conclusion Private cloud providers are clearly"
             " divided between SMB platforms and enterprise hyperscalers.")
    line = _one_line((5, "Share this article."), (14, glued))
    out = cleaner.clean(line)
    assert all(out.count(s) == 3 for s in PROSE) and "clearly divided" in out


HOSPITAL_MENU = ("Advance Directives Billing & Insurance CareLink Compliments & Complaints Dining Options Find "
                 "Community Health Resources Financial Assistance Hospital at Home Program Language Assistance Medical "
                 "Records NurseLink Parking Patient Portal Patient Safety Planning for a Hospital Stay Preparing for "
                 "Outpatient Surgery Visitor Guidelines Volunteer Opportunities Gift Shop Chapel Services Interpreter Services Social Work Pharmacy")


def test_a_long_menu_run_into_a_one_line_page_goes_and_shows_the_page_is_scraped():
    # No phrase rule finds anything here: the menu is the only sign of a page, and enough to take
    # the footer after the article too.
    line = _one_line((0, HOSPITAL_MENU)) + " Privacy Policy Terms of Use"
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(s) == 3 for s in PROSE)
    assert "NurseLink" not in result.text and "Terms of Use" not in result.text
    assert any(r.rule == "shape.menu_piece" and r.text == HOSPITAL_MENU for r in result.removed)
    assert cleaner.clean(result.text) == result.text


SHORT_MENU = "UK Europe Asia Africa Americas Politics Business Markets Tech Science Health Education Football Cricket Culture Travel"
CLOSING_LINKS = "Regional Weather Traffic Cameras School Closures Lottery Results Crosswords Horoscopes"


def test_a_menu_of_a_few_items_opening_a_one_line_page_goes_as_its_lines_would():
    # Sixteen items: on a page of lines, fifteen short lines before the article are its menu; run
    # into one line they are one piece, which goes the same way. No sign of a scraped page
    # besides: the links after the article stay, as they would after the menu's lines.
    line = SHORT_MENU + " " + _one_line() + " " + CLOSING_LINKS
    result = cleaner.clean_and_explain(line)
    assert [(r.rule, r.text) for r in result.removed] == [("shape.outside_article", SHORT_MENU)]
    assert result.text == _one_line() + " " + CLOSING_LINKS + "\n" and cleaner.clean(result.text) == result.text


def test_a_menu_holding_a_controls_words_shows_a_one_line_page_is_scraped():
    # "Home", "Login": on a page of lines the phrase rules would take them, a sign of a scraped
    # page; inside the run they cannot, and the run is the sign: the links after the article go.
    menu = "Home " + SHORT_MENU + " Login"
    line = menu + " " + _one_line() + " " + CLOSING_LINKS
    result = cleaner.clean_and_explain(line)
    assert [(r.rule, r.text) for r in result.removed] == [("shape.outside_article", menu),
                                                          ("shape.outside_article", CLOSING_LINKS)]
    assert result.text == _one_line() + "\n" and cleaner.clean(result.text) == result.text
    without = _one_line() + " " + CLOSING_LINKS  # (no menu, no other sign: out as it went in)
    assert cleaner.clean(without) == without + "\n"


FOOTER_MENU = ("About Us Careers Advertise With Us Contact Us Terms & Conditions Site Index Franchising "
               "Copyright © 2025 Riverside Fitness")


def test_a_footer_menu_holding_the_sites_copyright_shows_a_one_line_page_is_scraped():
    # The footer's "Contact Us", "Terms & Conditions" would be lines on a page of lines; run into
    # one line they are not, and its copyright in a menu's run is the sign: the footer goes.
    line = _one_line() + " " + CLOSING_LINKS + " " + FOOTER_MENU
    result = cleaner.clean_and_explain(line)
    assert _one_line() in result.text and "Copyright" not in result.text and "Horoscopes" not in result.text
    assert all(r.rule == "shape.outside_article" for r in result.removed)
    assert cleaner.clean(result.text) == result.text
    # (an article's own copyright line is no menu: without its rule, all stays; with it, the notice
    # goes from its sign, and is the sign of a scraped page that the links before it are the page's)
    notice = _one_line() + " " + CLOSING_LINKS + " © 2024 The Associated Press. All rights reserved."
    assert cleaner.clean(notice, disabled_rules={"footers.copyright"}) == notice + "\n"
    result = cleaner.clean_and_explain(notice)
    assert result.text == _one_line() + "\n"
    assert [(r.rule, r.text) for r in result.removed][-2:] == [
        ("footers.copyright", "© 2024 The Associated Press."), ("footers.copyright", "All rights reserved.")]


def test_a_links_label_opening_a_piece_shows_a_one_line_page_is_scraped():
    # "Also read: <headline>" on a line of its own goes as a link, a sign of a scraped page; glued
    # before a sentence, where a headline this capitalised ends is not told: the label is the sign.
    teaser = "Also read: Meta chief AI scientist Yann LeCun thinks LLMs are a waste of time"
    line = _one_line((8, teaser)) + " " + CLOSING_LINKS
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(s) == 3 for s in PROSE) and "Horoscopes" not in result.text
    assert [(r.rule, r.text) for r in result.removed] == [("shape.outside_article", CLOSING_LINKS)]
    assert cleaner.clean(result.text) == result.text


def test_a_sentence_quoting_a_title_in_capitals_is_no_menu():
    opening = ("This article is based upon the Practice Note on Saving Costs by Bringing More Legal Work In House "
               "Published By The Regional Council Of The County Last Year")
    line = opening + " " + _one_line() + " " + CLOSING_LINKS
    assert cleaner.clean(line) == line + "\n"


def test_a_line_whose_piece_lost_a_glued_heading_is_read_again_as_a_second_clean_reads_it():
    # The comment count glued into the menu goes; what is left of the menu joins the piece before
    # it into one run of capitalised words, which a second clean reads as the page's menu.
    head = ("How to replace brake pads – From a Certified Mechanic by Daniel Gibson | Mar 11, 2023 | All About Brakes "
            "and Brake Repair, Learn About Brakes | 0 comments Table of Contents Tools needed Parts Getting Started "
            "Conclusion How To Replace Brake Pads – ")
    once = cleaner.clean(head + _one_line())
    assert once == _one_line() + "\n" and cleaner.clean(once) == once


PROMO = ("Book a free consultation with our friendly team of experts today and save twenty percent on your first visit to "
         "us. Our clinics are open seven days a week across the whole region, with parking for every patient and visitor.")
MEGA_MENU = ("Solutions Products Pricing Resources Company Downloads Partners Careers Events Webinars Newsroom Investors "
             "Customers Developers Documentation Community Training Certification Marketplace Status")


def test_a_menu_run_into_a_one_line_page_costs_the_prose_run_what_its_lines_would():
    # Twenty items on lines of their own would cost the prose run twenty lines; run into one
    # piece they cost as much, and the promotion before the menu is not the article's.
    text = "ADVERTISEMENT\n\n" + PROMO + " " + MEGA_MENU + " " + _one_line() + "\n"
    result = cleaner.clean_and_explain(text)
    assert result.text == _one_line() + "\n" and cleaner.clean(result.text) == result.text
    assert any(r.rule == "shape.outside_article" and r.text == MEGA_MENU for r in result.removed)


FOOTER = ("About Us Contact Us Careers Advertise With Us Privacy Policy Terms of Use Cookie Settings Log In Register "
          "Site Map Accessibility Help Centre Newsletters Podcasts Archive")
OTHER_STORY = [
    "Police in the next county are looking for a man who robbed a petrol station late on Saturday night.",
    "The owner of the station said the man left with a small amount of cash and several cartons of cigarettes.",
]


def test_a_footer_run_into_a_one_line_page_borders_the_article_as_its_lines_would():
    # On a page of lines the footer's lines end the article's prose run; run into one line it is
    # one piece, which stands for as many lines: the other story past it is not the article's.
    line = _one_line() + " " + FOOTER + " " + " ".join(OTHER_STORY)
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(s) == 3 for s in PROSE)
    assert any(r.rule.startswith("prompts.") and "Privacy Policy" in r.text for r in result.removed)
    assert not any(s in result.text for s in OTHER_STORY)
    assert cleaner.clean(result.text) == result.text


DATED_LIST = " ".join(f"{title} - {day} January 2026" for day, title in [
    (28, "Belgium: small country, big beer culture"), (26, "What makes magnums special: the joy of bigger bottles"),
    (22, "A guide to sparkling wine and its regional styles"), (21, "Why wine smells like strawberry, pepper and petrol"),
    (19, "World whisky and how it spread across the globe"), (16, "Different types of sake explored by our educators")])


def test_a_dated_list_after_a_one_line_article_is_no_prose_and_goes():
    # Its titles read as running text; a capitalised word after each full date shows the items.
    from cleaner.rules.article import is_dated_list
    assert is_dated_list(DATED_LIST)
    line = _one_line((2, "Share this article.")) + " " + DATED_LIST
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(s) == 3 for s in PROSE)
    assert "magnums" not in result.text and "whisky" not in result.text
    assert any(r.rule == "shape.outside_article" and "magnums" in r.text for r in result.removed)


@pytest.mark.parametrize("sentence", [
    "The company was founded in 1998 and merged in 2004 Before it listed in 2011 and again in 2015",
    "On 3 May 2020 Apple said it would open the store in the town, which it did on 5 June 2021 after a delay.",
    "The 2026 Hyundai Ioniq 5 and the 2026 Nissan Leaf are the cheapest electric cars in the review",
])
def test_years_and_a_single_date_do_not_make_a_dated_list(sentence):
    from cleaner.rules.article import is_dated_list
    assert not is_dated_list(sentence)


@pytest.mark.parametrize("kept", [
    # a list a sentence introduces, a sentence's list of places, a table of figures
    "Here are the services the hospital offers to its patients and visitors: " + HOSPITAL_MENU,
    "Cities named include " + "; ".join(["Albuquerque, New Mexico", "Berkeley, California", "Boston, Massachusetts",
                                         "Chicago, Illinois", "Denver, Colorado", "East Lansing, Michigan",
                                         "Hoboken, New Jersey", "Jersey City, New Jersey", "Los Angeles, California",
                                         "New Orleans, Louisiana", "New York City, New York", "Newark, New Jersey",
                                         "Paterson, New Jersey", "Philadelphia, Pennsylvania", "Portland, Oregon"]) + ".",
    " ".join(f"Week {n} Monday Rest Tuesday Run {n} Miles Wednesday Walk {n + 1} Miles" for n in range(1, 8)),
    # labels with their values: a product roundup's picks
    "Best Overall: Stitch Fix Best for One-Off Looks: Rent the Runway Best for All-Day Wear: Wantable Best for "
    "High-End Fashion: Armoire Best for Trendy Brands: Nuuly Best for Plus-Size Picks: Gwynnie Bee Best for Kids: "
    "Kidpik Best Budget Box: Nadine West Best for Men: Trunk Club Best for Teens: Stitch Fix Kids",
])
def test_a_capitalised_list_with_a_colon_commas_or_figures_is_no_menu(kept):
    line = _one_line((5, "Share this article."), (9, kept))
    result = cleaner.clean_and_explain(line)
    assert not any(r.rule == "shape.menu_piece" for r in result.removed)


def test_a_menu_holding_a_label_and_its_colon_is_still_a_menu():
    menu = "Skip to content Campus Map Directory " + HOSPITAL_MENU + " You are here: Home About The Center"
    result = cleaner.clean_and_explain(_one_line((0, menu)))
    assert all(result.text.count(s) == 3 for s in PROSE) and "NurseLink" not in result.text
    assert any(r.rule == "shape.menu_piece" for r in result.removed)


def test_a_capitalised_question_glued_into_a_one_line_page_is_a_menu_item():
    from cleaner.rules.article import block_scores
    blocks = cut_long_lines(split_blocks(_one_line((4, "What Is Depression?"), (8, "Obesity Reviews."))))
    scores = dict(zip((b.text for b in blocks), block_scores(blocks, "normal")))
    assert scores["What Is Depression?"] < 0 < scores["Obesity Reviews."]


@pytest.mark.parametrize("prompt", ["Story continues below advertisement", "ADVERTISEMENT", "Advertisement",
                                    "Share Tweet Email", "Print Email Share this article", "Click to enlarge"])
def test_a_prompt_glued_before_a_sentence_goes_alone(prompt):
    # The sentence after the prompt is the article's: only the prompt goes.
    line = _one_line((5, "Share this article."), (7, f"{prompt} {PROSE[2]}"))
    result = cleaner.clean_and_explain(line)
    assert all(result.text.count(s) == line.count(s) for s in PROSE) and prompt not in result.text
    assert any(r.rule == "prompts.line" and r.text == prompt for r in result.removed)
    assert cleaner.clean(result.text) == result.text


@pytest.mark.parametrize("opening", ["The White House said", "The U.S. Justice Department said", "Die Deutsche Bahn teilte mit"])
def test_a_related_headline_ends_where_a_sentence_opens_with_an_article_and_a_name(opening):
    sentence = f"{opening} that the bridge plan would go ahead before the summer, as the council hoped."
    result = cleaner.clean_and_explain(_one_line((6, f"Related: House Democrats unveil new spending plan {sentence}")))
    assert sentence in result.text and "spending plan" not in result.text
    assert [(r.rule, r.text) for r in result.removed] == [("related.link", "Related: House Democrats unveil new spending plan")]


@pytest.mark.parametrize("credit", ["(AP Photo/J. Scott Applewhite, File)", "(Photo: Reuters/T. Gibson)"])
def test_an_initial_after_a_credits_slash_does_not_cut_the_credit(credit):
    result = cleaner.clean_and_explain(_one_line((6, credit)))
    assert result.text == _one_line() + "\n"
    assert [(r.rule, r.text) for r in result.removed] == [("captions.credit", credit)]


@pytest.mark.parametrize("prompt", ["Story continues below advertisement", "ADVERTISEMENT"])
def test_a_prompt_cut_from_a_long_line_is_a_sign_of_a_scraped_page_as_its_line_is(prompt):
    """The twin of lines shows the page's furniture on a line of its own, which lets the shape
    rules take what stands outside the article; glued into the line, it is the same sign."""
    head = "Politics | Council passes the budget in a late-night vote"
    for text in (f"{head} {_one_line((6, prompt))}",
                 head.replace(" | ", "\n\n") + f"\n\n{PROSE[0]}\n\n{prompt}\n\n{PROSE[1]}\n"):
        result = cleaner.clean_and_explain(text)
        assert ("shape.outside_article", "Politics") in [(r.rule, r.text) for r in result.removed]
        assert all(sentence in result.text for sentence in PROSE[:2])


def test_a_related_heading_glued_before_its_first_teaser_takes_the_teaser_too():
    """Inside a one-line article, "You may also like:" runs on into the first teaser in the same
    piece: cut off with an ellipsis as the others under it, it goes with them."""
    teasers = ("You may also like: Schools to close early for the storm... Police seek a suspect in the "
               "robbery... Mayor announces her re-election bid...")
    result = cleaner.clean_and_explain(_one_line((6, teasers)))
    assert result.text == _one_line() + "\n"
    assert [r.text for r in result.removed if r.rule == "related.section"][:2] == [
        "You may also like", ": Schools to close early for the storm..."]


def test_a_copyright_notice_cut_from_a_long_line_closes_the_article_as_its_line_would():
    """"© 2024 Example Media." opening a piece after the article is the site's notice, as on a line
    of its own: for the shape rules it closes the article, and what follows it is the page's
    footer; then the notice goes (footers.copyright; switched off, the article keeps it)."""
    footer = "All rights reserved. Home News Sport Contact About Careers Privacy Policy Terms of Use"
    text = f"{_one_line()} © 2024 Example Media. {footer}"
    result = cleaner.clean_and_explain(text)
    assert result.text == _one_line() + "\n"
    assert ("shape.outside_article", "All rights reserved.") in [(r.rule, r.text) for r in result.removed]
    assert ("footers.copyright", "© 2024 Example Media.") in [(r.rule, r.text) for r in result.removed]
    assert cleaner.clean(text, disabled_rules={"footers.copyright"}) == f"{_one_line()} © 2024 Example Media.\n"


@pytest.mark.parametrize("sentence", ["Home Depot shares fell after the retailer cut its forecast for the year.",
                                      "Share Home prices rose again in the town, the council said on Monday.",
                                      "Get started: encourage readers to take the first step on the quay walk.",
                                      "Save The Children said the council had done too little for the town."])
def test_a_sentence_opening_with_a_prompt_word_or_a_label_keeps_it(sentence):
    line = _one_line((5, "Share this article."), (7, sentence))
    assert sentence in cleaner.clean(line)


@pytest.mark.parametrize("byline,rest", [
    ("By Jane Doe and John Roe", "LONDON (Reuters) - " + PROSE[0]),
    ("Written by Cassidy Horton", "Cassidy Horton spent a year following the town budget and its roads."),
    ("By Jane Doe, Reuters", PROSE[0]),  # (an article opens the sentence: "The" joins names too)
    ("By Jane Doe, The Associated Press", PROSE[0]),
    ("Von Hans Müller, dpa", "Der Stadtrat hat am Montag nach langer Debatte den neuen Haushalt beschlossen."),
    ("Von Hans Müller, dpa", "Die Einladung soll in der kommenden Woche an alle Haushalte verschickt werden."),
    ("Par Jean Dupont, AFP", "Le conseil municipal a adopté lundi le nouveau budget après un long débat."),
    ("Posted by Jane Smith on March 3, 2024", PROSE[0]),  # (with its date)
    ("Por Ana García el 3 de marzo de 2024", "El ayuntamiento aprobó el lunes el nuevo presupuesto tras un largo debate."),
])
def test_a_byline_glued_before_the_first_sentence_goes_alone(byline, rest):
    line = f"{byline} {rest} " + _one_line((5, "Share this article."))
    result = cleaner.clean_and_explain(line)
    assert rest in result.text and byline not in result.text
    assert any(r.rule == "metadata.byline" and r.text == byline for r in result.removed)


def test_a_bylines_date_cut_from_its_names_goes_with_them():
    # (its names end where the long line's cutter saw capitalised words end: the date is the next piece)
    line = f"By Jane Doe and John Roe April 8, 2024 at 10:07 am {PROSE[0]} " + _one_line((5, "Share this article."))
    result = cleaner.clean_and_explain(line)
    assert result.text.startswith(PROSE[0])
    assert [r.text for r in result.removed if r.rule == "metadata.byline"] == ["By Jane Doe and John Roe",
                                                                             "April 8, 2024 at 10:07 am"]


@pytest.mark.parametrize("byline", ["By Jane Smith on March 3, 2024 the council said", "By Jane Smith on March 3"])
def test_names_and_a_date_that_no_sentence_follows_are_no_glued_byline(byline):
    line = f"{byline} it would vote again. " + _one_line((5, "Share this article."))
    assert byline in cleaner.clean(line)


def test_an_agency_credit_with_its_photographer_glued_before_a_sentence_goes_alone():
    line = _one_line((5, "Share this article."), (8, f"REUTERS/Alkis Konstantinidis {PROSE[3]}"))
    result = cleaner.clean_and_explain(line)
    assert "Konstantinidis" not in result.text and result.text.count(PROSE[3]) == line.count(PROSE[3])
    assert any(r.rule == "captions.credit" and r.text == "REUTERS/Alkis Konstantinidis" for r in result.removed)


def test_a_credits_names_end_before_an_article_and_a_capitalised_noun():
    # (German capitalises nouns: "Der Bürgermeister sagte" opens the sentence at "Der", not at the noun)
    sentences = ["Der Stadtrat hat am Montag nach einer langen Debatte über die Gebühren den Haushalt beschlossen.",
                 "Die Opposition sagte, die Erhöhung werde den kleinen Geschäften in der Innenstadt schaden.",
                 "Der Bürgermeister sagte, das Geld werde für die Reparatur der Straßen und Brücken gebraucht.",
                 "Die endgültige Abstimmung über die Ausgabenpläne wird für die nächste Sitzung erwartet."] * 4
    parts = sentences[:2] + ["Anzeige"] + sentences[2:9] + ["Foto: dpa/Max Mustermann"] + sentences[9:]
    result = cleaner.clean_and_explain(" ".join(parts))
    assert all(result.text.count(s) == sentences.count(s) for s in set(sentences))
    assert any(r.rule == "captions.credit" and r.text == "Foto: dpa/Max Mustermann" for r in result.removed)


@pytest.mark.parametrize("credit", ["Photo: John Doe/Reuters", "(AP Photo/Jane Roe)", "Фото: Сергей Бобылев/ТАСС",
                                    "Fotoğraf: Ahmet Yılmaz/AA", "ANTARA FOTO/Budi Santoso"])
def test_a_credit_with_its_photographers_name_glued_before_a_sentence_goes_alone(credit):
    # (the names before an agency's slash, or after it; a quotation may open the sentence after)
    line = _one_line((5, "Share this article."), (8, f"{credit} “{PROSE[3]}”"))
    result = cleaner.clean_and_explain(line)
    assert credit not in result.text and result.text.count(PROSE[3]) == line.count(PROSE[3])
    assert any(r.rule == "captions.credit" and r.text == credit for r in result.removed)


@pytest.mark.parametrize("row", ["Share Tweet Email Print", "Auf Facebook teilen Twittern Drucken"])
@pytest.mark.parametrize("at", [8, 15])
def test_a_row_of_controls_run_into_a_one_line_page_goes(row, at):
    # (at its end too, where no sentence follows it; two one-word phrases are a heading's words as often)
    line = _one_line((at, row))
    result = cleaner.clean_and_explain(line)
    assert row not in result.text and all(result.text.count(p) == 3 for p in PROSE)
    assert [(r.rule, r.text) for r in result.removed] == [("prompts.line", row)]
    assert "Home Video" in cleaner.clean(_one_line((15, "Home Video")))


@pytest.mark.parametrize("stamp", ["Published March 12, 2024 Updated March 13, 2024", "Published 2024-03-12"])
def test_date_stamps_glued_before_a_one_line_pages_lead_go(stamp):
    line = f"{stamp} " + _one_line()
    result = cleaner.clean_and_explain(line)
    assert result.text == _one_line() + "\n"
    assert [(r.rule, r.text) for r in result.removed] == [("metadata.dateline", stamp)]
    # (a sentence's own date stays, and so do a dated list's entries)
    own = "March 12, 2024 was a day the town will remember for a long time, the mayor said. " + _one_line()
    assert cleaner.clean(own) == own + "\n"
    log = "2021-08-09 Added a section on the costs of the plan. 2022-04-12 Linked the report. " + _one_line()
    assert cleaner.clean(log) == log + "\n"


@pytest.mark.parametrize("at", [8, 15])
def test_a_prompt_naming_its_networks_goes_whole_not_cut_at_a_name(at):
    # ("Twitter" after "and", "Facebook" after "on": names the prompt goes on with, no sentence's start)
    prompt = "Follow us on Facebook and Twitter for the latest news."
    result = cleaner.clean_and_explain(_one_line((at, prompt)))
    assert [(r.rule, r.text) for r in result.removed] == [("prompts.text", prompt)]
    assert "Twitter" not in result.text and all(result.text.count(p) == 3 for p in PROSE)


@pytest.mark.parametrize("paragraph,prompt", [
    ("“We will fix the roads before winter,” the senator said. Story continues below advertisement "
     "The bill passed on Monday.", "Story continues below advertisement"),
    ("The bill passed on Monday. Sign up for our newsletter to get the best stories. The mayor welcomed the "
     "vote on the bridges.", "Sign up for our newsletter to get the best stories."),
])
def test_a_prompt_inside_a_paragraph_takes_only_itself(paragraph, prompt):
    # A paragraph of its own line (not a long one): the prompt goes, the sentences around it stay.
    text = "\n\n".join([PROSE[0], paragraph, *PROSE[1:]]) + "\n"
    result = cleaner.clean_and_explain(text)
    assert prompt not in result.text
    assert all(s.strip() in result.text for s in paragraph.replace(prompt, "|").split("|"))
    assert any(r.text == prompt and text[r.start:r.end] == prompt for r in result.removed)
    assert cleaner.clean(result.text) == result.text


@pytest.mark.parametrize("prompt,alone", [("Síguenos en Google News y recibe las últimas noticias.", True),
                                          ("Para no perderte nada, síguenos en Google News.", False)])
def test_a_short_one_line_article_with_a_prompt_keeps_its_sentences(prompt, alone):
    # ("Síguenos en Google News" holds the phrase "Síguenos en": one prompt, not the two that
    # make a paragraph of up to 120 words a prompt's whole; its sentence goes alone where it
    # opens with the prompt)
    article = ("Madrid, 5 mar (EFE).- El Gobierno aprobó este martes la nueva ley de vivienda, que limitará "
               "el precio de los alquileres en las zonas tensionadas. La norma entrará en vigor al día "
               "siguiente de su publicación en el Boletín Oficial del Estado. {} La ministra de Vivienda "
               "defendió que la ley protegerá a los inquilinos más vulnerables. Los propietarios criticaron "
               "la medida y anunciaron que recurrirán ante los tribunales.")
    result = cleaner.clean_and_explain(article.format(prompt))
    assert all(s in result.text for s in article.split("{}"))
    assert (prompt not in result.text) == alone


_BANK = "The bank said inflation was falling but risks remained for the months ahead."
_CAFE = "“We have waited too long for this,” said Maria Lopez, who runs a cafe near the quay."
_QUAY = "The vote followed months of debate about how to pay for repairs to the quay."


@pytest.mark.parametrize("before,junk,after,rule", [
    (_BANK, "READ MORE: How the dollar started the week", "The decision was in line with what economists had expected.",
     "related.link"),
    (_BANK, "İlginizi çekebilir: Dolar haftaya nasıl başladı", "Banka, enflasyondaki düşüş eğiliminin sürdüğünü açıkladı.",
     "related.link"),
    (_CAFE, "Getty Images", "The council will review the budget again in the autumn.", "captions.credit"),
    (_CAFE, "(Photo: John Smith/Reuters)", "The council will review the budget again in the autumn.", "captions.credit"),
    # (the photographer's names after the agency's slash, and the caption a credit label opens)
    (_CAFE, "REUTERS/John Smith/File Photo", "The council will review the budget again in the autumn.",
     "captions.credit"),
    (_CAFE, "FILE PHOTO: A man walks past the town hall in London, March 3, 2020. REUTERS/John Smith",
     "The council will review the budget again in the autumn.", "captions.credit"),
    (_CAFE, "© AFP", "The council will review the budget again in the autumn.", "captions.credit"),
    ("Президент России провёл совещание с членами правительства в среду вечером.", "© РИА Новости / Сергей Гунеев",
     "Глава государства поручил подготовить предложения по поддержке экономики.", "captions.credit"),
    ("A oposição, no entanto, promete obstruir a votação na próxima semana.", "Siga o O Tempo no Instagram.",
     "O texto prevê mudanças nas regras de aposentadoria dos servidores.", "prompts.call"),
    ("Министр финансов доложил о ходе исполнения бюджета в этом году.", "Подписывайтесь на наш канал в Telegram.",
     "Совещание прошло в режиме видеоконференции.", "prompts.text"),
    (_QUAY, "Advertisement", "The mayor said the money would come from higher parking charges.", "prompts.line"),
    (_QUAY, "ADVERTISEMENT", "The mayor said the money would come from higher parking charges.", "prompts.line"),
    (_QUAY, "Story continues below advertisement", "The mayor said the money would come from higher parking charges.",
     "prompts.line"),
])
def test_a_link_credit_or_prompt_glued_between_two_sentences_of_a_paragraph_goes_alone(before, junk, after, rule):
    text = "\n\n".join([PROSE[0], f"{before} {junk} {after}", *PROSE[1:]]) + "\n"
    result = cleaner.clean_and_explain(text)
    assert result.text == "\n\n".join([PROSE[0], f"{before} {after}", *PROSE[1:]]) + "\n"
    assert [(r.rule, text[r.start:r.end]) for r in result.removed] == [(rule, junk)]
    assert cleaner.clean(result.text) == result.text


@pytest.mark.parametrize("paragraph", [
    "A Reuters/Ipsos poll found that most voters backed the plan.",  # (a short paragraph: no caption)
    f"{_QUAY} A Reuters/Ipsos poll found that most voters backed the plan to raise parking charges."])
def test_an_agency_joined_to_a_partners_name_is_no_credit(paragraph):
    text = "\n\n".join([PROSE[0], paragraph, *PROSE[1:]]) + "\n"
    assert cleaner.clean(text) == text


@pytest.mark.parametrize("before,link,after", [
    ("Menurut Presiden, jalan tol ini akan memangkas waktu tempuh hingga satu jam.",
     "Baca juga: Jokowi Resmikan Bendungan Baru di NTT", "Proyek ini dibangun dengan biaya sekitar Rp 10 triliun."),
    (_QUAY, "Read more: Battle Of The Bands Returns To Town", "The festival opens on the first weekend of June.")])
def test_a_link_whose_headline_is_in_title_case_goes_up_to_the_sentence_after_it(before, link, after):
    # (a headline in title case: the first capitalised word that two lower-case words follow,
    # not only small ones, opens the sentence; the line may end with junk of its own)
    text = "\n\n".join([PROSE[0], f"{before} {link} {after} (rdp/rdp)", *PROSE[1:]]) + "\n"
    result = cleaner.clean_and_explain(text)
    assert f"{before} {after}" in result.text
    assert [(r.rule, text[r.start:r.end]) for r in result.removed] == [("related.link", link)]


@pytest.mark.parametrize("sentence", ["Die Union kündigte an, das Gesetz wieder abzuschaffen.",
                                      "Die Union kündigte an, das Gesetz im Falle eines Regierungswechsels wieder "
                                      "abzuschaffen, sagte ihr Fraktionschef am Freitag in Berlin."])
def test_a_headline_in_title_case_before_a_german_sentence_keeps_the_sentence_whole(sentence):
    # (its article opens the sentence; where the sentence's words capitalise its nouns, the headline stays)
    paragraph = ("Die Regierung hat das Gesetz am Donnerstag beschlossen. Lesen Sie auch: Was Eigentümer Jetzt "
                 f"Wissen Müssen {sentence}")
    text = "\n\n".join([PROSE[0], paragraph, *PROSE[1:]]) + "\n"
    assert sentence in cleaner.clean(text)


def test_a_prompt_between_two_sentences_goes_though_the_line_ends_with_junk_of_its_own():
    paragraph = ("Jalan tol sepanjang 60 kilometer itu menghubungkan Semarang dan Demak. ADVERTISEMENT Menurut "
                 "Presiden, jalan tol ini akan memangkas waktu tempuh hingga satu jam.")
    text = "\n\n".join([PROSE[0], paragraph + " (rdp/rdp)", *PROSE[1:]]) + "\n"
    result = cleaner.clean_and_explain(text)
    assert [(r.rule, text[r.start:r.end]) for r in result.removed] == [("prompts.line", "ADVERTISEMENT")]


def test_a_sentence_opening_with_a_prompt_word_in_lower_case_after_it_stays():
    own = f"{_QUAY} Advertisement revenue rose by a fifth in the quarter, the company said."
    assert own in cleaner.clean("\n\n".join([PROSE[0], own, *PROSE[1:]]) + "\n")


def test_a_label_word_after_a_closing_quote_inside_a_sentence_stays():
    paragraph = ("I have 36 posts in the “Other” category - basically filler content I published when I did not "
                 "know what to write, and most of them get no readers at all.")
    text = "\n\n".join([PROSE[0], paragraph, *PROSE[1:]]) + "\n"
    assert paragraph in cleaner.clean(text)


@pytest.mark.parametrize("paragraph,junk,rule", [
    ("Work on the first of the bridges is due to begin in the spring, the engineers said. Residents can comment "
     "on the plans at a meeting next month.", "Share this article: Facebook Twitter Email", "prompts.text"),
    ("Le gouvernement a présenté mercredi son projet de loi de finances. Le texte prévoit une baisse des impôts de "
     "production. Les oppositions ont dénoncé un budget d'austérité.", "Crédit photo : Ludovic Marin / AFP",
     "captions.credit")])
def test_a_prompt_or_a_credit_ending_a_paragraph_inside_the_article_takes_only_itself(paragraph, junk, rule):
    text = "\n\n".join([PROSE[0], f"{paragraph} {junk}", *PROSE[1:]]) + "\n"
    result = cleaner.clean_and_explain(text)
    assert result.text == "\n\n".join([PROSE[0], paragraph, *PROSE[1:]]) + "\n"
    assert [(r.rule, r.text, text[r.start:r.end]) for r in result.removed] == [(rule, junk, junk)]


def test_a_credit_phrase_inside_a_sentence_of_a_paragraph_stays():
    paragraph = ("Adopting a gradual approach can make the transition smoother. This article, courtesy of Vascular "
                 "Institute, will guide you through practical steps to change what you eat.")
    text = "\n\n".join([PROSE[0], paragraph, *PROSE[1:]]) + "\n"
    assert paragraph in cleaner.clean(text)


@pytest.mark.parametrize("junk,lead,rule", [
    ("By Jane Doe and John Smith, Reuters", "The city council voted on Monday to approve a new budget for the roads.",
     "metadata.byline"),
    ("By Sarah Lynch", "WASHINGTON (Reuters) - The U.S. Justice Department on Tuesday sued to block the merger.",
     "metadata.byline"),
    ("5 min read", "The council voted on Monday to approve a new budget for the roads.", "prompts.line"),
    ("Image 1 of 5", "Cyclists ride along the new lane on Monday morning in the city.", "prompts.line"),
])
def test_a_byline_or_a_counted_control_glued_before_a_paragraphs_first_sentence_goes_alone(junk, lead, rule):
    text = "\n\n".join([f"{junk} {lead}", *PROSE]) + "\n"
    result = cleaner.clean_and_explain(text)
    assert result.text == "\n\n".join([lead, *PROSE]) + "\n"
    assert [(r.rule, text[r.start:r.end]) for r in result.removed] == [(rule, junk)]


def test_a_sentence_opening_with_by_and_a_time_keeps_it():
    own = "By Monday, the council had voted to approve a new budget that raises spending on roads."
    assert cleaner.clean("\n\n".join([own, *PROSE]) + "\n").startswith(own)


def test_a_comment_forms_notice_of_a_paragraph_goes_whole():
    notice = ("Your email address will not be published. Required fields are marked *. Remember to post with "
              "kindness and respect. Comments with offensive language, cruelness to others, etc will not be "
              "approved. See our full comment policy here. We read every comment before it appears on the site.")
    result = cleaner.clean_and_explain("\n\n".join([*PROSE, notice]) + "\n")
    assert result.text == "\n\n".join(PROSE) + "\n"
    assert [r.rule for r in result.removed] == ["comments.form"]


@pytest.mark.parametrize("line", ["Want more Rolling Stone? Sign up for our newsletter.",
                                  "Copyright © 2025 Swoogo. All rights reserved. Privacy Policy | Cookies",
                                  "Subscribe to our newsletters. We’ll keep you in the loop."])
def test_a_prompt_with_its_lead_in_or_a_footer_goes_whole(line):
    text = "\n\n".join([*PROSE, line]) + "\n"
    result = cleaner.clean_and_explain(text)
    assert result.text == "\n\n".join(PROSE) + "\n"


def test_teaser_snippets_after_a_one_line_article_go_without_other_signs_of_a_page():
    teasers = ["Storm closes schools across the county as rivers rise and roads are cut off by the floods...",
               "Bus fares frozen for another year after the council found money in its reserves for the scheme...",
               "Station car park to close for six months while engineers repair the crumbling concrete deck..."]
    result = cleaner.clean_and_explain(" ".join(PROSE * 3 + teasers))
    assert result.text == " ".join(PROSE * 3) + "\n"
    assert all(r.rule == "shape.teaser_list" for r in result.removed) and len(result.removed) == 3


def test_lines_trailing_off_in_a_clean_text_stay():
    text = " ".join(PROSE * 3 + ["And then...", "We waited...", "Nothing came..."])
    assert cleaner.clean(text) == text + "\n"


@pytest.mark.parametrize("one_line", [True, False])
def test_a_time_stamp_and_byline_glued_before_the_dateline_go(one_line):
    stamp = "Volume 90%Jane Doe (News West9)3:26 AM CDT March 30, 2021"
    lead = "MIDLAND, Texas — " + PROSE[0]
    text = f"{stamp}{lead} " + " ".join(PROSE * 3) if one_line else "\n\n".join([stamp + lead, *PROSE])
    result = cleaner.clean_and_explain(text)
    assert result.text.startswith(lead) and "3:26" not in result.text
    assert any(r.rule == "metadata.dateline" and r.text == stamp for r in result.removed)
    assert cleaner.clean(result.text) == result.text


def test_a_headline_before_the_dateline_stays():
    text = "\n\n".join(["Council approves the budget for 2025 WASHINGTON — " + PROSE[0], *PROSE[1:]])
    assert cleaner.clean(text) == text + "\n"


@pytest.mark.parametrize("sentence", [
    "В Новосибирске в пятницу открылась новая станция метро, строительство которой началось давно.",
    "A Prefeitura de Ubatuba abriu três escolas para receber as famílias que perderam suas casas.",
])
def test_a_sentence_opening_with_a_short_word_before_a_name_keeps_it_after_a_title_run(sentence):
    line = f"{MENU} {sentence}"
    assert [line[s:e] for s, e, _ in pieces(line)] == [MENU, sentence]


@pytest.mark.parametrize("bar", ["Home News Sport Business Share on Facebook Share on Twitter",
                                 "Home World Politics Follow us on Instagram"])
def test_a_menu_and_a_share_bar_glued_before_the_lead_go_and_the_lead_stays(bar):
    line = f"{bar} {_one_line()}"
    result = cleaner.clean_and_explain(line)
    assert result.text == _one_line() + "\n"
    assert [r.text for r in result.removed] == [bar]
    # (before a run of capitalised words, the prompt's piece is no sentence's: it goes whole)
    titles = "Council Approves New Budget For Roads And Bridges Across The Old Town After Long Debate."
    line = f"{bar} {titles} {_one_line()}"
    assert cleaner.clean(line) == _one_line() + "\n"


@pytest.mark.parametrize("lead", [
    "As 2025 draws to a close, the outlook for the housing market in the region is coming into focus.",
    "I’m ALWAYS getting asked whether the new budget will pay for the repairs of the bridges in town.",
])
def test_a_lead_opening_with_a_number_or_a_contraction_stays_after_a_glued_prompt(lead):
    line = f"Home About Contact Privacy Policy {lead} {_one_line()}"
    result = cleaner.clean_and_explain(line)
    assert result.text == f"{lead} {_one_line()}\n"
    assert [r.text for r in result.removed] == ["Home About Contact Privacy Policy"]


def test_a_long_glued_headline_after_the_lead_is_no_border_that_leaves_the_lead_out():
    # (a link between paragraphs sits inside articles as often: the prose run goes on past it)
    link = "Read more: Keeping Your Home Spotless: The Latest Trends in House Cleaning Services Across The Whole Country"
    result = cleaner.clean_and_explain(f"Skip to content Home About Contact Privacy Policy {_one_line((1, link))}")
    assert result.text == _one_line() + "\n"


SHORT = PROSE[:4] + ["The first of the new buses will run on the harbour route from the end of the summer."]


def test_a_short_article_stored_as_one_line_is_cut_and_cleaned():
    # (a one-line document from ONE_LINE_FROM words: a scraper stores a short article as it stores a long one)
    line = " ".join([MENU, *SHORT[:2], "Advertisement", *SHORT[2:], "Sign up for our newsletter."])
    assert ONE_LINE_FROM <= len(line.split()) < SENTENCES_FROM
    result = cleaner.clean_and_explain(line)
    assert result.text == " ".join(SHORT) + "\n"
    assert cleaner.clean(result.text) == result.text
    # the same words among other lines are a paragraph: not cut
    assert cleaner.clean(f"{' '.join(SHORT)}\n\n{' '.join(SHORT[1:])}") == f"{' '.join(SHORT)}\n\n{' '.join(SHORT[1:])}\n"


def test_the_one_line_a_clean_leaves_is_cut_as_a_second_clean_cuts_it():
    # (the line above it removed, the line left is a one-line document: cleaning the output changes nothing)
    text = "ADVERTISEMENT\n\n" + " ".join([*SHORT[:2], "Advertisement", *SHORT[2:], *PROSE, "Sign up for our newsletter."])
    once = cleaner.clean(text)
    assert "Advertisement" not in once and "newsletter" not in once
    assert cleaner.clean(once) == once


def test_a_sentence_glued_after_a_caption_credit_stays():
    caption = "READ MORE: The AI Machine Learning Club at Georgia Tech Photo: John Doe/Getty Images"
    sentence = "It is recognized on a University of Virginia transcript."
    result = cleaner.clean_and_explain(_one_line((3, f"{caption} {sentence}")))
    assert result.text == _one_line((3, sentence)) + "\n"
    assert [r.text for r in result.removed] == [caption]
