"""Names the model's date swallows after a dateline dash.

The small model often reads a wire story's opening "NEW YORK, June 19 - The Federal Reserve
said ..." as one DATE, "June 19 - The Federal Reserve", so the story's first actor (most often
the company or body the story is about) is lost. Here the words after the dash are read again:
a run of capitalised words, with "of", "and", "&" or "for" between them, up to the first
lowercase word or the end of the line, is a name. It is not one when it opens a table row
("Shr 95 cts"), is a calendar or number word ("June 30", "Ten grain ships"), or is a lone
dictionary word ("Gold bullion rose").
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CALENDAR_NAMES, NUMBER_WORDS
from ..lexicon.countries import EU, country_code, country_name, is_demonym
from ..lexicon.organisations import BODY_HEADS, NAME_TAILS, PORTFOLIOS, UNIT_TAILS
from ..lexicon.titles import ROLE_TITLES
from ..lexicon.wire_tables import TABLE_ROW_LABELS
from .evidence import CORPORATE_SUFFIXES
from .lexicon import is_dictionary_form
from .mention import NAME_LABELS, Mention
from .repair import is_given_name

NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
"""Model labels that are no names: a span with one of them may run on past a dateline."""

_DATELINE_DASH = re.compile(
    r"(?<=\d)(?:\s\([\w.-]+(?: [\w.-]+){0,2}\))?[ \t]+(?:-{1,2}|–|—)[ \t]+(?:The[ \t]+)?(?=[A-Z])")
"""The dash after a dateline's date, with an agency credit before it and a "The" after it
left out of the name: "June 19 - ", "March 4, 2026 (Reuters) - The "."""

_WORD = r"[A-Z][\w.&'’-]*"
_NAME = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:of|and|&|for|de)[ \t]+)?{_WORD}){{0,7}}")
"""A run of capitalised words on one line: "Pacific First Financial Corp", "Standard and Poor's
Corp", "Alcoa of Australia Ltd" (eight words at most)."""

_WORDS = re.compile(r"\S+")
_CONNECTORS = frozenset({"of", "and", "&", "for", "de"})
_TITLES = frozenset(w.lower() for w in ROLE_TITLES)
_DETERMINERS = frozenset({"The", "A", "An"})

_ORG_ENDS = CORPORATE_SUFFIXES | NAME_TAILS | UNIT_TAILS | frozenset(w.title() for w in BODY_HEADS)
_NOT_OPENING_A_NAME = CALENDAR_NAMES | TABLE_ROW_LABELS | frozenset(w.title() for w in NUMBER_WORDS)


def name_after_dateline(text: str, span: Mention, next_name: int | None = None) -> Mention | None:
    """The name a numeric model span swallowed after a dateline dash, labelled, or None.
    `next_name`: where the model's next name starts; the name read here ends before it
    ("June 19 - Britain and France" keeps the model's "France" apart)."""
    if span.label not in NUMERIC_LABELS:
        return None
    dash = _DATELINE_DASH.search(text, span.start, span.end)
    if dash is None:
        return None
    name = _NAME.match(text, dash.end(), len(text) if next_name is None else next_name)
    if name is None or name.end() < span.end:
        return None  # the model's span goes on past the words: it read figures ("Shr 95")
    return named_run(text, name)


def name_opening_at(text: str, start: int, limit: int) -> Mention | None:
    """The name the capitalised words from `start` (up to `limit`) give, as after a swallowed
    dateline dash; None when they open none."""
    name = _NAME.match(text, start, limit)
    return None if name is None else named_run(text, name)


def named_run(text: str, name: re.Match[str]) -> Mention | None:
    """The name a run of capitalised words after a dateline dash gives (`_NAME`'s match), its
    trailing connectors and titles left out, labelled; None when the words open no name."""
    words = list(_WORDS.finditer(text, name.start(), name.end()))
    while words and (words[-1].group() in _CONNECTORS or words[-1].group().lower() in _TITLES):
        titled = words.pop().group().lower() in _TITLES  # "Britain and" before the model's "France"
        while titled and words and words[-1].group() in PORTFOLIOS:
            words.pop()  # "Philippine Finance Secretary" before the model's name: "Philippine"
    if not words or not _opens_a_name([w.group() for w in words]):
        return None
    found = text[name.start() : words[-1].end()]
    return Mention(name.start(), words[-1].end(), _label(found.split(), found), "dateline_tail")


def _opens_a_name(words: list[str]) -> bool:
    """Not a table row label, a calendar or number word, nor a lone dictionary word that names
    no country or people ("Gold bullion rose", but "Norway raised duties")."""
    if words[0] in _NOT_OPENING_A_NAME or words[0] in _DETERMINERS:
        return False  # a determiner here had no capitalised word after it: "The use of …"
    lone = words[0] if len(words) == 1 else None
    return lone is None or not is_dictionary_form(lone) or bool(country_code(lone)) or is_demonym(lone)


def _label(words: list[str], name: str) -> str:
    """NORP for a people, GPE for a country, PERSON for a given name (no dictionary word) and a
    surname, else ORG (a wire story opens with a company or a body far more than anything else)."""
    code = country_code(name)
    if code and (not is_demonym(name) or country_name(code) == name):  # "Philippines" is a country
        return "ORG" if code == EU else "GPE"  # the European Union is a body
    if is_demonym(name):
        return "NORP"
    first = words[0]
    if 2 <= len(words) <= 3 and words[-1] not in _ORG_ENDS and is_given_name(first) and not is_dictionary_form(first):
        return "PERSON"
    return "ORG"


def names_after_datelines(text: str, spans: list[Mention]) -> list[Mention]:
    """Every name the model's numeric spans swallowed after a dateline dash; `spans` are all
    the model's spans in text order. A name the model labels elsewhere in the document takes
    that label ("May 8 - Joselu scored" beside the model's PERSON "Joselu pounced")."""
    found = []
    next_name: int | None = None
    for span in reversed(spans):  # back to front, so the next name's start is known
        if span.label in NAME_LABELS:
            next_name = span.start
        elif span.label in NUMERIC_LABELS:
            name = name_after_dateline(text, span, next_name)
            if name is not None:
                found.append(name)
    if found:
        labelled = {text[s.start:s.end]: s.label for s in reversed(spans) if s.label in NAME_LABELS}
        for name in found:
            name.label = labelled.get(text[name.start:name.end], name.label)
    return found[::-1]
