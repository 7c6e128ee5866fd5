"""A competition's name goes on over "of" and the sport or the people it is for: "the World
Series of Golf", "the African Cup of Nations", "the Tour of Kelmar" are one EVENT.

The model stops at "of" ("World Series"). An EVENT mention ending in a competition word
(`events.EVENT_WORDS`, "Tour") right before " of " and one or two capitalised words, on the
same line, grows over them, taking the words' own mention, if any, with it; a following
capitalised word or digit-led word is no part of it ("the Cup of 2026" stays "Cup").
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from .events import EVENT_WORDS
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

_TAIL_WORD = re.compile(r"(?:^|\s)(?:" + alternation((*EVENT_WORDS, "Tour")) + r")$")
_OF_NAME = re.compile(r"[ \t]of[ \t]+[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*)?(?![\w'-])(?!’)")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    events = [m for m in mentions if m.label == "EVENT" and _TAIL_WORD.search(m.text(text))]
    if not events:
        return mentions
    index = SpanIndex(mentions)
    for m in events:
        tail = _OF_NAME.match(text, m.end)
        if tail is None:
            continue
        inside = list(index.overlapping(m.end, tail.end()))
        if any(o.end > tail.end() for o in inside):
            continue  # a longer name runs on past the tail
        for o in inside:
            index.remove(o)
        index.remove(m)
        index.add(Mention(m.start, tail.end(), "EVENT", "event_of"))
    return list(index)
