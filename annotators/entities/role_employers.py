"""The name right before an employer's role and its holder is the employer, an organisation:
"Westpac economist Dev Okafor", "Harrow chief executive Ana Vela", "Dunmore boss Ian Brandt"
(`lexicon.titles.EMPLOYER_ROLES_BEFORE_PERSON`).

The small model misses such a name (a bank named once, at a sentence start) or reads it as a
person or a place ("Harmony chairman", "Petrobras president" PERSON; "Citi economist" GPE).
On a prose line, one to three capitalised words right before the role, with a PERSON mention
right after it, become an ORG when the model typed exactly them as a person, place, work,
product, facility or event, or missed them (then no dictionary word opens them, unless the
document names them as an organisation elsewhere and never writes the word in lower case:
"Inter coach" beside "Inter Milan"). A
dictionary word opening the run at a sentence start is no part of it ("Rival Halvrix chief").
Left alone: countries, listed places, peoples, parties ("England coach", "Texas manager",
"Kenyan president", "Labour chairman") and people: a leader, a name a title comes before, or the
surname of a person named in full ("Clinton spokesman" beside "Bill Clinton"). The document's
other mentions of that name typed PERSON become ORG too, and so does a longer PERSON mention it
opens ("Harmony Gold" beside "Harmony chairman"), unless that mention ends in a surname named
alone in the document. Runs after `names.py`, whose majority vote would undo a lone reading.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.countries import LEADERS, country_code, is_demonym
from ..lexicon.function_words import is_function_word
from ..lexicon.organisations import PARTY_ADJECTIVES, is_party
from ..lexicon.peoples import PEOPLES, REGION_ADJECTIVES
from ..lexicon.places import is_named_place
from ..lexicon.titles import EMPLOYER_ROLES_BEFORE_PERSON, PERSON_TITLES, TITLES_BEFORE_NAMES
from .index import SpanIndex, WordIndex, leading_words
from .junk import sentence_initial
from .lexicon import is_common_word
from .lines import PROSE, LineMap
from .mention import Mention

_ROLE = re.compile(r"(?:" + alternation(EMPLOYER_ROLES_BEFORE_PERSON) + r") (?=[A-Z])")
_KEYS = leading_words(EMPLOYER_ROLES_BEFORE_PERSON)
_NAME_BEFORE = re.compile(r"(?<![\w&'.-])(?<!’)([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}) $")
_WINDOW = 60
"""Characters looked at before a role: three words of a name."""
_TITLE_BEFORE = re.compile(r"\b(?:" + alternation(PERSON_TITLES) + r")\.?\s+$")
_RETYPED = frozenset({"PERSON", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT"})
"""Labels the model gives an employer before a role that are no body's."""


def _candidate(text: str, role_start: int) -> tuple[int, int] | None:
    """The capitalised run right before a role, less a sentence-opening dictionary word."""
    m = _NAME_BEFORE.search(text, max(0, role_start - _WINDOW), role_start)
    if not m:
        return None
    s, e = m.span(1)
    while " " in text[s:e]:
        first = text[s:e].split(" ", 1)[0]
        if not (is_function_word(first) or (sentence_initial(text, s) and is_common_word(first))):
            break
        s += len(first) + 1
    return s, e


def _no_body(name: str) -> bool:
    """A place, party, title, month or leader, or a name with a people's word ("Bosnian Serb"):
    never turned into an employer."""
    return bool(
        is_named_place(name)
        or country_code(name)
        or is_demonym(name)
        or is_party(name)
        or name in PARTY_ADJECTIVES
        or any(is_demonym(w) or w in PEOPLES for w in name.split())
        or name in REGION_ADJECTIVES
        or name.lower() in LEADERS
        or any(w in TITLES_BEFORE_NAMES or w in CALENDAR_NAMES for w in name.split())
    )


def _people_words(mentions: list[Mention], text: str) -> frozenset[str]:
    """Full names of the document's people of two words or more, and their last words."""
    out: set[str] = set()
    for m in mentions:
        t = m.text(text)
        if m.label == "PERSON" and " " in t:
            out.update((t, t.rsplit(" ", 1)[1]))
    return frozenset(out)


def _titled(name: str, text: str, lines: LineMap) -> bool:
    """A person's title comes right before some occurrence of `name` ("Mr Harrow")."""
    first = name.split(" ", 1)[0]
    return any(_TITLE_BEFORE.search(text, max(0, s - 12), s) for s in lines.words.starts(first))


def _known_body(name: str, mentions: list[Mention], text: str) -> bool:
    """An ORG mention elsewhere is `name` or opens with it ("Inter Milan" for "Inter")."""
    return any(m.label == "ORG" and (m.text(text) == name or m.text(text).startswith(name + " ")) for m in mentions)


def _employers(mentions: list[Mention], text: str, lines: LineMap) -> list[tuple[int, int]]:
    """Spans of the names before an employer's role and a PERSON mention."""
    persons = {m.start for m in mentions if m.label == "PERSON"}
    found: list[tuple[int, int]] = []
    for r in lines.words.starts_of(_KEYS):
        role = _ROLE.match(text, r)
        if not role or role.end() not in persons or lines.kind(r) != PROSE:
            continue
        span = _candidate(text, r)
        if span:
            found.append(span)
    return found


def _retype(index: SpanIndex, s: int, e: int, name: str, mentions: list[Mention], text: str, words: WordIndex) -> bool:
    """Make the name at s..e an ORG; True when it is one now."""
    same = list(index.overlapping(s, e))
    if not same:
        first = name.split(" ", 1)[0]
        if is_common_word(first) and (words.has(first.lower()) or not _known_body(name, mentions, text)):
            return False  # "Police spokesman"; "Arsenal director" beside "arsenal" in lower case
        index.add(Mention(s, e, "ORG", "role_employer"))
        return True
    if len(same) != 1 or (same[0].start, same[0].end) != (s, e):
        return False
    if same[0].label in _RETYPED:
        same[0].label, same[0].origin = "ORG", "role_employer"
    return same[0].label == "ORG"


def _spread(mentions: list[Mention], names: set[str], text: str) -> None:
    """Other PERSON mentions of those names, or opened by one, become ORG, unless a longer one
    ends in a surname the document names alone ("Harmony Korine" beside "Korine")."""
    alone = {m.text(text) for m in mentions if m.label == "PERSON" and " " not in m.text(text)}
    for m in mentions:
        t = m.text(text)
        if m.label == "PERSON" and (t in names or (" " in t and t.split(" ", 1)[0] in names and t.rsplit(" ", 1)[1] not in alone)):
            m.label, m.origin = "ORG", "role_employer"


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(_KEYS):
        return mentions
    spans = _employers(mentions, text, lines)
    if not spans:
        return mentions
    people = _people_words(mentions, text)
    index = SpanIndex(mentions)
    names: set[str] = set()
    for s, e in spans:
        name = text[s:e]
        if _no_body(name) or name in people or _titled(name, text, lines):
            continue
        if _retype(index, s, e, name, mentions, text, lines.words):
            names.add(name)
    out = list(index)
    if names:
        _spread(out, names, text)
    return out
