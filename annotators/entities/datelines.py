"""Datelines ("BELGRADE 1996-08-30", "DUBAI, United Arab Emirates 1996-12-06",
"NEW DELHI, Jan 30"): the places before the date are GPE mentions."""

from __future__ import annotations

import re

from ..lexicon.datelines import DATE_AT_END
from .lines import DATELINE, LineMap
from .mention import Mention

_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for ln in lines.lines:
        if ln.kind != DATELINE:
            continue
        line = text[ln.start : ln.end]
        date = DATE_AT_END.search(line)
        head = line[: date.start()] if date else line
        for m in _PLACE.finditer(head):
            s, e = ln.start + m.start(), ln.start + m.end()
            for old in [x for x in mentions if x.overlaps(s, e)]:
                mentions.remove(old)
            mentions.append(Mention(s, e, "GPE", "dateline"))
    return mentions
