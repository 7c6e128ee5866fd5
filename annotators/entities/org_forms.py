"""Short forms of organisations: "Apple" for "Apple Inc.", "Eagles" for "Philadelphia Eagles".

A multi-word ORG has a short form when its last words are company suffixes or name tails
(what is left: "Apple" of "Apple Inc.", "Corning" of "Corning Inc.", "Labour" of "Labour
Party", "Nortel" of "Nortel Networks": `lexicon.organisations.NAME_TAILS`) or when its first words are a place
the document names as a GPE, or its first word a listed city or region (the rest: "Eagles"
of "Philadelphia Eagles" beside "Philadelphia", "United" of "Manchester United"). A mention of a short form is ORG whatever the model read ("Eagles" GPE),
unless it is a country, region or listed city or a dateline's place ("Alberta" of "Alberta
Energy Co"), or a NORP before a name tail ("Conservative" of "Conservative Party"), and joins
the full name's cluster (clusters.py).
"""

from __future__ import annotations

from ..lexicon.countries import country_code, is_subdivision
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.organisations import NAME_TAILS
from ..lexicon.places import is_city
from .evidence import CORPORATE_SUFFIXES
from .lines import LineMap
from .mention import Mention

_TAILS = CORPORATE_SUFFIXES | NAME_TAILS
_RELABELLED = frozenset({"GPE", "PERSON", "NORP", "FAC", "LOC", "PRODUCT"})


def short_forms(names: list[tuple[str, str]], places: set[str]) -> dict[str, str]:
    """Short form -> the full ORG name it stands for, from (text, label) pairs and the
    document's GPE texts. The longest full name wins a short form they share."""
    out: dict[str, str] = {}
    orgs = [t for t, label in names if label == "ORG"]  # only an ORG has short forms: the others go first
    for t in sorted(orgs, key=len, reverse=True):  # stable, as the longest-first order was
        ws = t.split()
        if len(ws) < 2:
            continue
        k = len(ws)
        while k > 1 and ws[k - 1].rstrip(",") in _TAILS:
            k -= 1
        if k < len(ws):
            out.setdefault(" ".join(ws[:k]).rstrip(","), t)
        for j in range(1, len(ws)):
            if " ".join(ws[:j]) in places or (j == 1 and _place_not_given_name(ws[0])):
                out.setdefault(" ".join(ws[j:]), t)
                break
    return out


def _place_not_given_name(word: str) -> bool:
    """A listed city or region that is nobody's given name: "Manchester" (United), not "Milan" (Baros)."""
    return (is_city(word) or is_subdivision(word)) and not may_be_given_name(word)


def is_place_name(t: str) -> bool:
    """A country, a country's region or a listed city ("Alberta" of "Alberta Energy Co",
    "London" of "London Stock Exchange"): a place, not a short form."""
    return country_code(t) is not None or is_subdivision(t) or is_city(t)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    pairs = [(m.text(text), m.label) for m in mentions]
    places = {t for t, label in pairs if label == "GPE"}
    forms = short_forms(pairs, places)
    for m in mentions:
        t = m.text(text)
        if (
            m.label in _RELABELLED and t in forms and m.origin != "dateline" and not is_place_name(t)
            and not (m.label == "NORP" and forms[t].split()[-1] in NAME_TAILS)  # "Conservative MPs"
        ):
            m.label = "ORG"
            m.origin = "org_form"
    return mentions
