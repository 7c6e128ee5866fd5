"""Products the model reads as organisations or people: "the Super Heavy booster", "Falcon 9
boosters", "the iPhone maker" (lexicon.organisations.PRODUCT_NOUNS).

A name directly followed, on a prose line, by a product noun, or by a model number and then
one of a few more ("Falcon 9 rockets"; "Nokia smartphones" is the maker), is a PRODUCT, and so is every mention of the same string,
unless the document also gives it a company suffix or it names a country.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import country_code
from ..lexicon.organisations import MODEL_PRODUCT_NOUNS, PRODUCT_NOUNS
from .evidence import company_suffix_after
from .lines import PROSE, LineMap
from .mention import Mention
from .names import find_all

_PRODUCT_AFTER = re.compile(
    r"\s+(?:(?:" + alternation(PRODUCT_NOUNS) + r")|\d{1,4}\s+(?:" + alternation(MODEL_PRODUCT_NOUNS) + r"))\b"
)
_RELABELLED = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP"})


def is_product(name: str, text: str, lines: LineMap) -> bool:
    """Some prose occurrence of `name` is followed by a product noun, and none by a company suffix."""
    seen = False
    for s, e in find_all(name, text, lines.words):
        if company_suffix_after(text, e):
            return False
        if lines.kind(s) == PROSE and _PRODUCT_AFTER.match(text, e):
            seen = True
    return seen


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    names = {m.text(text) for m in mentions if m.label in _RELABELLED}
    products = {n for n in names if not country_code(n) and is_product(n, text, lines)}
    for m in mentions:
        if m.label in _RELABELLED and m.text(text) in products:
            m.label = "PRODUCT"
            m.origin = "product"
    return mentions
