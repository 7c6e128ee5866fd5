"""Results tables and score lines, which news wires carry and the model reads badly.

Recognised line shapes (in table, caps or dateline-free lines):
- standings:  "Hamilton 3 1 1 1 3 2 4"          -> the leading name is a team
- scores:     "Crewe 0 Watford 2", "Glamorgan 259 and 207"  -> each name is a team
- fixtures:   "BALTIMORE AT SEATTLE", "England v Pakistan"   -> each name is a team
- rankings:   "7. Natalya Shikolen (Belarus) 60.74"          -> a person and a country
A team is ORG unless its name is a country (national sides are GPE). A span the model
already labelled is relabelled; an unlabelled one is added. Initial-dot names ("H. Morris
69") are people.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code
from .lexicon import is_common_word
from .lines import CAPS, TABLE, LineMap
from .mention import Mention

_W = r"[A-Z][\w'’.&-]*"
NAME = rf"(?:{_W}(?:\s(?:de|la|le|van|von|der|del|da|di|du|dos|y|of|and)\s{_W}|\s{_W})*)"
_NUM = r"(?:[-+.]?\d[\d.:,/-]*|-)"
_STANDING = re.compile(rf"^\s*(?:\d+[.=]?\s+)?({NAME})(?:\s\([^)]*\))?(?:\s+{_NUM}){{3,}}\s*$")
_SCORE = re.compile(
    rf"^\s*({NAME})(?:\s\([A-Za-z. ]+\))?\s+(\d+)(?:\s+and\s+\d[\d-]*)?(?:\s*\([^)]*\))?"
    rf"[,;]?\s+({NAME})(?:\s\([A-Za-z. ]+\))?\s+(\d+)\b"
)
_CRICKET = re.compile(rf"(?:^|:\s|\),\s)({NAME})\s+\d+(?:\s+and\s+\d[\d-]*|\s*\(|\s*$|\s*-\s*\d)")
_FIXTURE = re.compile(rf"^\s*({NAME})\s+(at|AT|v|V|vs|VS|vs\.)\s+({NAME})\s*$")
_RANKED = re.compile(rf"^\s*\d+[.=]?\s+({NAME})\s+\(({NAME})\)")
_SCORECARD = re.compile(rf"(?:^|\s)(?:c|b|st|lbw b|c and b|run out \()\s?({NAME})")
_INITIAL_NAME = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,2})([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b")
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?)+[A-Z]")
_NOT_TEAM = re.compile(r"^(?:Men|Women|Total|Totals|Attendance|Standings|Result|Results|Scorers|Teams|Halftime|Note|Notes|Sales|Year|Second|First|Third|Fourth|Group|Round|Division|Pool|Played|Points|Week|Top)\b", re.I)


_ATHLETE = re.compile(rf"(?<![\w.'’-])({_W}(?:\s{_W}){{1,2}})\s\((\d+(?:st|nd|rd|th)\b|[A-Z][\w. ]+\))")


_CLUB_COUNTRY = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s)*[A-Z][\w'’-]*)\s\(([A-Z][\w. ]+)\)")


_SCORER = re.compile(rf"(?<![\w.'’-])({_W}(?:\s{_W}){{1,2}})\s\(\d+(?:st|nd|rd|th)(?:\s+min(?:ute)?)?(?:,\s*pen)?\)")


def _is_athlete(name: str, bracket: str) -> bool:
    """ "Guy Forget (France)", "Cosmin Contra (31st)": a full name with a country or a
    scoring minute is a person; "Red Star (Yugoslavia)", all dictionary words, is a club."""
    if bracket[0].isdigit():
        return True
    words = name.split()
    return bool(country_code(bracket.rstrip(")"))) and not all(is_common_word(w) for w in words) and not country_code(name)


TEAM_OR_PERSON = "TEAM_OR_PERSON"
"""A multi-word name heading a standings row: a team, unless the model read a person there."""


def _team_label(name: str) -> str:
    return "GPE" if country_code(name) else "ORG"


def _teams_by_block(out: list[tuple[int, int, str]], rows: dict[int, bool], spans: dict[int, int]) -> None:
    """A multi-word standings name is a team when a third or more of its block's rows (a run
    of consecutive standings lines) are one-word names: "Greenock Morton" among "Dundee",
    "Hibernian". Golf leaderboards, all full names, keep asking the model."""
    block: list[int] = []
    for i in sorted(rows) + [None]:
        if block and (i is None or i != block[-1] + 1):
            if 3 * sum(rows[j] for j in block) >= len(block):
                for j in block:
                    if j in spans and out[spans[j]][2] == TEAM_OR_PERSON:
                        s, e, _ = out[spans[j]]
                        out[spans[j]] = (s, e, "ORG")
            block = []
        if i is not None:
            block.append(i)


def read(text: str, lines: LineMap) -> list[tuple[int, int, str]]:
    """(start, end, label) spans implied by table line shapes."""
    out: list[tuple[int, int, str]] = []
    standing_rows: dict[int, bool] = {}  # line index -> its name is one word
    standing_spans: dict[int, int] = {}  # line index -> index in `out` of its name
    # "Dinamo (Russia)": one-word names with a country list clubs, so full names there are too.
    clubs = any(" " not in m.group(1) and country_code(m.group(2)) for m in _CLUB_COUNTRY.finditer(text))
    for index, ln in enumerate(lines.lines):
        line = text[ln.start : ln.end]
        if ln.kind not in (TABLE, CAPS):
            for m in _SCORER.finditer(line):  # "Brazil - Caio Menezes (31st)" reads as prose
                out.append((ln.start + m.start(1), ln.start + m.end(1), "PERSON"))
            continue

        def add(m: re.Match, group: int, label: str | None = None) -> None:
            name = m.group(group)
            if name.endswith(".") and not re.search(r"(?:\b\w\.\w\.|\b[A-Z][a-z]{0,3}\.)$", name):
                name = name[:-1]
            if not name or _NOT_TEAM.match(name) or len(name) < 2:
                return
            if label is None:
                label = "PERSON" if _INITIALS.match(name) else _team_label(name)
            s = ln.start + m.start(group)
            out.append((s, s + len(name), label))

        if m := _RANKED.match(line):
            add(m, 1, "PERSON" if len(m.group(1).split()) > 1 else None)
            add(m, 2, "GPE" if country_code(m.group(2)) else None)
        elif m := _FIXTURE.match(line):
            add(m, 1)
            # "KANSAS CITY AT DETROIT": the second name is where the game is played.
            add(m, 3, "GPE" if m.group(2).lower() == "at" else None)
        elif m := _SCORE.match(line):
            add(m, 1)
            add(m, 3)
        elif (m := _STANDING.match(line)) and len(m.group(1).split()) <= 3:
            standing_rows[index] = len(m.group(1).split()) == 1 and not _NOT_TEAM.match(m.group(1))
            if len(m.group(1).split()) == 1 or _INITIALS.match(m.group(1)) or country_code(m.group(1)):
                add(m, 1)
            else:
                add(m, 1, TEAM_OR_PERSON)
                if out and out[-1][2] == TEAM_OR_PERSON:
                    standing_spans[index] = len(out) - 1
        elif ln.kind == TABLE:
            for m in _CRICKET.finditer(line):
                add(m, 1)
        if ln.kind == TABLE:
            for m in _SCORECARD.finditer(line):
                add(m, 1, "PERSON")
            for m in _INITIAL_NAME.finditer(line):
                if country_code(m.group(1).strip()) is None:  # "U.S. Agriculture" is no person
                    s0 = ln.start + m.start(1)
                    out.append((s0, s0 + len(m.group(0)), "PERSON"))
            for m in _ATHLETE.finditer(line):
                if _is_athlete(m.group(1), m.group(2)) and (m.group(2)[0].isdigit() or not clubs):
                    s0 = ln.start + m.start(1)
                    out.append((s0, s0 + len(m.group(1)), "PERSON"))
    _teams_by_block(out, standing_rows, standing_spans)
    return out


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    """Relabel or add the spans table shapes imply; overlapping model spans give way."""
    for s, e, label in read(text, lines):
        if label == TEAM_OR_PERSON:
            if any(m.label == "PERSON" and m.overlaps(s, e) for m in mentions):
                label = "PERSON"
            else:
                label = _team_label(text[s:e])
        exact = [m for m in mentions if m.start == s and m.end == e]
        if exact:
            for m in exact:
                m.label, m.origin = label, "table"
            continue
        for m in [m for m in mentions if m.overlaps(s, e)]:
            mentions.remove(m)
        mentions.append(Mention(s, e, label, "table"))
    return mentions
