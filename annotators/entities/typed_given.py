"""A given name the model typed as a place or a body, right before a person it found, is the
start of that person's name: "Benito" GPE + "Antonio Martinez Ocasio" PERSON is one PERSON.

The small model sometimes reads the first word of a long or unfamiliar name as a place or an
organisation and the rest as the person. A one-word model mention that is not a PERSON, on a
prose line, one space before a PERSON mention, is taken into it when the word is a given name
(`person_shaped.is_given`) and no country, state or people ("Chad", "Georgia" and "Israeli"
stand before names as themselves), and the PERSON opens with no title ("Georgia Governor ...").
"""

from __future__ import annotations

from ..lexicon.countries import country_code, is_demonym, is_subdivision
from ..lexicon.titles import TITLES_BEFORE_NAMES
from .lines import PROSE, LineMap
from .mention import Mention, join_neighbours
from .person_shaped import is_given

_THINGS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _given_word(word: str) -> bool:
    """A given name that is no country, state or people."""
    return is_given(word) and not country_code(word) and not is_subdivision(word) and not is_demonym(word)


def _joins(first: Mention, person: Mention, text: str, lines: LineMap) -> bool:
    """`first` is a typed given name standing one space before `person`."""
    word = first.text(text)
    return (
        first.label in _THINGS and first.origin == "model" and person.label == "PERSON"
        and text[first.end : person.start] == " " and " " not in word and lines.kind(first.start) == PROSE
        and person.text(text).split(" ", 1)[0].rstrip(".") not in TITLES_BEFORE_NAMES and _given_word(word)
    )


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    return join_neighbours(mentions, lambda first, second: _joins(first, second, text, lines), "PERSON", "typed_given")
