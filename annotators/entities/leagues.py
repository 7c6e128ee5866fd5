"""A listed sports league is an ORG wherever the text names it: "in LaLiga", "the Bundesliga
side", "12 goals in the Premier League".

The model reads one-word leagues as places ("Bundesliga" GPE, "LaLiga" GPE) and misses "Premier
League" in running text; OntoNotes labels a league ORG (the body that runs the season, as
events.py keeps "PGA Tour"). An occurrence of a name of `lexicon.sport.LEAGUES`, in its own case
and word-bounded, becomes one ORG mention: a mention of exactly that span is relabelled, mentions
lying inside it are replaced by it, and one reaching outside it ("the Premier League's Arsenal"
read whole) keeps its words. It runs before the name memory, so the memory votes ORG.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.sport import LEAGUES
from .index import SpanIndex, at_words, leading_words
from .lines import LineMap
from .mention import Mention

_LEAGUE = re.compile(r"(?<![\w'’-])(?:" + alternation(LEAGUES) + r")(?![\w-]|['’][A-Za-z]{2})")
"""A league name not glued to another word; a possessive "'s" may follow ("LaLiga's"), not a
longer word after an apostrophe."""
_KEYS = leading_words(LEAGUES)
"""The index words the league names open with: a document holding none is not scanned."""


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(_KEYS):
        return mentions
    index = SpanIndex(mentions)
    for found in at_words(_LEAGUE, _KEYS, text, lines.words):
        s, e = found.span()
        same = [m for m in index.overlapping(s, e) if m.start == s and m.end == e]
        if same:
            same[0].label, same[0].origin = "ORG", "leagues"
        else:
            index.take_in(Mention(s, e, "ORG", "leagues"))
    return list(index)
