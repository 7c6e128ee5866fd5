"""In a story that talks sport, a town the story once names as a club is the club at its
other mentions too: "Dunmore boss Ian Brandt" makes "the pressure will be on Dunmore" and
"injury-hit Dunmore" ORG, unless that mention shows a place ("staged in Dunmore", "the city of
Dunmore", "the Dunmore area").

Runs after `names.py`, whose vote by the majority of a string's mentions turns a club read once
by `sports.py` or `club_places.py` back into the place the model read at its other mentions.
A mention is a club by a cue of its own: a side of a result (`score_sides.sides`), a club verb
before it (`sports.CLUB_BEFORE`: "beat", "joined"), a team's phrase (`sports.is_team_phrase`:
"Dunmore's lead"), a club cue before it (`lexicon.sport.CLUB_CUES_BEFORE`: "leaders", "took over
at"), a player's role or a club's part after it (`lexicon.titles.PLAYER_ROLES_AFTER_CLUB`,
`lexicon.sport.CLUB_CUES_AFTER`: "Dunmore striker", "Dunmore were") or a player's name after its
possessive ("Dunmore's Ian Brandt"). Countries and home nations stay GPE (national sides); a
"person" only when no fuller PERSON name of the document holds it and no title comes before it.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon import sport as sport_words
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.peoples import REGION_ADJECTIVES
from ..lexicon.places import FACILITY_WORDS, PLACE_KIND_NOUNS, is_city, is_home_nation, is_named_place
from ..lexicon.titles import PERSON_TITLES, PLAYER_ROLES_AFTER_CLUB
from .index import SpanIndex
from .lines import PROSE, LineMap
from .mention import Mention
from .names import person_words
from .score_sides import sides
from .sports import CLUB_BEFORE, is_team_phrase, reports_match, talks_sport

_CLUB_BEFORE = re.compile(r"\b(?:" + alternation(sport_words.CLUB_CUES_BEFORE) + r")[ \t]$", re.I)
_OPPONENT_BEFORE = re.compile(r"\b(?:" + alternation(sport_words.OPPONENT_CUES_BEFORE) + r")[ \t]$", re.I)
_CLUB_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:" + alternation(PLAYER_ROLES_AFTER_CLUB + sport_words.CLUB_CUES_AFTER) + r")\b"
)
_AGREEMENT_AFTER = re.compile(r"[ \t]+(?:" + alternation(sport_words.TEAM_AGREEMENT_AFTER) + r")\b")
_POSSESSIVE_NAME = re.compile(r"['’]s[ \t]+(?=[A-Z])")
"""A possessive before a name: "Dunmore's Ian Brandt" when a PERSON starts there."""
_PLACE_BEFORE = re.compile(r"\b(?:" + alternation(sport_words.PLACE_CUES_BEFORE) + r")[ \t](?:the[ \t])?$")
_PLACE_AFTER = re.compile(r"[ \t]+(?:" + alternation(tuple(PLACE_KIND_NOUNS) + ("area", "centre", "center")) + r")\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_SITE_AFTER = re.compile(
    r"['’]s[ \t]+(?:new[ \t]+|old[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,2}(?:" + alternation(tuple(FACILITY_WORDS)) + r")\b"
)
"""A building after a town's possessive makes the town a place: "Dunmore's new Millennium Stadium"."""
_TITLE_BEFORE = re.compile(r"\b(?:" + alternation(PERSON_TITLES) + r")\.?[ \t]$")
_TURNED = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON"})
_REACH = 24
"""Characters before a mention read for a cue (the longest cue is shorter)."""


def _before(m: Mention, text: str) -> str:
    return text[max(0, m.start - _REACH) : m.start]


def _player_after(m: Mention, text: str, people: SpanIndex) -> bool:
    """A player named in full after the name's possessive: "Dunmore's Ian Brandt"."""
    p = _POSSESSIVE_NAME.match(text, m.end)
    return bool(p) and any(
        o.start == p.end() and o.label == "PERSON" and " " in o.text(text) for o in people.overlapping(p.end(), p.end() + 1)
    )


def club_cue(m: Mention, text: str, people: SpanIndex) -> bool:
    """A cue only a club fits, whoever plays: "Dunmore boss", "leaders Dunmore", "joined Dunmore",
    "Dunmore's Ian Brandt"."""
    return bool(_CLUB_BEFORE.search(_before(m, text)) or _CLUB_AFTER.match(text, m.end) or _player_after(m, text, people))


def team_cue(m: Mention, text: str) -> bool:
    """A cue a club fits and a player of an individual sport too: "beat Dunmore", "the game
    against Dunmore", "Dunmore were beaten", "Dunmore's lead"."""
    before = _before(m, text)
    return bool(
        CLUB_BEFORE.search(before) or _OPPONENT_BEFORE.search(before) or _AGREEMENT_AFTER.match(text, m.end)
        or is_team_phrase(before, text[m.end : m.end + 20])
    )


def place_cue(m: Mention, text: str) -> bool:
    """The mention's own context names a place: "staged in Dunmore", "the city of Dunmore",
    "the Dunmore area"; not "in Dunmore's 2-0 win", the club's."""
    if _PLACE_BEFORE.search(_before(m, text)):
        return not _POSSESSIVE.match(text, m.end)
    return bool(_PLACE_AFTER.match(text, m.end) or _SITE_AFTER.match(text, m.end))


def _may_be_club(name: str) -> bool:
    """One capitalised word that is no country, home nation, people, people's adjective
    ("African") or acronym ("GB")."""
    return (
        " " not in name and name[:1].isupper() and not name.isupper() and name not in REGION_ADJECTIVES
        and not (country_code(name) or is_home_nation(name) or is_demonym(name))
    )


def _is_cued(m: Mention, name: str, text: str, people: SpanIndex, side_spans: set[tuple[int, int]]) -> bool:
    """A club by its own context: any cue for a listed town (or a county the model read as no
    person), only a club's cue or a result's side for another name (a player's surname,
    "Zarnova has lost", takes the team cues; "Kaka" is a district too)."""
    if club_cue(m, text, people):
        return True
    if is_city(name) or (m.label != "PERSON" and is_named_place(name)):
        return (m.start, m.end) in side_spans or team_cue(m, text)
    return not may_be_given_name(name) and (m.start, m.end) in side_spans


def club_names(mentions: list[Mention], text: str, lines: LineMap) -> set[str]:
    """One-word names that some prose mention shows as a club."""
    side_spans = set(sides(text))
    words = person_words(mentions, text)
    people = SpanIndex(m for m in mentions if m.label == "PERSON")
    found = set()
    for m in mentions:
        name = m.text(text)
        if m.origin == "dateline" or lines.kind(m.start) != PROSE or not _may_be_club(name) or name in words:
            continue
        if name not in found and _is_cued(m, name, text, people, side_spans):
            found.add(name)
    return found


def _titled(name: str, mentions: list[Mention], text: str) -> bool:
    return any(m.text(text) == name and _TITLE_BEFORE.search(text, max(0, m.start - 12), m.start) for m in mentions)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not mentions or not (talks_sport(text, lines.words) or reports_match(text, lines.words)):
        return mentions
    clubs = {n for n in club_names(mentions, text, lines) if not _titled(n, mentions, text)}
    if not clubs:
        return mentions
    for m in mentions:
        if m.label in _TURNED and m.origin != "dateline" and m.text(text) in clubs:
            if not place_cue(m, text):
                m.label = "ORG"
    return mentions
