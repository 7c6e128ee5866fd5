"""An East Asian surname before a hyphenated given name is a person: "Son Heung-min", "Kim
Min-jae", "Lai Ching-te".

The small model misses some such names, most often where the surname is also an English word
("Son", "Moon", "Park") or reads one as a place or a club. The shape is unambiguous: a surname
of `lexicon.names.EAST_ASIAN_SURNAMES`, one space, and a capitalised syllable joined by a hyphen
to a lowercase one, each a romanised syllable ("Heung-min"; not "Moon Base-camp", not "Kim Jong
Un", which the model finds).
The mentions inside it give way ("Son" GPE); one reaching outside keeps its words ("John Lee
Ka-chiu"). Runs before `names.py`, so that the surname named alone joins the full name.
"""

from __future__ import annotations

import re

from ..lexicon.names import EAST_ASIAN_SURNAMES, HYPHEN_NAME_PIECE_MAX
from .index import SpanIndex
from .lines import PROSE, LineMap
from .mention import Mention

_GIVEN = re.compile(r"[A-Z][a-z]+ ([A-Z][a-z]{1,%d}-[a-z]{2,%d})(?![\w'’-])" % (HYPHEN_NAME_PIECE_MAX, HYPHEN_NAME_PIECE_MAX))
"""A surname, one space and a hyphenated given name ending there ("Son Heung-min")."""
_SYLLABLE = re.compile(r"(?:ch|hs|kk|ng|ph|sh|ss|th|ts|tt|pp|jj|[bcdfghjklmnprstwxyz])?[wy]?[aeiou]{1,3}(?:ng|[nmklptrh])?")
"""One romanised Korean or Chinese syllable: an onset, a glide, vowels and a final consonant
("heung", "myung", "yeol", "ching", "ih"); "Base-camp" and "In-Law" are no two of them."""


def _romanised(given: str) -> bool:
    """Each piece of the hyphenated given name is one syllable."""
    return all(_SYLLABLE.fullmatch(piece) for piece in given.lower().split("-"))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    starts = lines.words.starts_of(EAST_ASIAN_SURNAMES)
    if not starts:
        return mentions
    index = SpanIndex(mentions)
    for start in starts:
        found = _GIVEN.match(text, start)
        if found is None or lines.kind(start) != PROSE or text[start:found.start(1) - 1] not in EAST_ASIAN_SURNAMES \
                or not _romanised(found.group(1)):
            continue
        if any(m.start == start and m.end == found.end() and m.label == "PERSON" for m in index.overlapping(start, found.end())):
            continue
        index.take_in(Mention(start, found.end(), "PERSON", "hyphen_given"))
    return list(index)
