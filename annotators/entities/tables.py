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

from ..lexicon import alternation
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.names import SURNAME_PARTICLES
from .lexicon import is_common_word
from .index import SpanIndex
from .lines import CAPS, TABLE, LineMap
from .mention import Mention
from .spans import ABBREVIATION_END
from .sports import is_sports

_W = r"[A-Z][\w'.&-]*(?:’[\w'.&-]*)*"
r"""A capitalised word, apostrophes (' and ’), dots, ampersands and hyphens inside. The same as
[A-Z][\w'’.&-]*, with the same matches in the same order of trial, but a class mixing ’ with
ASCII punctuation compiles to a 64K-entry charset (about 0.3 ms each, and NAME pastes it dozens
of times), so ’ is matched outside the class."""
_JOINERS = alternation((*SURNAME_PARTICLES, "y", "of", "and"))
"""Lowercase words inside a table's name: surname particles, "y", and a club's "of"/"and"."""
NAME = rf"(?:{_W}(?:\s(?:{_JOINERS})\s{_W}|\s{_W})*)"
_NUM = r"(?:[-+.]?\d[\d.:,/-]*|-)"
_STANDING = re.compile(rf"^\s*(?:\d+[.=]?\s+)?({NAME})(?:\s\([^)]*\))?(?:\s+{_NUM}){{3,}}\s*$")
_SCORE = re.compile(
    rf"^\s*({NAME})(?:\s\([A-Za-z. ]+\))?\s+(\d+)(?:\s+and\s+\d[\d-]*)?(?:\s*\([^)]*\))?"
    rf"[,;]?\s+({NAME})(?:\s\([A-Za-z. ]+\))?\s+(\d+)\b"
)
_CRICKET = re.compile(rf"(?:^|:\s|\),\s)({NAME})\s+\d+(?:\s+and\s+\d[\d-]*|\s*\(|\s*$|\s*-\s*\d)")
_FIXTURE = re.compile(rf"^\s*({NAME})\s+(at|AT|v|V|vs|VS|vs\.)\s+({NAME})\s*$")
_RANKED = re.compile(rf"^\s*\d+[.=]?\s+({NAME})\s+\(({NAME})\)")
_RIDER_TEAM = re.compile(rf",?\s({NAME})(?=,?\s+\d|\s+(?:same|all)\b|\s*$)")
"""The team after a ranked rider or driver and his country: "4. Ugo Brandt (Italy) Polti 8 seconds"."""
_SCORECARD = re.compile(rf"(?:^|\s)(?:c|b|st|lbw b|c and b|run out \()\s?({NAME})")
_INITIAL_NAME = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,2})([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b")
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?)+[A-Z]")
_NOT_TEAM = re.compile(r"^(?:Men|Women|Total|Totals|Attendance|Standings|Result|Results|Scorers|Teams|Halftime|Note|Notes|Sales|Year|Second|First|Third|Fourth|Group|Round|Division|Pool|Played|Points|Week|Top)\b", re.I)


_ATHLETE = re.compile(rf"(?<![\w.'-])(?<!’)({_W}(?:\s{_W}){{1,2}})\s\((\d+(?:st|nd|rd|th)\b|[A-Z][\w. ]+\))")


# "Dinamo (Russia)": a one-word name before a bracketed country. Matched one word at a time
# and checked for a capitalised word before it, instead of a regex over the whole capitalised
# run (which backtracked over every run not followed by a bracket: quadratic).
# The capital first, then a look-behind over it for the character before: the scan jumps
# from capital to capital (a pattern opening with a look-ahead gets no such jump); matches unchanged.
_WORD_COUNTRY = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[\w'’-]*)\s\(([A-Z][\w. ]{0,60})\)")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'.-])(?<!’)[A-Z][\w'’.-]*\s$")

TABLE_LINE_MAX = 400
"""Table rows and headlines are short; longer lines are not read as tables (keeps it linear)."""
LINEUP_LINE_MAX = 2000
"""A line-up of two teams with substitutes runs to several hundred characters, still one line."""


_SCORER = re.compile(rf"(?<![\w.'-])(?<!’)({_W}(?:\s{_W}){{1,2}})\s\(\d+(?:st|nd|rd|th)(?:\s+min(?:ute)?)?(?:,\s*pen)?\)")


_LINEUP_PLAYER = re.compile(rf"(?:^|(?<=[\s,;(]))\d{{1,2}}\s?-\s({NAME})")
"""A shirt number, a dash and a name in a team line-up: "2 - Gary Neville", "(14 - Paul Ince"."""
_LINEUP_SUB = re.compile(rf"\(({NAME}),?\s\d{{1,3}}(?:st|nd|rd|th)?\b")
"""A substitute in brackets with the minute he came on: "(Jacek Bak 46th)", "(Joel Stransky, 48 mins)"."""
LINEUP_MIN_PLAYERS = 3
"""A line is a line-up when it numbers at least this many players ("England - 1 - David Seaman; 2 - ...")."""


_VERSUS = re.compile(rf"(?:(?<![\w'.-])(?<!’)({NAME})|\d) (?:v|vs\.?) ({NAME})")
"""A fixture inside a line: "Postponed: Walsall v Wrexham", "May 18 v Worcestershire" (after a date)."""


_INNINGS = r"\d{1,3}(?:-\d{1,2})?"
_RESULT_PAIR = re.compile(
    rf"(?:^|:\s)({NAME})\s{_INNINGS}(?:\sand\s{_INNINGS})?(?:\spoints)?(?:\s\([^()]*\))?,\s({NAME})\s{_INNINGS}\b"
)
"""Two sides with their totals in a prose line: "Hove: Sussex 363 and 144, Kent 218 and 53-0",
"Essex 22 points, Durham 4"."""
_VENUE = re.compile(rf"^(?:At\s)?({NAME})(?:\s\([^()]*\))?:\s")
"""The ground heading a result line: "Tunbridge Wells: Kent 214", "At Hove: Sussex 363"."""
_BEAT_BY = re.compile(rf"^{NAME}:\s({NAME})\sbeat\s({NAME})\sby\b")
"""A venue, then a cricket result: "Leicester: Leicestershire beat Somerset by an innings"."""


def _results(rows: "_Rows", line: str, ln) -> None:
    """The sides of a result pair or a venue's result line: teams, unless the model reads people."""
    m = _RESULT_PAIR.search(line) or _BEAT_BY.match(line)
    if m:
        rows.add(ln.start, m, 1, TEAM_OR_PERSON)
        rows.add(ln.start, m, 2, TEAM_OR_PERSON)
        if venue := _VENUE.match(line):
            rows.add(ln.start, venue, 1, "GPE")


def _fixtures(rows: "_Rows", line: str, ln) -> None:
    """Both sides of each "A v B" of a line of a sports story are teams."""
    for m in _VERSUS.finditer(line):
        if m.group(1):
            rows.add(ln.start, m, 1)
        rows.add(ln.start, m, 2)


def _lineup(rows: "_Rows", line: str, ln) -> None:
    """The numbered players and bracketed substitutes of a team line-up line are people."""
    if line.count("-") < LINEUP_MIN_PLAYERS:
        return  # each numbered player has a dash of his own: too few dashes, too few players
    players = list(_LINEUP_PLAYER.finditer(line))
    if len(players) < LINEUP_MIN_PLAYERS:
        return
    for m in players:
        rows.add(ln.start, m, 1, "PERSON")
    for m in _LINEUP_SUB.finditer(line):
        rows.add(ln.start, m, 1, "PERSON")


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


def _clubs_listed(text: str) -> bool:
    """One-word names with a country list clubs ("Dinamo (Russia)"), so full names there are too."""
    if "(" not in text:
        return False  # no bracketed country, no club list (a cheap test before the scan)
    for m in _WORD_COUNTRY.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        if not _CAPITALISED_BEFORE.search(before) and country_code(m.group(2)):
            return True
    return False


class _Rows:
    """The spans one document's table lines imply, collected line by line."""

    def __init__(self) -> None:
        self.out: list[tuple[int, int, str]] = []
        self.standing_rows: dict[int, bool] = {}  # line index -> its name is one word
        self.standing_spans: dict[int, int] = {}  # line index -> index in `out` of its name

    def add(self, line_start: int, m: re.Match, group: int, label: str | None = None) -> None:
        name = m.group(group)
        if name.endswith(".") and not ABBREVIATION_END.search(name):
            name = name[:-1]
        if not name or _NOT_TEAM.match(name) or len(name) < 2:
            return
        if label is None:
            label = "PERSON" if _INITIALS.match(name) else _team_label(name)
        s = line_start + m.start(group)
        self.out.append((s, s + len(name), label))

    def person(self, line_start: int, m: re.Match, group: int, length: int) -> None:
        s = line_start + m.start(group)
        self.out.append((s, s + length, "PERSON"))


_DIGIT = re.compile(r"\d")
"""Ranks, scores and cricket totals are numbers: a line without a digit is none of them (a cheap
test before their patterns)."""


def _ranked(rows: _Rows, line: str, ln) -> bool:
    """A ranked line "7. Ana Pell (Spain) Orbis 8 seconds": the person, the country and the team after them."""
    m = _RANKED.match(line)
    if m is None:
        return False
    rows.add(ln.start, m, 1, "PERSON" if len(m.group(1).split()) > 1 else None)
    rows.add(ln.start, m, 2, "GPE" if country_code(m.group(2)) else None)
    if team := _RIDER_TEAM.match(line, m.end()):
        rows.add(ln.start, team, 1, "ORG")
    return True


def _shaped_line(rows: _Rows, index: int, line: str, ln) -> None:
    """Ranked lists, fixtures, scores, standings and cricket lines: one shape per line. A line
    without a digit is no ranking, score or cricket line, and a standings row only by its dashes."""
    digits = _DIGIT.search(line) is not None
    if digits and _ranked(rows, line, ln):
        return
    if m := _FIXTURE.match(line):
        rows.add(ln.start, m, 1)
        # "KANSAS CITY AT DETROIT": the second name is where the game is played.
        rows.add(ln.start, m, 3, "GPE" if m.group(2).lower() == "at" else None)
    elif digits and (m := _SCORE.match(line)):
        rows.add(ln.start, m, 1)
        rows.add(ln.start, m, 3)
    elif (digits or "-" in line) and (m := _STANDING.match(line)) and len(m.group(1).split()) <= 3:
        _standing(rows, index, m, ln)
    elif ln.kind == TABLE and digits:
        for m in _CRICKET.finditer(line):
            rows.add(ln.start, m, 1)


def _standing(rows: _Rows, index: int, m: re.Match, ln) -> None:
    name = m.group(1)
    rows.standing_rows[index] = len(name.split()) == 1 and not _NOT_TEAM.match(name)
    if len(name.split()) == 1 or _INITIALS.match(name) or country_code(name):
        rows.add(ln.start, m, 1)
        return
    rows.add(ln.start, m, 1, TEAM_OR_PERSON)
    if rows.out and rows.out[-1][2] == TEAM_OR_PERSON:
        rows.standing_spans[index] = len(rows.out) - 1


_NAME_GOES_ON = re.compile(r"\s[A-Z&]")


def _initial_names(rows: _Rows, line: str, ln, whole: bool = False) -> None:
    """Initial-and-surname names are people: "H. Morris" (but not "U.S. Agriculture", "S. Korean",
    "N. Ireland"). `whole`: only where no capitalised word follows ("E.F. Hutton Group analyst")."""
    if "." not in line:
        return  # every initial has its dot
    for m in _INITIAL_NAME.finditer(line):
        if whole and _NAME_GOES_ON.match(line, m.end()):
            continue
        if country_code(m.group(1).strip()) is None and not is_demonym(m.group(2)) and not country_code(m.group(2)):
            rows.person(ln.start, m, 1, len(m.group(0)))


def _people_in_table(rows: _Rows, line: str, ln, clubs: bool) -> None:
    """Scorecard names, initial-and-surname names and athletes with a country or minute."""
    for m in _SCORECARD.finditer(line):
        rows.add(ln.start, m, 1, "PERSON")
    _initial_names(rows, line, ln)
    athletes = _ATHLETE.finditer(line) if "(" in line else ()  # each athlete has his bracket
    for m in athletes:
        if _is_athlete(m.group(1), m.group(2)) and (m.group(2)[0].isdigit() or not clubs):
            rows.person(ln.start, m, 1, len(m.group(1)))


def read(text: str, lines: LineMap) -> list[tuple[int, int, str]]:
    """(start, end, label) spans implied by table line shapes."""
    rows = _Rows()
    clubs = _clubs_listed(text)
    sports = is_sports(text, lines.words)
    for index, ln in enumerate(lines.lines):
        line = text[ln.start : ln.end]
        if sports and len(line) <= TABLE_LINE_MAX and " v" in line and not _FIXTURE.match(line):
            _fixtures(rows, line, ln)
        if sports and len(line) <= TABLE_LINE_MAX:
            _results(rows, line, ln)
            if ln.kind != TABLE:
                _initial_names(rows, line, ln, whole=True)
            if ln.kind not in (TABLE, CAPS):
                _ranked(rows, line, ln)
        if ln.kind not in (TABLE, CAPS):
            scorers = _SCORER.finditer(line) if "(" in line else ()  # every scorer has its bracket
            for m in scorers:  # "Brazil - Caio Menezes (31st)" reads as prose
                rows.person(ln.start, m, 1, len(m.group(1)))
            if len(line) <= LINEUP_LINE_MAX:
                _lineup(rows, line, ln)
            continue
        if len(line) > TABLE_LINE_MAX:
            continue
        _shaped_line(rows, index, line, ln)
        if ln.kind == TABLE:
            _people_in_table(rows, line, ln, clubs)
    _teams_by_block(rows.out, rows.standing_rows, rows.standing_spans)
    return rows.out


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    """Relabel or add the spans table shapes imply; overlapping model spans give way."""
    index = SpanIndex(mentions)
    for s, e, label in read(text, lines):
        near = list(index.overlapping(s, e))
        if label == TEAM_OR_PERSON:
            label = "PERSON" if any(m.label == "PERSON" for m in near) else _team_label(text[s:e])
        exact = [m for m in near if m.start == s and m.end == e]
        for m in exact:
            m.label, m.origin = label, "table"
        if exact:
            continue
        for m in near:
            index.remove(m)
        index.add(Mention(s, e, label, "table"))
    return list(index)
