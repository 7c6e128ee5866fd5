"""A body's name, "of" and a place are one organisation: "Law Society of Kenya", "Reserve Bank
of India", "Clinical Research Unit of Nanoro".

The small model sometimes ends the organisation before "of" and reads the place after it apart
("Law Society" ORG + "Kenya" GPE). Where an ORG of two words or more ends in a body's head word
(`lexicon.organisations.BODY_OF_PLACE_HEADS`: "Society", "Bank", "Unit", "Court" ...) and is
followed on the same line by " of " and a GPE mention, the two become one ORG. A one-word ORG
("Bank of Kenya" aside) and a place reached through "the" ("Society of the Kenya ...") are
left alone.
"""

from __future__ import annotations

from ..lexicon.organisations import BODY_OF_PLACE_HEADS
from .lines import PROSE, LineMap
from .mention import Mention, join_neighbours


def _joins(body: Mention, place: Mention, text: str, lines: LineMap) -> bool:
    """`body` is an ORG ending in a head word and `place` a GPE right after " of "."""
    name = body.text(text)
    return (
        body.label == "ORG" and place.label == "GPE" and " " in name
        and name.rsplit(" ", 1)[1].lower() in BODY_OF_PLACE_HEADS
        and text[body.end : place.start] == " of " and lines.kind(body.start) == PROSE
    )


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if " of " not in text:
        return mentions
    return join_neighbours(mentions, lambda first, second: _joins(first, second, text, lines), "ORG", "body_of_place")
