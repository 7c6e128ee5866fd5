"""Names traded on a market are companies: "shares of Nvidia", "a stake in Purolator",
"Wrather's stock" make the name ORG wherever the document writes it.

The small model reads some one-word company names as places ("Nvidia", "Purolator"). Only
cues that a place cannot take count: "Frankfurt shares" and "Tokyo stocks" are markets, so
a name before "shares" is left alone, and "the Tokyo stock exchange" is no share of Tokyo.
Countries, their peoples, capitals and subdivisions (pycountry) are never turned, whatever
the words around them ("a stake in Brazil").
"""

from __future__ import annotations

import re

from ..lexicon.countries import CAPITALS, country_code, is_demonym, is_subdivision
from .lines import PROSE, LineMap
from .mention import Mention
from .names import occurrences

_HELD_BEFORE = re.compile(r"\b(?:shares|stock|stakes?|holdings?|shareholders)\s+(?:of|in)\s+$", re.IGNORECASE)
"""Before a company: "shares of Nvidia", "a stake in Purolator", "shareholders of Wrather"."""

_OWN_STOCK_AFTER = re.compile(r"['’]s\s+(?:shares|stock|share price|stock price)\b(?!\s+(?:exchange|market))")
"""After a company: "Nvidia's shares", "Wrather's stock price" (not "Tokyo's stock market")."""

_TURNED = frozenset({"GPE", "FAC"})


def _known_place(name: str) -> bool:
    return bool(country_code(name) or is_demonym(name) or is_subdivision(name) or name.lower() in CAPITALS)


def traded(name: str, text: str, lines: LineMap) -> bool:
    """Some prose occurrence of `name` is held as shares or owns a stock."""
    for s, e in occurrences(name, text, lines):
        if lines.kind(s) != PROSE:
            continue
        if _HELD_BEFORE.search(text, max(0, s - 30), s) or _OWN_STOCK_AFTER.match(text, e, e + 30):
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
