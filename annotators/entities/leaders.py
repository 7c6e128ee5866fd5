"""A leader named by surname alone is a person: "She spoke with Trump by phone", "Modi said".

The small model reads a lone surname as an organisation when the story talks trade ("Trump"
ORG), and the label then spreads over the document. The leaders the lexicon knows by surname
(`lexicon.countries.LEADERS`, which the tariffs annotator reads as their countries) are people
wherever the model typed them ORG, or GPE where the name is no place ("Indonesia's Prabowo"); a
place reading is left alone ("Clinton, Iowa").
"""

from __future__ import annotations

import re

from ..lexicon.countries import LEADERS
from ..lexicon.places import is_named_place
from .lines import LineMap
from .mention import Mention


_PLACE_AFTER = re.compile(r",[ \t]+[A-Z]")
"""A state or country after a comma: "Clinton, Iowa"."""


def _read_as_a_place(m: Mention, text: str) -> bool:
    """A GPE reading that names a place: a listed city, state or country, or a name with its
    state or country after a comma ("Clinton, Iowa")."""
    name = m.text(text)
    return bool(is_named_place(name) or _PLACE_AFTER.match(text, m.end))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if m.label not in ("ORG", "GPE") or not m.text(text)[:1].isupper() or m.text(text).lower() not in LEADERS:
            continue
        if m.label == "ORG" or not _read_as_a_place(m, text):
            m.label = "PERSON"
            m.origin = "leaders"
    return mentions
