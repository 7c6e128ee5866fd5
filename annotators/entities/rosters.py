"""Rosters: a comma list of full names in which most are people names them all people.

Team sheets and lists of players run "Austria: Eva Lind, Otto Brandl, Karl Sieber, Ilse Kern"
and the model reads most of the names as people but a few as places or organisations. When at
least half of a list's names are already PERSON , every full
name of the list is a person. Countries in the list ("Italy (Ana Rossi, ...") are left alone.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..lexicon import alternation
from ..lexicon.countries import country_code
from ..lexicon.names import SURNAME_PARTICLES
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

_WORD = r"[A-Z][\w'’-]*"
_NAME = rf"{_WORD}(?: (?:{alternation(SURNAME_PARTICLES)})){{0,2}}(?: {_WORD}){{1,3}}"
"""A full name of two to four capitalised words, particles allowed ("Aravinda de Silva")."""
_ROSTER = re.compile(rf"(?=[A-Z])(?<![\w'.-])(?<!’)(?<![\w'’.-] )({_NAME})(?:, {_NAME}){{3,}}(?![\w'-])(?!’)")
"""Four or more full names separated by commas: "Eva Lind, Otto Brandl, Karl Sieber, Ilse Kern".
(?=[A-Z]) first: the scan skips positions without a capital fast; matches unchanged."""
_ITEM = re.compile(_NAME)
MIN_PERSON_SHARE = 0.5
"""The share of a list's names the model must already read as people."""


def _items(text: str, m: re.Match) -> list[tuple[int, int]]:
    """The (start, end) of each name of one matched list."""
    out, pos = [], m.start()
    while pos < m.end():
        item = _ITEM.match(text, pos, m.end())
        if item is None:
            break
        out.append((item.start(), item.end()))
        pos = item.end() + 2  # past ", "
    return out


def _labels(index: SpanIndex, s: int, e: int) -> set[str]:
    return {m.label for m in index.overlapping(s, e)}


def _lists(text: str, lines: LineMap) -> Iterator[re.Match[str]]:
    """`_ROSTER.finditer(text)`, scanned only on the lines holding three ", " (a list of four
    names holds them, and stays on its line: no line break is in its characters)."""
    for ln in lines.lines_holding(", "):
        if text.count(", ", ln.start, ln.end) >= 3:
            yield from _ROSTER.finditer(text, ln.start, ln.end)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    """Make every full name of a mostly-PERSON comma list a PERSON."""
    index: SpanIndex | None = None  # built at the first list: most stories hold none
    for m in _lists(text, lines):
        index = SpanIndex(mentions) if index is None else index
        items = [(s, e) for s, e in _items(text, m) if not country_code(text[s:e])]
        labels = [_labels(index, s, e) for s, e in items]
        people = sum(1 for ls in labels if ls == {"PERSON"})
        if not items or people < MIN_PERSON_SHARE * len(items):
            continue
        for s, e in items:
            index.replace(Mention(s, e, "PERSON", "roster"))
    return mentions if index is None else list(index)
