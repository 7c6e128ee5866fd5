"""Competitions named by their kind are events: "UEFA Cup", "Hong Kong Open", "Atlanta
Games", "Singer World Series", "Italian Grand Prix", "British Masters".

The model reads them as ORG, GPE or FAC after their first word; OntoNotes (and CoNLL, as
MISC) label them events. Leagues and tours ("PGA Tour", "American League") are bodies
that organise competitions, so they stay ORG.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

EVENT_WORDS = ("Cup", "Open", "Games", "Series", "Championship", "Championships", "Grand Prix", "Trophy",
               "Masters", "Olympics", "Classic")
"""Words that end a competition's name ("UEFA Cup", "Italian Grand Prix"), written as in running text."""
_EVENT_TAIL = re.compile(r"\s(?:" + alternation(EVENT_WORDS) + r")$", re.I)
_AFTER_DEMONYM_WORDS = [w for word in EVENT_WORDS if word not in ("Series", "Olympics")
                        for w in {word, word.upper()} - {"GAMES"}]
"""The event words a demonym takes, title case or capitals (not "Series" or "Olympics": the rule
was measured without them); in a capitals headline "GAMES" is mostly the noun ("RESULTS OF
PRO-SOCCER GAMES")."""
_AFTER_DEMONYM = re.compile(r"(?:\s[A-Z][\w-]*){0,2}\s(?:" + alternation(_AFTER_DEMONYM_WORDS) + r")\b")
"""Up to two capitalised words and a capitalised event word after a demonym: "German Cup",
"ENGLISH COUNTY CHAMPIONSHIP" (not "the European championship", "Canadian bonds open")."""
_RELABEL = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "PERSON"})


def _widened(m: Mention, text: str) -> tuple[int, int]:
    """The span of an event once a demonym takes its competition words."""
    s, e = m.start, m.end
    if m.label == "NORP" and (tail := _AFTER_DEMONYM.match(text, e)) and "\n" not in tail.group():
        e = tail.end()
    return s, e


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        t = m.text(text)
        if m.label in _RELABEL and _EVENT_TAIL.search(t):
            m.label = "EVENT"
    index = SpanIndex(mentions)
    for m in list(index):
        s, e = _widened(m, text)
        if (s, e) == (m.start, m.end):
            continue
        index.replace(Mention(s, e, "EVENT", "event"))
    return list(index)
