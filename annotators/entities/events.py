"""Competitions named by their kind are events: "UEFA Cup", "Hong Kong Open", "Atlanta
Games", "Singer World Series", "Italian Grand Prix", "British Masters".

The model reads them as ORG, GPE or FAC after their first word; OntoNotes (and CoNLL, as
MISC) label them events. Leagues and tours ("PGA Tour", "American League") are bodies
that organise competitions, so they stay ORG.
"""

from __future__ import annotations

import re

from .lines import LineMap
from .mention import Mention

_EVENT_TAIL = re.compile(
    r"\s(?:Cup|Open|Games|Series|Championships?|Grand Prix|Trophy|Masters|Olympics|Classic)$", re.I
)
_RELABEL = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "PERSON"})


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        t = m.text(text)
        if m.label in _RELABEL and _EVENT_TAIL.search(t):
            m.label = "EVENT"
    return mentions
