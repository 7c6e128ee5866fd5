"""A name right after a lowercase role noun is a person's: "spokesman Ana Vela", "goalkeeper
Dev Okafor", "team mate Ian Brandt" (`lexicon.titles.ROLE_NOUNS_BEFORE_NAME`).

The model types some such names ORG or GPE ("Glyn Davies" ORG after "spokesman"). A mention of
two or three capitalised words on a prose line, typed as no person, with one of these nouns
right before it, is a PERSON, unless it reads as a body or a place: a company word or name
tail at its end ("analyst Harlow Securities"), a country or people in it, a listed place
as its first word, or
a longer name of the document that it opens ("sole manager Harlow Vane" beside "Harlow Vane
Securities Inc"). A person's title fused to such a name the model read as a body ("Field
Marshal Asim Munir" ORG) gives the PERSON after it. Every mention of that string turns, and this runs before the name memory
(`names.py`), so the surname alone follows ("Okafor said").
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.organisations import BODY_ONLY_TAILS, NAME_TAILS, SERVICE_TAILS
from ..lexicon.places import FACILITY_WORDS, is_named_place
from ..lexicon.titles import PERSON_TITLES, ROLE_NOUNS_BEFORE_NAME
from .evidence import CORPORATE_SUFFIXES
from .lines import PROSE, LineMap
from .mention import Mention

_ROLE_BEFORE = re.compile(r"(?<![\w-])(?:" + alternation(ROLE_NOUNS_BEFORE_NAME) + r")[ \t]+$")
_BLANK_ENDS = (" ", "\t", " \n", "\t\n")
"""How the text before a name ends when `_ROLE_BEFORE` can match there (`$` also matches before
a final line break): a cheap test before the search."""
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
_BODY_ENDS = CORPORATE_SUFFIXES | NAME_TAILS | SERVICE_TAILS
_RETYPED = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def person_shaped(name: str) -> bool:
    """Two or three capitalised words, no body's ending, no country or people, and no listed
    place as a whole or at its start."""
    words = name.split(" ")
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if words[-1] in _BODY_ENDS or is_named_place(name):
        return False
    if is_named_place(words[0]):
        return False  # "Kelmar City"; a later place word is as often a surname ("Ana Washington")
    return not any(country_code(w) or is_demonym(w) for w in words)


def _fuller_bodies(mentions: list[Mention], text: str) -> frozenset[str]:
    """The first two and three words of every longer non-PERSON name ("Harlow Vane" of
    "Harlow Vane Securities Inc"): a name that opens a body's name is that body."""
    out = set()
    for m in mentions:
        words = m.text(text).split(" ")
        if m.label != "PERSON" and len(words) > 2:
            out.update(" ".join(words[:k]) for k in (2, 3) if k < len(words))
    return frozenset(out)


def without_role_head(m: Mention, text: str) -> Mention:
    """ "Centre Ana Vela" (a role noun capitalised at a sentence start, fused to the name) gives
    PERSON "Ana Vela", when the model read a person or the rest opens with a given name; the
    mention itself otherwise ("Singer World Series": a sponsor's event)."""
    name = m.text(text)
    head, _, rest = name.partition(" ")
    if not (head.lower() in ROLE_NOUNS_BEFORE_NAME and head[:1].isupper() and not head.isupper() and person_shaped(rest)):
        return m
    if m.label == "PERSON" or may_be_given_name(rest.split(" ")[0]):  # not the sponsor "Singer World Series"
        return Mention(m.end - len(rest), m.end, "PERSON", "role_nouns")
    return m


_NOT_A_PERSON_END = FACILITY_WORDS | BODY_ONLY_TAILS
"""Last words of a site or a body named after someone ("Queen Elizabeth Hospital", "King
Abdullah II Foundation")."""
_TITLE_HEAD = re.compile(r"(?:" + alternation(PERSON_TITLES) + r")\.?[ \t]+")


def without_title_head(m: Mention, text: str) -> Mention:
    """ "Field Marshal Asim Munir" read as an organisation: a person's title and a name of two or
    three words that opens with a given name give PERSON "Asim Munir". Not a body or a site named
    after someone ("King Abdullah II Foundation", "Queen Elizabeth Hospital")."""
    if m.label == "PERSON":
        return m
    head = _TITLE_HEAD.match(text, m.start, m.end)
    if head is None:
        return m
    rest = text[head.end() : m.end]
    words = rest.split(" ")
    if not person_shaped(rest) or words[-1] in _NOT_A_PERSON_END or not may_be_given_name(words[0]):
        return m
    return Mention(head.end(), m.end, "PERSON", "role_nouns")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    mentions = [without_title_head(without_role_head(m, text), text) if lines.kind(m.start) == PROSE else m
                for m in mentions]
    people: set[str] = set()
    bodies: frozenset[str] | None = None
    for m in mentions:
        if m.label not in _RETYPED or lines.kind(m.start) != PROSE:
            continue
        name = m.text(text)
        spaced = text.endswith(_BLANK_ENDS, 0, m.start)  # the role noun's pattern ends in blanks
        if spaced and _ROLE_BEFORE.search(text, max(0, m.start - 20), m.start) and person_shaped(name):
            bodies = _fuller_bodies(mentions, text) if bodies is None else bodies
            if name not in bodies:
                people.add(name)
    for m in mentions:
        if m.label in _RETYPED and m.text(text) in people:
            m.label, m.origin = "PERSON", "role_nouns"
    return mentions
