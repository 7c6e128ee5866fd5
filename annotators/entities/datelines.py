"""Datelines ("BELGRADE 1996-08-30", "DUBAI, United Arab Emirates 1996-12-06",
"NEW DELHI, Jan 30"): the places before the date are GPE mentions."""

from __future__ import annotations

import re

from ..lexicon.datelines import DATE_AT_END
from .index import SpanIndex
from .lines import DATELINE, LineMap
from .mention import Mention

_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    index = SpanIndex(mentions)
    for ln in lines.lines:
        if ln.kind != DATELINE:
            continue
        line = text[ln.start : ln.end]
        date = DATE_AT_END.search(line)
        head = line[: date.start()] if date else line
        for m in _PLACE.finditer(head):
            s, e = ln.start + m.start(), ln.start + m.end()
            for old in list(index.overlapping(s, e)):
                index.remove(old)
            index.add(Mention(s, e, "GPE", "dateline"))
    return list(index)
