"""A ship is a PRODUCT: "the aircraft carrier Kelmar", "the tanker Sea Harrow", "HMS Kelmar".

The model reads ships' names as organisations or people ("Carl Vinson" ORG). A name right
after a lowercase ship noun (`lexicon.organisations.SHIP_NOUNS`), or opened by a ship prefix
(`SHIP_PREFIXES`, whose rest is the ship's short name: "Harrow" of "RMS Harrow"), is a ship;
one the model missed after a ship noun is added (a capitalised run of up to three words,
"of" allowed between them: "the liner Empress of Harrow"; no
country, people, month or weekday, and not after "to": "to ship Kelmar wheat"). Every mention of a ship's name in the document is then
PRODUCT, unless it is also a listed place ("the submarine Kursk" beside the city "Kursk":
only the mention after the noun turns).
"""

from __future__ import annotations

import re

from ..lexicon import alternation, starts_with_one_of
from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.function_words import MODAL_VERBS
from ..lexicon.organisations import SHIP_NOUNS, SHIP_PREFIXES
from ..lexicon.places import is_named_place
from .index import SpanIndex
from .lines import PROSE, LineMap
from .mention import Mention

_SHIP_BEFORE = re.compile(r"(?:^|(?<![\w-]))(?:(\w+)[ \t]+)?(?:" + alternation(SHIP_NOUNS) + r")[ \t]+$")
_AFTER_SHIP_NOUN = re.compile(
    starts_with_one_of(SHIP_NOUNS) + r"(?<![\w-])(?:" + alternation(SHIP_NOUNS) + r")[ \t]+([A-Z][a-z][\w'-]*(?:[ \t](?:of[ \t])?[A-Z][\w'-]*){0,2})(?![\w'-])(?!’)"
)
_PREFIXED = re.compile(r"(?:" + alternation(SHIP_PREFIXES) + r")[ \t]+(?=[A-Z][a-z])")
_TURNS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})


def _may_be_ship(name: str) -> bool:
    """No country, people, month or weekday, nor capitals ("plans to ship SRW wheat")."""
    words = name.split()
    return not (country_code(name) or is_demonym(words[0]) or words[0] in CALENDAR_NAMES or name.isupper())


_VERB_BEFORE = MODAL_VERBS | frozenset({"to", "not", "and"})
"""Words before "ship" that make it the verb: "plans to ship Kelmar wheat", "will ship Harrow units"."""


def _after_noun(start: int, text: str) -> bool:
    """A ship noun ends right before `start`, and the word before it does not make it a verb."""
    noun = _SHIP_BEFORE.search(text, max(0, start - 30), start)
    return bool(noun) and (noun.group(1) or "").lower() not in _VERB_BEFORE


_KEY_WORDS = tuple({n.split()[-1] for n in SHIP_NOUNS} | set(SHIP_PREFIXES))
"""The index words that must occur for a ship to be read at all ("carrier" of "aircraft carrier")."""


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(_KEY_WORDS):
        return mentions
    index = SpanIndex(mentions)
    ships: set[str] = set()
    for m in mentions:
        name = m.text(text)
        prefix = _PREFIXED.match(name)
        if m.label in _TURNS and (prefix or _after_noun(m.start, text)) and _may_be_ship(name):
            m.label, m.origin = "PRODUCT", "ships"
            ships.add(name)
            if prefix:
                ships.add(name[prefix.end() :])
    for hit in _AFTER_SHIP_NOUN.finditer(text):
        s, e = hit.span(1)
        if lines.kind(s) == PROSE and not index.any_overlap(s, e) and _may_be_ship(hit.group(1)) and _after_noun(s, text):
            index.add(Mention(s, e, "PRODUCT", "ships"))
            ships.add(hit.group(1))
    for m in index:
        if m.label in _TURNS and m.text(text) in ships and not is_named_place(m.text(text)):
            m.label, m.origin = "PRODUCT", "ships"
    return list(index)
