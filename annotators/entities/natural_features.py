"""A sea, a shoal, a strait or a mountain range is a natural place (LOC), whatever the model
read: "Chinese ships blocked the Second Kelmar Shoal" (ORG), "the Harrow Reef" (FAC), "renamed
it the Gulf of Vostrand" (EVENT).

A mention typed FAC, ORG, EVENT, PERSON or WORK_OF_ART whose last word ends a natural place's
name (`lexicon.places.NATURAL_FEATURE_WORDS`: "Shoal", "Reef", "Strait", "Peninsula") or that
opens with such a head before "of" (`lexicon.places.NATURAL_FEATURE_HEADS`: "Gulf of",
"Strait of") is a LOC. So is an island or a group of islands ("the Kelmar Islands",
`lexicon.places.ISLAND_WORDS`), read as a country too, unless it is a country's, a state's or
a city's name ("Solomon Islands", "Rhode Island"). Another place's own name (GPE) keeps its label, and so does an ORG in a story
that talks sport, where a club may be named after a river or a range ("Kelmar Valley beat
Harrow").
"""

from __future__ import annotations

from ..lexicon.countries import country_code, is_subdivision
from ..lexicon.places import ISLAND_WORDS, NATURAL_FEATURE_HEADS, NATURAL_FEATURE_WORDS, is_city
from .lines import LineMap
from .mention import Mention
from .sports import talks_sport

_RETYPED = frozenset({"FAC", "ORG", "EVENT", "PERSON", "WORK_OF_ART"})
_ISLAND_RETYPED = _RETYPED | {"GPE"}
"""An island group is read as a country too ("the Senkaku Islands" GPE); a sea or a strait never is."""
_FEATURE_WORDS = NATURAL_FEATURE_WORDS | NATURAL_FEATURE_HEADS | frozenset(ISLAND_WORDS)


def names_a_natural_place(name: str) -> bool:
    """ "Second Thomas Shoal", "Gulf of America"; not "Reef" alone nor "Gulf Keystone Petroleum"."""
    words = name.split(" ")
    if len(words) < 2:
        return False
    if words[-1] in ISLAND_WORDS:
        return not (country_code(name) or is_subdivision(name) or is_city(name))
    return words[-1] in NATURAL_FEATURE_WORDS or (words[0] in NATURAL_FEATURE_HEADS and words[1] == "of")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(_FEATURE_WORDS):
        return mentions
    sport: bool | None = None
    for m in mentions:
        name = m.text(text)
        if m.label not in (_ISLAND_RETYPED if name.endswith(ISLAND_WORDS) else _RETYPED) or not names_a_natural_place(name):
            continue
        if m.label == "ORG":
            sport = talks_sport(text, lines.words) if sport is None else sport
            if sport:
                continue
        m.label, m.origin = "LOC", "natural_features"
    return mentions
