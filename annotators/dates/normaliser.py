"""From a matched rule to a TIMEX3 type and value, anchored at the document date.

One handler per grammar rule. Handlers read the rule's named groups, the anchor (the document
date, or None) and a small discourse state (the last quarter and year the text mentioned, for
"the year-ago quarter" and "the following year"). Without an anchor, relative expressions keep
X-filled values ("XXXX-WXX-4"): nothing is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from . import calendar as cal
from ..lexicon import alternation
from ..lexicon import calendar as lx
from ..lexicon import organisations as org
from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.sport import MATCH_WORDS
from .grammar import Candidate
from .numbers import parse_spoken_year
from .tense import crosses_sentence, direction_in, done_at, past_form, window_at, word_cue_in


@dataclass
class Timex:
    """A normalised expression. `start`/`end` may trim the matched span (TimeML extents)."""

    type: str
    value: str
    anchored: bool = False
    start: int | None = None
    end: int | None = None
    interval: list[str] | None = None
    extra: list["Timex"] = field(default_factory=list)
    """Further expressions found by the same match, with their own start/end ("April 24 and [25]")."""
    in_view: bool = True
    """Whether the text's later anaphora count from it: False for a comparison time ("rose in
    February from [a year earlier]" is 1986-02, and "the previous month" after it is still January)."""


@dataclass
class Context:
    """The document date and what the text has mentioned so far."""

    text: str
    anchor: date | None
    last_quarter: tuple[int, int, int] | None = None   # (year, quarter, offset of mention)
    last_year: int | None = None
    last_day: date | None = None
    last_day_at: int | None = None
    last_month: tuple[int, int, int] | None = None  # (year, month, offset after the mention)
    last_whole_month: tuple[int, int, int] | None = None  # the same, for a month named whole ("in July")
    first_whole_month: tuple[int, int, int] | None = None  # the first month named whole in the current sentence
    last_period_at: int = -1  # the end of the last year, quarter, half or season named ("this year", "1986")
    weekdays: dict[int, date] = field(default_factory=dict)  # bare weekday -> the day it named first
    extra: dict = field(default_factory=dict)
    clauses: Any = None
    """A `syntax.ParsedClauses` when the document came with a spaCy parse, else None."""
    directions: dict[tuple[int, int], int] = field(default_factory=dict)
    """The direction of each span `_dir` read: it depends on the text and the parse only, so
    `find_dates` hands one dict to all its rounds."""
    _sentence_reads: dict[str, tuple[int, int, bool]] = field(default_factory=dict)

    def same_sentence(self, key: str, since: int, at: int) -> bool:
        """Whether no sentence ends between `since` and `at`, for offsets `at` that only grow per
        `key`: each call reads only the text after the last one's `at`, so a long sentence with many
        mentions is read once (linear time), where `crosses_sentence(since, at)` would re-read it."""
        start, read_to, crossed = self._sentence_reads.get(key, (since, since, False))
        if start != since or at < read_to:
            start, read_to, crossed = since, since, False
        crossed = crossed or crosses_sentence(self.text, read_to, at)
        self._sentence_reads[key] = (since, at, crossed)
        return not crossed


def _g(c: Candidate, k: str) -> str:
    return (c.groups.get(k) or "").strip()


def _low(c: Candidate, k: str) -> str:
    return _g(c, k).lower()


def _month(word: str) -> int | None:
    return lx.MONTHS.get(word.lower().rstrip("."))


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _dir(c: Candidate, ctx: Context) -> int:
    """Which way a bare weekday or month points: a word right at it ("by", "since", a possessive),
    else the governing verb in the parse when there is one, else the word cues around it.
    Read once per span and document (`Context.directions`): handlers ask again, and so does
    each new round of `find_dates`."""
    key = (c.start, c.end)
    found = ctx.directions.get(key)
    if found is None:
        found = ctx.directions[key] = _read_dir(c, ctx)
    return found


def _read_dir(c: Candidate, ctx: Context) -> int:
    win = window_at(ctx.text, c.start, c.end)
    if ctx.clauses is not None and word_cue_in(win, ctx.text, c.end) is None:
        parsed = ctx.clauses.direction(c.start, c.end)
        if parsed is not None:
            return parsed
    return direction_in(win, ctx.text, c.start, c.end)


def _resolve_month_day(m: int, d: int, ctx: Context, c: Candidate, wday: int | None = None) -> date | None:
    """A month-day without a year: the occurrence the tense points to.

    With no tense cue, news looks back, unless the date is at most `AHEAD_DAYS` ahead.
    A weekday given with it ("Saturday, April 25") picks the year where both agree.
    """
    a = ctx.anchor
    assert a is not None
    options = [x for x in (cal.safe_date(a.year + k, m, d) for k in (-1, 0, 1)) if x]
    if not options:
        return None
    if wday:
        fitting = [x for x in options if x.isoweekday() == wday]
        if fitting:
            return min(fitting, key=lambda x: abs((x - a).days))
    past = [x for x in options if x <= a]
    fut = [x for x in options if x >= a]
    prev, nxt = (max(past) if past else None), (min(fut) if fut else None)
    if prev == a or nxt is None:
        return prev
    if prev is None:
        return nxt
    if prev.year == a.year - 1 and _last_year_before(ctx, c.start) and _dir(c, ctx) < 0:
        return prev  # "Last year's models went on sale on Sept. 19", written on Sept. 1
    if m == a.month:
        return prev if prev.year == a.year else nxt
    dirn = _dir(c, ctx)
    if dirn > 0 and (nxt - a).days <= MAX_DAYS_AHEAD:
        return nxt
    if dirn < 0 and ((a - prev).days <= MAX_DAYS_BACK or done_at(ctx.text, c.start, c.end)):
        return prev
    return nxt if (nxt - a).days <= AHEAD_DAYS else prev


_NOT_YEAR_BEFORE = re.compile(r"(?:\$|£|€|no\.|number|nos\.|about|some|nearly|than|flight|route|room|model|page|item|version|\d)\s*$")
"""A money sign, "no."/"number", an approximation or a counted thing ("flight", "room") just before
a number: "$2025", "flight 2024", "about 2000" are no years."""

_LAST_YEAR = re.compile(r"\blast\s{1,3}year\b", re.IGNORECASE)


def _last_year_before(ctx: Context, start: int) -> bool:
    """Whether the sentence names "last year" before `start`: a past clause there may reach a
    month-day more than `MAX_DAYS_BACK` back ("Last year's models went on sale on Sept. 19",
    written on Sept. 1, is last year's Sept. 19, not the one in 18 days)."""
    last = None
    for m in _LAST_YEAR.finditer(ctx.text, max(0, start - 200), start):
        last = m
    return last is not None and not crosses_sentence(ctx.text, last.end(), start)


AHEAD_DAYS = 90
AHEAD_MONTHS = 2
MAX_MONTHS_BACK = 10
MAX_MONTHS_AHEAD = 9
MAX_DAYS_BACK = 270
MAX_DAYS_AHEAD = 270
"""How far a tense cue may move a bare month or month-day from the document date; beyond it
the other occurrence is nearer and wins ("in March" written in April after "to overturn")."""


MAX_EVENT_MONTHS_BACK = 6
_EVENT_AFTER = re.compile(r"\s(?:policy\s)?(?:meeting|summit|vote|election|hearing|session|review|deadline|talks)\b")
"""A month that names a scheduled event ("its March meeting", "the October summit"): after a verb
of saying ("signalled", "said", "ruled out") the past tense is the statement's, so the event more
than `MAX_EVENT_MONTHS_BACK` months back loses to one at most `AHEAD_MONTHS` ahead."""


_SIGNALLED_BEFORE = re.compile(
    r"\b(?:signall?ed|said|indicated|hinted|flagged|promised|pledged|warned|suggested|ruled out|left the door open)"
    r"\b[^.;:!?\n]{0,60}$", re.IGNORECASE)


def _event_announced(text: str, c: Candidate) -> bool:
    """Whether a bare month names a scheduled event ("its March meeting") that a verb of saying
    before it in the clause speaks of ("signalled no change at its March meeting")."""
    return bool(_EVENT_AFTER.match(text, c.end)) and bool(_SIGNALLED_BEFORE.search(text, max(0, c.start - 90), c.start))


def _resolve_month(m: int, ctx: Context, c: Candidate, rel: str) -> tuple[int, int]:
    """A bare month's year: "last April", "next March", or by tense; January says December = last year."""
    a = ctx.anchor
    assert a is not None
    prev = (a.year, m) if m <= a.month else (a.year - 1, m)
    nxt = (a.year, m) if m >= a.month else (a.year + 1, m)
    if rel in ("last", "this past", "since"):
        return (a.year, m) if m < a.month else (a.year - 1, m)
    if rel in ("next", "this coming", "until"):
        return (a.year, m) if m > a.month else (a.year + 1, m)
    if rel == "this" or m == a.month:
        return a.year, m
    dirn = _dir(c, ctx)
    ahead = (nxt[0] - a.year) * 12 + m - a.month
    back = (a.year - prev[0]) * 12 + a.month - m
    # A tense cue is trusted only within the months a news story plausibly means:
    # "in March" written in April is last month even after "to overturn".
    if dirn < 0 and back > MAX_EVENT_MONTHS_BACK and ahead <= AHEAD_MONTHS and _event_announced(ctx.text, c):
        return nxt  # "signalled no change at its March meeting" in January: the coming one
    if dirn < 0 and (back <= MAX_MONTHS_BACK or done_at(ctx.text, c.start, c.end)):
        return prev
    if dirn > 0 and ahead <= MAX_MONTHS_AHEAD:
        return nxt
    if dirn != 0:
        return nxt if dirn < 0 else prev
    linked = _linked_month(m, ctx, c)
    if linked is not None:
        return linked
    return nxt if ahead <= AHEAD_MONTHS else prev


_MONTH_LINK = re.compile(r"[^.;:!?\n]{0,80}?\b(?:and|or|then|another|again|followed|with)\b[^.;:!?\n]{0,40}$",
                         re.IGNORECASE)
"""What joins a bare month to the month named just before it in the sentence: "a cut at the
October meeting and [another in December]", "pause in January, then cut in March"."""


def _linked_month(m: int, ctx: Context, c: Candidate) -> tuple[int, int] | None:
    """A bare month with no cue of its own, joined to a month just named that lies ahead of the
    document date, is counted on from that month ("a cut in October and another in December"
    written in September is December of this year, not last year's); None otherwise."""
    a = ctx.anchor
    if a is None or ctx.last_month is None:
        return None
    ly, lm, at = ctx.last_month
    if (ly, lm) < (a.year, a.month) or not 0 <= c.start - at <= 120 or not _MONTH_LINK.match(ctx.text[at:c.start]):
        return None
    return (ly, m) if m >= lm else (ly + 1, m)


# ---------------------------------------------------------------- absolute dates


def h_iso(c: Candidate, ctx: Context) -> Timex | None:
    d = cal.safe_date(int(c.groups["year"]), int(c.groups["month"]), int(c.groups["day"]))
    if not d:
        return None
    if c.groups.get("hh"):
        return Timex("TIME", f"{cal.fmt_day(d)}T{c.groups['hh']}:{c.groups['mi']}")
    return Timex("DATE", cal.fmt_day(d))


def h_numeric(c: Candidate, ctx: Context) -> Timex | None:
    """ "11/27/2025" month first, as US copy writes it; "27/11/2025" day first when it must be;
    "03.11.2024" (the "dotted" rule) day first, as European copy writes it."""
    n1, n2, y = int(c.groups["n1"]), int(c.groups["n2"]), int(c.groups["year"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    if c.rule.name == "dotted":
        d = cal.safe_date(y, n2, n1)
    else:
        d = cal.safe_date(y, n1, n2) or cal.safe_date(y, n2, n1)
    return Timex("DATE", cal.fmt_day(d)) if d else None


_DIGITS = re.compile(r"\d+")


def _day_number(s: str) -> int | None:
    """The day of the month a day group names: "5", "5th", "fifth", or the wire's "Five"."""
    s = s.lower()
    if s in lx.ORDINALS:
        return lx.ORDINALS[s] if lx.ORDINALS[s] > 0 else None
    if s in lx.SPELLED_DAYS:
        return lx.SPELLED_DAYS[s]
    digits = _DIGITS.match(s)
    return int(digits.group()) if digits else None


_ENDING_BEFORE = re.compile(r"\bending\s+(?:on\s+)?$", re.IGNORECASE)
_SEASON_YEARS_BEFORE = re.compile(
    r"(?<![\d/])(?P<fiscal>fiscal\s+)?(?P<y1>(?:19|20)\d\d)(?:/(?P<y2>\d\d))?(?![\d/])[^.;:\d]{0,30}\bending\s+(?:on\s+)?$", re.IGNORECASE)
_ENDING_LOOKS_BACK = 45  # days: "the week ending March 20", said on March 24, is the one just gone


def _period_end_day(m: int, d: int, ctx: Context, c: Candidate) -> date | None:
    """The day a period ends on, after "ending" without a year: the year the period names ("fiscal
    1986/87, ending [June 30]" is 1987-06-30, "fiscal 1988, ending [January 31]" 1988-01-31), else
    the day still ahead ("expects earnings for the fourth quarter ending [May 30]" in February),
    unless the day just gone fits ("the week ending [March 20]" on March 24) or the clause is
    past ("net rose in the quarter ending [Dec 31]"). None when no "ending" stands before."""
    before = ctx.text[max(0, c.start - 60):c.start]
    if not _ENDING_BEFORE.search(before) or _g(c, "month").isupper():
        return None  # a headline's "YEAR ENDING DEC 31" reports the year just ended
    a = ctx.anchor
    named = _SEASON_YEARS_BEFORE.search(before)
    if named:
        y = int(named["y1"])
        if named["y2"]:
            y = y // 100 * 100 + int(named["y2"]) + (100 if int(named["y2"]) < y % 100 else 0)
        elif named["fiscal"]:
            # "fiscal 1988, ending January 31" counts by its end; Japan's "fiscal 1986 ending March
            # 31" by its start: of the two, the end nearer the document date
            ends = [x for x in (cal.safe_date(y, m, d), cal.safe_date(y + 1, m, d)) if x]
            return min(ends, key=lambda x: abs((x - a).days)) if ends else None
        return cal.safe_date(y, m, d)
    prev = cal.safe_date(a.year, m, d)
    if prev is None or prev > a:
        prev = cal.safe_date(a.year - 1, m, d)
    if prev is None or (a - prev).days <= _ENDING_LOOKS_BACK or _dir(c, ctx) < 0:
        return None
    return cal.safe_date(prev.year + 1, m, d)


def h_month_day(c: Candidate, ctx: Context) -> Timex | None:
    mword = _g(c, "month")
    m = _month(mword)
    d = _day_number(_g(c, "day"))
    if not m or not d or not _capitalised(mword):
        return None
    if c.rule.name == "day_month" and not re.match(r"\d", _g(c, "day")) and len(mword) <= 4:
        return None
    wd = lx.WEEKDAYS.get(_low(c, "wday").rstrip(".")) if c.groups.get("wday") else None
    year = c.groups.get("year")
    anchored = False
    relyear = _low(c, "relyear")
    if relyear and ctx.anchor:
        # "February 10 this year", "March 3 last year": the year counted from the document date.
        year, anchored = str(ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[relyear]), True
    mrel = _low(c, "mrel")
    if mrel and not year and not wd and ctx.anchor and (dd := _relative_month_day(mrel, m, d, ctx.anchor)):
        year, anchored = str(dd.year), True  # "due to expire this July 24", "in the week ended last March 5"
    ofyear = _low(c, "ofyear")
    if ofyear and ctx.last_year is not None:
        # "withdrew the bill on June 26 of that year": the year the text named last
        year, anchored = str(ctx.last_year + _YEAR_NAMED_LAST[ofyear]), True
    if not year and not wd and ctx.anchor:
        year, anchored = _range_end_year(ctx, c.end, m)
    if not year and not wd and ctx.anchor and (opened := _sentence_opens_with_year(ctx, c.start)) is not None:
        year, anchored = str(opened), True  # "Last year, the peak came on Nov. 26."
    ending = None if year or wd or not ctx.anchor else _period_end_day(m, d, ctx, c)
    if year:
        dd = cal.safe_date(int(year), m, d)
        if not dd:
            return None
        ctx.last_year = dd.year
    elif ending is not None:
        dd, anchored = ending, True
    elif ctx.anchor:
        dd = _resolve_month_day(m, d, ctx, c, wd)
        anchored = True
        if not dd:
            return None
    else:
        if d > 31:
            return None
        return Timex("DATE", f"XXXX-{m:02d}-{d:02d}")
    ctx.last_day = dd
    t = Timex("DATE", cal.fmt_day(dd), anchored)
    if mrel:
        t.start = c.group_spans["month"][0]  # TBAQ: "shot to death last [Oct. 23]"; the word only picks the year
    if c.groups.get("month4"):
        return _across_months(c, ctx, t, dd)
    d3 = c.groups.get("day3")
    if d3:
        # "April 24 and 25": two TIMEX3s in TimeML, the second one bare.
        other = cal.safe_date(dd.year, m, int(d3))
        if other and other > dd:
            t.end = c.group_spans["day"][1]
            s3, e3 = c.group_spans["day3"]
            t.extra.append(Timex("DATE", cal.fmt_day(other), anchored, start=s3, end=e3))
        elif not other:
            return None
    d2 = c.groups.get("day2")
    if d2:
        end = cal.safe_date(dd.year, m, int(_DIGITS.match(d2).group()))
        if not end or end < dd:
            return None
        t.interval = [cal.fmt_day(dd), cal.fmt_day(end)]
    return t


def _relative_month_day(rel: str, m: int, d: int, a: date) -> date | None:
    """ "this July 24" is this year's; "last March 5" the latest one up to the document date,
    "next January 10" the first one after it."""
    this = cal.safe_date(a.year, m, d)
    if this is None or rel == "this":
        return this
    if rel == "last":
        return this if this <= a else cal.safe_date(a.year - 1, m, d)
    return this if this > a else cal.safe_date(a.year + 1, m, d)


def _across_months(c: Candidate, ctx: Context, t: Timex, dd: date) -> Timex | None:
    """ "May 15-June 15, 1987": two TIMEX3s, one per day, the year written once at the end
    belonging to both (a range over the new year, "Dec 28-Jan 3, 1988", starts the year before)."""
    m4, d4 = _month(_g(c, "month4")), _day_number(_g(c, "day4"))
    if not m4 or not d4 or not _capitalised(_g(c, "month4")):
        return None
    if (c.groups.get("year") or c.groups.get("relyear")) and m4 < dd.month:
        dd = cal.safe_date(dd.year - 1, dd.month, dd.day)
        if dd is None:
            return None
        t.value = cal.fmt_day(dd)
    end = cal.safe_date(dd.year + (1 if m4 < dd.month else 0), m4, d4)
    if end is None or end <= dd:
        return None
    t.end = c.group_spans["day"][1]
    t.extra.append(Timex("DATE", cal.fmt_day(end), t.anchored, start=c.group_spans["month4"][0], end=c.end))
    ctx.last_day = end
    return t


_RANGE_END = re.compile(
    r"\s{0,3}(?:-|–|to|through|until|till)\s{1,3}(?P<month>" + alternation(lx.MONTH_NAMES + lx.MONTH_ABBREVIATIONS)
    + r")\.?\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s(?P<year>(?:19|20)\d\d)\b|\s(?P<rel>this|last|next)\s+year\b)")
"""The end of a range of days that gives its year: "from June 11 to July 19 next year", "Dec. 28
through Jan. 3, 2027"."""


def _range_end_year(ctx: Context, end: int, m: int) -> tuple[str | None, bool]:
    """The year a month-day without one takes from the end of its range ("from [June 11] to July 19
    next year" is next year's June 11; "[Dec. 28] to Jan. 3, 2027" is 2026), and whether it was
    counted from the document date; (None, False) when no such end follows."""
    r = _RANGE_END.match(ctx.text, end)
    end_month = _month(r["month"]) if r else None
    if not r or not end_month or ctx.anchor is None:
        return None, False
    y = int(r["year"]) if r["year"] else ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[r["rel"]]
    return str(y - 1 if m > end_month else y), not r["year"]


def _year_of(c: Candidate, key: str = "year", spoken: str = "spoken") -> int | None:
    y = c.groups.get(key)
    if y:
        if y.startswith("'"):
            return None
        try:
            return int(y)
        except ValueError:
            return parse_spoken_year(y)
    if c.groups.get(spoken):
        return parse_spoken_year(c.groups[spoken])
    return None


def h_month_year(c: Candidate, ctx: Context) -> Timex | None:
    mword = _g(c, "month")
    m = _month(mword)
    ytxt = _g(c, "year")
    if not m or not _capitalised(mword):
        return None
    if ytxt.startswith("'"):
        yy = int(ytxt[1:])
        century = (ctx.anchor.year // 100 * 100) if ctx.anchor else 1900
        y = century + yy
        if ctx.anchor and y > ctx.anchor.year + 10:
            y -= 100
    else:
        y = int(ytxt) if ytxt.isdigit() else parse_spoken_year(ytxt)
    if y is None:
        return None
    ctx.last_year = y
    return Timex("DATE", cal.fmt_month(y, m))


def h_month_rel_year(c: Candidate, ctx: Context) -> Timex | None:
    mword = _g(c, "month")
    m = _month(mword)
    if not m or not _capitalised(mword):
        return None
    if not ctx.anchor:
        return Timex("DATE", f"XXXX-{m:02d}")
    rel = _low(c, "rel") or _low(c, "rel2")
    if rel in _YEAR_NAMED_LAST:
        if ctx.last_year is None:
            return None  # "January of that year" with no year named before
        return Timex("DATE", cal.fmt_month(ctx.last_year + _YEAR_NAMED_LAST[rel], m), True)
    y = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    return Timex("DATE", cal.fmt_month(y, m), True)


def h_same_month(c: Candidate, ctx: Context) -> Timex | None:
    """ "Sales in February rose from the same month last year": the month the sentence is about
    (its first month named whole, else the last month named), a year back; "the same month of
    1985" is that year's. A comparison: later anaphora do not count from it."""
    if not ctx.anchor:
        return Timex("DATE", "XXXX-XX")
    named = ctx.first_whole_month
    if named is None or named[2] > c.start or not ctx.same_sentence("first month", named[2], c.start):
        named = ctx.last_month if ctx.last_month and c.start - ctx.last_month[2] < 1000 else None
    y, m = (named[0], named[1]) if named else (ctx.anchor.year, ctx.anchor.month)
    year = c.groups.get("year")
    return Timex("DATE", cal.fmt_month(int(year) if year else y - 1, m), True, in_view=False)


_YEAR_NAMED_LAST = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}
"""After "MONTH of": years counted from the year the text named last ("in 2019, when the closure
ended in January of that year")."""


def h_month(c: Candidate, ctx: Context) -> Timex | None:
    mword = _g(c, "month")
    m = _month(mword)
    key = mword.lower().rstrip(".")
    if not m or not mword[0].isupper() or len(key) <= 4 and key not in ("may", "june", "july", "sept"):
        return None
    if key == "may" and (not _may_is_month(ctx.text, c) or _may_is_company(ctx, c)):
        return None
    if key == "march" and _followed_by_on(ctx.text, c.end) and not _month_cue_before(ctx.text, c):
        return None  # "march on the capital", but "in March to demand", "the end of March to meet"
    rel = _low(c, "rel")
    start = None
    if not ctx.anchor:
        return Timex("DATE", f"XXXX-{m:02d}", start=start)
    named = _YEAR_NAMED_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
    if named and not rel:  # "Last year in December": that year's December
        y = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[named["rel"].lower()]
        return Timex("DATE", cal.fmt_month(y, m), True)
    opened = None if rel else _sentence_opens_with_year(ctx, c.start)
    if opened is not None:  # "Last year, sales peaked in December."
        return Timex("DATE", cal.fmt_month(opened, m), True)
    dated = None if rel else _MONTH_BEFORE_DATED.match(ctx.text, c.end)
    later = _month(dated["month"]) if dated is not None else None
    if later:  # "in June and July 2024": June of 2024
        year = int(dated["year"])
        return Timex("DATE", cal.fmt_month(year if m <= later else year - 1, m), True)
    if not rel and _agreement_named(ctx.text, c):
        a = ctx.anchor  # "uphold the December agreement": the deal struck last December
        return Timex("DATE", cal.fmt_month(a.year if m <= a.month else a.year - 1, m), True)
    y, m = _resolve_month(m, ctx, c, rel)
    if not rel:
        y = _month_range_start_year(m, ctx, c, y)
    return Timex("DATE", cal.fmt_month(y, m), True, start=start)


_NOUN_AFTER = re.compile(r"\s{1,3}([a-z]+)\b")
_THE_BEFORE = re.compile(r"\b(?:the|its|their)\s{1,3}$", re.IGNORECASE)


def _agreement_named(text: str, c: Candidate) -> bool:
    """ "the December accord", "its July agreement": a bare month naming a deal already struck
    (`lexicon.calendar.AGREEMENT_NOUNS`), so the last such month up to the document date."""
    noun = _NOUN_AFTER.match(text, c.end)
    return (bool(noun) and noun[1] in lx.AGREEMENT_NOUNS
            and bool(_THE_BEFORE.search(text, max(0, c.start - 8), c.start)))


_MONTH_BEFORE_DATED = re.compile(
    r"\s{0,3}(?:-|–|and|or|to|through|until|till)\s{1,3}(?P<month>" + alternation(lx.MONTH_NAMES) + r")"
    r"\s{1,3}(?P<year>(?:19|20)\d\d)\b")
"""A later month with its year after a bare month: "the protests in June and July 2024", "from
November to February 2025" give the bare month that year (or the year before, when it comes
later in the calendar than the dated month)."""


_MONTH_RANGE_END = re.compile(
    r"\s{0,3}(?:-|–|to|through|until|till)\s{1,3}(?P<month>" + alternation(lx.MONTH_NAMES) + r")\b(?!\s{0,3}\d)(?:\s(?P<rel>this|last|next)\syear|,?\s(?P<year>(?:19|20)\d\d)\b)?")
"""The end of a range of months without a year: "from January [to March]", "April-June"."""


_BETWEEN_BEFORE = re.compile(r"\bbetween\s{1,3}$", re.IGNORECASE)
_MONTH_AND_END = re.compile(r"\s{1,3}and\s{1,3}(?P<month>" + alternation(lx.MONTH_NAMES) + r")\b(?!\s{0,3}\d)(?:\s(?P<rel>this|last|next)\syear|,?\s(?P<year>(?:19|20)\d\d)\b)?")
"""The end of a range "between January and September": as "from January to September"."""


def _month_range_start_year(m: int, ctx: Context, c: Candidate, y: int) -> int:
    """A bare month that opens a range of bare months takes its year from the end, counted by the
    end's own clause ("Rainfall from January to March was high", written in December: January of
    the year that March is in, not the coming January); `y` when no such end follows."""
    r = _MONTH_RANGE_END.match(ctx.text, c.end)
    if r is None and _BETWEEN_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        r = _MONTH_AND_END.match(ctx.text, c.end)  # "between January and September this year"
    end_month = _month(r["month"]) if r else None
    if r is None or end_month is None or end_month == m:
        return y
    s, e = r.span("month")
    if r["year"] or r["rel"]:
        end_y = int(r["year"]) if r["year"] else ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[r["rel"].lower()]
    else:
        end_y, _ = _resolve_month(end_month, ctx, Candidate(s, e, c.rule, {"month": r["month"]}, {"month": (s, e)}), "")
    return end_y if m < end_month else end_y - 1  # "between January and [September this year]" names its year


_YEAR_OPENER = re.compile(r"\s{0,3}(?:(?P<rel>Last|Next|This)\s{1,3}year|In\s{1,3}(?P<year>(?:19|20)\d\d)),\s")
"""A sentence opened by the year it speaks of: "Last year, the peak came on Nov. 26.", "In 2023, ..."."""


def _sentence_opens_with_year(ctx: Context, start: int) -> int | None:
    """The year a sentence opens with ("Last year, ...", "In 2023, ...") when the expression at
    `start` lies in that sentence, after the comma; it is the year of a bare month or month-day
    there. None otherwise."""
    assert ctx.anchor is not None
    lo = max(0, start - 200)
    bound = max(ctx.text.rfind(ch, lo, start) for ch in ".!?\n")
    if bound < 0 and lo > 0:
        return None
    r = _YEAR_OPENER.match(ctx.text, bound + 1, start)
    if r is None:
        return None
    if r["year"]:
        return int(r["year"])
    return ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[r["rel"].lower()]


_YEAR_NAMED_BEFORE = re.compile(r"(?<!\bthe\s)\b(?P<rel>last|this|next)\s+year,?\s+(?:in|by|from|until|since)\s+$",
                                re.IGNORECASE)
"""A relative year just before a bare month names the month's year: "Last year in December",
"next year by March"; not a stretch ("to climb within the next year from January's record": the
January just reported)."""


_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|of|through|last|next|this|early|late|mid|before|after|during)[\s-]+$", re.I)
"""A word right before "May" or "March" that makes it the month, whatever follows: "since May
the service has grown", "before the end of March to meet him"."""


def _month_cue_before(text: str, c: Candidate) -> bool:
    return bool(_MONTH_CUE_BEFORE.search(text[max(0, c.start - 12):c.start]))


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|its|their|his|her|this|that)\s+$", re.IGNORECASE)


def _headline_case(word: str, after: str) -> bool:
    """Whether "May" and the word after it are cased alike, as in a headline ("MAY LOWER", "May
    Rise"): in running text a capitalised "May" before a lower-case word is the month ("28 over
    May bid", "closed May export registrations"); the modal there is "may"."""
    return word.isupper() or word.islower() or after[0].isupper()


_COMPANY_AFTER_MAY = re.compile(
    r"\s+(?:(?P<first>[A-Z][a-z][A-Za-z&]*)\.?\s+)?(?:[A-Z][a-z][A-Za-z&]*\.?\s+){0,2}?(?:(?:" + alternation(
        org.LEGAL_SUFFIXES | {"Cos"}) + r")\b)|\s*<[A-Z]{1,5}>")
"""What makes "May" the first word of a company's name: a legal form within three capitalised
title-case words ("May Department Stores Co", "May Petroleum Inc", "May Co"; a headline's "MAY
OUTPUT AT ACME PLC" has none) or a ticker right after it
("MAY <MA>"; in "SEES MAY MERGER WITH BANNER <BNR>" the ticker is another company's)."""
_MAY_AND_NAME = re.compile(r"\bMay\s+([A-Z][a-z][A-Za-z&]*)")
_TIME_CUE_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|through|last|next|this|early|late|mid|before|after|during)[\s-]+$", re.I)
"""`_MONTH_CUE_BEFORE` but "of": a cue that makes "In May Acme Corp said" the month, where "the
acquisition of May Energy Partners Ltd" is a company's name."""


def _time_cue_before(text: str, start: int) -> bool:
    return bool(_TIME_CUE_BEFORE.search(text, max(0, start - 12), start))


def _may_companies(ctx: Context) -> frozenset[str]:
    """The words after "May" in the document's company names ("Department" of "May Department
    Stores Co"): a later "May Department Stores", "May Energy unitholders" is the company too.
    Read once per document."""
    found = ctx.extra.get("may companies")
    if found is None:
        text = ctx.text
        found = frozenset(m[1] for m in _MAY_AND_NAME.finditer(text)
                          if (co := _COMPANY_AFTER_MAY.match(text, m.start() + 3)) and co["first"] == m[1]
                          and not _time_cue_before(text, m.start()))
        ctx.extra["may companies"] = found
    return found


def _may_is_company(ctx: Context, c: Candidate) -> bool:
    """ "May Department Stores Co said", "acquired by May Co.": "May" opens a company's name.
    After a month cue ("in May Acme Corp said") only the legal form right after it ("by May
    Co.") or a name the document gave whole makes it the company."""
    co = _COMPANY_AFTER_MAY.match(ctx.text, c.end)
    nxt = _MAY_AND_NAME.match(ctx.text, c.start)
    named = bool(nxt) and nxt[1] in _may_companies(ctx)
    if _time_cue_before(ctx.text, c.start):
        return named or bool(co) and co["first"] is None
    return bool(co) or named


def _may_is_month(text: str, c: Candidate) -> bool:
    """ "May" is the month unless it starts a question or is followed by a verb-like word."""
    after = text[c.end:c.end + 20].lstrip()
    if _month_cue_before(text, c):
        return True  # "since May the service has grown"
    verb = re.match(r"[A-Za-z]+", after)
    if (verb and verb.group().lower() in lx.MODAL_MAY_VERBS and _headline_case(text[c.start:c.end], verb.group())
            and not _DETERMINER_BEFORE.search(text, max(0, c.start - 6), c.start)):
        return False  # "USDA MAY LOWER CROP ESTIMATE", "Prices May Rise": the modal ("the May issue" stays)
    before = text[max(0, c.start - 3):c.start].strip()
    nxt = re.match(r"[A-Za-z]+", after)
    if not before or before[-1:] in '."“':
        return bool(nxt and nxt.group()[0].isdigit())
    if nxt and nxt.group().lower() in ("i", "we", "you", "the", "a"):
        return False
    return True


def _followed_by_on(text: str, end: int) -> bool:
    """ "march on the capital", "the March for Life": the verb or a named event, not the month."""
    return bool(re.match(r"\s+(?:on|to|through|in|past|against)\s+(?:the\s)?[a-z]|\s+(?:for|of)\s+(?:the\s)?[A-Z][a-z]",
                         text[end:end + 20]))


def h_year(c: Candidate, ctx: Context) -> Timex | None:
    y = _year_of(c)
    fy = c.groups.get("fy2")
    if fy:
        y = int(fy)
        if y < 100:
            y += 1900 if y > 30 else 2000
    if y is None:
        return None
    if not c.groups.get("spoken") and not fy and not _plausible_year(ctx.text, c, y):
        return None
    ctx.last_year = y
    start = c.group_spans["fiscal"][0] if c.groups.get("fiscal") else (
        c.group_spans["mod"][0] if c.groups.get("mod") else c.group_spans.get("year", c.group_spans.get("spoken", (c.start,)))[0])
    if fy:
        start = c.group_spans["fy"][0]
    if c.groups.get("theyear"):
        start = c.start  # "by the year 2000", as "the year two thousand"
    return Timex("DATE", f"{y:04d}", start=start)


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|people|persons|men|women|troops|soldiers|shares|tons|tonnes|barrels|feet|ft|meters|metres|miles|"
    r"km|kilometers|yards|acres|cars|units|pounds|kilos|employees|workers|jobs|seats|votes|points|dollars|yen|marks|francs|"
    r"members|students|cases|homes|houses|rooms|square|cubic|hectares|head|deaths|killed|dead|refugees|others|delegates|"
    r"(?!(?:offers|enters|suffers|delivers|remembers|considers|answers|covers|discovers|gathers|matters|orders|"
    r"registers|renders|triggers|wonders|recovers|hovers|lowers|powers|bothers|alters|differs|steers|cheers)\b)"
    r"[a-z]+ers\b|[a-z]+ists\b)", re.I)
_EARLY_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|from|until|till|by|before|after|of|around|circa|c\.)\s+(?:the\s+year\s+)?)$", re.I)


def _plausible_year(text: str, c: Candidate, y: int) -> bool:
    """A four-digit number is a year unless it counts something ("1990 people")."""
    if 1000 <= y < 1800 and _EARLY_YEAR_BEFORE.search(text[max(0, c.start - 20):c.start]):
        return not _NOT_YEAR_AFTER.match(text, c.end)  # "in 1774", "since 1497"
    if y < 1800 or y > 2100:
        return bool(c.groups.get("fiscal"))
    if _NOT_YEAR_AFTER.match(text, c.end):
        return False
    before = text[max(0, c.start - 12):c.start].lower()
    if _NOT_YEAR_BEFORE.search(before):
        return bool(c.groups.get("fiscal"))
    return True


def h_year_range(c: Candidate, ctx: Context) -> Timex | None:
    y = int(c.groups["year"])
    y2 = int(c.groups["year2"])
    full2 = y // 100 * 100 + y2
    if full2 <= y:
        return None
    # "1998-99", "2029/30": one expression per year, as "2024-2025" is read; the short year is its
    # own DATE ("30" is 2030).
    first_end = c.group_spans["year"][1]
    second = Timex("DATE", f"{full2:04d}", start=c.group_spans["year2"][0], end=c.group_spans["year2"][1])
    return Timex("DATE", f"{y:04d}", end=first_end, extra=[second])


def h_decade(c: Candidate, ctx: Context) -> Timex | None:
    word = _low(c, "decade")
    if not c.groups.get("the") and not word.startswith("'") and re.fullmatch(r"\d0'?s", word):
        return None  # "in their 30s" is an age
    v = _decade_value(word, ctx.anchor)
    return Timex("DATE", v) if v else None


def _decade_value(word: str, anchor: date | None) -> str | None:
    """ "the 1990s" -> 199, "the '80s" -> 198, "the eighties" -> 198; a two-digit decade is of the
    20th century unless the document date is past it in the 21st ("the 10s" in 2026 -> 201)."""
    w = word.lower().replace("'", "").replace("-", "").replace("nineteen", "")
    if w in lx.DECADE_NAMES:
        return f"19{lx.DECADE_NAMES[w]}"
    m = re.fullmatch(r"(\d{2})?(\d)0s", w)
    if not m:
        return None
    century = m[1]
    if century is None:
        century = "19"
        if anchor and anchor.year >= 2000 and int(m[2]) * 10 <= anchor.year % 100:
            century = "20"
    return f"{century}{m[2]}"


def h_century(c: Candidate, ctx: Context) -> Timex | None:
    w = _low(c, "cent")
    n = lx.ORDINALS.get(w) if w in lx.ORDINALS else (int(_DIGITS.match(w).group()) if w[:1].isdigit() else None)
    if w == "twenty-first":
        n = 21
    if not n or n < 1:
        return None
    return Timex("DATE", f"{n - 1:02d}")


# ---------------------------------------------------------------- quarters


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}


def _prev_quarter(a: date) -> tuple[int, int]:
    return cal.add_quarters(a.year, cal.quarter_of(a), -1)


def _quarter_in_view(ctx: Context, at: int) -> bool:
    """Whether the text named a quarter recently enough for "the period" to mean it."""
    return bool(ctx.last_quarter) and at - ctx.last_quarter[2] < 1500


_MULTI_QUARTER = re.compile(r"\b(?:" + alternation(lx.MULTI_QUARTER_PERIODS) + r")\b", re.IGNORECASE)


def multi_quarter_period(ctx: Context, at: int) -> bool:
    """Whether the sentence up to `at` names a results period of several quarters ("For the nine
    months, net rose from [a year earlier]"): a year-ago comparison there is that period's year,
    not the quarter under discussion (`lexicon.calendar.MULTI_QUARTER_PERIODS`)."""
    last = None
    for m in _MULTI_QUARTER.finditer(ctx.text, max(0, at - 300), at):
        last = m
    return last is not None and not crosses_sentence(ctx.text, last.end(), at)


_CURRENT_QUARTER = re.compile(r"\b(?:" + alternation(lx.CURRENT_QUARTER_NAMES) + r")\b", re.IGNORECASE)


def current_quarter_named(ctx: Context, at: int) -> bool:
    """Whether the sentence up to `at` names the quarter under discussion without its number
    ("in the latest quarter, ... compared with [a year ago]"; `lexicon.calendar.CURRENT_QUARTER_NAMES`)."""
    last = None
    for m in _CURRENT_QUARTER.finditer(ctx.text, max(0, at - 300), at):
        last = m
    return last is not None and not crosses_sentence(ctx.text, last.end(), at)


def _ref_quarter(ctx: Context, at: int) -> tuple[int, int] | None:
    """The quarter the text is talking about: the last one named, else the last completed one."""
    if ctx.last_quarter and at - ctx.last_quarter[2] < 1500:
        return ctx.last_quarter[0], ctx.last_quarter[1]
    if ctx.anchor:
        return _prev_quarter(ctx.anchor)
    return None


_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")
_MATCH_REPORT_WORDS = 3


def _match_report(ctx: Context) -> bool:
    """Whether the document is a match report: three different match words in it (computed once)."""
    if "match_report" not in ctx.extra:
        found = {w for w in _WORDS.findall(ctx.text.lower()) if w in MATCH_WORDS}
        ctx.extra["match_report"] = len(found) >= _MATCH_REPORT_WORDS
    return ctx.extra["match_report"]


def h_quarter(c: Candidate, ctx: Context) -> Timex | None:
    q = _QORD.get(_low(c, "qord"))
    unit = _low(c, "qunit")
    if unit == "qtr":
        unit = "quarter"  # "4TH QTR NET": the wire's abbreviation reads as the word
    if q and unit == "quarters" and _low(c, "qcount") in ("two", "2") and q in (1, 4):
        unit, q = "half", 1 if q == 1 else 2  # "the first two quarters of 1990" is its first half
    if not q or unit == "quarters":
        return None
    if unit == "half" and _low(c, "qord") in ("last", "final"):
        q = 2
    if c.groups.get("qdec"):
        return _decade_part(c, ctx, unit, q)
    if c.groups.get("qdecw"):
        # "in the second half of the decade": the decade in view, as "the end of the decade" is
        if unit != "half" or q > 2:
            return None
        return Timex("DATE", f"{ctx.anchor.year // 10:03d}", True) if ctx.anchor else Timex("DATE", "XXX")
    if re.match(r"\s+of\s+the\b", ctx.text[c.end:c.end + 10]) or (
            unit == "half" and not (c.groups.get("yr") or c.groups.get("qyr")) and re.match(r"\s+of\s+an?\b", ctx.text[c.end:c.end + 10])):
        return None  # "the second half of the season", "the first half of a two-week statement period": not a year's
    if unit == "half" and q > 2:
        return None
    det, adj = _low(c, "det"), _low(c, "adj")
    anchored = False
    y = _year_of(c, "yr") or _year_of(c, "qyr")
    rel = _low(c, "relyr") or _low(c, "qrel")
    if rel == "the":
        rel = ""
    if y is None and rel and ctx.anchor:
        y = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
        anchored = True
    elif y is None and not (adj or _low(c, "adj2")) and _match_report(ctx):
        return None  # "the second half" of a football match
    elif y is None and ctx.anchor:
        a = ctx.anchor
        anchored = True
        y = a.year
        if adj in ("year-earlier", "year-ago") or det == "last" and unit == "quarter" and q >= cal.quarter_of(a):
            y -= 1
        elif unit == "quarter" and _end_date_year(ctx, c) is not None:
            y = _end_date_year(ctx, c)  # "the fourth quarter ended Jan. 31": the year it ended in
        elif unit == "quarter" and q - cal.quarter_of(a) >= 2 and _dir(c, ctx) <= 0:
            y -= 1
        elif unit == "quarter" and q - cal.quarter_of(a) == 3 and _results_after(ctx, c):
            y -= 1  # "will report fourth-quarter earnings next Tuesday" in January: the quarter just ended
        elif unit == "half" and q == 2 and a.month <= 3 and _dir(c, ctx) <= 0:
            y -= 1
    code = f"Q{q}" if unit in ("quarter", "qtr") else f"H{q}"
    value = f"{y:04d}-{code}" if y is not None else f"XXXX-{code}"
    if unit in ("quarter", "qtr") and y is not None:
        now = (ctx.anchor.year, cal.quarter_of(ctx.anchor)) if ctx.anchor else None
        ended = re.match(r"\s+(?:that\s+)?ended\b", ctx.text[c.end:c.end + 14])
        if now is None or (y, q) < now or (y, q) == now and (ended or _dir(c, ctx) < 0):
            ctx.last_quarter = (y, q, c.start)  # a forecast ("deficits through the second quarter of 1991")
            # is not the quarter a later "year-ago period" compares with
    # TimeML leaves an attributive determiner out: "a [third-quarter] loss", "its [fourth quarter]".
    start = None
    if det and (det in ("a", "its", "their") or not c.groups.get("qpart") and _attributive(ctx.text, c)):
        start = c.group_spans["det"][1] + 1  # ("by [the end of the third quarter]" keeps its words: TIMEX3 mod END)
    return Timex("DATE", value, anchored, start=start)


_NEXT_WORD = re.compile(r"[\s-]{1,3}([A-Za-z]+)")


def _results_after(ctx: Context, c: Candidate) -> bool:
    """Whether a results noun follows the quarter ("will report [fourth-quarter] earnings next
    Tuesday" in January: the results of the quarter just ended; `lexicon.calendar.RESULTS_NOUNS`)."""
    m = _NEXT_WORD.match(ctx.text, c.end)
    return bool(m) and m.group(1).lower() in lx.RESULTS_NOUNS


def _decade_part(c: Candidate, ctx: Context, unit: str, q: int) -> Timex | None:
    """ "the last half of the '80s", "the first half of the 1990s": TIMEX3 values a part of a
    decade as the decade (198), the part being only a modifier."""
    if unit != "half" or q > 2:
        return None
    v = _decade_value(_g(c, "qdec"), ctx.anchor)
    return Timex("DATE", v) if v else None


def _attributive(text: str, c: Candidate) -> bool:
    """A hyphenated time modifier before a noun: "the third-quarter loss"."""
    span = text[c.start:c.end]
    return "-quarter" in span.lower() or "-half" in span.lower()


def h_qcode(c: Candidate, ctx: Context) -> Timex | None:
    qn = _g(c, "qn").upper()
    q = int(qn[1]) if qn[0] in "QH" else int(qn[0])
    code = ("H" if qn[0] == "H" else "Q") + str(q)
    yt = _g(c, "qyr").lstrip("'")
    if yt:
        y = int(yt)
        if y < 100:
            y += 1900 if y > 30 else 2000
        return Timex("DATE", f"{y:04d}-{code}")
    if not qn.startswith("Q") and not qn.startswith("H"):
        return None
    if ctx.anchor:
        return Timex("DATE", f"{ctx.anchor.year:04d}-{code}", True)
    return Timex("DATE", f"XXXX-{code}")


_ENDED_ON = re.compile(
    r"\s+(?:that\s+)?(?P<verb>ended|ending|ends)\s+(?:in\s+)?(?P<month>" + "|".join(
        sorted((re.escape(m) for m in lx.MONTHS), key=len, reverse=True))
    + r")\b\.?(?:\s+(?P<day>[0-3]?\d)(?!\d))?(?:,?\s+(?P<year>(?:19|20)\d\d))?", re.IGNORECASE)
"""The end of a quarter: "ended Sept. 30", "ending Jan. 31, 2027", or only its month ("ending in
December": the month's last day)."""


def _end_day(m: re.Match, year: int) -> date | None:
    """The day an `_ENDED_ON` match names in `year`: its day, or its month's last day."""
    month = _month(m["month"])
    if not month:
        return None
    if m["day"]:
        return cal.safe_date(year, month, int(m["day"]))
    return date(year, month, cal.month_last_day(year, month))


_HEADLINE_END = re.compile(
    r"\s+(?P<month>" + "|".join(sorted((re.escape(m.upper()) for m in lx.MONTHS), key=len, reverse=True))
    + r")\.?\s+(?P<day>[0-3]?\d)(?!\d)")
"""A wire headline's quarter end, written straight after the quarter: "3RD QTR FEB 28 NET"."""


def _end_date_year(ctx: Context, c: Candidate) -> int | None:
    """The year of the day an ordinal quarter ended on, when the text gives it ("the fourth quarter
    ended Jan. 31", a headline's "4TH QTR JAN 31"): that day's year, else the last such day up to
    the document date. None without an end day or an anchor."""
    m = _ENDED_ON.match(ctx.text, c.end, min(len(ctx.text), c.end + 40))
    if m and m["verb"].lower() == "ends":
        return None
    if not m and ctx.text[c.start:c.end].isupper():
        m = _HEADLINE_END.match(ctx.text, c.end, min(len(ctx.text), c.end + 12))
    if not m or not ctx.anchor:
        return None
    if m.groupdict().get("year"):
        return int(m["year"])
    last = _end_day(m, ctx.anchor.year) if m.re is _HEADLINE_END or _capitalised(m["month"]) else None
    if last is None:
        return None
    return ctx.anchor.year - 1 if last > ctx.anchor else ctx.anchor.year


def _quarter_ended_on(ctx: Context, end: int) -> tuple[int, int] | None:
    """ "the quarter [ended Sept. 30]": the calendar quarter holding most of the three months that
    end on that day (Sept. 30 -> Q3; a fiscal quarter ended July 31 -> Q2), in that day's year.
    Without a year, "ended" takes the last such day up to the document date."""
    m = _ENDED_ON.match(ctx.text, end, min(len(ctx.text), end + 40))
    if not m or not _capitalised(m["month"]):
        return None
    if m["year"]:
        last = _end_day(m, int(m["year"]))
    elif ctx.anchor:
        last = _end_day(m, ctx.anchor.year)
        if last and last > ctx.anchor and m["verb"].lower() == "ended":
            last = _end_day(m, ctx.anchor.year - 1)
    else:
        return None
    if last is None:
        return None
    middle = last - timedelta(days=45)
    return middle.year, cal.quarter_of(middle)


_WEEK_ENDED_BEFORE = re.compile(r"\bweek\s+(?:ended|ending)\s+[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:,?\s+(?:19|20)\d\d)?,\s+$")
"""A week named by its end day just before, in apposition: "in the week ended March 7, [the latest
period] for which figures are available" is that week, not a quarter."""
_PERIOD_OF_AFTER = re.compile(r"\s+of\s+[a-z]")
"""A period of something ("the latest period of weakness"): a stretch the text does not date."""


def h_rel_quarter(c: Candidate, ctx: Context) -> Timex | None:
    det, adj, unit, tail = _low(c, "det"), _low(c, "adj"), _low(c, "qunit"), _low(c, "tail")
    spaced = " ".join(adj.split()) in ("year earlier", "year ago")
    if spaced and det == "a":
        return None  # "rose 34 pct in February a year ago period": "a year ago" is the timex
    adj = {"year earlier": "year-earlier", "year ago": "year-ago"}.get(" ".join(adj.split()), adj)  # the wire's "the year earlier period"
    relyr, pyr = _low(c, "relyr"), c.groups.get("pyr")
    if relyr and ctx.anchor:
        tail = {"last": "last year", "this": "", "next": "next year"}[relyr]
    if pyr:
        if unit == "period" and multi_quarter_period(ctx, c.start):
            return Timex("DATE", f"{int(pyr):04d}")  # "in the nine months, ... in the 1988 period"
        # "the 1988 period": the quarter under discussion, in that year.
        ref = _ref_quarter(ctx, c.start)
        q = ref[1] if ref else None
        return Timex("DATE", f"{int(pyr):04d}-Q{q}" if q else pyr, bool(ref))
    year_back = adj in ("year-earlier", "year-ago", "comparable year-ago", "comparable year-earlier", "year-before",
                        "prior-year") or tail.startswith(("a year", "last year", "of last year"))
    if unit == "period" and not (year_back or adj in ("latest", "same", "comparable", "corresponding")):
        return None
    if unit == "period" and adj == "latest" and not tail:
        if _PERIOD_OF_AFTER.match(ctx.text, c.end):
            return None  # "the latest period of weakness for the dollar": no time of its own
        if ctx.last_day and _WEEK_ENDED_BEFORE.search(ctx.text, max(0, c.start - 40), c.start):
            return Timex("DATE", cal.fmt_week(ctx.last_day), True)  # "in the week ended March 7, the latest period"
    if adj == "first" or (det == "a" and not year_back):
        return None
    if tail.startswith("of") and c.groups.get("qyr"):
        return None
    if det == "the" and not adj and unit == "quarter" and not tail and not relyr:
        ended = _quarter_ended_on(ctx, c.end)
        if ended:
            return Timex("DATE", f"{ended[0]:04d}-Q{ended[1]}", not _ENDED_ON.match(ctx.text, c.end)["year"])
    if not ctx.anchor:
        return Timex("DATE", "XXXX-QX")
    a = ctx.anchor
    if det == "this" or adj == "current":
        y, q = a.year, cal.quarter_of(a)
    elif det == "next":
        y, q = cal.add_quarters(a.year, cal.quarter_of(a), 1)
    elif det == "last" and not year_back:
        y, q = _prev_quarter(a)
    else:
        if unit == "period" and year_back and (not _quarter_in_view(ctx, c.start)
                                               or multi_quarter_period(ctx, c.start)):
            # "the same period last year" after "the first two months of this year": no quarter
            # is under discussion, so the year is all the text gives.
            return Timex("DATE", f"{a.year - 1:04d}", True)
        ref = _ref_quarter(ctx, c.start)
        assert ref
        y, q = ref
    if year_back:
        y -= 1
    if tail == "next year":
        y += 1
    return Timex("DATE", f"{y:04d}-Q{q}", True)


def _end_behind(c: Candidate, ctx: Context) -> bool:
    """ "since year-end", or a year-end in a past clause: the one behind us."""
    return bool(c.groups.get("since")) or _dir(c, ctx) < 0


_YEAR_IN_SENTENCE = re.compile(r"(?<![\w$£€.,/-])(?:19|20)\d\d(?![\w%,.]\d|[\w%-])")


def _year_named_before(ctx: Context, at: int) -> int | None:
    """A year other than the document's named earlier in the sentence, which "a year earlier"
    counts back from ("The company's 1986 net income fell 60% from [a year earlier]" is 1985)."""
    last = None
    for m in _YEAR_IN_SENTENCE.finditer(ctx.text, max(0, at - 200), at):
        last = m
    if last is None or crosses_sentence(ctx.text, last.end(), at):
        return None
    year = int(last.group())
    return year if ctx.anchor and year != ctx.anchor.year else None


def _month_named_before(ctx: Context, at: int, first: bool = False) -> tuple[int, int] | None:
    """The month named whole earlier in the sentence ("Inflation eased in April from 2.4% [a month
    earlier]"), which "a month earlier" counts back from, as "a year earlier" does from a year.
    `first`: the sentence's first such month, the one its figures are about ("output in February
    fell from 3.1 mln in January and 3.3 mln [a year earlier]" is 1986-02)."""
    if first:
        named = ctx.first_whole_month
        if named is None or named[2] > at or not ctx.same_sentence("first month", named[2], at):
            return None
        if ctx.last_period_at >= 0 and ctx.same_sentence("period", ctx.last_period_at, at):
            return None  # the sentence names its period: "It said last November that ... this year, down from [a year ago]"
        return named[0], named[1]
    named = ctx.last_whole_month
    if named is None or named[2] > at or crosses_sentence(ctx.text, named[2], at):
        return None
    return named[0], named[1]


def h_year_ago_attr(c: Candidate, ctx: Context) -> Timex | None:
    w = _low(c, "word")
    if w in ("year-to-date", "year-on-year"):
        return None
    if w.startswith("mid"):
        # "by mid-year", "until mid-month": the current year or month (TIMEX3 mod MID).
        if not ctx.anchor:
            return Timex("DATE", "XXXX" if "year" in w else "XXXX-XX")
        a = ctx.anchor
        return Timex("DATE", f"{a.year:04d}" if "year" in w else cal.fmt_month(a.year, a.month), True)
    if not ctx.anchor:
        return Timex("DATE", "XXXX")
    a = ctx.anchor
    # A year's or month's end in a past clause is the one behind us: in March 1987 "net assets at
    # year end were $317 million" is the end of 1986 (the current year's end is always ahead).
    if w in ("month-end", "month end"):
        y, m = cal.add_months(a.year, a.month, -1 if _end_behind(c, ctx) else 0)
        return Timex("DATE", cal.fmt_month(y, m), True, start=c.group_spans["word"][0])
    if w in ("year-end", "yearend", "year end", "year's end"):
        y = a.year - 1 if _end_behind(c, ctx) else a.year
        start = c.group_spans["word"][0]
        return Timex("DATE", f"{y:04d}-12-31", True, start=start)
    if not _quarter_in_sentence(ctx, c.start):
        # "a loss for fiscal 1986 ended January 31, compared to a [year-earlier] profit" is 1985;
        # "February's retail sales were above the [year-ago] level" is February 1986.
        if (named := _year_named_before(ctx, c.start)) is not None:
            return Timex("DATE", f"{named - 1:04d}", True, in_view=False)
        if (month := _month_named_before(ctx, c.start, first=True)) is not None:
            return Timex("DATE", cal.fmt_month(month[0] - 1, month[1]), True, in_view=False)
    if (ctx.last_quarter and c.start - ctx.last_quarter[2] < 1500 and ctx.last_quarter[0] == a.year
            and not multi_quarter_period(ctx, c.start)):
        return Timex("DATE", f"{a.year - 1:04d}-Q{ctx.last_quarter[1]}", True)
    return Timex("DATE", f"{a.year - 1:04d}", True)


def _quarter_in_sentence(ctx: Context, at: int) -> bool:
    """Whether the sentence up to `at` named the quarter the text is about (read only within the
    reach a quarter stays in view, so the check costs at most that much text)."""
    q = ctx.last_quarter
    return bool(q) and at - q[2] < 1500 and not crosses_sentence(ctx.text, q[2], at)


# ---------------------------------------------------------------- seasons and holidays


def _season_of(a: date) -> tuple[int, str]:
    m = a.month
    if m in (3, 4, 5):
        return a.year, "SP"
    if m in (6, 7, 8):
        return a.year, "SU"
    if m in (9, 10, 11):
        return a.year, "FA"
    return (a.year if m == 12 else a.year - 1), "WI"


_SEASON_ORDER = ["SP", "SU", "FA", "WI"]


_SEASON_PREP = re.compile(r"\b(?:in|during|ahead of|until|till|by|through|since|before|after|over|into)\s+$", re.I)


_SEASON_NAMED = re.compile(r"\s(?:Olympics?|Paralympics?|Games|Youth Olympic|Universiade|Classic|Series)\b")
"""Words after a capitalised season that make it part of a name: "the Winter Olympics", "the
Summer Games", "Winter Classic"."""


_MOVED_TO = re.compile(r"\b(?:push|pushed|move|moved|delay|delayed|postpone|postponed|shift|shifted|put off|"
                       r"pushed back|moved back)(?:\s{1,3}(?:it|them|this|that|the\s{1,3}[a-z]{1,20}))?\s{1,3}to\s{1,3}$",
                       re.IGNORECASE)
"""A verb that moves a date before "to the fall": "push it to the fall", "delayed the vote to the
fall" name the season (not "led to the fall")."""


def h_season(c: Candidate, ctx: Context) -> Timex | None:
    s = lx.SEASONS[_low(c, "season")]
    det = _low(c, "det") or ("the" if c.groups.get("spart") else "")  # "by the end of summer": as "the summer"
    word = _g(c, "season")
    if word.lower() == "fall" and not det and not c.groups.get("year"):
        return None
    if word.lower() == "fall" and not c.groups.get("year") and det not in ("last", "next", "this", "this past", "this coming") and (
            re.match(r"\s+(?:of|in|on|from|to|at|was|is|has|had|would|will|came|could)\b", ctx.text[c.end:c.end + 8])
            or det == "the" and not re.search(r"\b(?:in|during|by|until|till|since|through|for|over|before|after|this)\s+$",
                                               ctx.text[max(0, c.start - 10):c.start], re.I)
            and not _MOVED_TO.search(ctx.text[max(0, c.start - 40):c.start])):
        return None  # "stem the fall", "a sharp early fall in prices": the noun, not the season
    if not det and not c.groups.get("year") and not c.groups.get("spoken") and not (
            word.lower() != "fall" and _SEASON_PREP.search(ctx.text[max(0, c.start - 12):c.start])
            and re.match(r"\s*(?:[,.;:)!?]|$|and\b|or\b|when\b|as\b)", ctx.text[c.end:c.end + 6])):
        return None  # a bare season counts only after a preposition and at a phrase end ("ahead of winter.")
    y = _year_of(c)
    start = None
    if det == "that":
        return None
    if word[:1].isupper() and _SEASON_NAMED.match(ctx.text, c.end):
        return None  # "the Winter Olympics", "the Summer Games": a name
    if y is None and re.match(r"\s+of\b", ctx.text[c.end:c.end + 5]):
        return None  # "the fall of the Berlin Wall"
    if y is not None:
        return Timex("DATE", f"{y:04d}-{s}", start=start)
    if not ctx.anchor:
        return Timex("DATE", f"XXXX-{s}", start=start)
    cy, cs = _season_of(ctx.anchor)
    idx = lambda yy, ss: yy * 4 + _SEASON_ORDER.index(ss)  # noqa: E731
    cur = idx(cy, cs)
    this_year = idx(ctx.anchor.year, s) if not (s == "WI" and ctx.anchor.month <= 2) else idx(ctx.anchor.year - 1, s)
    if det in ("last", "this past"):
        k = this_year if this_year < cur else this_year - 4
    elif det in ("next", "this coming"):
        k = this_year if this_year > cur else this_year + 4
    elif this_year == cur or det == "this":
        k = this_year
    else:
        dirn = _dir(c, ctx)
        if dirn < 0:
            k = this_year if this_year < cur else this_year - 4
        elif dirn > 0:
            k = this_year if this_year > cur else this_year + 4
        else:
            k = this_year
    return Timex("DATE", f"{k // 4:04d}-{_SEASON_ORDER[k % 4]}", True, start=start)


def _holiday_date(name: str, y: int) -> date | None:
    if name in lx.FIXED_HOLIDAYS:
        m, d = lx.FIXED_HOLIDAYS[name]
        return date(y, m, d)
    if name in lx.NTH_WEEKDAY_HOLIDAYS:
        m, wd, n = lx.NTH_WEEKDAY_HOLIDAYS[name]
        if name == "election day":
            return cal.nth_weekday(y, 11, 1, 1) + timedelta(days=1)
        return cal.nth_weekday(y, m, wd, n)
    if name in lx.EASTER_HOLIDAYS:
        return cal.easter(y) + timedelta(days=lx.EASTER_HOLIDAYS[name])
    if name in lx.THANKSGIVING_HOLIDAYS:
        return cal.nth_weekday(y, 11, 4, 4) + timedelta(days=lx.THANKSGIVING_HOLIDAYS[name])
    return None


def holiday_near(name: str, a: date, dirn: int) -> date | None:
    """This year's holiday, or the one a year back or ahead when the direction says it is past
    (-1) or to come (+1) and this year's lies the other way from the document date `a`."""
    this = _holiday_date(name, a.year)
    if this is None:
        return None
    if dirn < 0 and this > a:
        return _holiday_date(name, a.year - 1)
    if dirn > 0 and this < a:
        return _holiday_date(name, a.year + 1)
    return this


_HOLIDAY_AS_ADJECTIVE = re.compile(
    r"\s(?!(?:day|eve|morning|afternoon|evening|night|weekend|holiday|holidays|break|period|week)\b)"
    r"([a-z]{3,})")
"""A one-word holiday name before a common noun is an attribute, not a day: "Christmas cards",
"Easter eggs" (but "Election Day clears the way" and "Christmas came early" are the day). A
closed-class word, a clause word or a past verb after it ("last Thanksgiving following a wreck",
"Easter when", "Easter fell early") leaves it a day."""

_CLAUSE_WORDS = frozenset({"following", "when", "where", "amid", "ahead", "once", "last", "next"})
_HOLIDAY_VERBS = frozenset({"falls", "comes", "arrives", "approaches", "nears", "looms", "begins", "starts",
                            "ends", "lands"})
"""Present verbs with a holiday as subject: "Thanksgiving falls on Nov. 28" is the day."""


def _holiday_as_adjective(text: str, end: int) -> bool:
    """Whether the word after a one-word holiday name makes it an attribute ("Christmas cards")."""
    m = _HOLIDAY_AS_ADJECTIVE.match(text, end)
    return (bool(m) and m.group(1) not in FUNCTION_WORDS and m.group(1) not in _CLAUSE_WORDS
            and m.group(1) not in _HOLIDAY_VERBS and not past_form(m.group(1)))  # "Easter fell early" is the day


def h_holiday(c: Candidate, ctx: Context) -> Timex | None:
    raw = _g(c, "hol")
    name = raw.lower()
    if not raw[0].isupper() or " " not in raw and not c.groups.get("holweek") and _holiday_as_adjective(ctx.text, c.end):
        return None
    y = _year_of(c)
    if y is not None:
        d = _holiday_date(name, y)
        return _holiday_timex(d, c, False) if d else None
    if not ctx.anchor:
        fixed = lx.FIXED_HOLIDAYS.get(name)
        return Timex("DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}") if fixed and not c.groups.get("holweek") else None
    a = ctx.anchor
    rel = _low(c, "rel")
    this = _holiday_date(name, a.year)
    if this is None:
        return None
    if rel == "last" or (not rel and _dir(c, ctx) < 0):
        d = this if _holiday_span_start(this, c) <= a else _holiday_date(name, a.year - 1)
    elif rel == "next" or (not rel and _dir(c, ctx) > 0):
        d = this if this >= a else _holiday_date(name, a.year + 1)
    else:
        d = this
    return _holiday_timex(d, c, True) if d else None


def _holiday_timex(d: date, c: Candidate, anchored: bool) -> Timex:
    """The holiday's day, or the week or weekend named by it: "Easter week" is the ISO week of
    Easter Sunday, "the Thanksgiving weekend" the weekend after the Thursday, "Labor Day weekend"
    the one before the Monday (a Saturday or Sunday holiday is in its own weekend)."""
    unit = (c.groups.get("holweek") or "").lower()
    if unit == "week":
        return Timex("DATE", cal.fmt_week(d), anchored)
    if unit == "weekend":
        return Timex("DATE", cal.fmt_week(_holiday_span_start(d, c)) + "-WE", anchored)
    return Timex("DATE", cal.fmt_day(d), anchored)


def _holiday_span_start(d: date, c: Candidate) -> date:
    """The first day of what the holiday names: the day itself, the Monday of its week, or the
    Saturday of its weekend. A holiday week that has begun by the document date is this year's
    even in a past clause ("as Easter week began" on the Monday before Easter)."""
    unit = (c.groups.get("holweek") or "").lower()
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "weekend":
        return d - timedelta(days=2) if d.weekday() == 0 else d + timedelta(days=max(0, 5 - d.weekday()))
    return d



_QUARTER_MONTHS = {3: "January", 6: "April", 9: "July", 12: "October"}
"""The first month of the quarter each quarter-end month closes ("the June quarter" is April-June)."""


def h_month_quarter(c: Candidate, ctx: Context) -> Timex | None:
    """ "the October-to-December quarter" -> YYYY-Q4: three months that make a calendar quarter;
    "the December quarter": the quarter that month ends (not "the May quarter", nor "the June period")."""
    w1, w2 = _g(c, "month"), _g(c, "month2")
    named = _month(w1) if not w2 else None  # "the December quarter": the month it ends in
    if named is not None and (_low(c, "qunit") != "quarter" or named % 3):
        return None
    if named is not None:
        w1, w2 = _QUARTER_MONTHS[named], w1
    m1, m2 = _month(w1), _month(w2)
    if not m1 or not m2 or m1 % 3 != 1 or m2 != m1 + 2 or not _capitalised(w1) or not _capitalised(w2):
        return None
    q = (m1 - 1) // 3 + 1
    if c.groups.get("year"):
        return Timex("DATE", f"{int(_g(c, 'year')):04d}-Q{q}")
    if not ctx.anchor:
        return Timex("DATE", f"XXXX-Q{q}")
    y, _ = _resolve_month(named or m1, ctx, c, "")
    if (y, q) < (ctx.anchor.year, cal.quarter_of(ctx.anchor)):
        ctx.last_quarter = (y, q, c.start)  # "sales in the December quarter rose 8% from [a year earlier]"
    return Timex("DATE", f"{y:04d}-Q{q}", True)


def h_month_range(c: Candidate, ctx: Context) -> Timex | None:
    """ "April-September 2005": TimeML marks two months; the second follows the first."""
    w1, w2 = _g(c, "month"), _g(c, "month2")
    m1, m2 = _month(w1), _month(w2)
    if not m1 or not m2 or not _capitalised(w1) or not _capitalised(w2):
        return None
    ytxt = c.groups.get("year")
    anchored = False
    if ytxt:
        y2 = int(ytxt)
        y1 = y2 if m1 <= m2 else y2 - 1
    elif ctx.anchor:
        y1, _ = _resolve_month(m1, ctx, c, "")
        y2 = y1 if m1 <= m2 else y1 + 1
        anchored = True
    else:
        first = Timex("DATE", f"XXXX-{m1:02d}", end=c.group_spans["month"][1])
        first.extra.append(Timex("DATE", f"XXXX-{m2:02d}", start=c.group_spans["month2"][0]))
        return first
    first = Timex("DATE", cal.fmt_month(y1, m1), anchored, end=c.group_spans["month"][1])
    first.extra.append(Timex("DATE", cal.fmt_month(y2, m2), anchored, start=c.group_spans["month2"][0]))
    return first
