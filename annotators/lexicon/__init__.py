"""The knowledge layer: every word list the annotators share, one module per kind of knowledge.

`calendar` (months, weekdays, seasons, holidays, number and unit words), `titles` (titles,
honorifics, role words), `speech` (speech, writing and cognition cues), `countries` (names,
short forms, demonyms, capitals, leaders, agencies), `tariff_words` (tariff words and their
near-misses), `datelines` (dateline patterns, agency credits) and `headlines` (the one
all-caps headline test). Word lists are data (tuples, frozensets, dicts); a regex is compiled
from them once, at import, so a new spelling is one edit that reaches every annotator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex group body matching any of `words` literally, longest first (so "Sept" wins over "Sep")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
