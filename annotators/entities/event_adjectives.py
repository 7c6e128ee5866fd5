"""A competition named by its adjective is an EVENT: "Olympic champion Ana Vela", "a
Paralympic sprinter" (`lexicon.events.EVENT_ADJECTIVES`).

The model reads such a word as a facility or a place ("Olympic" FAC) or misses it. Where it
stands alone, with no capitalised word after it (so "Olympic Stadium" and "International
Olympic Committee" are left to their own names) and no mention longer than itself over it,
it is one EVENT mention, found where the model missed it too.
"""

from __future__ import annotations

import re

from ..lexicon import alternation, starts_with_one_of
from ..lexicon.events import EVENT_ADJECTIVES
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

_ALONE = re.compile(starts_with_one_of(EVENT_ADJECTIVES) + r"(?<![\w'-])(?<!’)(?:" + alternation(EVENT_ADJECTIVES) + r")(?![\w'-])(?!’)(?![ \t]+[A-Z])")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(EVENT_ADJECTIVES):
        return mentions
    index = SpanIndex(mentions)
    for hit in _ALONE.finditer(text):
        s, e = hit.span()
        over = list(index.overlapping(s, e))
        if any(m.start != s or m.end != e for m in over):
            continue  # part of a longer name
        for m in over:
            index.remove(m)
        index.add(Mention(s, e, "EVENT", "event_adjectives"))
    return list(index)
