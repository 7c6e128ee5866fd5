"""A name shaped like a person's that the model alone read as an organisation or a thing is
a PERSON: "Ruben Amorim", "Keir Starmer", "Todd Van Poppel" (ORG in the small model's
reading), "Gethin Jenkins" (GPE), "Tess Daly" (FAC).

On a prose line, a model ORG, GPE, LOC, FAC, NORP, PRODUCT or WORK_OF_ART mention of two or three words (a surname particle may come
between: "Aravinda de Silva") is a PERSON when its first word is a given name (the first-name
lists, or the table's given name that is no dictionary word or place), its last word is none
of a dictionary word or its inflection ("Nikko Securities"; after a particle it may be one:
"Laurence des Cars"), a given name, a place, a people or a company word ("Morgan Stanley",
"Johnson Controls", "Harmony Gold", "Texas Rangers" stay), no word nor its opening words are
a place or people ("San Diego Padres"), it is
no listed company and has none in it ("Charles Schwab", "Sony Net Minidisc":
`lexicon.organisations.COMPANIES`), outlet or party, and no
occurrence of it shows an organisation's cue ("Warrick Pell shares", "Warrick Pell Inc",
"analysts at Warrick Pell", "Warrick Pell said its"). Rules' decisions stay (an employer after
"at" is one). Runs before `names.py`, so that the surname named alone joins the person.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_demonym
from ..lexicon.firstnames import NEWS_GIVEN_NAMES, first_name_gender, may_be_given_name, table_gender
from ..lexicon.names import PARTICLE_WORDS
from ..lexicon.organisations import COMPANIES, LEGAL_SUFFIXES, NAME_TAILS, is_outlet_or_body, is_party
from ..lexicon.peoples import PEOPLES
from ..lexicon.places import is_named_place
from .lexicon import is_common_word, is_dictionary_form
from .lines import PROSE, LineMap
from .mention import Mention
from .names import find_all

_ORG_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:shares?|stock|Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings|unit|subsidiary)\b"
    r"|\s+(?:said|says) (?:on \w+ )?its?\b"
)
_ORG_BEFORE = re.compile(r"\b(?:at|shares (?:in|of)|stake in)\s+$")
_THING_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
"""The model's types a person's name may wrongly get: "Gethin Jenkins" GPE, "Tess Daly" FAC."""
_WINDOW = 16
"""Characters read before an occurrence for an organisation's cue."""


def is_given(word: str) -> bool:
    """A given name: in the lists, or the table's (with a clear gender, however few bear it:
    "Rustem") when no dictionary word or place; a listed news given name ("Hugo", "Cyril")."""
    if first_name_gender(word) or word in NEWS_GIVEN_NAMES:
        return True
    if is_common_word(word) or is_named_place(word):
        return False
    return may_be_given_name(word) or table_gender(word) is not None


def _place_or_people(word: str) -> bool:
    return bool(is_named_place(word) or country_code(word) or is_demonym(word) or word in PEOPLES)


def _shaped(name: str) -> bool:
    """Given name, optional particle, one or two capitalised words ending in a surname."""
    words = name.split()
    core = [w for w in words[1:] if w not in PARTICLE_WORDS]
    if not 2 <= len(words) <= 4 or not 1 <= len(core) <= 2 or words[-1] in PARTICLE_WORDS:
        return False
    if not all(w[:1].isupper() and w[1:].replace("-", "").replace("'", "").isalpha() for w in [words[0], *core]):
        return False
    last = words[-1]
    after_particle = words[-2] in PARTICLE_WORDS  # "Laurence des Cars": a particle's surname may be a word
    if not is_given(words[0]) or (is_dictionary_form(last) and not after_particle) or may_be_given_name(last):
        return False
    if last in LEGAL_SUFFIXES or last in NAME_TAILS:
        return False
    if is_named_place(" ".join(words[:2])) or is_named_place(" ".join(words[:-1])):
        return False  # "San Diego Padres", "Kansas City Royals"
    return not any(_place_or_people(w) for w in words)


def _org_cue(name: str, text: str, lines: LineMap) -> bool:
    """Some occurrence of `name` reads as a body's."""
    for s, e in find_all(name, text, lines.words):
        if _ORG_AFTER.match(text, e) or _ORG_BEFORE.search(text, max(0, s - _WINDOW), s):
            return True
    return False


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    verdict: dict[str, bool] = {}
    for m in mentions:
        if m.label not in _THING_LABELS or m.origin != "model" or lines.kind(m.start) != PROSE:
            continue
        name = m.text(text)
        if name not in verdict:
            verdict[name] = (
                _shaped(name)
                and name not in COMPANIES
                and not any(w in COMPANIES for w in name.split())
                and not is_outlet_or_body(name)
                and not is_party(name)
                and not _org_cue(name, text, lines)
            )
        if verdict[name]:
            m.label, m.origin = "PERSON", "person_shaped"
    return mentions
