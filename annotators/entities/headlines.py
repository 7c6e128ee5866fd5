"""All-caps lines (headlines, slugs, US results tables): the model guesses there, so its
guesses are kept only with support.

A model span on an all-caps line survives when the document's prose names it too (the name
memory relabels it), when it is a country name, or when a table shape made it. Otherwise it
is dropped: on dev data most such spans are slugs ("BASEBALL - MAJOR LEAGUE STANDINGS"),
verbs ("WIN") or mislabelled words.
"""

from __future__ import annotations

from ..lexicon.countries import country_code, is_demonym
from .lines import CAPS, LineMap
from .mention import Mention


def supported(m: Mention, text: str, known_upper: set[str]) -> bool:
    t = m.text(text)
    return m.origin != "model" or t.upper() in known_upper or country_code(t) is not None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    on_caps = [lines.kind(m.start) == CAPS for m in mentions]  # each mention's line looked up once
    if not any(on_caps):
        return list(mentions)
    known_upper = {m.text(text).upper() for m, caps in zip(mentions, on_caps) if not caps}
    out = []
    for m, caps in zip(mentions, on_caps):
        if caps and not supported(m, text, known_upper):
            continue
        if caps and m.origin == "model" and country_code(m.text(text)):
            if m.label not in ("GPE", "NORP", "LOC"):
                m.label = "NORP" if is_demonym(m.text(text)) else "GPE"
        out.append(m)
    return out
