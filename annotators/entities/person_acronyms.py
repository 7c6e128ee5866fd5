"""A person known by initials is a person: "AOC" beside "Alexandria Ocasio-Cortez", "MBS"
beside "Mohammed bin Salman", "AMLO" beside "Andrés Manuel López Obrador".

The model reads such initials as an organisation. An all-caps mention of two to five letters
that spells the initials of a PERSON of the document named in two words or more (each word,
each part of a hyphenated word, particles included or not) is a PERSON; the clusters join it
to that name (`clusters.py`).
"""

from __future__ import annotations

import re

from ..lexicon.names import PARTICLE_WORDS
from .lines import LineMap
from .mention import Mention

_LETTERS = re.compile(r"[A-Z]{2,5}")
_PART = re.compile(r"[^\W\d_][\w'’.]*")


def person_initials(name: str) -> frozenset[str]:
    """The initials a name may go by, with and without its particles ("MBS" and "MS" of
    "Mohammed bin Salman"); none for a one-word name."""
    parts = [p for word in name.split() for p in _PART.findall(word)]
    if len(parts) < 2:
        return frozenset()
    every = "".join(p[0] for p in parts).upper()
    named = "".join(p[0] for p in parts if p.lower() not in PARTICLE_WORDS).upper()
    return frozenset(i for i in (every, named) if len(i) >= 2)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    candidates = [m for m in mentions if m.label != "PERSON" and _LETTERS.fullmatch(m.text(text))]
    if not candidates:
        return mentions
    initials = set().union(*(person_initials(m.text(text)) for m in mentions if m.label == "PERSON"))
    for m in candidates:
        if m.text(text) in initials:
            m.label, m.origin = "PERSON", "person_acronyms"
    return mentions
