"""Products the model reads as organisations or people: "the Super Heavy booster", "Falcon 9
boosters", "the iPhone maker" (lexicon.organisations.PRODUCT_NOUNS).

A name directly followed, on a prose line, by a product noun, or by a model number and then
one of a few more ("Falcon 9 rockets"; "Nokia smartphones" is the maker), is a PRODUCT, and so is every mention of the same string,
unless the document also gives it a company suffix or it names a country.

A name the model read as a person, a place or a work right before a weapon noun is a weapon
system, a PRODUCT ("Patriot missiles", "Abrams tanks": `lexicon.organisations.WEAPON_NOUNS`),
unless it is a country, a people or a listed place.

A one-word name the model read as a person (or as a place or people that is no listed
country, people, city or region, "Windows" LOC, by a cue other than "version" or "copies")
is software or an online product, PRODUCT, when
the document writes it as one on a prose line: a software noun after it ("the Zelvo browser",
"Quintix users": `lexicon.organisations.SOFTWARE_NOUNS_AFTER`), a version number after it
("Zelvo 2.0"), or a cue before it with no possessive after ("users of Quintix", "downloaded
Zelvo": `SOFTWARE_CUES_BEFORE`); unless it is a given name, is written in capitals, or has a
person cue in the document ("Mr Zelvo").
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.places import is_named_place
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.organisations import (
    MODEL_PRODUCT_NOUNS, PRODUCT_NOUNS, SOFTWARE_CUES_BEFORE, SOFTWARE_NOUNS_AFTER, WEAPON_NOUNS,
)
from .evidence import company_suffix_after, cues
from .index import leading_words
from .lines import PROSE, LineMap
from .mention import Mention
from .names import find_all

_PRODUCT_AFTER = re.compile(
    r"\s+(?:(?:" + alternation(PRODUCT_NOUNS) + r")|\d{1,4}\s+(?:" + alternation(MODEL_PRODUCT_NOUNS) + r"))\b"
)
def _software_patterns(nouns: tuple[str, ...], cues: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = re.compile(
        r"\s+(?:(?:" + alternation(nouns) + r")(?![\w-])|\d{1,2}\.\d{1,2}(?![\d.,]|\s*(?:%|mln|bn|billion|million|pct|per)))"
    )
    return after, re.compile(r"\b(?:" + alternation(cues) + r")\s+$", re.I)


_EDITIONS = ("version", "copies")
"""Cue words a place takes too ("the Hollywood version", "copies of Vogue"): not enough for a
name the model read as a place."""
_SOFTWARE = _software_patterns(SOFTWARE_NOUNS_AFTER, SOFTWARE_CUES_BEFORE)
_SOFTWARE_NOT_EDITION = _software_patterns(
    tuple(w for w in SOFTWARE_NOUNS_AFTER if not w.startswith(_EDITIONS)),
    tuple(w for w in SOFTWARE_CUES_BEFORE if not w.startswith(_EDITIONS)),
)
_NOUN_WORDS = frozenset(PRODUCT_NOUNS) | frozenset(MODEL_PRODUCT_NOUNS)
"""The nouns `_PRODUCT_AFTER` ends in, single words: where the word index holds none, it
matches nowhere."""
_WEAPON_AFTER = re.compile(r"[ \t]+(?:" + alternation(WEAPON_NOUNS) + r")(?![\w-])")
_WEAPON_WORDS = leading_words(WEAPON_NOUNS)
_WEAPON_READINGS = frozenset({"PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART"})
"""What the model reads a weapon's name as: not ORG or NORP, an owner or a maker."""
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_RELABELLED = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP"})


def is_weapon(name: str, text: str, lines: LineMap) -> bool:
    """Some prose occurrence of `name` comes right before a weapon noun ("Patriot missiles"),
    and it is no country, people or listed place."""
    if country_code(name) or _is_place(name):
        return False
    return any(lines.kind(s) == PROSE and _WEAPON_AFTER.match(text, e) for s, e in find_all(name, text, lines.words))


def is_product(name: str, text: str, lines: LineMap) -> bool:
    """Some prose occurrence of `name` is followed by a product noun, and none by a company suffix."""
    seen = False
    for s, e in find_all(name, text, lines.words):
        if company_suffix_after(text, e):
            return False
        if lines.kind(s) == PROSE and _PRODUCT_AFTER.match(text, e):
            seen = True
    return seen


_PLACE_READINGS = frozenset({"GPE", "LOC", "NORP"})


def _is_place(name: str) -> bool:
    """A country, people, city, subdivision or home nation: "Chinese users" are people."""
    return is_named_place(name) or bool(is_demonym(name))


def written_as_software(name: str, text: str, lines: LineMap, editions: bool = True) -> bool:
    """Some prose occurrence of the one-word `name` is written as software ("the Zelvo browser",
    "Zelvo 2.0", "users of Zelvo"), and it is no given name, no capitals, nobody's with a title."""
    if " " in name or name.isupper() or may_be_given_name(name):
        return False
    after, before_cue = _SOFTWARE if editions else _SOFTWARE_NOT_EDITION
    for s, e in find_all(name, text, lines.words):
        if lines.kind(s) != PROSE:
            continue
        before = before_cue.search(text, max(0, s - 24), s) and not _POSSESSIVE_AFTER.match(text, e)
        if before or after.match(text, e):
            return not cues(name, text, lines).person
    return False


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    names = {m.text(text) for m in mentions if m.label in _RELABELLED}
    products: set[str] = set()
    if lines.words.has_any(_NOUN_WORDS):  # else no product noun follows any name
        products = {n for n in names if not country_code(n) and is_product(n, text, lines)}
    people = {m.text(text) for m in mentions if m.label == "PERSON"}
    places = {m.text(text) for m in mentions if m.label in _PLACE_READINGS and not _is_place(m.text(text))}
    products |= {n for n in people - products if written_as_software(n, text, lines)}
    products |= {n for n in places - people - products if written_as_software(n, text, lines, editions=False)}
    if lines.words.has_any(_WEAPON_WORDS):
        weapons = {m.text(text) for m in mentions if m.label in _WEAPON_READINGS}
        products |= {n for n in weapons - products if is_weapon(n, text, lines)}
    for m in mentions:
        if (m.label in _RELABELLED or m.label in ("LOC", "WORK_OF_ART")) and m.text(text) in products:
            m.label = "PRODUCT"
            m.origin = "product"
    return mentions
