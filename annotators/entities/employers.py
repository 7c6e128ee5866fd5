"""The employer after a job noun and "at"/"from" is an organisation: "Analysts at Rabobank said",
"an economist at Pantheon Macroeconomics", "researchers from Quorvex Labs"
(`lexicon.titles.ROLES_AT_EMPLOYER`).

The model misses such a name in some contexts (a bank named once, late in a story) or reads
it as a person. The words after "at" or "from", one to four capitalised words on a prose line,
become an ORG when no mention overlaps them, or when the one mention of exactly those words is
typed as no body (PERSON, PRODUCT, WORK_OF_ART, FAC), and they are no country, people or
listed place ("economists at Harvard" is an ORG; "traders in London" has no "at").
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.places import is_named_place
from ..lexicon.titles import ROLES_AT_EMPLOYER
from .index import SpanIndex, at_words, leading_words
from .lines import PROSE, LineMap
from .mention import Mention

_EMPLOYER = re.compile(
    r"(?<![\w-])(?i:" + alternation(ROLES_AT_EMPLOYER) + r")[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w&'’.-]*){0,3})(?![\w'-])(?!’)"
)
_KEYS = leading_words(ROLES_AT_EMPLOYER) | leading_words(w.capitalize() for w in ROLES_AT_EMPLOYER)
_RETYPED = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "FAC"})
"""Labels the model gives an employer that are no body's; its ORG reading replaces them
("Researchers from Quorvex Labs" PERSON)."""


def _is_place(name: str) -> bool:
    return bool(country_code(name) or is_demonym(name) or is_named_place(name))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(_KEYS):
        return mentions
    index: SpanIndex | None = None
    for m in at_words(_EMPLOYER, _KEYS, text, lines.words):
        s, e = m.span(1)
        name = text[s:e].rstrip(".")
        e = s + len(name)
        if not name or lines.kind(s) != PROSE or _is_place(name):
            continue
        if index is None:
            index = SpanIndex(mentions)
        same = [o for o in index.overlapping(s, e) if (o.start, o.end) == (s, e) and o.label in _RETYPED]
        if same:
            same[0].label, same[0].origin = "ORG", "employer"
        elif not index.any_overlap(s, e):
            index.add(Mention(s, e, "ORG", "employer"))
    return mentions if index is None else list(index)
