"""A lone given name (or two: "Maria Fernanda") the model read as a PERSON, right before a
capitalised word it left out, is the start of a full name: "Prime Minister Romano Prodi" ("Romano" PERSON, "Prodi" missed),
"a tie and Shawn Estes came", "Kim In-so". The two are one PERSON, which then teaches the
document-level memory (`names.py`) the surname.

The given name is one the first-name table knows (`repair.is_given_name`: never a title); the
word after it is on the same line after one space, capitalised, and no function word, month or
weekday, country, nor the start of another mention ("Maria Monday" no; "told Maria Kenya" no).
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.countries import country_code, is_demonym
from .index import SpanIndex
from .junk import never_a_name
from .lines import PROSE, LineMap
from .mention import Mention
from .repair import is_given_name

_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]{1,20}(?:-[A-Za-z][a-z]{0,20})?)(?![\w'’-]|\.\w)")
"""One space and a capitalised word, maybe hyphenated ("Estes", "In-so"), ending there."""


def _surname(word: str) -> bool:
    """A word that may be a surname: no function word, calendar word, country or demonym."""
    return not (never_a_name(word) or word in CALENDAR_NAMES or country_code(word) or is_demonym(word))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    lone = [m for m in mentions if m.label == "PERSON" and m.text(text).count(" ") <= 1 and lines.kind(m.start) == PROSE]
    if not lone:
        return mentions
    index = None
    for m in lone:
        after = _SURNAME_AFTER.match(text, m.end)
        if after is None or not _surname(after.group(1)) or not all(map(is_given_name, m.text(text).split(" "))):
            continue
        index = index or SpanIndex(mentions)
        if index.any_overlap(after.start(1), after.end(1)):
            continue
        index.take_in(Mention(m.start, after.end(1), "PERSON", "surname after"))
    return list(index) if index else mentions
