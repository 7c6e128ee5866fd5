"""Multi-word names the model breaks, repaired where the text is clear.

- A capitalised word directly before a name mention, mid-sentence, uncovered and not a
  title or calendar word, belongs to the name: "join Pax Silica" where the model found
  only "Silica".
- A name cut at a hyphen grows over the hyphenated capitalised rest: "Ingrid Solvik" +
  "-Haug".
- A span opening with a demonym before a capitalised name splits: "American Dennis
  Mitchell" -> NORP "American" + PERSON "Dennis Mitchell".
- A lone first name directly followed by a PERSON surname span merges into one PERSON.
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.titles import NAME_PREFIX_WORDS

from ..lexicon.countries import is_demonym
from .index import SpanIndex
from .junk import sentence_initial
from .lines import PROSE, LineMap
from .mention import Mention

TITLES = NAME_PREFIX_WORDS
CALENDAR = CALENDAR_NAMES
_PREV_WORD = re.compile(r"([A-Z][a-z]+) $")
_HYPHEN_REST = re.compile(r"(?:-[A-Z][\w'’]*){1,3}")


def _split_demonym(m: Mention, text: str) -> list[Mention]:
    if m.label != "PERSON":  # ORG names often open with one: "Indian Oil Corporation"
        return [m]
    first = re.match(r"([A-Z][a-z]+) (?=[A-Z])", m.text(text))
    if not first or not is_demonym(first.group(1)) or len(m.text(text).split()) < 3:
        return [m]
    cut = m.start + first.end()
    return [Mention(m.start, m.start + len(first.group(1)), "NORP", "repair"), Mention(cut, m.end, m.label, "repair")]


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    mentions = [piece for m in mentions for piece in _split_demonym(m, text)]
    mentions.sort(key=lambda m: m.start)
    index = SpanIndex(mentions)
    out: list[Mention] = []
    for m in mentions:
        rest = _HYPHEN_REST.match(text, m.end)
        if rest and not any(o is not m for o in index.overlapping(m.end, rest.end())):
            m = Mention(m.start, rest.end(), m.label, "repair")
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.label == "PERSON"
            and prev.end + 1 == m.start
            and text[prev.end] == " "
            and re.fullmatch(r"[A-Z][a-z]+", prev.text(text))
            and prev.label in ("NORP", "ORG", "PERSON", "GPE")
            and len(m.text(text).split()) == 1
            and prev.origin == "model"
        ):
            out[-1] = Mention(prev.start, m.end, "PERSON", "repair")
            continue
        w = _PREV_WORD.search(text[max(0, m.start - 30) : m.start])
        if (
            w
            and m.label in ("ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC")
            and lines.kind(m.start) == PROSE
            and w.group(1) not in TITLES
            and w.group(1) not in CALENDAR
        ):
            s = m.start - len(w.group(0))
            if not sentence_initial(text, s) and not (prev and prev.end > s):
                m = Mention(s, m.end, m.label, "repair")
        out.append(m)
    return out
