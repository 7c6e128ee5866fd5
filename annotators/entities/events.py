"""Competitions named by their kind are events: "UEFA Cup", "Hong Kong Open", "Atlanta
Games", "Singer World Series", "Italian Grand Prix", "British Masters".

The model reads them as ORG, GPE or FAC after their first word; OntoNotes (and CoNLL, as
MISC) label them events. Leagues and tours ("PGA Tour", "American League") are bodies
that organise competitions, so they stay ORG. A named storm is an event too ("Hurricane
Melissa", "Typhoon Haiyan": `STORM_WORDS`).
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.organisations import WEAPON_NOUNS
from .index import SpanIndex, leading_words
from .lines import PROSE, LineMap
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
_AFTER_PLACE = re.compile(r" (?:Open|Grand Prix|Masters)(?![\w'’-])")
"""A tournament word right after a place the model read as a GPE: "U.S. Open", "Miami Open",
"Monaco Grand Prix", "Shanghai Masters" (the place is part of the event's name, not a GPE)."""
_RELABEL = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "PERSON"})

STORM_WORDS = ("Hurricane", "Typhoon", "Super Typhoon", "Cyclone", "Tropical Storm", "Storm")
"""Words before a named storm ("Hurricane Melissa", "Typhoon Haiyan", "Storm Ciaran"): the storm is
an EVENT, as OntoNotes labels it, not the person or product the model reads in its name."""
_STORM = re.compile(
    r"(?<![\w-])(?:" + alternation(STORM_WORDS) + r")[ \t]+[A-Z][a-z]+(?![\w'-])(?!’)(?![ \t]+(?:"
    + alternation(WEAPON_NOUNS) + r")\b)"
)
"""A storm word and a capitalised name, not before a weapon noun ("Storm Shadow missiles")."""
_STORM_KEYS = leading_words(STORM_WORDS)
"""The index words a storm word opens with: where the document holds none, `_STORM` matches nowhere."""


def competition_end(text: str, demonym_end: int) -> int | None:
    """Where the competition a demonym opens ends ("Australian" + " Open"), or None."""
    tail = _AFTER_DEMONYM.match(text, demonym_end)
    return tail.end() if tail and "\n" not in tail.group() else None


def _widened(m: Mention, text: str, lines: LineMap) -> tuple[int, int]:
    """The span of an event once a demonym takes its competition words, or a place on a prose
    line its tournament word ("U.S." + " Open")."""
    s, e = m.start, m.end
    if m.label == "NORP" and (end := competition_end(text, e)) is not None:
        e = end
    elif m.label == "GPE" and lines.kind(s) == PROSE and (tail := _AFTER_PLACE.match(text, e)) is not None:
        e = tail.end()
    return s, e


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        t = m.text(text)
        if m.label in _RELABEL and _EVENT_TAIL.search(t):
            m.label = "EVENT"
    index = SpanIndex(mentions)
    for m in list(index):
        s, e = _widened(m, text, lines)
        if (s, e) == (m.start, m.end):
            continue
        index.replace(Mention(s, e, "EVENT", "event"))
    if lines.words.has_any(_STORM_KEYS):
        _add_storms(index, text)
    return list(index)


def _add_storms(index: SpanIndex, text: str) -> None:
    """ "Hurricane Melissa": one EVENT in place of the mentions inside it ("Melissa" PERSON)."""
    for storm in _STORM.finditer(text):
        index.take_in(Mention(storm.start(), storm.end(), "EVENT", "event"))
