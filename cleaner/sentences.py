"""Where a long line of scraped text is cut into segments: after each sentence, and at the glue
points scrapers leave between the blocks of a page they joined on one line.

A cut falls after a sentence's stop in any script (``. ! ? …``, ``。！？``, ``؟ ۔ ।``) where the next
sentence begins (not after an initial or an abbreviation such as "St." or "U.S.", not inside a
decimal, a time or a URL, not before a lower-case word); where a stop has no space after it
("albums.Then"); at a bar between spaces; at a tab or a run of spaces; at a space between two
Chinese or Japanese characters; and where a run of capitalised words (a menu, a title, a byline)
ends and a sentence begins. Every pattern here is a single pass over the line."""
from __future__ import annotations

import re
from bisect import bisect_right

# A sentence's stop, its closing quotes or brackets, and the spaces before the next sentence.
_STOP = re.compile(r"""(?<![.!?…])[.!?…]++["'”’»)\]]*+[^\S\n]++(?=(?:[—–][^\S\n])?+(?:©|(?:["'“‘«(\[¿¡])?+[^\W_a-z]))"""
                   r"""|(?<![。！？])[。！？]++[」』”’）)]*+[^\S\n]*+(?=\S)"""
                   r"""|(?<![؟۔।])[؟۔।]++[^\S\n]++(?=\S)""")
# A stop glued to the next sentence: "albums.Then" (a word of lower-case letters before it).
_GLUED_STOP = re.compile(r"(?<=[a-z]{3})[.!?](?=[A-Z][a-z])")
# A bar or a broad space between two pieces: " | ", a tab, three spaces or more.
_GAP = re.compile(r"(?<![^\S\n])(?:[^\S\n]+\|(?=[^\S\n])|[^\S\n\t]*+\t[^\S\n]*+|[^\S\n]{3,}+)")
# A space between two Chinese or Japanese characters: those scripts put none between words, a
# scraper joining a page's blocks does ("订阅我们的新闻简报 执政联盟以...").
CJK_CHARACTER = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"  # a Chinese or Japanese character (kana, ideographs)
_CJK_GAP = re.compile(rf"(?<={CJK_CHARACTER})[^\S\n]++(?={CJK_CHARACTER})")
_TAG = re.compile(r"<[A-Za-z/!][^<>]*+>")  # markup is cut by the repairs, never by a segment
TOKEN = re.compile(r"\S+")  # a word with its punctuation (the rules read it from here)
_SHORT_CAPITAL = re.compile(r"(?:^|(?<=\s)|(?<=[(\[\"'“‘/]))[A-Z][a-z]{0,2}\.[\"'”’)]*\s*$|(?:^|(?<=[\s./]))\w\.\s*$")
OPENERS = "\"'“‘«([¿¡"  # what may stand before a word's first letter
_TITLE_RUN_WORDS = 6  # the shortest run of capitalised words taken for a menu or a title
_TITLE_RUN_LOWER = 0.45  # the largest share of lower-case words such a run may hold
_SENTENCE_WORDS = 30  # a piece this long may hide a title run before its sentence
_START_MARGIN = 2  # how far from the best a sentence's start may score (its own capitalised words)
_DASHES = ("—", "–", "-")
_BOUNDARY = frozenset("—–-:|)")  # what may end the word before a sentence's start
_OPENING_CAPITALS = 3  # the most capitalised words before the one a sentence's lower-case words follow ("The U.S. Justice Department")
_DATELINE_WORDS = 4  # a dateline's words before its dash: "MIDLAND, Texas", "PARIS (Reuters)"
PREPOSITION_LETTERS = 2  # the longest preposition or article whose case tells a sentence's opening ("В Москве", "on Telegram")
_NOUNS_SHARE = 0.25  # capitalised words after lower-case ones, of those words, from which a language capitalises nouns
_ARTICLE_LETTERS = 3  # the longest article that opens a sentence before a capitalised noun ("Die", "The", "Le")


def capitalises_nouns(tokens: list[str]) -> bool:
    """Whether the language of ``tokens`` (words of running text) capitalises its nouns (German):
    more than a share of the words after a word ending in a lower-case letter are capitalised."""
    after_lower = [tokens[k].lstrip(OPENERS)[:1] for k in range(1, len(tokens)) if tokens[k - 1][-1].islower()]
    return sum(1 for first in after_lower if first.isupper()) > _NOUNS_SHARE * len(after_lower)


def opens_sentence(words: list[str], k: int, nouns: bool = False) -> bool:
    """Whether word ``k`` of ``words`` (tokens) opens a sentence: a capitalised word (or one of a
    script without case) that two lower-case words follow, or an article before a capitalised
    noun and a lower-case word ("Die Opposition kritisierte", "The White House said"), or a word of one
    or two letters before a lower-case one ("A rodovia Rio-Santos teve"). With ``nouns`` (a
    language that capitalises them) only the short words tell."""
    if k + 2 >= len(words):
        return False
    first, second, third = (word.lstrip(OPENERS)[:1] for word in words[k:k + 3])
    if not first.isalpha() or first.islower():
        return False
    # (capitalised, no capital after its first letter: "The", "Die", "I’m"; not "USA"), before a
    # name of a few capitalised words and a lower-case one: "The White House said"
    if second.isupper() and len(words[k]) <= _ARTICLE_LETTERS and not any(map(str.isupper, words[k][1:])):
        for word in words[k + 2:k + 2 + _OPENING_CAPITALS]:
            letter = word.lstrip(OPENERS)[:1]
            if not letter.isupper():
                return letter.islower()
        return False
    if second.islower() and len(words[k]) <= PREPOSITION_LETTERS and words[k].istitle() and words[k].isalpha():
        return True
    return not nouns and second.islower() and third.islower()


def cut_points(line: str) -> list[tuple[int, bool]]:
    """Offsets in ``line`` where its segments after the first begin, in order, each with
    whether the piece before it is a run of capitalised words glued before a sentence."""
    points: set[int] = set()
    for match in _STOP.finditer(line):
        if match.group()[0] == "." and _SHORT_CAPITAL.search(line, max(0, match.start() - 6), match.start() + 1):
            continue  # "St. Regis", "J. Smith", "U.S. officials"
        if match.end() < len(line):
            points.add(match.end())
    for match in _GLUED_STOP.finditer(line):
        if not _in_address(line, match.start()):
            points.add(match.end())
    for match in _GAP.finditer(line):
        end = match.end()
        if line[match.start():end].strip() == "|":
            points.add(match.start() + len(match.group()) - 1)  # (the bar opens the next piece)
        elif end < len(line):
            points.add(end)
    if not line.isascii():
        points.update(match.end() for match in _CJK_GAP.finditer(line))
    if "<" in line:
        inside = [(m.start(), m.end()) for m in _TAG.finditer(line)]
        points = {p for p in points if not _within(inside, p)}
    ordered = sorted(p for p in points if 0 < p < len(line))
    out: list[tuple[int, bool]] = []
    start = 0
    for point in ordered + [len(line)]:
        out.extend((at, True) for at in title_run_end(line, start, point))
        if point < len(line):
            out.append((point, False))
        start = point
    return out


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect_right(spans, (at, 1 << 62)) - 1
    return k >= 0 and spans[k][0] < at < spans[k][1]


def _in_address(line: str, at: int) -> bool:
    """Whether ``at`` is inside a URL, an e-mail address or a file name (no space back to "/" or "@")."""
    begin = line.rfind(" ", 0, at) + 1
    word = line[begin:at]
    return "/" in word or "@" in word or word.startswith("www")


def title_run_end(line: str, start: int, end: int) -> list[int]:
    """Where a sentence begins after a run of capitalised words in ``line[start:end]`` (a menu, a
    title, a byline glued before it): the capitalised word from which lower-case words most
    outweigh the others, or an earlier one within ``_START_MARGIN`` of that when a lower-case
    word stands between (a sentence may open with a few capitalised words: "The Agency is..."),
    when what stands before it is a long run of mostly capitalised words. Empty when there is no
    such run."""
    if line.count(" ", start, end) < _SENTENCE_WORDS - 1:
        return []  # (too short to hide a run: most sentences, and no list of their words made)
    words = [(m.start(), m.group()) for m in TOKEN.finditer(line, start, end)]
    if len(words) < _SENTENCE_WORDS:
        return []
    firsts = [word.lstrip(OPENERS)[:1] for _, word in words]  # each word's first letter
    sums = [0] * (len(words) + 1)  # sums[k]: lower-case words less the others, from word k to the end
    lower_from = [len(words)] * (len(words) + 1)  # lower_from[k]: the first lower-case word from k on
    for k in range(len(words) - 1, -1, -1):
        is_lower = firsts[k].islower()
        sums[k] = sums[k + 1] + (1 if is_lower else -1)
        lower_from[k] = k if is_lower else lower_from[k + 1]
    starts = [k for k in range(len(words)) if firsts[k].isupper()]
    if not starts:
        return []
    best = max(sums[k] for k in starts)
    if best <= 0:
        return []
    best_at = next(k for k in starts if sums[k] == best)
    # An earlier start is the sentence's own opening only with a lower-case word before the best
    # ("The Agency is Georgia Tech's..."), not a menu's last items ("Login Register The council...").
    at = next(k for k in starts if k == best_at or sums[k] >= best - _START_MARGIN and lower_from[k] < best_at)
    opening = _opening_after_dash(words, firsts, at)
    if opening < at:
        at = opening  # the sentence's capitalised first words, after a dateline's dash ("SEATTLE — The Trump...")
    elif at > 1 and firsts[at - 1].isupper() and words[at - 2][1][-1:] in _BOUNDARY:
        at -= 1  # its capitalised first word, after a label's colon or bracket ("Photo: AFP The council...")
    elif at > 0 and len(words[at - 1][1]) <= _ARTICLE_LETTERS < len(words[at][1]) \
            and opens_sentence([word for _, word in words[at - 1:at + 2]], 0):
        at -= 1  # an article or a preposition before the capitalised noun the sentence opens with ("В Москве", "The Springfield council", "San Diego is")
    if at < _TITLE_RUN_WORDS:
        return []
    lower = sum(1 for first in firsts[:at] if first.islower())
    if lower > _TITLE_RUN_LOWER * at:
        return []
    return [_dateline_start(words, at)]


def _opening_after_dash(words: list[tuple[int, str]], firsts: list[str], at: int) -> int:
    """The first of the capitalised words right before word ``at`` that a dateline and its dash
    precede (a sentence opening with a name: "(Reuters) - The U.S. Justice Department sued",
    "LONDON — Prime Minister Keir Starmer said"); ``at`` when there is none."""
    for k in range(at - 1, max(0, at - 1 - _OPENING_CAPITALS), -1):
        if not firsts[k].isupper():
            break
        if k > 0 and words[k - 1][1] in _DASHES:
            # (a dateline's: a headline's subtitle after its dash, "Workouts — Strength Training", is none)
            return k if _dateline_start(words, k) < words[k][0] else at
    return at


def _dateline_start(words: list[tuple[int, str]], at: int) -> int:
    """Where the sentence that begins at word ``at`` really begins: a dateline before it
    ("SEATTLE —", "MIDLAND, Texas —", "PARIS (Reuters) -") is the sentence's own, up to the place
    name in capitals (digits glued before it, "2021MIDLAND,", left out)."""
    if at < 2 or words[at - 1][1] not in _DASHES:
        return words[at][0]
    for k in range(at - 2, max(-1, at - 2 - _DATELINE_WORDS), -1):
        offset, word = words[k]
        name = word.lstrip("0123456789").rstrip(",")
        letters = [c for c in name if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and name[:1].isalpha():
            return offset + len(word) - len(word.lstrip("0123456789"))
    return words[at][0]


def pieces(line: str) -> list[tuple[int, int, bool]]:
    """The (start, end) of each segment of ``line``, spaces around it left out, and whether it
    is a run of capitalised words glued before a sentence (a menu, a title, a byline)."""
    out = []
    cuts = cut_points(line)
    bounds = [(0, False), *cuts, (len(line), False)]
    for (begin, _), (finish, title_run) in zip(bounds, bounds[1:]):
        text = line[begin:finish]
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        if body:
            out.append((begin + lead, begin + lead + len(body), title_run))
    return out
