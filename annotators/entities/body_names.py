"""A name of several words ending in a word that only a body's name ends in is an organisation.

The model reads "Asia-Pacific Economic Cooperation" as a facility and "Gulf Cooperation Council"
now and then as a place; the last word settles it (`lexicon.organisations.BODY_ONLY_TAILS`:
"Cooperation", "Organisation", "Council", "Commission", "Agency" ...). One-word mentions keep
their label: "Council" alone may be a person's surname.
"""

from __future__ import annotations

from ..lexicon.organisations import BODY_ONLY_TAILS
from .lines import LineMap
from .mention import Mention

_RELABELLED = frozenset({"FAC", "LOC", "GPE", "PERSON", "NORP", "PRODUCT"})


def names_a_body(name: str) -> bool:
    """Several words, the last of them a body-only tail ("Asia-Pacific Economic Cooperation")."""
    words = name.split()
    return len(words) > 1 and words[-1] in BODY_ONLY_TAILS


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if m.label in _RELABELLED and names_a_body(m.text(text)):
            m.label, m.origin = "ORG", "body_names"
    return mentions
