"""A given name and a surname the model typed as a thing is a person.

The small model often reads an unfamiliar full name as an organisation or a place, more so in
sport and arts copy: "Kylian Mbappe" ORG, "Gethin Jenkins" GPE, "Tess Daly" FAC. A mention of
two or three Title-case words whose first is a given name the first-name table knows
(`repair.is_given_name`) and no dictionary word, and whose other words are no dictionary
words, is a PERSON: "Fabrice Santoro", "Alexis Mac Allister". Left alone: names with a comma
or "&" (lists, firms), a company tail ("Pearson Plc", "Benson Ltd"), places ("Tel Aviv",
"Hertha Berlin"), parties, outlets and bodies, and the companies named after people that
`lexicon.organisations.PERSON_NAMED_COMPANIES` lists ("Charles Schwab", "Ralph Lauren").
Only the model's own types are read: a name an earlier rule typed from the words around it
("Danish drugmaker Novo Nordisk", `evidence.py`) keeps that type.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_demonym, is_subdivision
from ..lexicon.organisations import LEGAL_SUFFIXES, NAME_TAILS, PERSON_NAMED_COMPANIES, is_outlet_or_body, is_party
from ..lexicon.places import is_city
from .lexicon import is_dictionary_form
from .lines import LineMap
from .mention import Mention
from .repair import is_given_name

_THING_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ'’]*[a-zà-ÿ](?:-[A-Z]?[a-zà-ÿ'’]+)*")
"""A Title-case word with lowercase letters after its capital ("Santoro", "O'Sullivan", "Wen-Yee")."""
_PARTICLES = frozenset({"Mac", "Mc", "Di", "De", "Da", "Del", "Van", "Von", "Le", "La", "Al", "El", "Ben", "Bin"})
"""Capitalised surname particles that may stand as the middle word ("Alexis Mac Allister")."""
_ARTICLES = frozenset({"Les", "Los", "Las", "Il", "Der", "Die", "Das"})
"""Foreign articles that are also given names in the table: "Les Choristes" is a film."""


def _place(word: str) -> bool:
    return bool(country_code(word)) or is_city(word) or is_subdivision(word) or is_demonym(word)


def _surname_word(word: str) -> bool:
    """A word that may be (part of) a surname: no dictionary word, company tail or place."""
    return not (is_dictionary_form(word) or word in NAME_TAILS or word in LEGAL_SUFFIXES or _place(word))


def looks_like_full_name(name: str) -> bool:
    """Two or three Title-case words: a given name, then surname words (a particle may lead)."""
    words = name.split(" ")
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    first, rest = words[0], words[1:]
    if first in _ARTICLES or not is_given_name(first) or is_dictionary_form(first) or _place(first):
        return False
    if len(rest) == 2 and rest[0] in _PARTICLES:
        rest = rest[1:]
    return all(_surname_word(w) for w in rest)


def _is_person(name: str) -> bool:
    if name in PERSON_NAMED_COMPANIES or is_party(name) or is_outlet_or_body(name) or _place(name):
        return False
    return looks_like_full_name(name)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if m.label in _THING_LABELS and m.origin == "model" and _is_person(m.text(text)):
            m.label = "PERSON"
    return mentions
