"""Acronyms in prose the model left unlabelled ("KDP", "FOMC", "RSPB") are organisations.

An upper-case token of three to six letters on a prose line, not covered by a mention, is
ORG unless it follows a capitalised word (then it ends a longer name: "Die ZEIT"), or it
is an English word in capitals ("TAX", "NOTE", "ORDERS"), a common-noun acronym
("GDP", "EST"), a country code ("USA"), a Roman numeral ("VIII"), or a currency code beside
an amount ("USD 7.6 billion"). On CoNLL dev such
tokens are organisations about three times in four; the rest are mostly these exclusions.

A short acronym in prose the model read as a place ("BT has moved", "Dell, LG, Samsung") is
an ORG when it is no country code, no state code ("NY", "NSW":
`lexicon.countries.is_subdivision_code`), no listed city and no written-short place ("LA",
"GB": `lexicon.places.PLACE_ABBREVIATIONS`), and no abbreviation with its dot ("ST. LOUIS").
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_subdivision_code
from ..lexicon.places import PLACE_ABBREVIATIONS, is_city
from .index import SpanIndex
from .junk import COMMON_ACRONYMS, currency_beside_amount
from .lexicon import is_common_word
from .lines import PROSE, LineMap
from .mention import Mention
from .repair import CALENDAR

# The capital first, then a look-behind over it for the character before: the scan jumps
# from capital to capital (a pattern opening with a look-ahead gets no such jump); matches unchanged.
_ACRONYM = re.compile(r"[A-Z](?<![\w.@#/&'’-][A-Z])[A-Z&]{2,5}(?![\w@/&'’-]|\.\w)")
_PREV = re.compile(r"(?<![\w])([A-Z]\w*)\s$")
_OPENERS = frozenset("The A An In At On For By With From And But Of To As If Its Their".split())
_FUNCTION_WORDS = frozenset(
    "the and for not but are was were has had have its our you his her who why how all any can may one two".split()
)
_ROMAN = re.compile(r"[IVXLCDM]+")


def is_org_acronym(token: str) -> bool:
    return not (
        token in COMMON_ACRONYMS
        or _ROMAN.fullmatch(token)
        or is_common_word(token)
        or token.lower() in _FUNCTION_WORDS
        or (token.endswith("S") and is_common_word(token[:-1]))
        or country_code(token)
    )


_SHORT_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,4}")


MAX_DATELINE_PLACE = 40
"""How far into its line a dateline's place may end ("SOUTH SAN FRANCISCO, Calif.")."""


def _opens_dateline(m: Mention, text: str, lines: LineMap) -> bool:
    """Capitals opening a line before a comma or after other capitals name the dateline's
    place ("TAMPA, Fla., March 2 -", "PALO ALTO, Calif."), not a company ("BT has moved")."""
    line_start = lines.at(m.start).start
    if m.start - line_start > MAX_DATELINE_PLACE:
        return False
    prefix = text[line_start : m.start]
    return not any(c.islower() for c in prefix) and (bool(prefix) or text[m.end : m.end + 1] == ",")


def is_company_not_place(m: Mention, text: str, lines: LineMap) -> bool:
    """A GPE that is a short acronym in prose and names no place ("BT", "LG"; not "NY", "LA")."""
    name = m.text(text)
    return (
        m.label == "GPE"
        and _SHORT_ACRONYM.fullmatch(name) is not None
        and text[m.end : m.end + 1] != "."
        and lines.kind(m.start) == PROSE
        and not _opens_dateline(m, text, lines)
        and not (country_code(name) or is_subdivision_code(name) or name in PLACE_ABBREVIATIONS or is_city(name))
    )


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if is_company_not_place(m, text, lines):
            m.label = "ORG"
            m.origin = "acronym"
    added: list[Mention] = []
    index = SpanIndex(mentions)
    for m in _ACRONYM.finditer(text):
        s, e = m.span()
        if lines.kind(s) != PROSE or index.any_overlap(s, e):
            continue
        prev = _PREV.search(text, max(0, s - 30), s)
        if prev and prev.group(1) not in _OPENERS and prev.group(1) not in CALENDAR:
            continue  # "Die ZEIT": the end of a longer name ("The RSPB", "July FOMC" are not)
        if is_org_acronym(m.group()) and not currency_beside_amount(m.group(), text, s, e):
            added.append(Mention(s, e, "ORG", "acronym"))
    return mentions + added
