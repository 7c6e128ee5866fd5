"""When a predicted speaker counts as the gold speaker.

Both names are reduced to word tokens: Unicode NFKC, case-folded, curly apostrophe made
straight, a possessive 's removed, dots inside an abbreviation dropped ("U.S." -> "us").
Honorifics and other leading words that are not part of a name are stripped from the front,
generational suffixes from the end. Two speakers agree when both are empty, or when the shorter
token list is the tail of the longer ("Obama" = "Barack Obama"). The word lists below are part
of the metric's definition, so they live here and change only with the metric.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

# Leading words dropped before comparing: articles, honorifics, offices and ranks.
LEADING_WORDS = frozenset("""
    the a an
    mr mrs ms miss mx dr prof professor sir dame lord lady hon honorable honourable
    rev reverend fr
    sen senator rep representative congressman congresswoman gov governor pres president vice
    gen general lt col colonel maj major capt captain sgt sergeant adm admiral cmdr commander
    judge justice mayor minister chancellor king queen prince princess
    shri smt sri ret retired former chief ceo
""".split())
TRAILING_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})

_POSSESSIVE = re.compile(r"'s\b")
_TOKEN = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")


def speaker_tokens(name: object) -> list[str]:
    """The comparable word tokens of a speaker string ([] for None or a non-string)."""
    if not isinstance(name, str):
        return []
    folded = unicodedata.normalize("NFKC", name).casefold().replace("\u2019", "'")
    tokens = [t.replace(".", "") for t in _TOKEN.findall(_POSSESSIVE.sub("", folded))]
    while tokens and tokens[0] in LEADING_WORDS:
        tokens.pop(0)
    while tokens and tokens[-1] in TRAILING_WORDS:
        tokens.pop()
    return tokens


def same_speaker(predicted: object, gold: object, alternatives: Iterable[object] = ()) -> bool:
    """True when the prediction agrees with the gold speaker or with any accepted alternative."""
    mine = speaker_tokens(predicted)
    for candidate in (gold, *alternatives):
        theirs = speaker_tokens(candidate)
        if not mine or not theirs:
            if not mine and not theirs:
                return True
            continue
        short, long = sorted((mine, theirs), key=len)
        if long[len(long) - len(short):] == short:
            return True
    return False
