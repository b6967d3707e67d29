"""Documents made of real paragraphs with known junk around and inside them, for property tests
and the fuzzing run: what goes in is known, so what must come out is known."""
from __future__ import annotations

import html
from pathlib import Path

from hypothesis import strategies as st

FIXTURES = Path(__file__).resolve().parent / "fixtures"

PARAGRAPHS = [
    "Residents of three riverside towns began clearing mud from homes and shops on Tuesday after the river dropped below its flood defences.",
    "The agency said water levels had fallen by more than a metre overnight, although two severe flood warnings remained in place downstream.",
    "Local councils have opened two collection points for damaged furniture and said the cost would be known only after insurers had visited.",
    "Die Bauarbeiten hatten länger gedauert als geplant, weil im Frühjahr Hochwasser die Baustelle überflutete und die Brücke beschädigte.",
    "Le gouvernement a de son côté assuré que la concertation se poursuivrait la semaine prochaine avec l’ensemble des partenaires sociaux.",
    "По словам мэра, новые станции улучшат транспортную доступность для более чем полумиллиона жителей юго-западных районов города.",
    "“People have been incredibly patient, but the next few weeks will be hard,” said the baker, who runs a shop on the town’s quay.",
]
JUNK = [
    "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Source link",
    "ADVERTISEMENT", "Share this article", "Photo: Jane Doe / AFP via Getty Images", "Read more: Other story in the news",
    "Check Also", "Related Posts", "Lesen Sie auch: Warum die Bahn so oft zu spät kommt", "Publicité",
    '<img class="wp-image-1" alt="A picture" src="/a.jpg"', "<div class='ad'></div>", "[gallery ids=\"1,2\"]",
    "Subscribe to our newsletter for the latest news.", "12 Comments", "Tags: flood, river, town",
]


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252, the usual damage."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode("sloppy-windows-1252")


def entity_damage(text: str) -> str:
    """Entities as machine translation and double escaping leave them (lossless forms only)."""
    return text.replace("’", "& # 8217;").replace("“", "&amp;#8220;").replace("”", "& #8221 ;").replace("é", "&eacute;")


@st.composite
def documents(draw) -> tuple[str, list[str]]:
    """(document, its article paragraphs as they must come out)."""
    paragraphs = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=3, max_size=6, unique=True))
    blocks: list[str] = []
    if draw(st.booleans()):
        blocks += draw(st.lists(st.sampled_from(JUNK), max_size=3))
    for paragraph in paragraphs:
        damage = draw(st.sampled_from(["none", "none", "mojibake", "entities", "tags"]))
        if damage == "mojibake":
            paragraph_in = mojibake(paragraph)
        elif damage == "entities":
            paragraph_in = entity_damage(paragraph)
        elif damage == "tags":
            paragraph_in = f"<p>{html.escape(paragraph, quote=False)}</p>".replace("&lt;", "<").replace("&gt;", ">")
        else:
            paragraph_in = paragraph
        blocks.append(paragraph_in)
        if draw(st.integers(0, 4)) == 0:
            blocks.append(draw(st.sampled_from(JUNK[3:])))  # junk in the middle
    blocks += draw(st.lists(st.sampled_from(JUNK), max_size=4))
    return "\n\n".join(blocks) + "\n", paragraphs


REAL = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.in.txt"))]
REAL += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "html").glob("*.html"))]
SPECIAL = list("<>&#;/\"'=[]!?.:\n\t\x00\u00a0\u200b\ufeff") + ["&amp;", "& # 39;", "<p>", "</div>", "<img ",
                                                                   "Ã©", "â€™", "[caption ", "<!--", "-->"]


@st.composite
def mutated(draw, sources: list[str] = REAL) -> str:
    """A real document (a fixture) with pieces cut, repeated and special characters spliced in."""
    text = draw(st.sampled_from(sources))
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(text)))
        choice = draw(st.integers(0, 3))
        if choice == 0:
            text = text[:at] + draw(st.sampled_from(SPECIAL)) * draw(st.integers(1, 50)) + text[at:]
        elif choice == 1:
            text = text[:at] + text[at + draw(st.integers(1, 200)):]
        elif choice == 2:
            text = text[:at] + text[at:at + 300] * draw(st.integers(2, 5)) + text[at:]
        else:
            text = text[:at] + draw(st.text(max_size=30)) + text[at:]
    return text


# Inputs built to hurt: each must stay linear in time (tests/test_hostile.py, benchmarks/speed.py).
PATHOLOGICAL = {
    "one 10 MB line": lambda: "word " * 2_000_000,
    "a 1 MB line without spaces": lambda: "x" * 1_000_000,
    "100,000 nested tags": lambda: "<div>" * 100_000 + "text" + "</div>" * 100_000,
    "50,000 <br>": lambda: "<p>" + "line<br>" * 50_000 + "</p>",
    "a million &": lambda: "&" * 1_000_000,
    "runs of & # & #": lambda: "& # & # " * 200_000,
    "deeply nested quotes": lambda: '"' * 300_000 + "text" + '"' * 300_000,
    "a million <": lambda: "<" * 1_000_000,
    "unclosed comment": lambda: "<!--" + "x" * 1_000_000,
    "shortcode openers": lambda: "[caption " * 100_000,
    "100,000 headline-shaped lines": lambda: "".join(f"Another headline about the news {i}\n" for i in range(100_000)),
}
