"""A people, ethnic group or faith is NORP: "Hutu rebels", "the Chechens", "Druze leaders".

The model reads such words as people, places or bodies ("Hutu" PERSON, "Chechens" GPE). A
one-word mention listed in `lexicon.peoples.PEOPLES` is NORP whatever it was typed, unless a
title comes right before it ("Mr Tamil"); an occurrence on a prose line that no mention covers
and that opens no longer name is added (no capitalised word after it, on its line or the
next: "Hutu rebels", but not "Hutu Power", nor an "Arab" ending a wrapped line before
"Banking Corp").
"""

from __future__ import annotations

import re

from ..lexicon import alternation, starts_with_one_of
from ..lexicon.peoples import PEOPLES
from ..lexicon.titles import HONORIFICS
from .index import SpanIndex, at_words, leading_words
from .lines import PROSE, LineMap
from .mention import Mention

_PEOPLE = re.compile(starts_with_one_of(PEOPLES) + r"(?<![\w'-])(?<!’)(?:" + alternation(PEOPLES) + r")(?![\w'-])(?!’)(?!\s+[A-Z])")
_PEOPLE_KEYS = leading_words(PEOPLES)
"""The index words a people's name opens with: a match starts at one (`index.at_words`)."""
_TITLE_BEFORE = re.compile(r"\b(?:" + alternation(HONORIFICS) + r")\.?[ \t]+$")


def _titled(start: int, text: str) -> bool:
    return bool(_TITLE_BEFORE.search(text, max(0, start - 12), start))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(PEOPLES):
        return mentions  # most stories name none: one set test on the index, no scan
    for m in mentions:
        if m.label != "NORP" and m.text(text) in PEOPLES and not _titled(m.start, text):
            m.label, m.origin = "NORP", "peoples"
    index = SpanIndex(mentions)
    for hit in at_words(_PEOPLE, _PEOPLE_KEYS, text, lines.words):
        s, e = hit.span()
        if lines.kind(s) == PROSE and not index.any_overlap(s, e) and not _titled(s, text):
            index.add(Mention(s, e, "NORP", "peoples"))
    return list(index)
