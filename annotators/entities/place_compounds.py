"""The place of a "-based" compound is a GPE: "Karachi-based Topline", "San Francisco-based",
"Arizona-headquartered", "Lagos-born".

OntoNotes keeps only the name part of such a compound, a place (the modern set: "Seattle-based",
"South Korea-based"); the small model reads the place as the company after it ("Karachi" ORG)
or misses it. The capitalised words right before "-based", "-headquartered", "-born", "-bred" or
"-listed" are read ("London-listed"; "Nasdaq-listed" names no place and stays): a mention ending there whose text is a listed city, region or country (or a GPE of the
document) becomes GPE; where no mention is there, the longest such place ending there is added.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_demonym, is_subdivision
from ..lexicon.places import is_city
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

_TAIL_WORDS = frozenset({"based", "headquartered", "born", "bred", "listed"})
_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}$")
"""Up to three capitalised words ending right before the hyphen."""
_RELABELLED = frozenset({"ORG", "PERSON", "NORP", "LOC", "FAC", "PRODUCT", "GPE"})


def is_place(name: str, places: frozenset[str]) -> bool:
    """A listed city, region or country (not a people), or a GPE the document names."""
    if name in places:
        return True
    return not is_demonym(name) and bool(is_city(name) or is_subdivision(name) or country_code(name))


def _place_before(text: str, hyphen: int, places: frozenset[str]) -> tuple[int, int] | None:
    """The longest place of the capitalised words ending at `hyphen`, as (start, end)."""
    run = _BEFORE.search(text, max(0, hyphen - 40), hyphen)
    if run is None:
        return None
    s = run.start()
    if text.startswith("The ", s) and not is_city(text[s:hyphen]):
        s += 4  # "The Cyprus-based newsletter", but "The Hague-based court"
    while s < hyphen:
        if is_place(text[s:hyphen], places):
            return s, hyphen
        nxt = text.find(" ", s, hyphen)
        if nxt < 0:
            return None
        s = nxt + 1
    return None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    starts = lines.words.starts_of(_TAIL_WORDS)
    hyphens = [p - 1 for p in starts if p and text[p - 1] == "-"]
    if not hyphens:
        return mentions
    places = frozenset(m.text(text) for m in mentions if m.label == "GPE")
    index = SpanIndex(mentions)
    for hyphen in hyphens:
        ending = [m for m in index.overlapping(hyphen - 1, hyphen) if m.end == hyphen]
        if ending:
            m = ending[0]
            if m.label in _RELABELLED and is_place(m.text(text), places):
                m.label, m.origin = "GPE", "place_compounds"
            continue
        found = _place_before(text, hyphen, places)
        if found and not index.any_overlap(*found):
            index.add(Mention(found[0], found[1], "GPE", "place_compounds"))
    return list(index)
