"""A common noun capitalised only because it opens a sentence is no name: "Death is not a
punishment, he said" beside "death is the end", "Riot police took control" beside "the riot".

The model reads some such words as people. A one-word mention at a sentence start
(`junk.sentence_initial`) that is a dictionary word (`lexicon.is_common_word`) the document
also writes in lower case goes, unless it may be a given name ("Will", "Rose"), a word of a
fuller name of the document ("Such" of "Peter Such") or a listed country, people or place.
Only mentions typed PERSON are read: a place or a body at a sentence start is left to the
other rules.
"""

from __future__ import annotations

from ..lexicon.countries import country_code, is_demonym
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.places import is_named_place
from .junk import sentence_initial
from .lexicon import is_common_word
from .lines import LineMap
from .mention import Mention


def _name_words(mentions: list[Mention], text: str) -> frozenset[str]:
    """Every word of the document's multi-word names."""
    return frozenset(w for m in mentions for w in m.text(text).split() if " " in m.text(text))


def common_noun_at_start(m: Mention, text: str, lines: LineMap, name_words: frozenset[str]) -> bool:
    """A one-word PERSON at a sentence start that the document writes in lower case too."""
    word = m.text(text)
    if m.label != "PERSON" or " " in word or not word[:1].isupper() or word.isupper():
        return False
    if not sentence_initial(text, m.start) or not is_common_word(word) or not lines.words.has(word.lower()):
        return False
    return not (may_be_given_name(word) or word in name_words or country_code(word) or is_demonym(word)
                or is_named_place(word))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not any(m.label == "PERSON" and " " not in m.text(text) for m in mentions):
        return mentions
    name_words = _name_words(mentions, text)
    return [m for m in mentions if not common_noun_at_start(m, text, lines, name_words)]
