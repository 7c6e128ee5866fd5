"""A given name and a surname right before a verb of saying are a person: "Arne Slot said",
"Jean Kaseya told reporters".

The small model misses some names of two capitalised words when the surname is also an English
word ("Slot", "Frank", "Hill") and nothing else in the sentence marks a person. Right before
"said", "told", "added" ... (`lexicon.speech.SPEAKER_VERBS`) such a pair is the speaker. It is
taken as a PERSON when neither word is covered by a mention, the first is a given name
(`person_shaped.is_given`: the lists, or the table's when no dictionary word or place; not
"Will", "Bank", "Credit") and the second is a capitalised word that is no function word, month,
weekday, country, people, place or company word ("Kenya said", "Monday said", "Olin Corp
said" no), with no "its" after the verb ("Apex Holdings said its ..."). The name memory
(`names.py`, which runs after) then finds the surname elsewhere.
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.organisations import (
    BODY_HEADS, BODY_ONLY_TAILS, COMPANIES, COMPANY_LAST_WORDS, LEGAL_SUFFIXES, NAME_TAILS, ORG_NOUNS, UNIT_HEADS,
)
from ..lexicon.places import is_named_place
from ..lexicon.speech import SPEAKER_VERBS
from ..lexicon.titles import TITLES_BEFORE_NAMES
from .index import SpanIndex
from .junk import never_a_name
from .lines import PROSE, LineMap
from .mention import Mention
from .person_shaped import is_given

_PAIR_BEFORE = re.compile(r"(?<![\w.'’&-])([A-Z][a-z]{1,15}) ([A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?) $")
"""Two capitalised words and one space, ending right before the verb ("Arne Slot ")."""
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’.-]*) $")
"""A capitalised word right before the pair: the pair may be the end of a longer name."""
_ITS_AFTER = re.compile(r"\w+ (?:on \w+ )?its\b")
"""The verb with "its" after it: a company speaking ("Olin Corp said its board")."""
_WINDOW = 40
"""Characters read back from the verb: two words of a name and their spaces."""
_VERBS = frozenset(SPEAKER_VERBS)


def _company_word(word: str) -> bool:
    """A word ending a company's or a body's name ("Corp", "Holdings", "Bank", "Council")."""
    return (word in LEGAL_SUFFIXES or word in NAME_TAILS or word in COMPANY_LAST_WORDS or word in BODY_ONLY_TAILS
            or word in UNIT_HEADS or word in COMPANIES or word.lower() in ORG_NOUNS or word.lower() in BODY_HEADS)


def _surname(word: str) -> bool:
    """A capitalised word that may end a person's name: no function word, calendar word,
    country, people or place, and no company word ("Olin Corp said", "Apex Energy said")."""
    return not (never_a_name(word) or word in CALENDAR_NAMES or country_code(word) or is_demonym(word)
                or is_named_place(word) or _company_word(word))


def _longer_name(text: str, start: int) -> bool:
    """A capitalised word other than a title stands right before the pair ("Maria Corina
    Machado said": not "Corina Machado"); "Coach Arne Slot said" is still a pair."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - _WINDOW), start)
    return before is not None and before.group(1).rstrip(".") not in TITLES_BEFORE_NAMES


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    starts = lines.words.starts_of(_VERBS)
    if not starts:
        return mentions
    index = SpanIndex(mentions)
    for verb in starts:
        pair = _PAIR_BEFORE.search(text, max(0, verb - _WINDOW), verb)
        if pair is None or lines.kind(pair.start()) != PROSE or index.any_overlap(pair.start(), pair.end() - 1):
            continue
        if _longer_name(text, pair.start()) or _ITS_AFTER.match(text, verb):
            continue
        if is_given(pair.group(1)) and _surname(pair.group(2)) and not is_given(pair.group(2)):
            index.add(Mention(pair.start(), pair.end() - 1, "PERSON", "speaker_names"))
    return list(index)
