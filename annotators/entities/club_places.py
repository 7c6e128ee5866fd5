"""In a story that talks sport, a town that a player joins, plays for or captains is its club:
"joined Harrow for 15 million pounds", "the former Kelmar skipper", "his Harrow team mate",
"Harrow's Ian Brandt was picked" (ORG).

`sports.py` reads such cues in stories with results; transfer and selection stories often have
none, though they talk sport (`sports.talks_sport`). There a place mention (GPE, LOC, FAC, or
a PERSON that is a listed town: "beating Samara" may name a runner) that is no country nor
home nation (national sides stay GPE) becomes ORG
after a club verb (`sports.CLUB_BEFORE`: "joined", "played for", "transferred to") or before
a player's role (`lexicon.titles.PLAYER_ROLES_AFTER_CLUB`) or a player's name after its
possessive ("Harrow's Ian Brandt"), and its vote counts as a table's in the name memory, so
the document's other mentions of it follow.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import country_code
from ..lexicon.places import is_home_nation, is_named_place
from ..lexicon.titles import PLAYER_ROLES_AFTER_CLUB
from .lines import PROSE, LineMap
from .mention import Mention
from .sports import CLUB_BEFORE, is_sports, talks_sport

_ROLE_AFTER = re.compile(r"[ \t]+(?:" + alternation(PLAYER_ROLES_AFTER_CLUB) + r")\b")
_PLAYER_AFTER = re.compile(r"['’]s[ \t]+[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _club_cue(m: Mention, text: str) -> bool:
    before = text[max(0, m.start - 20) : m.start]
    return bool(CLUB_BEFORE.search(before) or _ROLE_AFTER.match(text, m.end) or _PLAYER_AFTER.match(text, m.end))


def _may_be_club(m: Mention, text: str, lines: LineMap) -> bool:
    name = m.text(text)
    place = m.label in _PLACE_LABELS or (m.label == "PERSON" and is_named_place(name))
    if not place or lines.kind(m.start) != PROSE or country_code(name) or is_home_nation(name):
        return False
    return _club_cue(m, text)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if is_sports(text, lines.words) or not talks_sport(text, lines.words):
        return mentions  # stories with results are read by sports.py (both tests are asked of every story anyway)
    clubs = [m for m in mentions if _may_be_club(m, text, lines)]
    if not clubs:
        return mentions
    for m in clubs:
        m.label, m.origin = "ORG", "table"  # a strong vote, as sports.py gives
    return mentions
