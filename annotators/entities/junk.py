"""Mentions the model finds that are not names, dropped by rules checked on CoNLL dev.

- A single capitalised adjective opening a sentence ("External affairs minister ...") is
  not a name unless the document also capitalises it mid-sentence or it is a demonym.
- Acronyms of common nouns ("AI", "CEO", "GDP") are not organisations, people or places.
- Nor is a lone capitalised institution noun ("Government", "Ministry", "Police").
- Nor, whatever made them, is a function word ("the", "and"), a span without a capital
  letter ("tariffs", "dlrs"), or a number ("280bn", "300p", "Twelve"): `never_a_name`.
- A one-word PERSON that is a dictionary word right after an article is a common noun
  ("the Bill", "a Shadow"): names have no article in English news.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..lexicon.calendar import NUMBER_WORDS
from ..lexicon.countries import country_code
from ..lexicon.function_words import is_function_word
from .index import WordIndex
from .lexicon import is_common_word, is_word
from .lines import LineMap
from .mention import Mention

COMMON_ACRONYMS = frozenset(
    {"AI", "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "TV", "PC", "IPO", "VAT", "DNA", "CPI",
     "PMI", "SMS", "GPS", "EV", "EVs", "AM", "PM", "FAQ", "PhD", "MP3", "USB", "HR", "IT",
     "MP", "MPs", "EDT", "EST", "GMT", "UTC", "BST", "CET", "PST", "PDT", "FOB", "CIF", "HIV",
     "AIDS", "SARS", "RBI", "ERA", "MVP", "NB", "OK", "ID", "SUV", "LNG", "LPG", "GMO", "ATM",
     "CD", "DVD", "PR", "QC", "CBD", "RAM", "CPU", "API", "URL", "PDF", "ESG", "NGO", "NGOs",
     "LIBOR", "PIBOR", "EURIBOR", "SOFR", "PSBR", "RPT", "CORRECTED", "UPDATE"}
)
GENERIC_NOUNS = frozenset(
    """Government Ministry Department Bank Justice Interior Education Agriculture Defence
    Defense Authority Division Men Women Sport Primary Current State Court Police Army
    Committee Council Foreign Trade Energy Health Industry Transport Emphasis Budget Shadow""".split()
) | {"General Election", "Election"}
"""Capitalised institution and heading words that, alone, name nothing ("the Government",
"Justice and Interior ministers"): never an entity on their own in CoNLL or UNER gold."""
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
_NUMBER = re.compile(r"[-+]?\d[\d.,:/%-]*[a-z]{0,3}")  # "280bn", "300p", "1,200", "5.5%"
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:the|a|an)\s+$", re.I)
_OPENERS = re.compile(r"(?:^|[\n.!?:;\d]|\d[)\]]?)[\s\"'“‘(]*$")


def sentence_initial(text: str, start: int) -> bool:
    """True if only spaces, quotes or brackets separate `start` from a line start, a
    sentence end or a number (as after a dateline or a "date 2026-01-30" header)."""
    return bool(_OPENERS.search(text[max(0, start - 12) : start]))


def never_a_name(t: str) -> bool:
    """A function word, a span with no capital letter, or a number: never an entity, and
    never a string the document-level rules vote on or look for elsewhere."""
    return (
        is_function_word(t)
        or not any(ch.isupper() for ch in t)
        or bool(_NUMBER.fullmatch(t))
        or t.lower() in NUMBER_WORDS
    )


def article_before(text: str, start: int) -> bool:
    """A lowercase article ("the", "a", "an") directly before `start`."""
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 5), start))


def _common_noun_person(m: Mention, t: str, text: str) -> bool:
    """ "the Bill", "a Shadow" labelled PERSON: a dictionary word after an article."""
    return m.label == "PERSON" and " " not in t and is_common_word(t) and article_before(text, m.start)


def _mid_sentence_capitalised(word: str, text: str, words: WordIndex) -> bool:
    """The document writes `word` capitalised somewhere other than at a sentence start."""
    n = len(word)
    for s in words.starts(word):
        glued = (s and text[s - 1] == "-") or text[s + n : s + n + 1] == "-"
        if not glued and not sentence_initial(text, s):
            return True
    return False


def is_junk(m: Mention, text: str, capitalised_inside: Callable[[str], bool]) -> bool:
    """`capitalised_inside(word)`: the document capitalises `word` mid-sentence somewhere."""
    t = m.text(text)
    if never_a_name(t) or _common_noun_person(m, t, text):
        return True
    if (t in COMMON_ACRONYMS or t in GENERIC_NOUNS) and m.label in _NAME_LABELS:
        return True
    return (
        m.origin == "model"
        and m.label in _NAME_LABELS
        and bool(re.fullmatch(r"[A-Z][a-z]+", t))
        and is_word(t, "adj")
        and not country_code(t)
        and sentence_initial(text, m.start)
        and not capitalised_inside(t)
    )


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    # One answer per word: a word repeated at every sentence start is looked at once.
    capitalised_inside = lru_cache(maxsize=None)(lambda w: _mid_sentence_capitalised(w, text, lines.words))
    return [m for m in mentions if not is_junk(m, text, capitalised_inside)]
