"""Political parties are organisations, their members as a group a people, never a person.

The small model reads "Labour", "Lib Dems" or "Democrats" as a person in about one story in
ten where they occur. A mention whose text is in the lexicon's party lists takes the
lexicon's label: ORG for a party ("Labour", "the Conservatives"), NORP for its members as a
group ("Lib Dems", "Democrats"), as OntoNotes labels them. A model ORG or NORP reading is
kept (both are fair for "the Greens"); any other label gives way.
"""

from __future__ import annotations

from ..lexicon.organisations import party_label
from .lines import LineMap
from .mention import Mention

_KEPT = frozenset({"ORG", "NORP"})


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        label = party_label(m.text(text))
        if label is not None and m.label not in _KEPT:
            m.label = label
            m.origin = "party"
    return mentions
