"""Names traded on a market or called a company are companies: "shares of Nvidia", "a stake
in Purolator", "Wrather's stock", "chipmaker Nexperia", "Nexperia, the Dutch chipmaker," make
the name ORG wherever the document writes it.

The small model reads some one-word company names as places ("Nvidia", "Purolator"). Only
cues that a place cannot take count: "Frankfurt shares" and "Tokyo stocks" are markets, so
a name before "shares" is left alone, and "the Tokyo stock exchange" is no share of Tokyo.
Countries, their peoples, capitals and subdivisions (pycountry) are never turned, whatever
the words around them ("a stake in Brazil").
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import CAPITALS, country_code, is_demonym, is_subdivision
from ..lexicon.organisations import ORG_NOUNS
from ..lexicon.places import is_city
from .lines import PROSE, LineMap
from .mention import Mention
from .names import occurrences

_HELD_BEFORE = re.compile(r"\b(?:shares|stock|stakes?|holdings?|shareholders)\s+(?:of|in)\s+$", re.IGNORECASE)
"""Before a company: "shares of Nvidia", "a stake in Purolator", "shareholders of Wrather"."""

_OWN_STOCK_AFTER = re.compile(r"['’]s\s+(?:shares|stock|share price|stock price)\b(?!\s+(?:exchange|market))")
"""After a company: "Nvidia's shares", "Wrather's stock price" (not "Tokyo's stock market")."""

_KIND_BEFORE = re.compile(r"\b(?:" + alternation(ORG_NOUNS) + r")\s+$")
"""A kind of organisation right before the name: "chipmaker Nexperia", "the retailer Vendora"."""

_KIND_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:" + alternation(ORG_NOUNS) + r")(?=\s*[,.;]|\s+(?:that|which|whose|based)\b)"
)
"""An apposition headed by a kind of organisation: "Nexperia, the Dutch chipmaker, said"."""

_LONGER = re.compile(r" (?:[A-Z]|of |for )")
"""A longer name goes on after the string."""

_TURNED = frozenset({"GPE", "FAC"})


def _known_place(name: str) -> bool:
    return bool(country_code(name) or is_demonym(name) or is_subdivision(name) or name.lower() in CAPITALS)


def traded(name: str, text: str, lines: LineMap) -> bool:
    """Some prose occurrence of `name` is held as shares, owns a stock or, for a name that
    is no listed city, is called an organisation ("chipmaker Nexperia")."""
    called = not is_city(name)
    for s, e in occurrences(name, text, lines):
        if lines.kind(s) != PROSE:
            continue
        if _HELD_BEFORE.search(text, max(0, s - 30), s) or _OWN_STOCK_AFTER.match(text, e, e + 30):
            return True
        if called and _KIND_BEFORE.search(text, max(0, s - 20), s) and not _LONGER.match(text, e):
            return True  # "chipmaker Nexperia", not "lobby group Guantanamo Human Rights Commission"
        if called and _KIND_APPOSITION.match(text, e, e + 60):
            return True
    return False


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    names = {m.text(text) for m in mentions if m.label in _TURNED and m.origin == "model"}
    companies = {n for n in names if not _known_place(n) and traded(n, text, lines)}
    for m in mentions:
        if m.label in _TURNED and m.origin != "dateline" and m.text(text) in companies:
            m.label = "ORG"
            m.origin = "markets"
    return mentions
