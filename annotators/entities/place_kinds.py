"""A place the model read as a people or a body: "Tajikistan's army" NORP, "the Zorvan region" ORG.

The small model types some places NORP ("the Bucharest stock exchange", "Tajikistan's armed
forces") or ORG ("the disputed Zorvan region"). A NORP mention that is a country name (not
a demonym) or a listed city is a GPE. A NORP or ORG name the text itself calls a place, with
a kind-of-place noun in lower case after it ("Zorvan region", "Kelmar county") or before it
with "of" ("the state of Zorvan", "island of Kelmar": `lexicon.places.PLACE_KIND_NOUNS`), is a
GPE at every mention of that string, in a story that does not talk sport (where a town is as
often its club); so is a PERSON of one or two words with such a noun after it ("neighbouring Binh
Duong province"), unless its words are a person's the document names otherwise. A demonym or an adjective keeps NORP ("Kurdish region", "the Jewish state"),
and an ORG of more than one word stays a body ("the Union of Tin Miners district").
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.places import PLACE_KIND_NOUNS, is_city
from .junk import sentence_initial
from .lexicon import is_common_word
from .lines import PROSE, LineMap
from .mention import Mention
from .sports import talks_sport

_KIND = alternation(PLACE_KIND_NOUNS)
_CLAUSE_WORDS = ("of", "in", "on", "at", "and", "or", "to", "from", "which", "where", "that", "is", "was",
                 "has", "had", "near", "with", "since", "after", "before", "by", "for")
_KIND_AFTER = re.compile(
    r"[ \t]+(?:" + _KIND + r")(?:[ \t]*(?:[,.;:)'\"]|$)|[ \t]+-[ \t]|[ \t]+(?:" + alternation(_CLAUSE_WORDS) + r")\b)", re.M
)
"""The noun ends its phrase ("the Zorvan region, which", "Kelmar county on Friday"), so it
names the place, not a thing of the body ("Xinhua state news agency")."""
_KIND_OF_BEFORE = re.compile(r"\b(?:" + _KIND + r")[ \t]+of[ \t]+$")


def names_a_place(name: str) -> bool:
    """A country's name (not its people's) or a listed city."""
    return not is_demonym(name) and (country_code(name) not in (None, "EU") or is_city(name))


def called_a_place(m: Mention, text: str, lines: LineMap) -> bool:
    """A kind-of-place noun after the mention or "<kind> of" before it, on a prose line."""
    if lines.kind(m.start) != PROSE:
        return False
    return bool(_KIND_AFTER.match(text, m.end) or _KIND_OF_BEFORE.search(text, max(0, m.start - 30), m.start))


_ADJECTIVE_ENDINGS = ("ian", "ish", "ic", "ese")


def adjective_shaped(name: str) -> bool:
    """A dictionary word or a word with an adjective's ending: a people's or faith's adjective
    the lexicon does not list as a demonym ("Kurdish region", "the Jewish state", "a Moslem
    enclave", "Transylvanian town"), never a place's own name."""
    return is_common_word(name) or name.endswith(_ADJECTIVE_ENDINGS)


def _may_be_called_a_place(m: Mention, name: str) -> bool:
    """A NORP that is no adjective or a one-word ORG, neither a people nor the EU. A longer
    ORG is a body's name, whose own units a kind noun can follow ("the Union of Tin Miners
    district in Kelmar")."""
    if is_demonym(name) or country_code(name) == "EU":
        return False
    return (m.label == "ORG" and " " not in name) or (m.label == "NORP" and not adjective_shaped(name))


def _person_called_a_place(m: Mention, name: str, people: set[str], text: str) -> bool:
    """A PERSON of one or two words that no fuller PERSON holds, with a kind-of-place noun
    ending its phrase after it ("neighbouring Binh Duong province."): the model read an
    unfamiliar place's name as a person's. A dictionary word opening a sentence ("Will state
    ...") is left; elsewhere its capital shows a name ("the Kandy district was")."""
    return (m.label == "PERSON" and name.count(" ") <= 1 and not people.intersection(name.split())
            and not (is_common_word(name.split()[0]) and sentence_initial(text, m.start)))


def _people(mentions: list[Mention], text: str) -> set[str]:
    """Words of PERSON names of three words or more, and of two-word ones the document also
    names by a part alone: the words of someone's name."""
    names = {m.text(text) for m in mentions if m.label == "PERSON"}
    return {w for n in names if " " in n and (n.count(" ") > 1 or names.intersection(n.split())) for w in n.split()}


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    places: set[str] = set()
    people: set[str] | None = None
    for m in mentions:
        name = m.text(text)
        if m.label == "NORP" and names_a_place(name):
            places.add(name)
        elif _may_be_called_a_place(m, name) and called_a_place(m, text, lines) and not talks_sport(text, lines.words):
            places.add(name)  # the sport test (cached per text) only once a place cue is seen
        elif m.label == "PERSON" and called_a_place(m, text, lines):
            people = _people(mentions, text) if people is None else people
            if _person_called_a_place(m, name, people, text) and not talks_sport(text, lines.words):
                places.add(name)
    for m in mentions:
        if m.label in ("NORP", "ORG", "PERSON") and m.text(text) in places:
            m.label = "GPE"
            m.origin = "place_kinds"
    return mentions
