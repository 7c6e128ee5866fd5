"""A sea, a shoal, a strait or a mountain range is a natural place (LOC), whatever the model
read: "Chinese ships blocked the Second Kelmar Shoal" (ORG), "the Harrow Reef" (FAC), "renamed
it the Gulf of Vostrand" (EVENT).

A mention typed FAC, ORG, EVENT, PERSON or WORK_OF_ART whose last word ends a natural place's
name (`lexicon.places.NATURAL_FEATURE_WORDS`: "Shoal", "Reef", "Strait", "Peninsula") or that
opens with such a head before "of" (`lexicon.places.NATURAL_FEATURE_HEADS`: "Gulf of",
"Strait of") is a LOC. A place's own name (GPE) keeps its label, and so does an ORG in a story
that talks sport, where a club may be named after a river or a range ("Kelmar Valley beat
Harrow").
"""

from __future__ import annotations

from ..lexicon.places import NATURAL_FEATURE_HEADS, NATURAL_FEATURE_WORDS
from .lines import LineMap
from .mention import Mention
from .sports import talks_sport

_RETYPED = frozenset({"FAC", "ORG", "EVENT", "PERSON", "WORK_OF_ART"})
_FEATURE_WORDS = NATURAL_FEATURE_WORDS | NATURAL_FEATURE_HEADS


def names_a_natural_place(name: str) -> bool:
    """ "Second Thomas Shoal", "Gulf of America"; not "Reef" alone nor "Gulf Keystone Petroleum"."""
    words = name.split(" ")
    if len(words) < 2:
        return False
    return words[-1] in NATURAL_FEATURE_WORDS or (words[0] in NATURAL_FEATURE_HEADS and words[1] == "of")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(_FEATURE_WORDS):
        return mentions
    sport: bool | None = None
    for m in mentions:
        if m.label not in _RETYPED or not names_a_natural_place(m.text(text)):
            continue
        if m.label == "ORG":
            sport = talks_sport(text, lines.words) if sport is None else sport
            if sport:
                continue
        m.label, m.origin = "LOC", "natural_features"
    return mentions
