"""Two companies the model fused over "and", "or" or a comma, each named short: "Harrow and
Kelmar did not comment" beside "Harrow Bancorp Inc." and "Kelmar Bancshares Inc.".

`coordinated.py` splits a fused "A and B" when each side is the text of another mention; a
company is often named in full once and then by its first word, which the model fuses with
the next. An ORG "A and B", "A or B" or "A, B" splits into two ORGs when each side is one
capitalised word that opens a fuller ORG name of the document ending in a company word (a
suffix, `lexicon.organisations.NAME_TAILS` or `SERVICE_TAILS`; "Commerce" of "Commerce
Bancshares Inc."), or is the text of another one-word ORG mention that is no dictionary word. "Marks and Spencer" with no "Marks ... Inc" stays whole.
"""

from __future__ import annotations

import re

from ..lexicon.organisations import NAME_TAILS, SERVICE_TAILS
from .evidence import CORPORATE_SUFFIXES
from .lexicon import is_common_word
from .lines import LineMap
from .mention import Mention

_FUSED = re.compile(r"([A-Z][\w&'’.-]*)(, | and | or )([A-Z][\w&'’.-]*)")
_COMPANY_ENDS = CORPORATE_SUFFIXES | NAME_TAILS | SERVICE_TAILS


def short_forms(mentions: list[Mention], text: str) -> frozenset[str]:
    """One-word names the document uses for its companies: the first word of each fuller ORG
    name ending in a company word, and each one-word ORG mention."""
    out = set()
    for m in mentions:
        if m.label != "ORG":
            continue
        words = m.text(text).split()
        if len(words) == 1 and not is_common_word(words[0]):
            out.add(words[0])
        elif len(words) > 1 and (words[-1].rstrip(".") in _COMPANY_ENDS or words[-1] in _COMPANY_ENDS):
            out.add(words[0])  # "Commerce" of "Commerce Bancshares Inc.", a dictionary word too
    return frozenset(out)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not any(m.label == "ORG" and _FUSED.fullmatch(m.text(text)) for m in mentions):
        return mentions
    known = short_forms(mentions, text)
    out: list[Mention] = []
    for m in mentions:
        fused = _FUSED.fullmatch(m.text(text)) if m.label == "ORG" else None
        if fused is None or fused.group(1) not in known or fused.group(3) not in known:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + fused.end(1), "ORG", "coordinated"))
        out.append(Mention(m.start + fused.start(3), m.end, "ORG", "coordinated"))
    return out
