"""A body's name the model cut at its own "and" takes the words after it back: "Department of
Public Works" + "and Highways", "Ministry of Science" + "and Technology".

The model ends an agency's name before an "and" that belongs to it. An ORG made of a body's head
word, "of" and capitalised words (`lexicon.organisations.UNIT_HEADS`: "Department of Public
Works") grows over " and " and one or two capitalised words right after it, when no mention
covers those words, they name no country, people or listed city ("the Ministry of Defence and
Britain" is two names) and the next word is no capitalised one ("and Highways to publish").
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.organisations import UNIT_HEADS
from ..lexicon.places import is_city
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

_BODY_OF = re.compile(r"(?:" + alternation(UNIT_HEADS) + r") of [A-Z]")
"""A body's head word and "of" opening the mention: "Department of P"."""
_AND_TAIL = re.compile(r" and ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-]| [A-Z])")
"""" and " and one or two capitalised words, with no capitalised word or possessive after them."""


def _tail(m: Mention, text: str, index: SpanIndex) -> int | None:
    """Where the grown name ends, or None when `m` does not grow."""
    if m.label != "ORG" or not _BODY_OF.match(text, m.start, m.end):
        return None
    tail = _AND_TAIL.match(text, m.end)
    if tail is None or index.any_overlap(tail.start(1), tail.end(1)):
        return None
    words = tail.group(1)
    if any(country_code(w) or is_demonym(w) or is_city(w) for w in (words, *words.split())):
        return None
    return tail.end()


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if " and " not in text:
        return mentions
    index = SpanIndex(mentions)
    for m in mentions:
        end = _tail(m, text, index)
        if end is not None:
            index.replace(Mention(m.start, end, "ORG", "body_and"))
    return list(index)
