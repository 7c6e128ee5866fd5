"""A company whose name holds a possessive keeps it in its short form: "Harlow's".

"Harlow's Bancshares Inc." names the company; "Harlow's said on Monday", "the bid for Harlow's"
then name it too, but the span trimming cut the "'s" as a possessive ending ("Harlow"). Where
the document has an ORG mention opening with "X's " and ending in a company word (a suffix,
`lexicon.organisations.NAME_TAILS` or `SERVICE_TAILS`), every ORG mention "X"
right before "'s" grows to "X's" (both gold sets write it so). Without such a fuller name
the "'s" stays a possessive ("Harlow's profits").
"""

from __future__ import annotations

import re

from ..lexicon.organisations import NAME_TAILS, SERVICE_TAILS
from .evidence import CORPORATE_SUFFIXES
from .lines import LineMap
from .mention import Mention

_POSSESSIVE_HEAD = re.compile(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)['’]s (?=[A-Z])")
"""The possessive first word or two of a fuller company name: "Harlow's " of "Harlow's Bancshares"."""


_COMPANY_ENDS = CORPORATE_SUFFIXES | NAME_TAILS | SERVICE_TAILS


def possessive_heads(mentions: list[Mention], text: str) -> frozenset[str]:
    """The names that ORG mentions of the document open with a possessive and end with a
    company word ("Harlow" of "Harlow's Bancshares Inc."; not "Magna" of a fused "Magna's
    North American")."""
    heads = set()
    for m in mentions:
        if m.label == "ORG":
            name = m.text(text)
            head = _POSSESSIVE_HEAD.match(name)
            if head and name.split()[-1] in _COMPANY_ENDS:
                heads.add(head.group(1))
    return frozenset(heads)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    heads = possessive_heads(mentions, text)
    if not heads:
        return mentions
    for m in mentions:
        if m.label == "ORG" and m.text(text) in heads and text[m.end : m.end + 2] in ("'s", "’s"):
            if not text[m.end + 2 : m.end + 3].isalnum():
                m.end += 2
                m.origin = "possessive_names"
    return mentions
