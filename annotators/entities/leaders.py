"""A leader named by surname alone is a person: "She spoke with Trump by phone", "Modi said".

The small model reads a lone surname as an organisation when the story talks trade ("Trump"
ORG), and the label then spreads over the document. The leaders the lexicon knows by surname
(`lexicon.countries.LEADERS`, which the tariffs annotator reads as their countries) are people
wherever the model typed them ORG; a place reading is left alone ("Clinton, Iowa").
"""

from __future__ import annotations

from ..lexicon.countries import LEADERS
from .lines import LineMap
from .mention import Mention


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if m.label == "ORG" and m.text(text).lower() in LEADERS and m.text(text)[:1].isupper():
            m.label = "PERSON"
            m.origin = "leaders"
    return mentions
