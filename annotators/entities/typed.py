"""Unlabelled names whose type the text spells out next to them.

- "Wall Street", "Downing Street", "Fifth Avenue": a capitalised run ending in a street or
  square word is a facility (FAC).
- "news agency Tanjug", "firm Multico", "the town of Uyo": a capitalised word right after
  an organisation noun is ORG; after a kind of place and "of" ("town of", "island of":
  `lexicon.places.PLACE_KIND_NOUNS`) it is GPE. One word
  counts unless it is a dictionary noun or the document writes it in lower case ("AI startup
  Halvra", not "the firm Chairman").
- "Halvrix said it would", "Halvrix says its": one capitalised word no mention covers,
  speaking of itself as "it", is ORG when it is no dictionary word and nobody's given name
  (a person's surname the document also gives in full turns back to PERSON in `names.py`).
- "retailers Vendora and Quillo": names joined by commas and "and" after an organisation noun
  in the plural are ORG, also where the model read them as people (every mention of the
  string turns, unless a title or an age shows a person).

- "said PM Keir Starmer", "Senator Ana Moreno", "Billionaire Elon Musk": two or three
  capitalised words after a person's title or occupation (`lexicon.titles.PERSON_DESCRIPTORS`)
  are a PERSON when the first is no dictionary word.
- "— Elon Musk (@elonmusk)": the signature of an embedded post names a PERSON.

Only text no mention covers is read, on prose lines, and never at a sentence start (where
any word is capitalised), titles and signatures excepted. The name memory then finds the
name's other occurrences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import alternation, starts_with_one_of
from ..lexicon.calendar import MONTH_NAMES
from ..lexicon.titles import PERSON_DESCRIPTORS, PERSON_TITLES
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.organisations import ORG_NOUNS, ORG_NOUNS_PLURAL
from ..lexicon.places import PLACE_KIND_NOUNS
from .evidence import CORPORATE_SUFFIXES, cues
from .index import SpanIndex, at_words, leading_words
from .junk import sentence_initial
from .lexicon import is_dictionary_form, is_word
from .lines import PROSE, LineMap
from .mention import Mention

_CAPITAL = "(?=[A-Z])"
"""Before a pattern that opens with a capital: lets the scan skip other positions fast."""
_STREET_WORDS = ("Street", "Avenue", "Boulevard", "Square", "Road", "Lane", "Plaza")
_STREET = re.compile(
    _CAPITAL + r"(?<![\w'-])(?<!’)((?:[A-Z][\w'’.-]*\s){1,3}(?:" + "|".join(_STREET_WORDS) + r"))\b"
)
"""A street word ends the match after a blank and before a word boundary, so it is a word of
the document's index wherever the pattern matches: a text without one is not scanned."""
_AFTER_NOUN = re.compile(
    starts_with_one_of((*ORG_NOUNS, *PLACE_KIND_NOUNS))
    + r"\b(" + alternation(ORG_NOUNS) + r"|(?:" + alternation(PLACE_KIND_NOUNS) + r") of)[ \t]+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)


_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_AFTER_PLURAL = re.compile(
    starts_with_one_of(ORG_NOUNS_PLURAL)
    + r"\b(?:" + alternation(ORG_NOUNS_PLURAL) + r")[ \t]+(" + _NAME + r"(?:(?:,?[ \t]+and[ \t]+|,[ \t]*)" + _NAME + r"){1,4})"
)
"""Two to five names after a plural organisation noun: "platforms Vendora, Quillo and Tesk"."""
_JOINER = re.compile(r",?[ \t]+and[ \t]+|,[ \t]*")

_SAYS_IT = re.compile(r"(?:said|says)(?:[ \t]+on[ \t]+[A-Z][a-z]+day)?(?:[ \t]+that)?[ \t]+its?[ \t]")
_SAID_KEYS = frozenset({"said", "says"})
_SPEAKER_BEFORE = re.compile(r"(?<![\w'.-])(?<!’)([A-Z][a-z]+(?:[A-Z][a-z]*)?)[ \t]+(?:has[ \t]+)?$")
"""A one-word name speaking of itself as "it": "Halvrix said on Monday it would", "Halvrix says its"."""

_CONTINUES = re.compile(r"\s(?:of|in|for|de|and|&)\s+[A-Z]")
NAME_TITLES = tuple(t for t in PERSON_TITLES if t not in ("General", "Gen", "King", "Queen", "Prince", "Captain", "Capt"))
"""Titles before a name; those that also open other names ("General Motors", "King Street") left out."""
_TITLE_WORDS = (*NAME_TITLES, "PM", "Prime Minister", "Secretary", *sorted(PERSON_DESCRIPTORS))
_TITLE_NAME = re.compile(
    starts_with_one_of(_TITLE_WORDS) + r"(?<![\w'-])(?<!’)(?:" + alternation(_TITLE_WORDS) + r")\.?\s+"
    r"([A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){1,2})(?![\w'’-]| [A-Z])"
)
_NOUN_KEYS = leading_words((*ORG_NOUNS, *PLACE_KIND_NOUNS))
_TITLE_KEYS = leading_words(_TITLE_WORDS)
"""The index words that open a noun of `_AFTER_NOUN` or a title of `_TITLE_NAME`: both open at
a word's start, so they are matched only where one of these words starts (`_at_words`)."""
_POSSESSIVE = re.compile(r"['’]s?$|['’]s['’-]")
_SIGNATURE = re.compile(_CAPITAL + r"(?<![\w'.-])(?<!’)([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}) \(@\w+\)")


def titled_names(text: str, lines: LineMap) -> Iterator[tuple[int, int]]:
    """(start, end) of names after a person's title and of embedded posts' signatures."""
    for m in _at_words(_TITLE_NAME, _TITLE_KEYS, text, lines):
        words = m.group(1).split()
        if is_dictionary_form(words[0]) or any(w in CORPORATE_SUFFIXES or _POSSESSIVE.search(w) for w in words):
            continue  # "Mr Brown's Budget" is no name
        if lines.kind(m.start(1)) == PROSE:
            yield m.span(1)
    if "(@" not in text:
        return  # a signature's handle in brackets: none, no signature
    for m in _SIGNATURE.finditer(text):
        yield m.span(1)


_NAME_GOES_ON = re.compile(r"(?:[A-Z][\w.&'’-]*|of|&|and)[ \t]*\n?[ \t]*$")
"""A capitalised word (or "of", "&", "and") right before: the word ends a longer name."""

_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\.?[ \t]+$")


def _has_forename(word: str, text: str, lines: LineMap) -> bool:
    """Somewhere a given name or a title comes right before `word` ("Ana Okafor", "Ms Okafor");
    a month is no given name there ("From January to June Halvrix exported")."""
    for s in lines.words.starts(word):
        b = _WORD_BEFORE.search(text, max(0, s - 20), s)
        if b and b.group(1) not in MONTH_NAMES and (may_be_given_name(b.group(1)) or b.group(1) in NAME_TITLES):
            return True
    return False


_PLURAL_KEYS = frozenset(n.split("-")[0] for n in ORG_NOUNS_PLURAL)
"""The words the document index holds for the plural nouns ("start" of "start-ups")."""


def _at_words(pattern: re.Pattern[str], keys: frozenset[str], text: str, lines: LineMap) -> Iterator[re.Match[str]]:
    """`index.at_words` on the document's word index."""
    return at_words(pattern, keys, text, lines.words)


def _may_name_one(word: str, lines: LineMap) -> bool:
    """One capitalised word after an organisation noun may be its name: no dictionary noun
    ("Chairman"), no country or people, and not written in lower case here ("anthropic")."""
    return not (
        is_word(word, "noun") or country_code(word) or is_demonym(word) or lines.words.has(word.lower())
    )


def _named_in_plural(index: SpanIndex, text: str, lines: LineMap) -> None:
    """Names listed after a plural organisation noun become ORG: uncovered ones are added,
    a model PERSON or GPE reading of the same string turns ("retailers Vendora and Quillo")."""
    turned: set[str] = set()
    person: dict[str, bool] = {}  # each string's person cues, read once per document
    for m in _at_words(_AFTER_PLURAL, _PLURAL_KEYS, text, lines):
        if lines.kind(m.start(1)) != PROSE:
            continue
        pos = m.start(1)
        for piece in _JOINER.split(m.group(1)):
            s = text.index(piece, pos)
            e = pos = s + len(piece)
            if " " not in piece and not _may_name_one(piece, lines):
                continue
            if not index.any_overlap(s, e):
                index.add(Mention(s, e, "ORG", "typed"))
            elif not (country_code(piece) or is_demonym(piece)):
                if piece not in person:
                    person[piece] = cues(piece, text, lines).person
                if not person[piece]:
                    turned.add(piece)
    for mention in index:
        if mention.label in ("PERSON", "GPE") and mention.text(text) in turned and mention.origin != "dateline":
            mention.label = "ORG"
            mention.origin = "typed"


def _speakers_of_it(index: SpanIndex, text: str, lines: LineMap) -> None:
    """Add "Halvrix" of "Halvrix said it would" as ORG (module docstring); each word is judged
    once per document, so a word said a thousand times costs one look at its occurrences."""
    judged: dict[str, bool] = {}
    for said in _at_words(_SAYS_IT, _SAID_KEYS, text, lines):
        m = _SPEAKER_BEFORE.search(text, max(0, said.start() - 40), said.start())
        if m is None:
            continue
        s, e = m.span(1)
        word = m.group(1)
        if lines.kind(s) != PROSE or index.any_overlap(s, e) or _NAME_GOES_ON.search(text, max(0, s - 30), s):
            continue  # _NAME_GOES_ON: the last word of a longer name ("Alcan Aluminium Ltd said")
        if word not in judged:
            judged[word] = not (
                is_dictionary_form(word) or may_be_given_name(word) or country_code(word) or is_demonym(word)
                or lines.words.has(word.lower()) or _has_forename(word, text, lines)
            )
        if judged[word]:
            index.add(Mention(s, e, "ORG", "typed"))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    index = SpanIndex(mentions)
    streets = _STREET.finditer(text) if lines.words.has_any(_STREET_WORDS) else ()
    for m in streets:
        s, e = m.span(1)
        if lines.kind(s) == PROSE and not index.any_overlap(s, e) and not sentence_initial(text, s):
            index.add(Mention(s, e, "FAC", "typed"))
    for m in _at_words(_AFTER_NOUN, _NOUN_KEYS, text, lines):
        s, e = m.span(2)
        name = m.group(2)
        if lines.kind(s) != PROSE or index.any_overlap(s, e):
            continue
        if (" " not in name and not _may_name_one(name, lines)) or _CONTINUES.match(text, e):
            continue  # a dictionary word, or a longer name ("group Human Rights in China")
        label = "GPE" if m.group(1).endswith(" of") else "ORG"
        index.add(Mention(s, e, label, "typed"))
    _named_in_plural(index, text, lines)
    _speakers_of_it(index, text, lines)
    for s, e in titled_names(text, lines):
        if not index.any_overlap(s, e):
            index.add(Mention(s, e, "PERSON", "typed"))
    return list(index)
