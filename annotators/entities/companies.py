"""Companies the lexicon knows by name are ORG: "Novartis", "Nestle", "Aldi and Lidl",
"Nvidia" (`lexicon.organisations.COMPANIES`).

The small model reads a well-known company named without a cue as a person or a place
("Novartis" PERSON, "Nestle" GPE, "memory to Nvidia" GPE) or misses it. A mention whose text
is listed becomes ORG whatever its label, and every other occurrence of a listed name is added
as ORG where no mention covers it, case as written. Left alone: a name that is a word of a
person named in the story ("Michael Dell") or follows a title ("Mr Ford"); one opening a longer
capitalised name ("Boeing Capital", "Tesla Model 3"; a title may follow: "Roche chairman"),
a product's number ("Boeing 777", "Airbus A330") or a slash ("BP/Standard Trading"); a place reading of a name that is also a
place ("Santander", `COMPANY_NAMES_ALSO_PLACES`); and a name that is also an ordinary word
("Apple", "Visa": `COMPANY_NAMES_ALSO_WORDS`) where it opens a sentence or the story writes
it in lower case, unless the model read it there.
"""

from __future__ import annotations

import re

from ..lexicon.organisations import COMPANIES, COMPANY_NAMES_ALSO_PLACES, COMPANY_NAMES_ALSO_WORDS
from ..lexicon.titles import PERSON_TITLES
from ..lexicon import alternation
from .index import NamesByFirstWord, SpanIndex
from .junk import sentence_initial
from .lines import CAPS, LineMap
from .mention import Mention
from .names import find_all, person_words
from .outlets import opens_longer_name

_LISTED = NamesByFirstWord(COMPANIES)
_NUMBER_AFTER = re.compile(r"[ -]?[A-Z]?\d|/[A-Z]")
"""A product's number ("Boeing 777", "Airbus A330") or a name joined by a slash ("BP/Standard")."""
_TITLE_BEFORE = re.compile(r"\b(?:" + alternation(PERSON_TITLES) + r")\.?\s+$")
_KEPT_LABELS = frozenset({"GPE", "LOC"})
"""A place reading of a listed name that is also a place stays."""


def _titled(text: str, s: int) -> bool:
    return bool(_TITLE_BEFORE.search(text, max(0, s - 12), s))


def _may_add(name: str, text: str, s: int, e: int, lines: LineMap) -> bool:
    """A missed occurrence that reads as the company (not a wire ticker, "<BP>")."""
    if lines.kind(s) == CAPS or text[s - 1 : s] == "<" or opens_longer_name(text, e) or _NUMBER_AFTER.match(text, e) or _titled(text, s):
        return False
    if name in COMPANY_NAMES_ALSO_PLACES:
        return False
    if name in COMPANY_NAMES_ALSO_WORDS:
        return not sentence_initial(text, s) and not lines.words.has(name.lower())
    return True


def _retype(m: Mention, name: str, text: str) -> bool:
    """A mention of exactly a listed name that should read as the company."""
    if m.label == "ORG" or _titled(text, m.start) or _NUMBER_AFTER.match(text, m.end):
        return False
    return not (name in COMPANY_NAMES_ALSO_PLACES and m.label in _KEPT_LABELS)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    listed = _LISTED.in_text(lines.words)
    if not listed:
        return mentions
    people = person_words(mentions, text)
    names = {n for n in listed if n not in people}
    for m in mentions:
        t = m.text(text)
        if t in names and _retype(m, t, text):
            m.label, m.origin = "ORG", "company"
    index = SpanIndex(mentions)
    for name in sorted(names):
        for s, e in find_all(name, text, lines.words):
            if not index.any_overlap(s, e) and _may_add(name, text, s, e, lines):
                index.add(Mention(s, e, "ORG", "company"))
    return list(index)
