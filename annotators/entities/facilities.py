"""A building or site named after a preposition of place is a facility: "at the Kelmar Tennis
Centre", "in Harrow's Central Clinical Hospital", "behind the Lilac Court Motel" (FAC).

The model reads such names as the bodies that run them (ORG), as people or as natural places
(LOC). A mention typed ORG, PERSON or LOC whose last word is a facility word (`lexicon.places.FACILITY_WORDS`) and that comes
right after "at", "in", "into", "inside", "outside", "near", "behind" or "to" (the article or a
possessive place between them allowed: "at the", "in Harrow's") is a FAC there, unless a
role or work word before the preposition makes it a workplace ("a director at the Harrow
Policy Centre"); elsewhere ("Harrow Hospital said it") the body keeps its label.

A saint's name in the possessive before a facility word, or before "Church", is one site
named after the saint ("St. Peter's Square", "St Thomas' Hospital", "Saint Mary's Church"):
a FAC in place of the person or the place the model read in it ("St. Peter" GPE).

A name right before a lowercase facility noun (`lexicon.places.FACILITY_NOUNS`: "the T4
prison", "the Kelmar stadium", "Harrowby airport") is a FAC too where the model read a body,
a person or a work, and is added where it missed one that is no dictionary word, place or
people ("the Eschen stadium"), when the noun ends its phrase ("Kelmar port said"; not "the
Kelmar port authority", "the English port of Dover"); a place keeps its label ("Belgrade
airport" GPE).
"""

from __future__ import annotations

import re

from ..lexicon import alternation, starts_with_one_of
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.places import FACILITY_NOUNS, FACILITY_WORDS, is_named_place
from ..lexicon.titles import AFFILIATION_ROLES, ROLE_NOUNS_BEFORE_NAME, SPEAKER_ROLE_WORDS
from .evidence import cues
from .index import SpanIndex, at_words, leading_words
from .lexicon import is_common_word
from .lines import PROSE, LineMap
from .mention import Mention
from .names import find_all

_AT_PLACE = re.compile(
    r"(?:(\w+)[ \t]+)?(?<![\w-])(?:at|in|into|inside|outside|near|behind|to)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w.-]*['’]s[ \t]+)?$"
)
_WORKPLACE_BEFORE = frozenset(ROLE_NOUNS_BEFORE_NAME | set(SPEAKER_ROLE_WORDS) | set(AFFILIATION_ROLES)) | {
    "fellow", "researcher", "scientist", "student", "works", "worked", "working", "job", "post",
}
"""Words before "at" that make the name a workplace, a body: "a director at the European Policy
Centre", "a fellow at the Harrow Centre"."""
_FACILITY_END = re.compile(r"[ \t](?:" + alternation(FACILITY_WORDS) + r")$")


def is_facility_here(m: Mention, text: str) -> bool:
    """A name ending in a facility word right after a preposition of place, not a workplace."""
    if not _FACILITY_END.search(m.text(text)):
        return False
    at = _AT_PLACE.search(text, max(0, m.start - 60), m.start)
    return bool(at) and (at.group(1) or "").lower() not in _WORKPLACE_BEFORE


_ENDS_PHRASE = (
    r"(?:[ \t]*(?:[,.;:)\"]|$)|[ \t]+(?:in|on|at|and|or|to|from|which|where|that|is|was|has|had|near|with|"
    r"since|after|before|by|for|said|says|were|are|will|would|late|last|early|earlier|outside|inside)\b)"
)
"""The facility noun ends its phrase ("Harrowby airport, which", "Kelmar port said"), so it names
the site, not a body or a project ("Kelmar port authority", "the Harrowby airport project")."""
_NOUN_AFTER = re.compile(r"[ \t]+(?:" + alternation(FACILITY_NOUNS) + r")" + _ENDS_PHRASE, re.M)
_NAMED_BEFORE_NOUN = re.compile(
    starts_with_one_of(FACILITY_NOUNS)
    + r"(?<=[A-Za-z0-9'’-][ \t])(?:" + alternation(FACILITY_NOUNS) + r")(?=" + _ENDS_PHRASE + r")", re.M
)
_NOUN_KEYS = leading_words(FACILITY_NOUNS)
"""The index words a facility noun opens with: a match of `_NAMED_BEFORE_NOUN` starts at one
(`index.at_words`; the noun is followed by a blank or a mark, never by a letter)."""
_NAME_BEFORE = re.compile(r"(?<![\w'.-])(?<!’)((?:al-|el-)?[A-Z][\w'’-]*)[ \t]$")
_NOT_FACILITY = frozenset({"GPE", "LOC", "NORP", "FAC"})


_SAINT_SITE = re.compile(
    r"(?<![\w.])(?:St\.?|Saint)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?(?:['’]s|s['’])[ \t]+(?:"
    + alternation(FACILITY_WORDS | {"Church"}) + r")(?![\w-])"
)


def _add_saint_sites(index: SpanIndex, text: str, lines: LineMap) -> None:
    """ "St. Peter's Square": the whole site is a FAC, in place of the mentions it overlaps
    (the model's "Cathedral to St Thomas' Hospital" too), unless one holds all of it ("St
    Paul's Cathedral Choir")."""
    for site in _SAINT_SITE.finditer(text):
        s, e = site.span()
        if lines.kind(s) == PROSE and not index.covers(s, e):
            index.replace(Mention(s, e, "FAC", "facilities"))


_AT_THE = re.compile(r"(?<![\w-])(?:at|inside|outside|near|behind)[ \t]+the[ \t]+$")
_PHRASE_ENDS = re.compile(
    r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:on|in|at|with|where|before|after|later|and|for|during|when|as|to|this|last)\b"
)


def _person_read_at_a_site(name: str, text: str, lines: LineMap) -> bool:
    """ "fans gathered outside the Bellagio later", "at the Santiago Bernabéu.": a PERSON after
    a preposition of place and "the", ending its phrase, is a site (people take no "the"), unless
    a title, an age or "who" shows a person somewhere in the document."""
    seen = any(lines.kind(s) == PROSE and _AT_THE.search(text, max(0, s - 16), s) and _PHRASE_ENDS.match(text, e)
               for s, e in find_all(name, text, lines.words))
    return seen and not cues(name, text, lines).person


def _retype_people_at_sites(mentions: list[Mention], text: str, lines: LineMap) -> None:
    """Every mention of a PERSON string that some occurrence shows to be a site is a FAC."""
    people = {m.text(text) for m in mentions if m.label == "PERSON"}
    sites = {name for name in people if _person_read_at_a_site(name, text, lines)}
    for m in mentions:
        if m.label == "PERSON" and m.text(text) in sites:
            m.label, m.origin = "FAC", "facilities"


def _no_place_or_people(name: str) -> bool:
    """No word of the name is a country, a people or a listed place ("the English port", "the
    Mozambique port", "Canadian National Exhibition stadium")."""
    return not any(country_code(w) or is_demonym(w) or is_named_place(w) for w in name.split())


def _named_before_noun(m: Mention, text: str) -> bool:
    """A name typed as a body, a person or a work right before a lowercase facility noun that
    ends its phrase."""
    return m.label not in _NOT_FACILITY and bool(_NOUN_AFTER.match(text, m.end)) and _no_place_or_people(m.text(text))


def _add_missed(index: SpanIndex, text: str, lines: LineMap) -> None:
    """ "the Eschen stadium": one capitalised word, no dictionary word, no place or people,
    before a facility noun, covered by no mention, is a FAC the model missed."""
    for noun in at_words(_NAMED_BEFORE_NOUN, _NOUN_KEYS, text, lines.words):
        name = _NAME_BEFORE.search(text, max(0, noun.start() - 40), noun.start())
        if name is None or lines.kind(name.start(1)) != PROSE:
            continue
        s, e = name.span(1)
        word = name.group(1)
        if is_common_word(word) or not _no_place_or_people(word) or index.any_overlap(s, e):
            continue
        index.add(Mention(s, e, "FAC", "facilities"))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    nouns = lines.words.has_any(FACILITY_NOUNS)  # a noun the patterns find is a word of the index
    for m in mentions:
        if lines.kind(m.start) != PROSE:
            continue
        if (m.label in ("ORG", "PERSON", "LOC") and is_facility_here(m, text)) or (nouns and _named_before_noun(m, text)):
            m.label, m.origin = "FAC", "facilities"
    if lines.words.has("the"):
        _retype_people_at_sites(mentions, text, lines)
    saints = lines.words.has_any(("St", "Saint"))
    if not (nouns or saints):
        return mentions
    index = SpanIndex(mentions)
    if nouns:
        _add_missed(index, text, lines)
    if saints:
        _add_saint_sites(index, text, lines)
    return list(index)
