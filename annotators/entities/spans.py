"""Span hygiene: cut at line breaks, trim articles, possessives and stray punctuation, and
refuse handles and URLs. Every rule keeps offsets exact (it only moves `start`/`end`)."""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.calendar import MONEY_UNITS, MONTH_NAMES_NOT_NAMES, WEEKDAY_NAMES
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.names import PARTICLE_WORDS
from ..lexicon.organisations import ORG_DESCRIPTORS, UNIT_HEADS, UNIT_TAILS, is_credit_agency
from ..lexicon.places import THE_PLACE_NAMES, is_named_place
from ..lexicon.titles import HONORIFICS, PERSON_DESCRIPTORS, ROLE_ACRONYMS, ROLE_TITLES

from .index import MAX_NAME_CHARS
from .lexicon import is_common_word
from .mention import Mention

_TOKEN_REACH = 200

ABBREVIATION_END = re.compile(r"(?:\b\w\.\w\.|\b[A-Z][a-z]{0,3}\.)$")
"""A final dot that belongs to the name: "U.S.", "Corp.", "Jr." (not cut by trimming)."""
_LEADING = re.compile(r"^(?:(?:the|The|THE)\s+|[\s\"'“”‘’(\[{«<-]+)")
_TRAILING = re.compile(r"(?:['’][sS]?|[\s\"'“”‘’)\]}»>,;:!?-]+)$")
_HANDLE_OR_URL = re.compile(r"[@#]\w|https?://|www\.|\.(?:com|org|net|gov|in|co\.uk)\b|\w@\w")
_HANDLE_OR_URL_HINT = re.compile(r"[@#]|://|www\.|\.(?:com|org|net|gov|in|co\.uk)")
"""What every match of `_HANDLE_OR_URL` holds (its pattern without the word tests): one search
of the token around a span rules most spans out. A match in the window around the span holds
no space, so it lies inside that token too."""


_PROPER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Names end in a capitalised word: "Interfax news agency" -> "Interfax". Lowercase particles
# inside names ("Bank of England", "Leonardo da Vinci") are untouched.
_NUMBER_TAIL = re.compile(r"(?:\s+[+(]?[-\d][\d.,:/()-]*(?:st|nd|rd|th)?)+$")
_CALENDAR_HEAD = re.compile(
    r"^(?:(?:" + alternation(WEEKDAY_NAMES + MONTH_NAMES_NOT_NAMES) + r")\s+)+(?=[A-Z])"
)
_HONORIFIC_HEAD = re.compile(r"^(?:(?:" + alternation(HONORIFICS) + r")\.?\s+)+(?=[A-Z])")
_MONEY_TAIL = re.compile(r"(?:\s+(?:" + alternation(MONEY_UNITS) + r")\.?)+$", re.I)  # "U.S. Dlrs"
_LOWER_TAIL = re.compile(r"(?:\s+[a-z]+)+$")
_LOWER_HEAD = re.compile(r"^(?:(?!(?:" + alternation(PARTICLE_WORDS) + r")\b)[a-z]+\s+)+")


_TITLE_WORDS = ROLE_TITLES | PERSON_DESCRIPTORS
_NON_SPACE = re.compile(r"\S+")


def _after_last_title(text: str, s: int, e: int) -> int:
    """"Trade Minister Jane Doe" -> start of "Jane Doe"."""
    words = list(_NON_SPACE.finditer(text[s:e]))
    for k in range(len(words) - 2, -1, -1):
        if words[k].group().rstrip(".,") in _TITLE_WORDS and words[k + 1].group()[:1].isupper():
            return s + words[k + 1].start()
    return s


def person_start(text: str, s: int, e: int) -> int:
    """Where a person's name starts in [s, e), after honorifics, job titles and occupations
    ("Lord Hutton" -> "Hutton", "Trade Minister Jane Doe" -> "Jane Doe", "Rapper Kendrick
    Lamar" -> "Kendrick Lamar")."""
    hon = _HONORIFIC_HEAD.match(text[s:e])
    if hon and hon.end() < e - s:
        s += hon.end()
    return _after_last_title(text, s, e)


_DESCRIPTOR = re.compile(r"(?:" + alternation(ORG_DESCRIPTORS) + r")\s+(?=[A-Z])")


def without_titles(m: Mention, text: str) -> Mention:
    """A PERSON mention without its leading titles (for mentions relabelled PERSON after the
    span hygiene ran: "Lord Hutton" read as ORG by the model), an ORG without a capitalised
    type noun before its name ("Chipmaker Halvra" gives "Halvra",
    `lexicon.organisations.ORG_DESCRIPTORS`); others as they are."""
    if m.label == "ORG":
        d = _DESCRIPTOR.match(text, m.start, m.end)
        return Mention(d.end(), m.end, m.label, m.origin) if d else m
    if m.label != "PERSON":
        return m
    s = person_start(text, m.start, m.end)
    return m if s == m.start else Mention(s, m.end, m.label, m.origin)


_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


def split_lines(m: Mention, text: str) -> list[Mention]:
    """A span crossing line breaks becomes one span per non-blank line piece."""
    seg = text[m.start : m.end]
    if "\n" not in seg and "\r" not in seg:
        return [m]
    out, offset = [], m.start
    for piece in _LINE_BREAK.split(seg):
        if piece and piece not in ("\n", "\r", "\r\n") and piece.strip():
            out.append(Mention(offset, offset + len(piece), m.label, m.origin))
        offset += len(piece)
    return out


_SEPARATORS = re.compile(r"\s+(?:-{1,2}|–|—|v|vs\.?)\s+")


def split_separators(m: Mention, text: str) -> list[Mention]:
    """"Sri Lanka - Arjuna Ranatunga", "Birmingham v Barnsley": two names, not one."""
    if m.label not in _PROPER_LABELS:
        return [m]
    out, pos = [], m.start
    for sep in _SEPARATORS.finditer(text, m.start, m.end):
        out.append(Mention(pos, sep.start(), m.label, m.origin))
        pos = sep.end()
    if not out:
        return [m]
    out.append(Mention(pos, m.end, m.label, m.origin))
    return [p for p in out if p.end > p.start]


_OPEN_BRACKET = re.compile(r"\s\((?=[A-Z])")


def split_brackets(m: Mention, text: str) -> list[Mention]:
    """A span running into a bracket holds two names, not one: "Scott Draper (Australia",
    "National League for Democracy (NLD": the name, and the one in the bracket (a country
    inside is GPE). The closing bracket, when the span holds it, is trimmed later."""
    if m.label not in _PROPER_LABELS:
        return [m]
    cut = _OPEN_BRACKET.search(text, m.start, m.end)
    if cut is None or cut.start() == m.start or cut.end() >= m.end:
        return [m]
    inner_end = text.find(")", cut.end(), m.end)
    if inner_end >= 0 and text[inner_end + 1 : m.end].strip():
        return [m]  # the name goes on after the bracket: "Mazda Motor Manufacturing (USA) Corp"
    inner_end = m.end if inner_end < 0 else inner_end
    inner = text[cut.end() : inner_end]
    inner_label = "GPE" if country_code(inner) else m.label
    return [Mention(m.start, cut.start(), m.label, m.origin), Mention(cut.end(), inner_end, inner_label, m.origin)]


_CREDIT_SLASH = re.compile(r"(?<=[\w.])/(?=[A-Z])")
MIN_CREDIT_PIECE = 2
"""A credit's pieces are names of two letters or more: "Alex Brandon/AP" splits; a slash between
single letters ("A/B") does not."""


def split_credits(m: Mention, text: str) -> list[Mention]:
    """A photo credit "NAME/AGENCY" ("Ana Moreno/Reuters") is a name and an organisation
    when the last piece is an agency (`lexicon.organisations.is_credit_agency`); other slashes
    ("Hinckley/Brentford", "AC/DC") keep the span whole."""
    if m.label not in _PROPER_LABELS or text.find("/", m.start, m.end) < 0:
        return [m]  # no slash, no credit (a cheap test before the pattern)
    cuts = [c.start() for c in _CREDIT_SLASH.finditer(text, m.start, m.end)]
    if not cuts:
        return [m]
    bounds = [m.start, *cuts, m.end]
    pieces = [(bounds[0], bounds[1])] + [(bounds[k] + 1, bounds[k + 1]) for k in range(1, len(bounds) - 1)]
    if any(e - s < MIN_CREDIT_PIECE for s, e in pieces) or not is_credit_agency(text[pieces[-1][0] : pieces[-1][1]]):
        return [m]
    return [Mention(s, e, m.label if k == 0 else "ORG", m.origin) for k, (s, e) in enumerate(pieces)]


_ROLE_INSIDE = re.compile(r" (?:" + alternation(ROLE_ACRONYMS) + r")(?= |$)")
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s (?=[A-Z])")
_UNITS = frozenset(UNIT_HEADS)


def _body_label(name: str) -> str:
    """The label of a body named before a role or a unit: its country's or people's when it is one."""
    if is_demonym(name):
        return "NORP"
    return "GPE" if country_code(name) else "ORG"


def split_roles(m: Mention, text: str) -> list[Mention]:
    """A role in capitals inside a span parts an organisation from a person: "Eagles QB Jalen
    Hurts" gives ORG "Eagles" and PERSON "Jalen Hurts"; "Halvrix CEO" gives "Halvrix" alone
    (`lexicon.titles.ROLE_ACRONYMS`)."""
    if m.label not in _PROPER_LABELS:
        return [m]
    r = _ROLE_INSIDE.search(text, m.start, m.end)
    if r is None or not text[m.start : r.start()][:1].isupper():
        return [m]
    person = r.end() + 1 < m.end and text[r.end() + 1].isupper()
    left = "PERSON" if m.label == "PERSON" and not person else _body_label(text[m.start : r.start()])
    out = [Mention(m.start, r.start(), left, m.origin)]  # "Paul Okafor MP" stays a person
    if person:
        out.append(Mention(r.end() + 1, m.end, "PERSON", m.origin))
    return out


def split_possessive(m: Mention, text: str) -> list[Mention]:
    """A body's unit named after its possessive is a name of its own: "Treasury's Office of
    Foreign Assets Control" gives "Treasury" and "Office of Foreign Assets Control"
    or "Commerce's Compliance and Enforcement Unit" (a unit word opens or ends the part,
    `lexicon.organisations.UNIT_HEADS`); "Moody's Investors Service" stays whole."""
    if m.label not in _PROPER_LABELS:
        return [m]
    p = _POSSESSIVE.search(text, m.start, m.end)
    if p is None:
        return [m]
    words = text[p.end() : m.end].split()
    if len(words) < 2 or (words[0] not in _UNITS and words[-1] not in UNIT_TAILS):
        return [m]  # "the Information Commissioner's Office" is one body
    left = text[m.start : p.start()]
    return [Mention(m.start, p.start(), _body_label(left), m.origin), Mention(p.end(), m.end, "ORG", m.origin)]


_IN_PLACE = re.compile(r" in (?=[A-Z])")
_ON_DAY = re.compile(r" on (?:" + alternation(WEEKDAY_NAMES) + r"|Boxing Day|Christmas Day|New Year's Day)$")


def split_locatives(m: Mention, text: str) -> list[Mention]:
    """A span running on into where or when it is: "Glenburn High School in Inverness" gives the
    school and the GPE "Inverness" (a listed city, subdivision, home nation or country);
    "Commons on Monday" gives "Commons" (a weekday or a named day is no part of a name)."""
    if m.label not in _PROPER_LABELS and m.label not in ("WORK_OF_ART", "EVENT", "LAW"):
        return [m]
    day = _ON_DAY.search(text, m.start, m.end)
    if day:
        return [Mention(m.start, day.start(), m.label, m.origin)]
    place = _IN_PLACE.search(text, m.start, m.end)
    if place and is_named_place(text[place.end() : m.end]) and text[m.start : m.start + 1].isupper():
        left = text[m.start : place.start()]
        out = [] if " " not in left and is_common_word(left) else [Mention(m.start, place.start(), m.label, m.origin)]
        return out + [Mention(place.end(), m.end, "GPE", m.origin)]  # "People in England": the place alone
    return [m]


_SPACE_OR_SLASH = re.compile(r"[\s/]")
"""Every cut of `pieces` needs a space (separators, brackets, roles, possessives, places) or a
slash (photo credits): a span with neither, most often one word, is one piece."""


def pieces(m: Mention, text: str) -> list[Mention]:
    """One model span cut at separators, brackets, photo credits, roles, possessive units and places."""
    if not _SPACE_OR_SLASH.search(text, m.start, m.end):
        return [m]
    return [
        q for z in split_separators(m, text) for a in split_brackets(z, text) for b in split_credits(a, text)
        for c in split_roles(b, text) for d in split_possessive(c, text) for q in split_locatives(d, text)
    ]


def _with_article(text: str, s: int, e: int) -> bool:
    """"The" or "THE" before a place whose name opens with it ("The Hague", `THE_PLACE_NAMES`)."""
    return text[max(0, s - 4) : s] in ("The ", "THE ") and text[s:e].title() in THE_PLACE_NAMES


_SCORE_TAIL = re.compile(r"\s+(?:\d{1,2}-\d{1,2}|1\d\d-1?\d\d)$")
"""A match score after a side's name: "Bayern Munich 2-1", "the Celtics 112-104" (not a model
number such as "Boeing 737-800")."""


def score_cut(m: Mention, text: str) -> Mention:
    """A side the model read with its score as a product or a work ("England 2-1" PRODUCT) is
    the side alone: a country (GPE) or a club (ORG). Proper labels lose the score in `trim`."""
    if m.label in _PROPER_LABELS:
        return m
    score = _SCORE_TAIL.search(text, m.start, m.end)
    if score is None or score.start() == m.start:
        return m
    side = text[m.start : score.start()]
    return Mention(m.start, score.start(), "GPE" if country_code(side) else "ORG", m.origin)


_TRAIL_ENDS = frozenset("'’sS\"“”‘)]}»>,;:!?-")
"""The last characters `_TRAILING` can end on (besides whitespace): a span ending otherwise
keeps its end, with no search."""
_SPACE = re.compile(r"\s")


def _may_trail(seg: str) -> bool:
    return bool(seg) and (seg[-1] in _TRAIL_ENDS or seg[-1].isspace())


_CUT_AT_AND = re.compile(r"[ \t]+(?:and|&)$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}(?![\w-])")


def over_cut_and(m: Mention, text: str) -> Mention:
    """An organisation's name the model ended on its own "and" grows over the capitalised words
    that follow: the model saw the name go on and lost it ("Organisation for Economic
    Co-operation and" + "Development"). Only the model's own dangling "and" is read so: an
    ORG followed by "and Egypt" in the text is two names."""
    if m.label != "ORG" or not _CUT_AT_AND.search(text, m.start, m.end):
        return m
    rest = _CAPITALISED_AFTER.match(text, m.end)
    if rest is None or text[rest.end() : rest.end() + 1] in ("'", "’"):
        return m  # "and Egypt's central bank": the possessive opens another name
    return Mention(m.start, rest.end(), m.label, m.origin)


_PLUS_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})


def with_plus(m: Mention, text: str) -> Mention:
    """A name that ends in a plus sign keeps it: "OPEC+" (OPEC and its allies), "Disney+",
    "Canal+" are other names than "OPEC", "Disney", "Canal"; the tokenizer cut the sign off."""
    end = m.end
    if m.label in _PLUS_LABELS and text[end : end + 1] == "+" and not text[end + 1 : end + 2].isalnum():
        return Mention(m.start, end + 1, m.label, m.origin)
    return m


_STANCE = re.compile(r"(?:pro|anti|non|ex)-(?=[A-Z])(?:[\w.'’-]*[ \t](?=[A-Z]))?")
"""A stance prefix before a name, with its word when another name follows: "pro-" of
"pro-Russian", "pro-European " of "pro-European Party of Action"."""
_STANCE_HINTS = ("pro-", "anti-", "non-", "ex-")


def _without_stance(text: str, s: int, e: int) -> int:
    """Where the name starts after a lowercase stance prefix the model took in: "pro-Russian"
    is the people "Russian", "pro-European Party of Action" the party "Party of Action"."""
    stance = _STANCE.match(text, s, e)
    return stance.end() if stance and stance.end() < e else s


def trim(m: Mention, text: str) -> Mention | None:
    """Strip a leading "the"/quote/bracket/stance prefix ("pro-") and a trailing "'s"/punctuation;
    None if nothing is left. A place whose name opens with "The" keeps it ("The Hague").

    A final "." stays when it ends an abbreviation ("U.S.", "Corp.", "Jr.").
    """
    m = score_cut(m, text)
    s, e = m.start, m.end
    if text.startswith(_STANCE_HINTS, s):
        s = _without_stance(text, s, e)
    for _ in range(4):
        seg = text[s:e]
        lead = _LEADING.match(seg)
        if lead and lead.end() < len(seg):
            s += lead.end()
            continue
        trail = _TRAILING.search(seg) if _may_trail(seg) else None
        if trail and trail.start() > 0:
            e = s + trail.start()
            continue
        if seg.endswith(".") and (not ABBREVIATION_END.search(seg) or len(seg) == 2):
            e -= 1  # a lone letter before a full stop is no abbreviation ("a post on X.")
            continue
        break
    if m.label in _PROPER_LABELS:
        if _SPACE.search(text, s, e):  # each cut below needs a space; one word keeps its bounds
            s, e = _trim_words(m.label, text, s, e)
        if m.label in _PLACE_LABELS and _with_article(text, s, e):
            s -= 4  # "The Hague": the article is part of this name
    if e <= s or e - s > MAX_NAME_CHARS or not any(ch.isalpha() for ch in text[s:e]):
        return None
    return Mention(s, e, m.label, m.origin)


def _trim_words(label: str, text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) of a proper name of several words without a number tail ("Ana Vela 69"), calendar
    words before it ("Monday Ana Vela"), titles before a person, a money unit after it ("U.S.
    Dlrs") and lowercase words on either side."""
    num = _NUMBER_TAIL.search(text[s:e])
    if num and num.start() > 0:
        e = s + num.start()
    cal = _CALENDAR_HEAD.match(text[s:e])
    if cal and cal.end() < e - s:
        s += cal.end()
    if label == "PERSON":
        s = person_start(text, s, e)
    money = _MONEY_TAIL.search(text[s:e])
    if money and money.start() > 0:
        e = s + money.start()
    seg = text[s:e]
    tail = _LOWER_TAIL.search(seg)
    if tail and tail.start() > 0:
        e = s + tail.start()
    head = _LOWER_HEAD.match(text[s:e])
    if head and head.end() < e - s:
        s += head.end()
    return s, e


def is_handle_or_url(m: Mention, text: str) -> bool:
    """True for "@DrSJaishankar", "#Budget2026", "example.com" and spans glued to them."""
    # The longer non-space token around the span, looked for within _TOKEN_REACH characters
    # either side, so an endless token costs no more.
    lo = max(0, m.start - _TOKEN_REACH)
    ls = text.rfind(" ", lo, m.start) + 1 or lo
    re_ = text.find(" ", m.end, m.end + _TOKEN_REACH)
    token_end = re_ if re_ != -1 else min(len(text), m.end + _TOKEN_REACH)
    if not _HANDLE_OR_URL_HINT.search(text, ls, token_end):
        return False  # no mark of a handle or URL in the token, so none in the window either
    window = text[max(0, m.start - 1) : m.end + 1]
    if _HANDLE_OR_URL.search(window):
        return True
    return bool(_HANDLE_OR_URL.search(text[ls:token_end]))
