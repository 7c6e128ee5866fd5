"""A holiday's name is an EVENT, never a person: "Martin Luther King Jr. Day", "Columbus Day".

The model reads a holiday named after someone as that person ("Martin Luther King Jr. Day"
PERSON), and the name memory would then find "Day" as the person's surname elsewhere. A mention
whose whole text is a holiday of the calendar lexicon (`lexicon.calendar.HOLIDAY_NAMES`: fixed,
n-th weekday, Easter and Thanksgiving holidays, and the lunisolar ones: "Hanukkah", "Diwali") is
an EVENT; this runs before the name memory.
"""

from __future__ import annotations

from ..lexicon.calendar import HOLIDAY_NAMES, LUNISOLAR_HOLIDAYS
from .lines import LineMap
from .mention import Mention

_HOLIDAYS = frozenset(HOLIDAY_NAMES) | frozenset(LUNISOLAR_HOLIDAYS)
_RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def is_holiday(name: str) -> bool:
    """The name of a holiday, in any case ("MLK Day", "CHRISTMAS DAY")."""
    return " ".join(name.split()).lower() in _HOLIDAYS


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if m.label in _RELABELLED and is_holiday(m.text(text)):
            m.label, m.origin = "EVENT", "holidays"
    return mentions
