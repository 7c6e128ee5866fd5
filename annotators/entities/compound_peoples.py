"""A people named by a country's demonym and a people or faith after it is one NORP.

"Iraqi Kurds", "Bosnian Serb", "American Catholics", "an Iraqi Kurdish group": the model
reads two NORP mentions side by side; both gold sets write one (a people within a country).
The first must be a country's demonym (`lexicon.countries.is_demonym`), the second a NORP
mention of one word right after it, one space apart on one line, that is no party's
adjective ("American Republican", "BRITISH CONSERVATIVES" stay two: `lexicon.organisations.PARTY_ADJECTIVES`); a
longer people keeps its own name ("Italian" and "Roman Catholic").
"""

from __future__ import annotations

from ..lexicon.countries import is_demonym
from ..lexicon.organisations import PARTY_ADJECTIVES, is_party
from .lines import LineMap
from .mention import Mention


def _party_word(word: str) -> bool:
    """A party's members or their adjective, in any case ("Tories", "CONSERVATIVES", "Republican")."""
    return is_party(word) or word.title() in PARTY_ADJECTIVES


def joins(left: Mention, right: Mention, text: str) -> bool:
    """Two NORP mentions one space apart: a country's demonym, then a one-word people that is no party."""
    return (
        left.label == "NORP" and right.label == "NORP" and right.start == left.end + 1
        and text[left.end] == " " and is_demonym(left.text(text))
        and " " not in right.text(text) and not _party_word(right.text(text))
    )


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        if out and joins(out[-1], m, text):
            out[-1] = Mention(out[-1].start, m.end, "NORP", "compound_peoples")
            continue
        out.append(m)
    return out
