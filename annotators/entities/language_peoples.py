"""A language's name before a noun is a people's adjective: "Filipino boxer Manny Ramos",
"a Spanish bank" are NORP, not LANGUAGE.

The small model reads some demonyms that are also languages ("Filipino", "English",
"Spanish", "French") as the language wherever they stand. OntoNotes labels the language only
where the text speaks of it ("in Filipino", "Filipino speakers", "an English translation").
A model LANGUAGE mention that is a demonym, right before a lowercase word that is none of
`lexicon.peoples.LANGUAGE_NOUNS` and not after "in", "into", "from" or "speak(s)", becomes NORP.
"""

from __future__ import annotations

import re

from ..lexicon.countries import is_demonym
from ..lexicon.peoples import LANGUAGE_NOUNS
from .lines import LineMap
from .mention import Mention

_NOUN_AFTER = re.compile(r" ([a-z][a-z-]+)\b")
"""One space and a lowercase word after the language's name."""
_LANGUAGE_BEFORE = re.compile(r"(?:\b(?:in|into|from|speaks?|spoke|speaking|learn|learning|fluent)|[Ii]n) $")
"""The words before a language spoken of: "in Filipino", "speaks English"."""
_WINDOW = 12


def _adjective(m: Mention, text: str) -> bool:
    """The LANGUAGE mention stands before a noun and not after a word of speaking."""
    after = _NOUN_AFTER.match(text, m.end)
    if after is None or after.group(1) in LANGUAGE_NOUNS or after.group(1).split("-")[-1] in LANGUAGE_NOUNS:
        return False
    return _LANGUAGE_BEFORE.search(text, max(0, m.start - _WINDOW), m.start) is None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if m.label == "LANGUAGE" and is_demonym(m.text(text)) and _adjective(m, text):
            m.label, m.origin = "NORP", "language_peoples"
    return mentions
