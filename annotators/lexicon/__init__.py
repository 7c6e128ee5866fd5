"""The knowledge layer: every word list the annotators share, one module per kind of knowledge.

`calendar` (months, weekdays, seasons, holidays, number and unit words), `titles` (titles,
honorifics, role words), `speech` (speech, writing and cognition cues), `countries` (names,
short forms, demonyms, capitals, leaders, agencies), `places` (cities and the home nations),
`organisations` (organisation nouns, parties, outlets), `peoples` (peoples, groups, faiths),
`events` (competition adjectives), `names` (surname particles, name shapes), `firstnames` (given names),
`function_words` (closed-class words, modals, subordinators), `sport` (sports words, result
verbs), `tariff_words` (tariff words and their near-misses), `datelines` (dateline patterns,
agency credits), `wire_tables` (wire-table row heads) and `headlines` (the one all-caps
headline test). Word lists are data (tuples, frozensets, dicts); a regex is compiled
from them once, at import, so a new spelling is one edit that reaches every annotator.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex group body matching any of `words` literally, longest first (so "Sept" wins over "Sep")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def starts_with_one_of(words: Iterable[str]) -> str:
    """A look-ahead admitting only positions where one of `words` can start ("(?=[MP])" for
    "Mr", "PM"). Put before a pattern that must open with one of them, it lets a scan skip
    the other positions fast without changing any match."""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


_FOLDED_APART = ("\u0130", "\u0131", "\u017f")
"""The letters that re.I matches with an ASCII letter but lowercasing does not turn into one
("İ", "ı", "ſ"; "İ" even grows to two characters). Of the rest only the Kelvin sign lowercases
to ASCII ("k", as re.I reads it); every other letter keeps its length and its \\w-ness, and
stays outside ASCII (and lowercasing keeps \\s-ness)."""


def lowercases_in_place(text: str) -> bool:
    """`text.lower()` keeps every offset, and a pattern compiled with re.I from lowercase words
    matches in `text` exactly where, compiled without it, it matches in `text.lower()` (which
    costs less): ASCII text (most news), or text with none of `_FOLDED_APART`."""
    return text.isascii() or not any(ch in text for ch in _FOLDED_APART)


def without_marks(text: str) -> str:
    """The text with its diacritics dropped ("Tamil Nādu" -> "Tamil Nadu", "Kraków" -> "Krakow"):
    how the news often writes a name that its source spells with marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
