"""A building or site named after a preposition of place is a facility: "at the Kelmar Tennis
Centre", "in Harrow's Central Clinical Hospital", "behind the Lilac Court Motel" (FAC).

The model reads such names as the bodies that run them (ORG) or as people. A mention typed ORG
or PERSON whose last word is a facility word (`lexicon.places.FACILITY_WORDS`) and that comes
right after "at", "in", "into", "inside", "outside", "near", "behind" or "to" (the article or a
possessive place between them allowed: "at the", "in Harrow's") is a FAC there, unless a
role or work word before the preposition makes it a workplace ("a director at the Harrow
Policy Centre"); elsewhere ("Harrow Hospital said it") the body keeps its label.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.places import FACILITY_WORDS
from ..lexicon.titles import AFFILIATION_ROLES, ROLE_NOUNS_BEFORE_NAME, SPEAKER_ROLE_WORDS
from .lines import PROSE, LineMap
from .mention import Mention

_AT_PLACE = re.compile(
    r"(?:(\w+)[ \t]+)?(?<![\w-])(?:at|in|into|inside|outside|near|behind|to)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w.-]*['’]s[ \t]+)?$"
)
_WORKPLACE_BEFORE = frozenset(ROLE_NOUNS_BEFORE_NAME | set(SPEAKER_ROLE_WORDS) | set(AFFILIATION_ROLES)) | {
    "fellow", "researcher", "scientist", "student", "works", "worked", "working", "job", "post",
}
"""Words before "at" that make the name a workplace, a body: "a director at the European Policy
Centre", "a fellow at the Harrow Centre"."""
_FACILITY_END = re.compile(r"[ \t](?:" + alternation(FACILITY_WORDS) + r")$")


def is_facility_here(m: Mention, text: str) -> bool:
    """A name ending in a facility word right after a preposition of place, not a workplace."""
    if not _FACILITY_END.search(m.text(text)):
        return False
    at = _AT_PLACE.search(text, max(0, m.start - 60), m.start)
    return bool(at) and (at.group(1) or "").lower() not in _WORKPLACE_BEFORE


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if m.label in ("ORG", "PERSON") and lines.kind(m.start) == PROSE and is_facility_here(m, text):
            m.label, m.origin = "FAC", "facilities"
    return mentions
