"""A town's name and a club word after it is a club: "Manchester City", "Leeds United",
"Bristol Rovers" are ORG, whatever the model made of them (it reads "Manchester City" as a
place, and "Stoke City" too).

The town is one the places lexicon lists (`lexicon.places.is_city`), written in one or two
Title-case words right before the club word (`lexicon.sport.CLUB_NAME_TAILS`); the pair itself
is no listed city or country ("Mexico City", "Panama City", "Cape Town" stay GPE), and a longer
mention that holds it keeps its words ("Manchester City Council"). The club's vote counts as a
table's in the name memory, so the document's other mentions of it follow.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code
from ..lexicon.places import is_city
from ..lexicon.sport import CLUB_NAME_TAILS
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

_TOWN_BEFORE = re.compile(r"(?<![\w'.-])(?<!’)([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]$")
"""One or two Title-case words and a space, right before the club word."""
_LOOK_BACK = 40


def _club_at(text: str, tail_start: int, tail: str) -> Mention | None:
    """The club "<town> <tail>" ending with the club word at `tail_start`, or None."""
    before = _TOWN_BEFORE.search(text, max(0, tail_start - _LOOK_BACK), tail_start)
    if before is None:
        return None
    words = before.group(1).split()
    for town in (" ".join(words), words[-1]) if len(words) == 2 else (words[0],):
        name = f"{town} {tail}"
        if is_city(town) and not is_city(name) and not country_code(name):
            return Mention(tail_start - len(town) - 1, tail_start + len(tail), "ORG", "table")
    return None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    tails = lines.words.present(CLUB_NAME_TAILS)
    if not tails:
        return mentions
    index = None
    for tail in sorted(tails):
        for start in lines.words.starts(tail):
            club = _club_at(text, start, tail)
            if club is None:
                continue
            index = index or SpanIndex(mentions)
            index.take_in(club)
    return mentions if index is None else list(index)
