"""A capitalised type noun opening a sentence is no part of the name after it, and types it:
"Supplier Foxconn will assemble" names the ORG "Foxconn", not the person "Supplier Foxconn".

The model reads such a pair as one name, most often a PERSON (a capitalised word before a
surname-like one). A PERSON, GPE or NORP mention opening with a type noun of
`lexicon.organisations.ORG_DESCRIPTORS` ("Chipmaker", "Supplier", "Refiner") and a capitalised
word after it becomes the ORG of the words after the noun; the name memory then finds the
name's other occurrences. ORG mentions lose the noun in `spans.without_titles`.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.organisations import ORG_DESCRIPTORS
from .lines import LineMap
from .mention import Mention

_DESCRIPTOR = re.compile(r"(?:" + alternation(ORG_DESCRIPTORS) + r")[ \t]+(?=[A-Z])")
_RELABELLED = frozenset({"PERSON", "GPE", "NORP"})


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    out = []
    for m in mentions:
        d = _DESCRIPTOR.match(text, m.start, m.end) if m.label in _RELABELLED else None
        out.append(Mention(d.end(), m.end, "ORG", "descriptors") if d and d.end() < m.end else m)
    return out
