"""An acronym defined in brackets is what it abbreviates: "the Economic Prosperity Deal (EPD)"
is a LAW like the deal, "countervailing duties (CVD)" is no name at all, "the Trade Remedies
Board (TRB)" stays ORG.

An all-capitals mention in brackets right after the words whose initials it spells (minor
words such as "of" and "and" may be skipped, a hyphenated word gives each part's initial:
"Anti-Dumping" -> "AD") takes the label of the mention over all those words (an ORG among
them keeps it ORG; other names inside them say nothing). With no mention there, it goes when the words are lowercase, and takes the label of the last word's kind
when that word makes the phrase a law or measure (lexicon.organisations
.NOT_ORGANISATION_HEADS: "Deal" LAW, "Supplement" nothing). Otherwise it keeps its label.
"""

from __future__ import annotations

import re

from ..lexicon.organisations import NOT_ORGANISATION_HEADS
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_MINOR = frozenset({"of", "and", "the", "for", "on", "in", "to", "&"})
REACH = 120  # characters before the bracket searched for the defined words


def _initials(word: str) -> str:
    return "".join(part[0] for part in word.split("-") if part)


def defined_words(acronym: str, text: str, bracket: int) -> tuple[int, int] | None:
    """(start, end) of the words before `bracket` whose initials spell `acronym`, or None."""
    words = list(_WORD.finditer(text, max(0, bracket - REACH), bracket))
    if not words or text[words[-1].end() : bracket].strip():
        return None
    need = acronym.upper()
    k = len(words) - 1
    first = None
    while need and k >= 0:
        w = words[k].group()
        ini = _initials(w).upper()
        if need.endswith(ini):
            need = need[: -len(ini)]
            first = words[k]
        elif w.lower() not in _MINOR or first is None:
            return None
        k -= 1
    if need or first is None:
        return None
    return first.start(), words[-1].end()


def _label_for(m: Mention, span: tuple[int, int], text: str, index: SpanIndex) -> str | None:
    """The label the acronym takes; "" to drop it; None to leave it as it is."""
    over = [o for o in index.overlapping(*span) if o is not m]
    if any(o.label == "ORG" for o in over):
        return None
    whole = [o for o in over if o.start <= span[0] and o.end >= span[1]]
    if whole:
        return whole[0].label
    if over:  # names inside the words ("Democracy in Rwanda (RDR)"): say nothing
        return None
    phrase = text[span[0] : span[1]]
    if phrase.islower():
        return ""
    head = phrase.rsplit(" ", 1)[-1]
    if head in NOT_ORGANISATION_HEADS:
        return NOT_ORGANISATION_HEADS[head] or ""
    return None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    index = SpanIndex(mentions)
    out = []
    for m in mentions:
        t = m.text(text)
        if _ACRONYM.fullmatch(t) and text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
            span = defined_words(t, text, m.start - 1)
            label = _label_for(m, span, text, index) if span else None
            if label == "":
                continue
            if label:
                m.label = label
        out.append(m)
    return out
