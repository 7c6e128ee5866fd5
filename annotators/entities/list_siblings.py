"""A capitalised name the model missed, coordinated with a name it read, is a name of the same
kind: "Essex and Kent both face" (Kent ORG), "Stellantis and Renault also fell", "Adams and
Platt are injured", "title rivals Essex, Derbyshire and Surrey" (ORG, ORG).

The missed name is one to three capitalised words standing alone (no capitalised word glued
before or after it: "Prince Norodom Ranariddh and Hun Sen" adds nothing), on a prose line, and
no function word, month or weekday, title, country or people, no contraction ("I'm"), and it
reads as a name: three letters or more, no digit or acronym ("MP3", "GPS"), not opened by a
function word ("The Cloud", "State Of Play") nor closed by a word in capitals ("Hounslow
AC"), and not all dictionary words ("Green Day", "Public", "Gangs"). A
listed place ("Essex") is added only as a club, beside an ORG in a sports story. At a
sentence's start, no name opened by a dictionary word ("Shareholders and Nvidia", "Joining
Vera Drake and") nor a word the document also writes in lower case ("Police and Hamas"). Only ORG and PERSON siblings teach (a person named in full or a word of a full name), and
the name is added once; the document-level memory (`names.py`) then finds it elsewhere.
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.places import is_named_place
from ..lexicon.titles import TITLES_BEFORE_NAMES
from .index import SpanIndex
from .junk import never_a_name, plural_noun, sentence_initial
from .lexicon import is_dictionary_form
from .lines import PROSE, LineMap
from .mention import Mention
from .names import common_noun_here
from .sports import is_sports

_TEACHING = frozenset({"ORG", "PERSON"})
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,2})(?:, | and | or )$")
"""A name right before a sibling: "Essex " of "Essex and Kent", "Essex, " of "Essex, Derbyshire"."""
_NAME_AFTER = re.compile(r"(?: and | or )([A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,2})(?![\w'’-]| [A-Z])")
"""A name right after a sibling and "and": " and Renault" of "Stellantis and Renault"."""
_REACH = 100
"""How far before a sibling a missed name may start (three words of bounded length and a link)."""


def _comma_list_goes_on(m: Mention, text: str, index: SpanIndex) -> bool:
    """After "X, " the sibling must go on to "and"/"or" and a name of its label ("Essex,
    Derbyshire and Surrey"), so that a sentence adverb before it adds nothing ("Separately, China")."""
    tail = re.match(r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)*,? (?:and|or) ", text[m.end : m.end + 200])
    if not tail:
        return False
    nxt = next(index.overlapping(m.end + tail.end(), m.end + tail.end() + 1), None)
    return nxt is not None and nxt.label == m.label and nxt.start == m.end + tail.end()


_GLUED_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")


def _name_shaped(name: str) -> bool:
    """Words that read as a name, not a heading, a title of a work or an acronym: three letters
    or more, no digit, not all in capitals, not opened by a function word ("The Cloud"), and at
    least one word that is no dictionary word or inflection ("Green Day", "Public", "Gangs" no;
    "Stellantis", "Pew Internet" yes)."""
    words = name.split()
    if len(name) < 3 or words[-1].isupper() or any(ch.isdigit() for ch in name) or any(map(never_a_name, words)):
        return False
    return not all(is_dictionary_form(w) for w in words)


def _may_add(name: str, label: str, start: int, text: str, lines: LineMap) -> bool:
    if _GLUED_BEFORE.search(text, max(0, start - 32), start):
        return False  # "Prince Norodom Ranariddh and": part of a longer capitalised run
    first = name.split()[0]
    if never_a_name(name) or first in CALENDAR_NAMES or first in TITLES_BEFORE_NAMES or "'" in name or "’" in name:
        return False
    if country_code(name) or is_demonym(name):
        return False
    if is_named_place(name):  # "Essex and Kent both face": a county is its club in a sports story only
        return label == "ORG" and is_sports(text, lines.words)
    if not _name_shaped(name):
        return False
    if sentence_initial(text, start):  # "Joining Vera Drake and", "Miners Rio Tinto and"
        return not (is_dictionary_form(first) or plural_noun(first) or common_noun_here(name, lines))
    return True


def _candidates(m: Mention, text: str, index: SpanIndex):
    """(start, end) of a missed name coordinated with `m`, before it or after it."""
    before = _NAME_BEFORE.search(text, max(0, m.start - _REACH), m.start)
    if before and (not before.group(0).endswith(", ") or _comma_list_goes_on(m, text, index)):
        yield before.span(1)
    after = _NAME_AFTER.match(text, m.end)
    if after:
        yield after.span(1)


def _full_people(mentions: list[Mention], text: str) -> set[str]:
    """The words of the document's PERSON names of two words or more."""
    return {w for m in mentions if m.label == "PERSON" for w in m.text(text).split() if " " in m.text(text)}


def _teaches(m: Mention, text: str, lines: LineMap, people_words: set[str]) -> bool:
    """An ORG, or a PERSON named in full or a word of a full name ("Platt" after "David
    Platt"), on a prose line; a lone one-word "person" is often a misread place or firm."""
    if lines.kind(m.start) != PROSE or m.label not in _TEACHING:
        return False
    name = m.text(text)
    return m.label == "ORG" or " " in name or name in people_words


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    people_words = _full_people(mentions, text)
    teachers = [m for m in mentions if _teaches(m, text, lines, people_words)]
    if not teachers:
        return mentions
    index = SpanIndex(mentions)
    added = []
    for m in teachers:
        for s, e in _candidates(m, text, index):
            if lines.kind(s) != PROSE or lines.at(s).start != lines.at(m.start).start:
                continue
            if index.any_overlap(s, e) or not _may_add(text[s:e], m.label, s, text, lines):
                continue
            new = Mention(s, e, m.label, "sibling")
            index.add(new)
            added.append(new)
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions
