"""The sides of a result with its score are teams, in any story: "Lazio drew 2-2 with
Fiorentina", "beating Middlesbrough 3-1", "a 2-0 win over Hibernian", "held 1-1 at home by
Leeds", "Brighton beat Tottenham 3-2" (ORG; a country stays or becomes GPE: "beat Lithuania
2-1"). The score is the evidence, so no document-level sports test is needed.

A side the model missed is added; a side it read as a place, people, facility, product, work
or event becomes ORG, and a one-word PERSON too when it is a listed place or nobody's given
name, and no part of a longer person of the document. Tennis sets ("6-1 7-6") are no such score:
players beat players.
Each side's vote counts as a table's, so the document's other mentions of it follow (`names.py`).
"""

from __future__ import annotations

import re

from ..lexicon import alternation, starts_with_one_of
from ..lexicon.calendar import CALENDAR_NAMES, NUMBER_WORDS
from ..lexicon.countries import country_code
from ..lexicon.sport import (
    RESULT_NOUNS,
    RESULT_VERBS_AFTER_SIDE,
    RESULT_VERBS_BEFORE_SIDE,
    SIDE_PREPOSITIONS_AFTER_SCORE,
)
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.places import is_home_nation, is_named_place
from .index import SpanIndex
from .junk import never_a_name
from .lines import PROSE, LineMap
from .mention import Mention
from .sports import SCORE_HINT

_SIDE = r"(?:the )?(?<![\w.'-])(?<!’)(?P<{0}>(?:(?:[A-Z]\.){{2,4}}|[A-Z][\w'’-]{{0,30}})(?: [A-Z][\w'’-]{{0,30}}){{0,2}})"
"""One to three capitalised words, each of bounded length and opening no word (a scan stays
linear on hostile text, a long run of capitals); a dot only in an abbreviation ("U.S."), so a
sentence's end parts two sides ("for Bayern. Leipzig drew 0-0")."""
_SCORE = r"(?<![\d/.,-])\d{1,3}-\d{1,3}(?![\d/.,-])(?! \d{1,2}-\d)"
"""A single score, not a set of a tennis match ("6-1 7-6"), a fraction or a longer figure."""
_MARGIN = r"by (?:an innings|(?:\d{1,3}|" + alternation(NUMBER_WORDS) + r") (?:wickets?|runs))\b"
"""A cricket result's margin, which only teams win by: "beat Glamorgan by seven wickets"."""
_RESULT = "(?:" + _SCORE + "|" + _MARGIN + ")"

# Each pattern opens with a look-ahead for its first character (a result word's initial, a
# capital, a digit): the scan skips the other positions fast; matches unchanged.
_BEFORE = re.compile(
    starts_with_one_of(RESULT_VERBS_BEFORE_SIDE) + r"\b(?:" + alternation(RESULT_VERBS_BEFORE_SIDE) + r") "
    + _SIDE.format("side") + r" " + _RESULT
)
"""`beating Middlesbrough 3-1`: the side between a result word and its score."""
_SUBJECT = re.compile(
    r"(?=[A-Z])" + _SIDE.format("side").removeprefix("(?:the )?")
    + r" (?:" + alternation(RESULT_VERBS_AFTER_SIDE) + r") (?:(?:the )?(?:(?:[A-Z]\.){2,4}|[A-Z][\w'’-]{0,30}) ){0,3}?" + _RESULT
)
"""`Lazio drew 2-2`, `Brighton beat Tottenham 3-2`: the side that opens a result and its score."""
_AFTER = re.compile(
    r"(?=\d)" + _SCORE + r" (?:(?:home |away )?(?:" + alternation(RESULT_NOUNS) + r") )?(?:at home )?(?:"
    + alternation(SIDE_PREPOSITIONS_AFTER_SCORE) + r") " + _SIDE.format("side")
)
"""`drew 1-1 with Aberdeen`, `a 2-0 win over Hibernian`: the side after its score."""

_PATTERNS = (_BEFORE, _SUBJECT, _AFTER)
_TEAM_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The side without leading words that name nothing ("On Sunday Lazio" gives "Lazio") and
    without a closing mark ("Fiorentina." at a sentence's end; "U.S." keeps its dot)."""
    while e > s and text[e - 1] in ".'’-" and not (text[e - 1] == "." and "." in text[s : e - 1]):
        e -= 1
    while s < e:
        word = text[s:e].split(" ", 1)[0]
        if not (never_a_name(word) or word in CALENDAR_NAMES):
            return s, e
        s += len(word) + 1
    return None


_MARGIN_HINT = re.compile(r"by(?<!\wby) (?:an innings|\w+ (?:wickets?|runs))")
"""A margin's words ("by six wickets"); "by" first, then a look-behind that no word character
opens it, so the scan jumps from "by" to "by"."""


def _has_result(text: str) -> bool:
    """A digit, dash and digit ("2-1") or a cricket margin ("by six wickets") somewhere: without
    one no result pattern can match. Two scans that skip fast, not one alternation that cannot."""
    return bool(SCORE_HINT.search(text) or ("by " in text and _MARGIN_HINT.search(text)))


def results(text: str) -> list[tuple[int, int, int, int]]:
    """(side start, side end, result start, result end) of each side the result patterns name,
    in text order, without duplicates."""
    if not _has_result(text):
        return []
    found = set()
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            side = _trimmed(text, *m.span("side"))
            if side:
                found.add((*side, m.start(), m.end()))
    return sorted(found)


def sides(text: str) -> list[tuple[int, int]]:
    """Spans of the sides the result patterns name, in text order."""
    return sorted({(s, e) for s, e, _, _ in results(text)})


_PLAYER_REACH = 12
"""How far before a result a person may end and still be its subject ("Vela beat Okafor 3-1")."""


def _between_people(s: int, e: int, rs: int, re_: int, index: SpanIndex, text: str, people: set[str]) -> bool:
    """A person other than the side takes part in the result: players, not teams, so no side
    is added or turned ("Vela beat Okafor 3-1" after "Ana Vela", "Okafor beat Ana Vela 3-1")."""
    return any(
        _player(m, text, people) and (m.start, m.end) != (s, e) and m.start >= rs - 3 * _PLAYER_REACH
        for m in index.overlapping(max(0, rs - _PLAYER_REACH), re_)
    )


def _player(m: Mention, text: str, people: set[str]) -> bool:
    """A PERSON mention that reads as a person: a full name not opened by a town ("Manchester
    United" read as a person is no player), or a word of one ("Vela" after "Ana Vela"). A lone
    unknown word ("Glamorgan" read as a person) tells nothing."""
    if m.label != "PERSON":
        return False
    name = m.text(text)
    if " " not in name:
        return _in_longer_person(name, people)
    first = name.split(" ", 1)[0]
    return may_be_given_name(first) or not is_named_place(first)


def _in_longer_person(name: str, people: set[str]) -> bool:
    return any(name in p.split() for p in people)


def _turned(m: Mention, name: str, people: set[str]) -> str | None:
    """The label a side's mention takes, or None to leave it."""
    if country_code(name) or is_home_nation(name):
        return "GPE" if m.label != "GPE" else None
    if m.label in _TEAM_LABELS:
        return "ORG"
    if m.label == "PERSON" and " " not in name and not _in_longer_person(name, people):
        return "ORG" if is_named_place(name) or not may_be_given_name(name) else None
    return None


def _new_side(s: int, e: int, text: str) -> Mention | None:
    """A side the model missed, as a mention (GPE for a country), unless it is no name."""
    name = text[s:e]
    if never_a_name(name):
        return None
    return Mention(s, e, "GPE" if country_code(name) or is_home_nation(name) else "ORG", "table")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    found = results(text)
    if not found:
        return mentions
    people = {m.text(text) for m in mentions if m.label == "PERSON" and " " in m.text(text)}
    index = SpanIndex(mentions)
    added = []
    for s, e, rs, re_ in found:
        if lines.kind(s) != PROSE or _between_people(s, e, rs, re_, index, text, people):
            continue
        over = list(index.overlapping(s, e))
        if not over:
            new = _new_side(s, e, text)
            if new:
                index.add(new)
                added.append(new)
            continue
        if len(over) == 1 and (over[0].start, over[0].end) == (s, e):
            label = _turned(over[0], text[s:e], people)
            if label:
                over[0].label, over[0].origin = label, "table"
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
