"""A one-word "person" in the plural after "the" names a group: "the Houthis", "the Gunners".

The small model reads plural group names as people ("The Houthis fired a missile", "the
Pumas shocked the Irish"). A person's surname takes "the" only before a kin noun ("the Williams
sisters", "the Boix-Vives family"), so a one-word PERSON ending in a plural "s" that follows
"the" and is followed by punctuation or a verb is a group, wherever the document writes it.
Its label follows OntoNotes (docs/entities.md): NORP when the document also writes the
singular as a people's adjective ("Houthi rebels", "a Houthi spokesman"; that adjective is
NORP too), else ORG (a side, a
band, a body: "the Gunners", "the Killers"). A family keeps PERSON ("the Clintons" where
"Clinton" names a person). A title or an honorific ("Mr Jones") keeps
PERSON, and so does a name that is a word of a fuller PERSON name ("Jones" of "Sam Jones").
"""

from __future__ import annotations

import re

from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.names import KIN_NOUNS
from .evidence import cues
from .lines import PROSE, LineMap
from .mention import Mention
from .names import occurrences

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_PLURAL_WORD = re.compile(r"[A-Z][a-z]*[a-rt-z]s")
"""One capitalised word in a plural "s", not "ss" ("Houthis", "Gunners"; not "Ross")."""

_AFTER = re.compile(r"(?:['’]s?)?(?:\s*[,.;:!?)\"”]|\s*$|\s+([a-z]+)\b)")
"""What may follow the group: punctuation, the end of the line, or a lowercase word (then read)."""

_IRREGULAR_PAST = frozenset(
    """said told took made went came won lost beat began fought held left ran sent struck shot
    gave got kept met saw stood sought brought built chose drew fell felt flew hit knew led paid
    put rose set spent threw wrote""".split()
)
"""Past forms without "-ed" that follow a plural subject ("the Houthis said")."""


def _verb_like(word: str) -> bool:
    """A lowercase word that opens a predicate after a plural subject: an auxiliary or other
    function word ("are", "have", "and"), a past form ("fired", "said") or a plural present
    of speech ("say")."""
    return word in FUNCTION_WORDS or word.endswith("ed") or word in _IRREGULAR_PAST or word in ("say", "claim")


def _as_group(name: str, text: str, lines: LineMap) -> bool:
    """Some prose occurrence reads "the NAME" followed by a predicate or punctuation."""
    for s, e in occurrences(name, text, lines):
        if lines.kind(s) != PROSE or not _THE_BEFORE.search(text, max(0, s - 6), s):
            continue
        m = _AFTER.match(text, e, min(len(text), e + 30))
        if m and (m.group(1) is None or (m.group(1) not in KIN_NOUNS and _verb_like(m.group(1)))):
            return True
    return False


_WORD_AFTER = re.compile(r"(?:\s+|-)[a-z]")
"""A lowercase word or a hyphened one after the stem ("Houthi rebels", "Houthi-run")."""


def _people_adjective(stem: str, text: str, lines: LineMap) -> bool:
    """The singular stem is written before a lowercase word somewhere ("Houthi rebels")."""
    return any(_WORD_AFTER.match(text, e) for _, e in occurrences(stem, text, lines))


def group_label(name: str, text: str, lines: LineMap, persons: set[str]) -> str | None:
    """NORP or ORG for a plural one-word PERSON string the document treats as a group, else
    None. A family keeps PERSON: the singular is a person's name here ("the Clintons" beside
    "Bill Clinton" or "Clinton said")."""
    if not _PLURAL_WORD.fullmatch(name) or not _as_group(name, text, lines) or cues(name, text, lines).person:
        return None
    if name[:-1] in persons:
        return None
    return "NORP" if _people_adjective(name[:-1], text, lines) else "ORG"


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    persons = {m.text(text) for m in mentions if m.label == "PERSON"}
    inner = {w for p in persons if " " in p for w in p.split()}
    labels = {n: lab for n in persons - inner if (lab := group_label(n, text, lines, persons | inner))}
    adjectives = {n[:-1] for n, lab in labels.items() if lab == "NORP"}  # "Houthi" of "Houthi rebels"
    for m in mentions:
        t = m.text(text)
        if m.label == "PERSON" and (lab := labels.get(t)):
            m.label = lab
            m.origin = "groups"
        elif t in adjectives and m.label in ("PERSON", "ORG"):
            m.label = "NORP"
            m.origin = "groups"
    return mentions
