"""A one-word "person" that is won, nominated for or handed out is an award: "Oscar-winning",
"Grammy nominations", "a Pulitzer nominee", "the Bafta ceremony".

The small model reads one-word award names as people, and the string then spreads over the
document. People are not nominated-for or won, so these cues settle it, wherever the document
writes them; the award takes WORK_OF_ART, as OntoNotes-trained models label "Academy Award".
A name that is a word of a fuller PERSON name here ("Oscar" of "Oscar Lindqvist") or that has
a title before it keeps PERSON.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.titles import AWARD_CUES_AFTER
from .evidence import cues
from .lines import PROSE, LineMap
from .mention import Mention
from .names import occurrences

_AWARD_AFTER = re.compile(r"(?:-(?:winning|winner|nominated|nominee)|[ \t]+(?:" + alternation(AWARD_CUES_AFTER) + r"))\b")


def is_award(name: str, text: str, lines: LineMap) -> bool:
    """Some prose occurrence of `name` is followed by an award cue, and no title marks a person."""
    hit = any(lines.kind(s) == PROSE and _AWARD_AFTER.match(text, e) for s, e in occurrences(name, text, lines))
    return hit and not cues(name, text, lines).person


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    persons = {m.text(text) for m in mentions if m.label == "PERSON"}
    words = {w for p in persons if " " in p for w in p.split()}
    awards = {n for n in persons - words if " " not in n and is_award(n, text, lines)}
    for m in mentions:
        if m.label == "PERSON" and m.text(text) in awards:
            m.label = "WORK_OF_ART"
            m.origin = "awards"
    return mentions
