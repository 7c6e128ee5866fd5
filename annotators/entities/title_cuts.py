"""A mention that swallowed the first word of a title after it loses that word: "Pakistani
Prime" + " Minister Shehbaz Sharif" gives "Pakistani" (NORP).

The small model sometimes ends a mention inside a two-word title ("Ethiopian Prime", "Kenyan
Vice" before "President"), most often right after a dateline. Where a mention's last word and
the capitalised word after it make a title (`TITLE_OPENERS` before a title of
`TITLES_BEFORE_NAMES`: "Prime Minister", "Vice President", "Foreign Minister"), the last word is
cut off; what is left is a NORP when it is a people's adjective and a GPE when a country.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_demonym
from ..lexicon.titles import TITLE_OPENERS, TITLES_BEFORE_NAMES
from .lines import LineMap
from .mention import Mention

_LAST_WORD = re.compile(r" ([A-Z][a-z]+)$")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")


def _cut(m: Mention, text: str) -> Mention | None:
    """The mention without a title's first word at its end, or None where it has none."""
    last = _LAST_WORD.search(text, m.start, m.end)
    if last is None or last.group(1) not in TITLE_OPENERS:
        return None
    after = _NEXT_WORD.match(text, m.end)
    if after is None or after.group(1) not in TITLES_BEFORE_NAMES:
        return None
    rest = text[m.start : last.start()]
    label = "NORP" if is_demonym(rest) else "GPE" if country_code(rest) else m.label
    return Mention(m.start, last.start(), label, "title_cut")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    return [_cut(m, text) or m for m in mentions]
