"""Unlabelled names whose type the text spells out next to them.

- "Wall Street", "Downing Street", "Fifth Avenue": a capitalised run ending in a street or
  square word is a facility (FAC).
- "news agency Tanjug", "firm Multico", "the town of Uyo": a capitalised word right after
  an organisation noun is ORG; after "town of", "village of", "city of" it is GPE.

Only text no mention covers is read, on prose lines, and never at a sentence start (where
any word is capitalised). The name memory then finds the name's other occurrences.
"""

from __future__ import annotations

import re

from .evidence import ORG_NOUNS
from .index import SpanIndex
from .junk import sentence_initial
from .lexicon import is_common_word
from .lines import PROSE, LineMap
from .mention import Mention

_STREET = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s){1,3}(?:Street|Avenue|Boulevard|Square|Road|Lane|Plaza))\b"
)
_AFTER_NOUN = re.compile(
    r"\b(" + "|".join(sorted(ORG_NOUNS)) + r"|(?:town|village|city) of)\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
)


_CONTINUES = re.compile(r"\s(?:of|in|for|de|and|&)\s+[A-Z]")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    index = SpanIndex(mentions)
    for m in _STREET.finditer(text):
        s, e = m.span(1)
        if lines.kind(s) == PROSE and not index.any_overlap(s, e) and not sentence_initial(text, s):
            index.add(Mention(s, e, "FAC", "typed"))
    for m in _AFTER_NOUN.finditer(text):
        s, e = m.span(2)
        name = m.group(2)
        if lines.kind(s) != PROSE or index.any_overlap(s, e):
            continue
        if (" " not in name and is_common_word(name)) or _CONTINUES.match(text, e):
            continue  # a dictionary word, or a longer name ("group Human Rights in China")
        label = "GPE" if m.group(1).endswith(" of") else "ORG"
        index.add(Mention(s, e, label, "typed"))
    return list(index)
