"""A name of two or three words the model read as a PERSON is an organisation when the model
read one of its end words alone as an ORG in the same document, with an organisation's cue, and
its first word is no given name: "Norsk Hydro said" beside "Hydro shares fell", "Harmony Gold" beside "Harmony chairman
Ana Vell" (both ORG). Without this, the document-level memory (`names.py`) would make the short
form a surname of the "person".

Not "Charles Leclerc" beside a stray ORG "Leclerc" (a given name opens it), nor a name with a
person cue anywhere (a title or an age: "Mr Lim Boon", "Lim Boon, 54,"), nor one whose short
form the model also reads as a person somewhere.
"""

from __future__ import annotations

from .evidence import Cues, cues
from .lines import PROSE, LineMap
from .mention import Mention
from ..lexicon.firstnames import may_be_given_name
from .repair import is_given_name


def _lone_words(mentions: list[Mention], text: str, lines: LineMap, label: str) -> set[str]:
    """One-word mentions with `label` on prose lines."""
    return {m.text(text) for m in mentions if m.label == label and " " not in m.text(text) and lines.kind(m.start) == PROSE}


def _company_shaped(name: str, orgs: set[str], persons: set[str], text: str, lines: LineMap) -> bool:
    """No given name opens it, and an end word read alone as an ORG has an organisation's cue
    ("Hydro shares", "Harmony chairman"; `evidence.cues`)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or is_given_name(words[0]) or may_be_given_name(words[0]):
        return False
    ends = {words[0], words[-1]}
    if ends & persons:
        return False
    return any(_org_cue(cues(end, text, lines)) for end in ends & orgs)


def _org_cue(c: Cues) -> bool:
    return (c.org or c.lone_org) and not c.person


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    orgs = _lone_words(mentions, text, lines, "ORG")
    if not orgs:
        return mentions
    persons = _lone_words(mentions, text, lines, "PERSON")
    verdicts: dict[str, bool] = {}
    for m in mentions:
        if m.label != "PERSON":
            continue
        name = m.text(text)
        if name not in verdicts:
            verdicts[name] = _company_shaped(name, orgs, persons, text, lines) and not cues(name, text, lines).person
        if verdicts[name]:
            m.label, m.origin = "ORG", "table"  # a strong vote: every mention of the name follows
    return mentions
