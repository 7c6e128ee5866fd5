"""News agencies, outlets, platforms, international bodies and legislatures are ORG.

The small model reads "Truth Social" as a facility, "Lok Sabha" as a person and misses
"TASS" or "WHO" in running text. A mention whose text is in the lexicon's lists
(`lexicon.organisations`: OUTLETS, BODIES) becomes ORG, and every other occurrence of a
listed name on a line that is not all capitals ("WHO" there is the pronoun) is added as
ORG where no mention covers it and no capitalised word follows that would make it part of a
longer name ("the WHO Pandemic Agreement"; a title may follow: "WHO Director-General"). The platforms X and Threads are added only where their context says so
("posted on X", "an X post", "a video on Threads"). A listed word that is part of a person's name in the
document ("Michael Bloomberg") is left to the name rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon.organisations import BODIES, CONTEXT_PLATFORM_NAMES, CONTEXT_PLATFORMS, OUTLETS, is_outlet_or_body
from ..lexicon.titles import TITLES_BEFORE_NAMES
from .index import NamesByFirstWord, SpanIndex
from .lines import CAPS, LineMap
from .mention import Mention
from .names import find_all, person_words


_NEXT_WORD = re.compile(r" ([A-Z][\w'’]*)")


def opens_longer_name(text: str, end: int) -> bool:
    """A capitalised word follows that is no title: the listed name opens a longer one
    ("WHO Pandemic Agreement", "BBC Radio"), unlike "WHO Director-General"."""
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt) and nxt.group(1) not in TITLES_BEFORE_NAMES


_LISTED = NamesByFirstWord(OUTLETS | BODIES)
"""The listed outlets and bodies, looked for by their first word."""


def _occurrences(text: str, lines: LineMap) -> Iterator[tuple[int, int]]:
    """(start, end) of listed names and of the platform X, outside all-caps lines and not
    opening a longer name. A name whose first word the text lacks is not looked for."""
    for name in _LISTED.in_text(lines.words):
        for s, e in find_all(name, text, lines.words):
            if lines.kind(s) != CAPS and not opens_longer_name(text, e):
                yield s, e
    if not lines.words.has_any(CONTEXT_PLATFORM_NAMES):
        return  # the platform is the word "X" or "Threads", a word of the index wherever the pattern finds it
    for m in CONTEXT_PLATFORMS.finditer(text):
        group = 1 if m.group(1) else 2
        if lines.kind(m.start(group)) != CAPS:
            yield m.span(group)


def _context_platform_spans(text: str, lines: LineMap) -> set[tuple[int, int]]:
    """Where the context makes "X" or "Threads" the platform ("a post on X"), whatever label
    the model gave (the name is a word of the index wherever the pattern finds it)."""
    if not lines.words.has_any(CONTEXT_PLATFORM_NAMES):
        return set()
    return {m.span(1 if m.group(1) else 2) for m in CONTEXT_PLATFORMS.finditer(text)}


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    people = person_words(mentions, text)
    platforms = _context_platform_spans(text, lines)
    for m in mentions:
        t = m.text(text)
        if m.label != "ORG" and (is_outlet_or_body(t) and t not in people or (m.start, m.end) in platforms):
            m.label = "ORG"
            m.origin = "outlet"
    index = SpanIndex(mentions)
    for s, e in _occurrences(text, lines):
        if text[s:e] not in people and not index.any_overlap(s, e):
            index.add(Mention(s, e, "ORG", "outlet"))
    return list(index)
