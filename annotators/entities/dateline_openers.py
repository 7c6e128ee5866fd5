"""The story's first actor right after an agency dateline, where the model labelled nothing:
"MADRID, Nov 23 (Reuters) - Kylian Mbappe scored twice", "SEOUL, Nov 20 (Yonhap) - Samsung
Electronics said".

The small model often misses the words right after the dateline's dash, though the story's
subject stands there. Where no mention covers the first word after the dash (a "The" left out),
the capitalised run there is read as `dateline_tails` reads a name a date swallowed (up to the
first lowercase word, the line's end or the model's next name). It is taken only when it holds
no possessive ("Brazil's Petrobras") and its first word is no dictionary word ("Shares of ...",
"President ...", "Apple", "Gunmen" are left to the model) nor one the document writes in lower
case, unless it names a country or a people or is a given name before a surname the document
names alone ("Max Verstappen won" beside "Verstappen said"). Its label
is the one the document gives the same string elsewhere, else PERSON when its last word is a
one-word PERSON of the document ("Shai Gilgeous-Alexander" beside "Gilgeous-Alexander said"),
else PERSON when it is shaped like a person's name (a listed given name first and no dictionary
word: "Rory McIlroy"), else `dateline_tails`' guess (a given name and a surname, a country, a
people, or an ORG).
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_demonym
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.titles import ABBREVIATED_TITLES, TITLES_BEFORE_NAMES
from .dateline_tails import name_opening_at
from .datelines import paragraph_datelines
from .index import SpanIndex
from .lexicon import is_dictionary_form
from .lines import LineMap
from .mention import Mention


def _a_word(word: str, lines: LineMap) -> bool:
    """A dictionary word, also in an irregular plural ("Gunmen" of "gunman"), or one the
    document writes in lower case."""
    if is_dictionary_form(word) or lines.words.has(word.lower()):
        return True
    return word.endswith("men") and is_dictionary_form(word[:-3] + "man")


def _title(word: str) -> bool:
    """A title or its plural, with or without a dot ("Secretary", "Sens.", "Reps."): a run
    holding one is a person's role, not a name ("Sens. Alan Cranston", "U.S. Secretary of State")."""
    bare = word.rstrip(".")
    return bare in TITLES_BEFORE_NAMES or bare in ABBREVIATED_TITLES or (bare.endswith("s") and bare[:-1] in ABBREVIATED_TITLES)


def _takes(name: str, lines: LineMap, surnames: set[str]) -> bool:
    """A run that may be read as a name here: no possessive inside, and no dictionary word first
    unless it names a country or a people, or is a given name before a surname the document
    names alone ("Max Verstappen" beside "Verstappen said"); no title in it ("Sens. Alan
    Cranston"), and after a country or a people no word the document writes in lower case
    ("U.S. Economy")."""
    words = name.split()
    if "'s" in name or "’s" in name or any(_title(w) for w in words):
        return False
    first = words[0]
    if (country_code(first) or is_demonym(first)) and any(lines.words.has(w.lower()) for w in words[1:]):
        return False  # "U.S. Economy continued" beside "the economy"
    if len(words) == 2 and words[1] in surnames and may_be_given_name(first):
        return True
    return not _a_word(first, lines) or bool(country_code(first)) or is_demonym(first)


def _label(found: Mention, mentions: list[Mention], text: str) -> str:
    """The document's label for the same string, else PERSON for a known one-word surname last,
    else the label `dateline_tails` guessed."""
    name = found.text(text)
    same = [m.label for m in mentions if m.text(text) == name]
    if same:
        return same[0]
    words = name.split()
    if " " in name and any(m.label == "PERSON" and m.text(text) == words[-1] for m in mentions):
        return "PERSON"
    if found.label == "ORG" and _person_shaped(words):
        return "PERSON"
    return found.label


def _person_shaped(words: list[str]) -> bool:
    """Two or three words, a listed given name first and no dictionary word among them: a
    person's name ("Rory McIlroy"), which `dateline_tails` reads as an ORG where its given-name
    table does not know the first word."""
    return 2 <= len(words) <= 3 and may_be_given_name(words[0]) and not any(map(is_dictionary_form, words))


def _opening(text: str, start: int, index: SpanIndex) -> Mention | None:
    """The name opening at `start` (after the dash), or None where a mention is there already."""
    if text.startswith("The ", start):
        start += 4
    if index.any_overlap(start, start + 1):
        return None
    line_end = text.find("\n", start)
    limit = len(text) if line_end < 0 else line_end
    later = next((m.start for m in index.overlapping(start, limit)), None)
    return name_opening_at(text, start, limit if later is None else later)


_TITLE_NEXT = re.compile(r" ([A-Z][a-z]+)\b")
"""The word right after the run ("Minister" after "Australian Prime")."""


def _before_title(found: Mention, text: str) -> bool:
    """The run stands right before a title: it is the description of a person's role
    ("Australian Prime" + " Minister Anthony Albanese", "South African Police" + " Minister")."""
    nxt = _TITLE_NEXT.match(text, found.end)
    return nxt is not None and nxt.group(1) in TITLES_BEFORE_NAMES


def _leading_people(found: Mention, text: str) -> Mention | None:
    """The people's adjective opening a role's description ("South African" of "South African
    Police"), as a NORP; None when the description opens with none."""
    words = found.text(text).split(" ")
    for n in (2, 1):
        if len(words) > n and is_demonym(" ".join(words[:n])):
            return Mention(found.start, found.start + len(" ".join(words[:n])), "NORP", "dateline_opener")
    return None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    index = SpanIndex(mentions)
    surnames = {m.text(text) for m in mentions if m.label == "PERSON" and " " not in m.text(text)}
    added = False
    for dateline in paragraph_datelines(text, lines):
        found = _opening(text, dateline.end(), index)
        if found is not None and _before_title(found, text):
            found = _leading_people(found, text)  # "Australian Prime" + " Minister": "Australian"
        if found is None or not _takes(found.text(text), lines, surnames):
            continue
        found.label, found.origin = _label(found, mentions, text), "dateline_opener"
        index.add(found)
        added = True
    return list(index) if added else mentions
