"""A span running on over a comma or a company's "of" into a place is two names.

"Grace Road, Harrowshire" (a ground and its county), "the Oval, London" and "Kelmar Mills Inc
of Toronto" are fused by the model into one FAC or ORG; each part is a name of its own, the
place a GPE: a place-labelled span "X, Y" splits when Y is a listed place
(`lexicon.places.is_named_place`), and loses Y when it is a month or weekday (the span "Del, Feb"
of a dateline "Dover, Del, Feb 26" gives "Del"); an ORG "X <company suffix> of Y" splits
when Y (without "the") is a listed place ("Dow Kelmar Co of the United States"; a legal
suffix only, `lexicon.organisations.LEGAL_SUFFIXES`: "National Bank of Kelmar" is one name).
Company names with commas ("Goldman, Sachs and Co") are ORG and never split here.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.organisations import LEGAL_SUFFIXES
from ..lexicon.places import is_named_place
from .lines import LineMap
from .mention import Mention

_PLACE_LABELS = frozenset({"FAC", "LOC", "GPE"})
_SUFFIX_OF = re.compile(r" (?:" + alternation(LEGAL_SUFFIXES) + r")\.? of (?:the )?")


def split_comma(m: Mention, text: str) -> list[Mention]:
    """ "Grace Road, Harrowshire" FAC gives FAC "Grace Road" and GPE "Harrowshire"."""
    name = m.text(text)
    if m.label not in _PLACE_LABELS or name.count(", ") != 1:
        return [m]
    left, right = name.split(", ")
    cut = m.start + len(left)
    if right in CALENDAR_NAMES:
        return [Mention(m.start, cut, m.label, m.origin)]
    if is_named_place(right) and left[:1].isupper():
        return [Mention(m.start, cut, m.label, m.origin), Mention(m.end - len(right), m.end, "GPE", "place_tails")]
    return [m]


def split_company_of(m: Mention, text: str) -> list[Mention]:
    """ "Kelmar Mills Inc of Toronto" ORG gives ORG "Kelmar Mills Inc" and GPE "Toronto"."""
    if m.label != "ORG":
        return [m]
    hit = _SUFFIX_OF.search(text, m.start, m.end)
    if hit is None or not is_named_place(text[hit.end() : m.end]):
        return [m]
    suffix_end = hit.end() - len(hit.group()) + hit.group().find(" of ")
    return [Mention(m.start, suffix_end, "ORG", m.origin), Mention(hit.end(), m.end, "GPE", "place_tails")]


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    return [p for m in mentions for q in split_comma(m, text) for p in split_company_of(q, text)]
