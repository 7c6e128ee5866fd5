"""Country names and demonyms the model missed, found with the countries table.

Capitalised word runs (or upper-case runs on all-caps lines) are looked up whole and by
their sub-runs, longest first; a hit not overlapping any mention becomes GPE (a country
name) or NORP (a demonym). The EU family ("EU", "European Union") becomes ORG. A country
name the model read as ORG becomes GPE, as OntoNotes labels countries (national teams too).
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_demonym, may_start_country
from .index import SpanIndex
from .lines import CAPS, LineMap
from .mention import Mention

_RUN = re.compile(r"(?<![\w@#.-])[A-Z][\w.'’-]*(?:[ \t](?:of[ \t]|and[ \t]|the[ \t])?[A-Z][\w.'’-]*){0,4}")


def _label(name: str, code: str) -> str:
    if code == "EU":
        return "ORG"
    return "NORP" if is_demonym(name) else "GPE"


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:  # "Rwandan", "Briton" labelled PERSON or ORG are peoples
        if m.label in ("PERSON", "ORG", "GPE", "LOC") and is_demonym(m.text(text)):
            m.label = "NORP"
        elif m.label == "ORG" and country_code(m.text(text)) not in (None, "EU"):
            m.label = "GPE"  # "Moldova" read as an organisation: a country (its team too) is a GPE
    index = SpanIndex(mentions)
    for run in _RUN.finditer(text):
        caps_line = lines.kind(run.start()) == CAPS
        words = list(re.finditer(r"[\w.'’-]+", run.group()))
        i = 0
        while i < len(words):
            hit = None
            if not may_start_country(words[i].group()):
                i += 1
                continue
            for j in range(min(len(words), i + 5), i, -1):
                s = run.start() + words[i].start()
                e = run.start() + words[j - 1].end()
                while e > s and text[e - 1] in ".'’-":
                    if text[s:e] in ("U.S.", "U.K.", "E.U."):
                        break
                    e -= 1
                name = text[s:e]
                if name.isupper() and len(name) > 4 and not caps_line:
                    continue
                code = country_code(name)
                if code:
                    hit = (s, e, _label(name, code), j)
                    break
            if hit is None:
                i += 1
                continue
            s, e, label, i = hit
            if not index.any_overlap(s, e):
                index.add(Mention(s, e, label, "gazetteer"))
    return list(index)
