"""Entities in every broken form, mojibake, spacing; and correct text left byte for byte."""
import pytest

from cleaner.repair import fix_entities, fix_mojibake, normalize_spaces


@pytest.mark.parametrize("broken,fixed", [
    ("we have nothing & # 39;else& # 39 ;", "we have nothing 'else'"),
    ("& quot;Hello& quot;", '"Hello"'),
    ("Volkswagen&# 8217;s", "Volkswagen’s"),
    ("isn& #8217;t", "isn’t"),
    ("It&#39s here", "It's here"),
    ("&amp;#39;quoted&amp;#39;", "'quoted'"),
    ("&amp;amp;quot;deep&amp;amp;quot;", '"deep"'),
    ("a &lt; b &amp;&amp; c", "a < b && c"),
    ("x < y &amp; z &#8212; w", "x < y & z — w"),
    ("& # x27;hex& # x27;", "'hex'"),
    ("caf&eacute; &copy; 2019", "café © 2019"),
])
def test_entities(broken, fixed):
    assert fix_entities(broken) == fixed


@pytest.mark.parametrize("text", [
    "AT&T and R&D; Q&A",
    "Tom & Jerry; salt & pepper",
    "Item & #5 of the list",
    "&unknownentity; stays",
    "a &#0; NUL reference stays",
    "Johnson & Johnson",
])
def test_entity_lookalikes_stay(text):
    assert fix_entities(text) == text


@pytest.mark.parametrize("broken,fixed", [
    ("Syriaâ€™s", "Syria’s"),
    ("â€œneutralizingâ€\x9d", "“neutralizing”"),
    ("cafÃ© crÃ¨me", "café crème"),
    ("GrÃ¼ÃŸe aus MÃ¼nchen", "Grüße aus München"),
    ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"),
])
def test_mojibake(broken, fixed):
    assert fix_mojibake(broken) == fixed


@pytest.mark.parametrize("text", [
    "“Curly quotes” and ‘single’ ones — with dashes – stay.",
    "Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ １２３ stays full width.",
    "Accents: é è ê ë à ç ñ ü ö ß Å ø.",
    "Ligatures ﬁ and ﬂ stay as they are.",
    "Résumé of the café’s «menu».",
    "Ελληνικά, русский, العربية, 中文, 日本語.",
])
def test_correct_text_is_not_touched(text):
    assert fix_mojibake(fix_entities(text)) == text


def test_spaces():
    assert normalize_spaces("a\u00a0b  c\t\td") == "a b c d"
    assert normalize_spaces("one space only") == "one space only"
