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

A name the model read as a PERSON right beside an ORG over such a link is an ORG too when no
given name opens it, it is no word of a person named in full, and no title or age is seen with
it, and a longer one ends in a dictionary word ("demand from Apple and Xiaomi", "led by Proton,
Telekom Malaysia and Tenaga"; not "Okafor and Brandt" beside "Ana Brandt", "Microsoft and Bill
Vell", "Mutsuki Kato"), and it is no leader the lexicon knows by surname ("Trump"); not in a story that talks sport, where the ORG is as often a misread
player, nor in a run of five names or more (a line-up).
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.organisations import is_outlet_or_body
from ..lexicon.countries import LEADERS, country_code, is_demonym
from ..lexicon.places import is_named_place
from ..lexicon.titles import ROLE_NOUNS_BEFORE_NAME, TITLES_BEFORE_NAMES
from .evidence import cues
from .index import SpanIndex
from .junk import never_a_name, plural_noun, sentence_initial
from .lexicon import is_dictionary_form
from .lines import PROSE, LineMap
from .mention import Mention
from .names import common_noun_here
from .repair import is_given_name
from .sports import is_sports, talks_sport

_TEACHING = frozenset({"ORG", "PERSON"})
_NAME_BEFORE = re.compile(r"(?<![\w'.-])(?<!’)([A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,2})(?:, | and | or )$")
"""A name right before a sibling: "Essex " of "Essex and Kent", "Essex, " of "Essex, Derbyshire"."""
_NAME_AFTER = re.compile(r"(?: and | or )([A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,2})(?![\w'’-]| [A-Z])")
"""A name right after a sibling and "and": " and Renault" of "Stellantis and Renault"."""
_REACH = 100
"""How far before a sibling a missed name may start (three words of bounded length and a link)."""
_LINK_ENDS = (", ", " and ", " or ", ", \n", " and \n", " or \n")
"""How the text before a sibling ends when `_NAME_BEFORE` can match there (its `$` also matches
before a final line break): a cheap test before a search of the whole reach."""


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
    linked = text.endswith(_LINK_ENDS, 0, m.start)
    before = _NAME_BEFORE.search(text, max(0, m.start - _REACH), m.start) if linked else None
    if before and (not before.group(0).endswith(", ") or _comma_list_goes_on(m, text, index)):
        yield before.span(1)
    after = _NAME_AFTER.match(text, m.end)
    if after:
        yield after.span(1)


def _full_people(mentions: list[Mention], text: str) -> set[str]:
    """The words of the document's PERSON names of two words or more."""
    return {w for m in mentions if m.label == "PERSON" for w in m.text(text).split() if " " in m.text(text)}


_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|from|across|between|near)[ \t]$")
"""A preposition of place right before a list of places: "protests in Kelmar and Vostrand"."""


def in_a_place_list(m: Mention, text: str) -> bool:
    """A GPE right after a preposition of place: the first of "in Kelmar and Vostrand"."""
    return m.label == "GPE" and bool(_PLACE_PREPOSITION.search(text, max(0, m.start - 9), m.start))


def _teaches(m: Mention, text: str, lines: LineMap, people_words: set[str]) -> bool:
    """An ORG, or a PERSON named in full or a word of a full name ("Platt" after "David
    Platt"), on a prose line; a lone one-word "person" is often a misread place or firm. A
    place teaches the name after it in a list after a preposition of place ("marched in
    Kelmar and Vostrand")."""
    if lines.kind(m.start) != PROSE:
        return False
    if m.label not in _TEACHING:
        return in_a_place_list(m, text)
    name = m.text(text)
    return m.label == "ORG" or " " in name or name in people_words


_AND_OR = re.compile(r" (?:and|or) ")


def _places_read_as_bodies(mentions: list[Mention], text: str) -> None:
    """A one-word ORG right after "and" or "or" that follows a place in a list after a
    preposition of place is a place too: "protests in Kelmar and Vostrand" with "Vostrand"
    ORG. A listed outlet or body keeps ORG."""
    firsts = [m for m in mentions if in_a_place_list(m, text)]
    if not firsts:
        return
    by_start = {m.start: m for m in mentions if m.label == "ORG"}
    for first in firsts:
        link = _AND_OR.match(text, first.end)
        second = by_start.get(link.end()) if link else None
        if second is not None and " " not in second.text(text) and not is_outlet_or_body(second.text(text)):
            second.label, second.origin = "GPE", "sibling"


_LINKS = frozenset({", ", " and ", " or ", ", and ", ", or "})
"""What joins two coordinated names: "Apple and Xiaomi", "Proton, Telekom Malaysia and"."""


def _company_among_companies(m: Mention, text: str, lines: LineMap, people_words: set[str]) -> bool:
    """A "person" coordinated with an ORG that shows no person's shape: no given name opens it,
    it is no word of a person named in full, and no title or age is seen with it anywhere
    ("demand from Apple and Xiaomi" with "Xiaomi" PERSON)."""
    name = m.text(text)
    words = name.split()
    if len(words) > 3 or may_be_given_name(words[0]) or is_given_name(words[0]) or name in people_words:
        return False
    if name.lower() in LEADERS:
        return False  # a leader known by surname: "blocked Scarborough Shoal, and Trump renamed"
    if len(words) > 1 and not is_dictionary_form(words[-1]):
        return False  # "Mutsuki Kato", "Crown Prince Frederik"; but "Universal Music", "Creative Labs"
    if _person_word_before(text, m.start):
        return False  # "chairman Paul\nVolcker and International Monetary Fund"
    return not cues(name, text, lines).person


_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’-]*)\s+$")


def _person_word_before(text: str, start: int) -> bool:
    """A given name, a title or a role noun right before `start`, across a line break too."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1)
    return is_given_name(word) or word in TITLES_BEFORE_NAMES or word.lower() in ROLE_NOUNS_BEFORE_NAME


_MAX_CHAIN = 4
"""Longer runs of linked names are line-ups or rosters ("Given, Breen, Staunton, Irwin, ..."),
where one misread ORG must turn nobody."""


def _linked_labels(mentions: list[Mention], text: str, lines: LineMap) -> dict[int, list[str]]:
    """For each mention (by position in `mentions`, sorted) in a run of at most `_MAX_CHAIN`
    names joined by links on a prose line, the labels of the mentions it is joined to."""
    out: dict[int, list[str]] = {}
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and text[mentions[j].end : mentions[j + 1].start] in _LINKS and lines.kind(mentions[j].start) == PROSE:
            j += 1
        if 0 < j - i < _MAX_CHAIN:
            for k in range(i, j + 1):
                out[k] = [mentions[x].label for x in (k - 1, k + 1) if i <= x <= j]
        i = j + 1
    return out


def _may_turn(m: Mention, text: str) -> bool:
    """A PERSON, or a GPE that names no known place (no country, region or listed city: the
    model's guess for an unknown word, "Yutong and BYD, the two largest bus makers")."""
    if m.label == "PERSON":
        return True
    name = m.text(text)
    if m.label != "GPE" or "." in name or country_code(name) or is_named_place(name) or is_demonym(name):
        return False
    before, after = text[max(0, m.start - 5) : m.start], text[m.end : m.end + 5]
    by_word = before.endswith((" and ", " or ")) or after.startswith((" and ", " or "))
    return by_word and not before.endswith(", ")


def turn_people_among_companies(mentions: list[Mention], text: str, lines: LineMap, people_words: set[str]) -> None:
    """PERSON mentions (and GPEs that name no known place) linked to an ORG and to no PERSON
    become ORG, with a strong vote (every mention of the string follows: "Pfizer", "Napster")."""
    if talks_sport(text, lines.words):
        return  # a misread player beside a misread club: "Sibierski and Wright" is no pair of firms
    ordered = sorted(mentions, key=lambda x: x.start)
    verdicts: dict[str, bool] = {}
    for i, labels in _linked_labels(ordered, text, lines).items():
        person = ordered[i]
        if not _may_turn(person, text) or "ORG" not in labels or "PERSON" in labels:
            continue
        name = person.text(text)
        if name not in verdicts:
            verdicts[name] = _company_among_companies(person, text, lines, people_words)
        if verdicts[name]:
            person.label, person.origin = "ORG", "table"


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    people_words = _full_people(mentions, text)
    _places_read_as_bodies(mentions, text)  # first: "in Kelmar or Dunmere" is no pair of firms
    turn_people_among_companies(mentions, text, lines, people_words)
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
