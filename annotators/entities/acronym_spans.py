"""A body's name broken by the model is made whole by the acronym defined after it:
"the Kelmar International Futures and Options Exchange (KIFOE)" is one ORG, and so is every
"KIFOE" of the document.

The model often splits a long name at "and", "of" or "in" ("Kelmar International Futures" +
"Options Exchange", "Rally for Democracy" + "Rwanda"). Where an all-capitals mention in
brackets spells the initials of the words right before it (`definitions.defined_words`), those
words open and end with a capital on the acronym's line, the mentions over them all lie
inside them, and they are two
or more or one shorter than the words, with an ORG and no PERSON among them, the words become one ORG
mention; the acronym and its other capitals mentions become ORG too.
"""

from __future__ import annotations

from .definitions import _ACRONYM, defined_words
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention


def _whole_name(m: Mention, text: str, index: SpanIndex) -> tuple[int, int] | None:
    """The span of the broken ORG name the bracketed acronym `m` defines, or None."""
    span = defined_words(m.text(text), text, m.start - 1)
    if span is None or not text[span[0]].isupper() or not text[span[1] - 1].isalnum():
        return None
    if "\n" in text[span[0] : m.end]:
        return None  # a name lies inside one line
    over = [o for o in index.overlapping(*span) if o is not m]
    if not over or any(o.start < span[0] or o.end > span[1] for o in over):
        return None
    if not any(o.label == "ORG" for o in over) or any(o.label == "PERSON" for o in over):
        return None  # "Ana Vela of Kelmar (AVK)": a person's initials are no body's name
    if len(over) == 1 and (over[0].start, over[0].end) == span:
        return None  # already whole
    last_word = text[span[0] : span[1]].rsplit(" ", 1)[-1]
    return span if last_word[:1].isupper() else None


def _bracketed_acronym(m: Mention, text: str) -> bool:
    return text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")" and bool(_ACRONYM.fullmatch(m.text(text)))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    bracketed = [m for m in mentions if _bracketed_acronym(m, text)]
    if not bracketed:
        return mentions
    index = SpanIndex(mentions)
    acronyms: set[str] = set()
    for m in bracketed:
        t = m.text(text)
        span = _whole_name(m, text, index)
        if span is None:
            continue
        for o in list(index.overlapping(*span)):
            if o is not m:
                index.remove(o)
        index.add(Mention(span[0], span[1], "ORG", "acronym_spans"))
        acronyms.add(t)
    for m in index:
        if m.text(text) in acronyms:
            m.label, m.origin = "ORG", "acronym_spans"
    return list(index)
