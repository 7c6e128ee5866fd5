"""Mentions the model finds that are not names, dropped by rules checked on CoNLL dev.

- A single capitalised adjective or plural noun opening a sentence ("External affairs
  minister ...", "Automakers said ...") is not a name unless the document also capitalises it
  mid-sentence or it is a demonym or a party.
- A month or weekday alone is no organisation or place ("July" ORG).
- Acronyms of common nouns ("AI", "CEO", "GDP") are not organisations, people or places.
- Nor is a lone capitalised institution noun ("Government", "Ministry", "Police"), nor a
  word of the page's chrome ("Share", "Contact Us", "Photo": lexicon.headlines.PAGE_FURNITURE).
- Nor, whatever made them, is a function word ("the", "and"), a span without a capital
  letter ("tariffs", "dlrs"), or a number ("280bn", "300p", "Twelve"): `never_a_name`.
- A one-word PERSON that is a dictionary word right after an article, or after an article
  and up to two lowercase words, is a common noun ("the Bill", "the approved Bill", "a
  Shadow"): names have no article in English news.
- A ministry portfolio alone ("Secretary of Commerce", "Finance Minister") names nothing;
  nor does a currency code beside an amount ("USD 7.6 billion").
- An ORG whose last word makes it a law, budget or measure ("Union Budget", "Anti-Dumping
  Duties") is a LAW or nothing (`lexicon.organisations.NOT_ORGANISATION_HEADS`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..lexicon.calendar import CALENDAR_NAMES, CURRENCY_CODES, NUMBER_WORDS
from ..lexicon.organisations import NOT_ORGANISATION_HEADS, PORTFOLIOS, is_party
from ..lexicon.countries import country_code
from ..lexicon.function_words import is_function_word
from ..lexicon.headlines import PAGE_FURNITURE
from ..lexicon.titles import LEADER_NOUNS_AFTER_NAME
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
    Committee Council Foreign Trade Energy Health Industry Transport Emphasis Budget Shadow
    Radio Digital Public Best Outstanding Speech Lord International Institute Group
    Organisation Organization Party Subcommittee Broadband Spyware
    Attendance Extras Scorer Scorers Avg Winner Winners Notes Standings Halftime
    Baseball Soccer Tennis Golf Cricket Basketball Hockey Boxing Cycling Swimming""".split()
) | {"General Election", "Election", "Member States", "Member State"}
"""Capitalised institution, heading and results-table words that, alone, name nothing ("the
Government", "Justice and Interior ministers", "Attendance: 32,000", a "BASEBALL" slug): never
an entity on their own in CoNLL or UNER gold."""
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
_PLACE_OR_BODY = frozenset({"ORG", "GPE", "LOC", "FAC"})  # a month alone is none of these ("July" ORG)
_NUMBER = re.compile(r"[-+]?\d[\d.,:/%-]*[a-z]{0,3}")  # "280bn", "300p", "1,200", "5.5%"
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:the|a|an)\s+$", re.I)
_ARTICLE_AND_WORDS_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:[Tt]he|[Aa]n?)(?:\s+[a-z]+){1,2}\s+$")
_PORTFOLIO_CONTEXT_BEFORE = re.compile(r"\bof\s+$")
_PORTFOLIO_CONTEXT_AFTER = re.compile(r"\s+(?:Minister|Secretary|Commissioner)\b")
_AMOUNT_AFTER = re.compile(r"\s?\d")
_AMOUNT_BEFORE = re.compile(r"\d(?:\s?(?:million|billion|trillion|mn|bn))?\s$")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")  # "Automakers"
_OPENERS = re.compile(r"(?:^|[\n.!?:;\d]|\d[)\]]?)[\s\"'“‘(]*$")


def sentence_initial(text: str, start: int) -> bool:
    """True if only spaces, quotes or brackets separate `start` from a line start, a
    sentence end or a number (as after a dateline or a "date 2026-01-30" header)."""
    return bool(_OPENERS.search(text[max(0, start - 12) : start]))


@lru_cache(maxsize=65536)
def never_a_name(t: str) -> bool:
    """A function word, a span with no capital letter, or a number: never an entity, and
    never a string the document-level rules vote on or look for elsewhere. (Cached: the
    rules ask about the same mention strings many times per document.)"""
    return (
        is_function_word(t)
        or not any(ch.isupper() for ch in t)
        or bool(_NUMBER.fullmatch(t))
        or t.lower() in NUMBER_WORDS
    )


def article_before(text: str, start: int) -> bool:
    """A lowercase article ("the", "a", "an") directly before `start`."""
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 5), start))


def _common_noun_person(m: Mention, t: str, text: str, words: WordIndex) -> bool:
    """ "the Bill", "a Shadow" labelled PERSON: a dictionary word after an article; or after
    an article and one or two lowercase words ("the approved Bill") when the document also
    writes the word in lower case, a common noun here. Not before a leader's noun ("the Bush
    administration": `lexicon.titles.LEADER_NOUNS_AFTER_NAME`)."""
    if m.label != "PERSON" or " " in t or not is_common_word(t) or _leader_noun_after(text, m.end):
        return False
    if article_before(text, m.start):
        return True
    return words.has(t.lower()) and bool(_ARTICLE_AND_WORDS_BEFORE.search(text, max(0, m.start - 40), m.start))


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def _leader_noun_after(text: str, end: int) -> bool:
    """ "the Bush administration", "the Brown government": the surname of a leader, not a noun."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in LEADER_NOUNS_AFTER_NAME


def portfolio_in_title(t: str, text: str, start: int, end: int) -> bool:
    """ "Secretary of Commerce", "Finance Minister": a portfolio word inside a title."""
    return t in PORTFOLIOS and bool(
        _PORTFOLIO_CONTEXT_BEFORE.search(text, max(0, start - 4), start) or _PORTFOLIO_CONTEXT_AFTER.match(text, end)
    )


def currency_beside_amount(t: str, text: str, start: int, end: int) -> bool:
    """ "USD 7.6 billion", "7.6 billion USD": an ISO currency code next to a number."""
    return t in CURRENCY_CODES and bool(
        _AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(text, max(0, start - 12), start)
    )


def relabel_by_head(m: Mention, t: str) -> bool:
    """A multi-word ORG of capitalised words ending in a law, budget or measure word takes
    that word's label ("Union Budget" LAW; not "Office of Management and Budget"); True when
    the word says it is no name at all ("Anti-Dumping Duties")."""
    if m.label != "ORG" or " " not in t or any(w.islower() for w in t.split()):
        return False  # "Office of Management and Budget" is a body
    head = t.rsplit(" ", 1)[1]
    if head not in NOT_ORGANISATION_HEADS:
        return False
    label = NOT_ORGANISATION_HEADS[head]
    if label is None:
        return True
    m.label = label
    return False


def _mid_sentence_capitalised(word: str, text: str, words: WordIndex) -> bool:
    """The document writes `word` capitalised somewhere other than at a sentence start."""
    n = len(word)
    for s in words.starts(word):
        glued = (s and text[s - 1] == "-") or text[s + n : s + n + 1] == "-"
        if not glued and not sentence_initial(text, s):
            return True
    return False


def is_junk(m: Mention, text: str, capitalised_inside: Callable[[str], bool], words: WordIndex) -> bool:
    """`capitalised_inside(word)`: the document capitalises `word` mid-sentence somewhere;
    `words`: the document's word index."""
    t = m.text(text)
    if never_a_name(t) or _common_noun_person(m, t, text, words):
        return True
    if (t in COMMON_ACRONYMS or t in GENERIC_NOUNS or t in PAGE_FURNITURE) and m.label in _NAME_LABELS:
        return True
    if portfolio_in_title(t, text, m.start, m.end) or currency_beside_amount(t, text, m.start, m.end):
        return True
    if relabel_by_head(m, t):
        return True
    if t in CALENDAR_NAMES and m.label in _PLACE_OR_BODY:
        return True
    return (
        m.origin == "model"
        and m.label in _NAME_LABELS
        and bool(_CAPITALISED_WORD.fullmatch(t))
        and (is_word(t, "adj") or plural_noun(t))
        and not country_code(t)
        and not is_party(t)
        and sentence_initial(text, m.start)
        and not capitalised_inside(t)
    )


def plural_noun(word: str) -> bool:
    """ "Automakers", "Eyewitnesses": the plural of a dictionary noun."""
    return word.endswith("s") and (is_word(word[:-1], "noun") or (word.endswith("es") and is_word(word[:-2], "noun")))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    # One answer per word: a word repeated at every sentence start is looked at once.
    capitalised_inside = lru_cache(maxsize=None)(lambda w: _mid_sentence_capitalised(w, text, lines.words))
    return [m for m in mentions if not is_junk(m, text, capitalised_inside, lines.words)]
