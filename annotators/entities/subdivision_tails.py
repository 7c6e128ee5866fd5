"""A mention that stops short of a state's name grows to it: "Andhra" + " Pradesh" is the GPE
"Andhra Pradesh", "Tamil" (NORP) + " Nadu" the GPE "Tamil Nadu".

The small model sometimes labels only the first word of a two- or three-word state or province
and leaves the rest out ("Andhra Pradesh Chief Minister ..." gives "Andhra"). Where a mention
and the one or two capitalised words right after it (one space apart, on its line) make a
country or a country's subdivision (`lexicon.countries`), the whole is one GPE; mentions inside
it give way, one reaching outside keeps its words.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_subdivision
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

_WORDS_AFTER = re.compile(r"( [A-Z][a-z]+)( [A-Z][a-z]+)?(?![\w'’-])")
"""One or two capitalised words right after a mention (" Pradesh", " South Wales")."""
_GROWN = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"})


def _place_end(m: Mention, text: str) -> int | None:
    """Where the country or subdivision that `m` opens ends, or None."""
    after = _WORDS_AFTER.match(text, m.end)
    if after is None:
        return None
    name = m.text(text)
    for end in (after.end(2), after.end(1)) if after.group(2) else (after.end(1),):
        whole = name + text[m.end : end]
        if is_subdivision(whole) or country_code(whole):
            return end
    return None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    index = None
    for m in list(mentions):
        if m.label not in _GROWN or " " in m.text(text) and m.label != "GPE":
            continue
        end = _place_end(m, text)
        if end is None:
            continue
        index = index or SpanIndex(mentions)
        index.take_in(Mention(m.start, end, "GPE", "subdivision_tails"))
    return list(index) if index else mentions
