"""A capitalised name the model missed, coordinated with a name it read, is a name of the same
kind: "Essex and Kent both face" (Kent ORG), "Stellantis and Renault also fell", "Adams and
Platt are injured", "title rivals Essex, Derbyshire and Surrey" (ORG, ORG).

The missed name is one to three capitalised words standing alone (no capitalised word glued
before or after it: "Prince Norodom Ranariddh and Hun Sen" adds nothing), on a prose line, and
no function word, month or weekday, title, country or people; at a sentence's start, no
plural noun ("Shareholders and Nvidia") nor a word the document also writes in lower case
("Police and Hamas" beside "police"). A person is no acronym and no dictionary word ("three
RBI and Alan Benes", "Who is Ana Vell and Why"). Only ORG and PERSON siblings teach, and
the name is added once; the document-level memory (`names.py`) then finds it elsewhere.
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.titles import TITLES_BEFORE_NAMES
from .index import SpanIndex
from .junk import never_a_name, plural_noun, sentence_initial
from .lexicon import is_common_word
from .lines import PROSE, LineMap
from .mention import Mention
from .names import common_noun_here

_TEACHING = frozenset({"ORG", "PERSON"})
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,2})(?:, | and | or )$")
"""A name right before a sibling: "Essex " of "Essex and Kent", "Essex, " of "Essex, Derbyshire"."""
_NAME_AFTER = re.compile(r"(?: and | or )([A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,2})(?![\w'’-]| [A-Z])")
"""A name right after a sibling and "and": " and Renault" of "Stellantis and Renault"."""
_REACH = 100
"""How far before a sibling a missed name may start (three words of bounded length and a link)."""


def _comma_list_goes_on(m: Mention, text: str, index: SpanIndex) -> bool:
    """After "X, " the sibling must go on to "and"/"or" and a name of its label ("Essex,
    Derbyshire and Surrey"), so that a sentence adverb before it adds nothing ("Separately, China")."""
    tail = re.match(r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)*,? (?:and|or) ", text[m.end : m.end + 200])
    if not tail:
        return False
    nxt = next(index.overlapping(m.end + tail.end(), m.end + tail.end() + 1), None)
    return nxt is not None and nxt.label == m.label and nxt.start == m.end + tail.end()


_GLUED_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")


def _may_add(name: str, label: str, start: int, text: str, lines: LineMap) -> bool:
    if _GLUED_BEFORE.search(text, max(0, start - 32), start):
        return False  # "Prince Norodom Ranariddh and": part of a longer capitalised run
    if never_a_name(name) or name.split()[0] in CALENDAR_NAMES or name.split()[0] in TITLES_BEFORE_NAMES:
        return False
    if country_code(name) or is_demonym(name):
        return False
    if label == "PERSON" and (name.isupper() or any(is_common_word(w) for w in name.split())):
        return False  # "three RBI and Alan Benes", "Who is Ana Vell and Why is She"
    return not (sentence_initial(text, start) and (plural_noun(name) or common_noun_here(name, lines)))


def _candidates(m: Mention, text: str, index: SpanIndex):
    """(start, end) of a missed name coordinated with `m`, before it or after it."""
    before = _NAME_BEFORE.search(text, max(0, m.start - _REACH), m.start)
    if before and (not before.group(0).endswith(", ") or _comma_list_goes_on(m, text, index)):
        yield before.span(1)
    after = _NAME_AFTER.match(text, m.end)
    if after:
        yield after.span(1)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    teachers = [m for m in mentions if m.label in _TEACHING and lines.kind(m.start) == PROSE]
    if not teachers:
        return mentions
    index = SpanIndex(mentions)
    added = []
    for m in teachers:
        for s, e in _candidates(m, text, index):
            if lines.kind(s) != PROSE or lines.at(s).start != lines.at(m.start).start:
                continue
            if index.any_overlap(s, e) or not _may_add(text[s:e], m.label, s, text, lines):
                continue
            new = Mention(s, e, m.label, "sibling")
            index.add(new)
            added.append(new)
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions
