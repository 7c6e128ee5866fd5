"""A sentence's capitalised first word is no part of the place after it: "Neighbouring Ivory
Coast is expected to ..." names "Ivory Coast", not "Neighbouring Ivory Coast".

The model reads the capitalised adjective opening a sentence into the place's name. A GPE or
NORP mention opening a sentence whose whole text names no listed place, but whose words after
its first one do (a country, a listed city or a region: `place_compounds.is_place`), and whose
first word is a dictionary word, loses that word. A compass or position word, first or
after it, stays: it is part of a region's name ("Southern California", "Far East":
`lexicon.places.POSITION_ADJECTIVES`); a LOC is a region's name whole.
"""

from __future__ import annotations

from ..lexicon.places import POSITION_ADJECTIVES
from .junk import sentence_initial
from .lexicon import is_dictionary_form
from .lines import LineMap
from .mention import Mention
from .place_compounds import is_place

_RELABELLED = frozenset({"GPE", "NORP"})
_NO_PLACES: frozenset[str] = frozenset()


def _without_adjective(m: Mention, text: str) -> Mention | None:
    """The mention without its opening adjective, or None when it keeps its words."""
    name = m.text(text)
    first, _, rest = name.partition(" ")
    if not rest or not is_dictionary_form(first) or POSITION_ADJECTIVES.intersection((first.lower(), rest.lower())):
        return None
    if is_place(name, _NO_PLACES) or not is_place(rest, _NO_PLACES) or not sentence_initial(text, m.start):
        return None
    return Mention(m.start + len(first) + 1, m.end, "GPE", "leading_adjectives")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    out = []
    for m in mentions:
        cut = _without_adjective(m, text) if m.label in _RELABELLED and " " in m.text(text) else None
        out.append(cut or m)
    return out
