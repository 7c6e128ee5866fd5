"""A given name right before a one-word person is that person's full name.

The model reads "Musk told CNBC" as a PERSON but can miss "Elon Musk said ..." in the story's
first sentence (a headline with no full stop runs into it), and a one-word surname that is also
a dictionary word ("Musk", "Cook", "Brown") is not looked for elsewhere. Where a capitalised
given name stands right before such a surname ("Elon Musk"), the two are one PERSON: a given
name the first-name table knows and that is no dictionary word ("Elon", "Keir"; not "Will",
"Grant", "Morgan Stanley" has "Morgan" but no PERSON "Stanley"). The full name then teaches the
document-level memory (`names.py`) the person, so every "Musk" joins them.

The surname may also be one the model typed as a place or a body alone ("Haaland" GPE, "Dyche"
ORG) when it is no dictionary word, place, people, company or outlet: "Erling Haaland", left
out by the model, is then a PERSON, and the memory relabels the lone "Haaland" after it.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_demonym, is_subdivision
from ..lexicon.firstnames import NEWS_GIVEN_NAMES
from ..lexicon.organisations import COMPANIES, is_outlet_or_body
from ..lexicon.peoples import PEOPLES
from ..lexicon.places import is_named_place
from .index import SpanIndex
from .lexicon import is_dictionary_form
from .lines import PROSE, LineMap
from .mention import Mention
from .repair import is_given_name

_GIVEN_BEFORE = re.compile(r"(?<![\w.'-])(?<!’)([A-Z][a-z]{1,15}) $")
"""A capitalised word and one space right before a surname: "Elon " of "Elon Musk"."""


def _is_given_name(word: str) -> bool:
    """A given name (`repair.is_given_name`: never a title) that is no dictionary word and no
    place ("Elon", not "Will" nor "Dr"), or a listed news given name ("Hugo", "Kai")."""
    if word in NEWS_GIVEN_NAMES:
        return True
    return is_given_name(word) and not is_dictionary_form(word) and not country_code(word) and not is_subdivision(word)


def _surnames(mentions: list[Mention], text: str, lines: LineMap) -> set[str]:
    """One-word PERSON mentions on prose lines: the surnames the text names people by."""
    return {m.text(text) for m in mentions if m.label == "PERSON" and lines.kind(m.start) == PROSE
            and " " not in m.text(text) and m.text(text)[:1].isupper()}


_MISTYPED = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
"""The model's types a lone surname may wrongly get ("Haaland" GPE, "Dyche" ORG)."""


def _mistyped_surnames(mentions: list[Mention], text: str, lines: LineMap) -> set[str]:
    """One-word model mentions of another type on prose lines that may be surnames: no
    dictionary word, place, country, state, people, company or outlet ("Haaland" GPE; not
    "Schwab" of "Charles Schwab", "Kenya", "Apple")."""
    out = set()
    for m in mentions:
        t = m.text(text)
        if m.label in _MISTYPED and m.origin == "model" and lines.kind(m.start) == PROSE and " " not in t \
                and t[:1].isupper() and t[1:].islower() and t.isalpha() and _may_be_surname(t):
            out.add(t)
    return out


def _may_be_surname(word: str) -> bool:
    return not (is_dictionary_form(word) or country_code(word) or is_subdivision(word) or is_named_place(word)
                or is_demonym(word) or word in COMPANIES or is_outlet_or_body(word) or word in PEOPLES)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    surnames = _surnames(mentions, text, lines) | _mistyped_surnames(mentions, text, lines)
    if not surnames:
        return mentions
    index = SpanIndex(mentions)
    for surname in sorted(surnames):
        for start in lines.words.starts(surname):
            before = _GIVEN_BEFORE.search(text, max(0, start - 17), start)
            if before is None or not _is_given_name(before.group(1)):
                continue
            full = Mention(before.start(1), start + len(surname), "PERSON", "given name")
            index.take_in(full, lambda m: m.label == "PERSON" or m.text(text) == surname)
    return list(index)
