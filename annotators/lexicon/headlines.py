"""The all-capitals headline test, one definition for every annotator.

Wire stories carry headlines and slugs in capitals ("TRADE TALKS END", "JAPAN"). A line or
sentence is a headline when it has at least MIN_LETTERS letters and at least CAPS_SHARE of
them are capitals; lowercase is counted over Latin letters with accents (a-z, à-ÿ).
"""

from __future__ import annotations

import re

MIN_LETTERS = 6
CAPS_SHARE = 0.8

_LETTER = re.compile(r"[^\W\d_]")
_LOWER = re.compile(r"[a-zà-ÿ]")


def is_all_caps(text: str) -> bool:
    """True for an all-capitals headline: "U.S. TARIFFS ON STEEL", not "Tariffs on steel"."""
    n_letters = len(_LETTER.findall(text))
    return n_letters >= MIN_LETTERS and n_letters - len(_LOWER.findall(text)) >= CAPS_SHARE * n_letters
