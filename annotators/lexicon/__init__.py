"""The knowledge layer: every word list the annotators share, one module per kind of knowledge.

`calendar` (months, weekdays, seasons, holidays, number words), `countries` (names, short forms,
demonyms, capitals, leaders, agencies), `datelines` (dateline patterns and the all-caps headline
test). Word lists are data (tuples, frozensets, dicts); any regex is compiled from them once, here,
so a new spelling is one edit that reaches every annotator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex group body matching any of `words` literally, longest first (so "Sept" wins over "Sep")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
