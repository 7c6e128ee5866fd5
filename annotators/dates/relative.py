"""Expressions relative to the document date: "last week", "yesterday", "Thursday", "a year ago", clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from ..lexicon import alternation
from ..lexicon import calendar as lx
from .grammar import Candidate
from .normaliser import (Context, Timex, _dir, _g, _low, _month, _month_named_before, _prev_quarter, _ref_quarter,
                         _year_named_before, current_quarter_named, multi_quarter_period)
from .numbers import parse_count
from .tense import crosses_sentence, direction

_BACK = {"last", "past", "previous", "prior", "preceding", "this past", "the past", "the last", "the previous",
         "the prior", "the preceding"}
_FWD = {"next", "coming", "following", "this coming", "the coming", "the next", "the following", "upcoming"}
_THIS = {"this", "current", "the current", "same", "the same", "the full", "the entire", "the whole", "that"}


def _unit_value(a: date, unit: str, n: int) -> str | None:
    """The calendar unit containing the anchor, moved by n units."""
    if unit == "year":
        return f"{a.year + n:04d}"
    if unit == "month":
        return cal.fmt_month(*cal.add_months(a.year, a.month, n))
    if unit in ("week", "weekend"):
        v = cal.fmt_week(a + timedelta(weeks=n))
        return v + "-WE" if unit == "weekend" else v
    if unit == "day":
        return cal.fmt_day(a + timedelta(days=n))
    if unit == "decade":
        return f"{(a.year // 10 + n):03d}"
    if unit == "century":
        return f"{(a.year // 100 + n):02d}"
    if unit == "quarter":
        y, q = cal.add_quarters(a.year, cal.quarter_of(a), n)
        return f"{y:04d}-Q{q}"
    return None


_UNDERSPEC = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
              "day": "XXXX-XX-XX", "decade": "XXX", "century": "XX", "quarter": "XXXX-QX"}


def _discussed_quarter_a_year_back(ctx: Context, at: int) -> Timex | None:
    """The quarter under discussion a year back, when the sentence names it without its number
    ("in the latest quarter, ... a year ago" / "... last year"): the year-ago comparison of a
    results story. None when no such quarter is named, or the quarter is not of the anchor's year."""
    if not ctx.anchor or not current_quarter_named(ctx, at):
        return None
    ref = _ref_quarter(ctx, at)
    if ref and ref[0] == ctx.anchor.year:
        return Timex("DATE", f"{ctx.anchor.year - 1:04d}-Q{ref[1]}", True)
    return None


def h_rel_unit(c: Candidate, ctx: Context) -> Timex | None:
    unit = _low(c, "unit").replace("-", "")
    rel = _relation(c)
    if not rel:
        return None
    if _g(c, "unit")[:1].isupper() and not ctx.text[c.start:c.end].isupper():
        return None  # "This Week", a title
    if rel == "the new":
        return _new_year(c, ctx, unit)
    if rel == "the" and unit == "month" and _MONTH_NAMED_AFTER.match(ctx.text, c.end):
        return None  # "for the month of [February]": the month is the one named, one date, not two
    if unit == "day" and rel not in ("the same", "that", "the next", "the following", "the previous"):
        return None
    if unit == "fortnight":
        return None
    if not ctx.anchor:
        return Timex("DATE", _UNDERSPEC.get(unit, "XXXX"))
    a = ctx.anchor
    if rel == "the prior":
        rel = "the previous"
    if unit == "week" and rel in ("the previous", "the preceding") and (day := week_in_view(ctx, c.start) or a):
        # "in the week ended Feb 21 from ... [the prior week]"; a comparison, which a second "the
        # previous week" in the report does not count back from again
        return Timex("DATE", cal.fmt_week(day - timedelta(weeks=1)), True, in_view=False)
    if rel == "the last" and unit in ("year", "month", "week", "decade") and _OF_AFTER.match(ctx.text, c.end):
        return None  # "by the last year of the five-year plan": a part of something, not the year before
    if rel in _ANAPHORIC and unit in ("year", "day"):
        return _anaphoric(rel, unit, ctx)
    if rel in _MONTH_ANAPHORIC and unit == "month" and ctx.last_month and c.start - ctx.last_month[2] < _MONTH_REACH:
        y, m = cal.add_months(ctx.last_month[0], ctx.last_month[1], _MONTH_ANAPHORIC[rel])
        return Timex("DATE", cal.fmt_month(y, m), True)
    if rel == "the" and unit == "month" and (named := _month_in_view(c, ctx)) is not None:
        return Timex("DATE", cal.fmt_month(*named), True)  # "Spending rose in July. Sales rose 1.2% in the month"
    if rel == "the" and unit in _PERIOD_ENDED and _PERIOD_END_AFTER.match(ctx.text[c.end:c.end + 14]):
        # "the year ended March 31": a twelve-month period (TBAQ: P1Y); so "the week ended Feb. 22"
        return Timex("DURATION", _PERIOD_ENDED[unit])
    if rel == "the" and unit == "week" and not c.groups.get("mod"):
        if not _WEEK_NAMED_AFTER.match(ctx.text, c.end) and (day := _week_ended_in_view(ctx, c.start)):
            return Timex("DATE", cal.fmt_week(day), True)  # "in the week ended Feb 21 ... loadings in [the week] totalled"
        return Timex("DATE", f"{a.year:04d}-WXX", True)  # TBAQ's reading of a bare "the week"
    if rel == "the" and unit == "weekend":
        sat = cal.weekday_near(a, 6, -1 if _dir(c, ctx) <= 0 else 1)
        if a.isoweekday() == 7:
            sat = a - timedelta(days=1)
        return Timex("DATE", cal.fmt_week(sat) + "-WE", True)
    if rel in ("past", "the past") and unit in _SPAN_UNITS:
        return Timex("DURATION", _SPAN_UNITS[unit])  # "over the past decade": the ten years to now
    n = _offset(rel, unit)
    if n is None:
        return None
    if rel == "last" and unit == "year":
        # "lost $7 million in the latest quarter, against a profit last year"
        back = _discussed_quarter_a_year_back(ctx, c.start)
        if back:
            return back
    if unit == "weekend" and n <= 0:
        return _weekend(a, n, _weekend_dir(c, ctx) if n == 0 else -1)
    v = _unit_value(a, unit, n)
    return Timex("DATE", v, True) if v else None


_WEEK_REACH = 1000  # characters: a week named further back is no longer the one in view
WEEK_ENDED_AT = re.compile(r"\bweek\s{1,3}(?:ended|ending|to|through)\s{1,3}(?:last\s{1,3})?$", re.IGNORECASE)
"""The words before a day that ends a week: "the week ended [Feb 21]", "the week to [Wednesday]"."""


_OF_AFTER = re.compile(r"\s{1,3}of\b", re.IGNORECASE)
_WEEK_NAMED_AFTER = re.compile(r"\s{1,3}(?:starting|beginning|from|of|ending|ended|to|through|until|that|which|when|before|after)\b",
                               re.IGNORECASE)
"""Words after "the week" that name its own days ("the week starting March 2", "the week of the
vote"): it is not the week a report named before."""


def week_in_view(ctx: Context, at: int, key: str = "week") -> date | None:
    """A day of the week the text last named, by a day ("on March 21", "the week ended Feb 21") or
    whole ("last week"), when it is near: "the previous week" and "a week earlier" count from it,
    as weekly reports compare the week they report with the one before ("in the week ended Feb 21
    from 368,400 in [the prior week]", written March 5, is 1987-W07, not the week before March 5)."""
    named = ctx.extra.get(key)
    if named is None or not 0 <= at - named[2] <= _WEEK_REACH:
        return None
    return named[0]


def _week_ended_in_view(ctx: Context, at: int) -> date | None:
    """The end day of the last "the week ended Feb 21" the text named, when near: a bare "the
    week" after it is that week ("Loadings in the week totalled 11,382 cars")."""
    return week_in_view(ctx, at, "week ended")


# "that year", "the following day": counted from the last year or day the text named
_PERIOD_ENDED = {"year": "P1Y", "month": "P1M", "week": "P1W"}
_PERIOD_END_AFTER = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends)\s"
                               r"|\s+to\s+(?:[A-Z]|\d{1,2}\s[A-Z]|(?:19|20)\d\d\b(?![.,]\d)|date\b)")
"""What names the day a period ends: "the year ended March 31", "the week to Feb. 22", "the year to
date"; not an infinitive ("given the republic until the end of the week to reply"), nor an amount
("cash rose by 1.4 billion marks in the week to 122.9 billion")."""
"""Units that, named by the day they end on ("the week ended February 22"), are a stretch of time."""

_SPAN_UNITS = {"decade": "P10Y", "century": "P100Y"}
"""Units whose "the past ..." is the stretch up to now, not the previous calendar unit: "over the
past decade" said in 2025 is 2015-2025, not the 2010s. ("the last decade" stays the previous one.)"""

_ANAPHORIC = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}


_MONTH_ANAPHORIC = {"that": 0, "the same": 0, "the following": 1, "the previous": -1, "the preceding": -1}
"""Relations that count a month from the last month the text named ("In March the board met; [the
following month] it sold the unit" is April). "the next month" is left to the document date: it
is mostly the coming month ("a decision in the next month")."""
_MONTH_NAMED_AFTER = re.compile(r"\s+of\s+(?=(?-i:[A-Z]))(?:" + "|".join(
    sorted((re.escape(m) for m in lx.MONTHS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
"""A month named right after "the month": "the month of February" names February only (TimeML
gives the phrase one value; the document's month is not another)."""
_MONTH_REACH = 1000  # characters: a month named further back is no longer the one in view


_IN_THE_MONTH_BEFORE = re.compile(r"\b(?:in|for|during|over)\s{1,3}$", re.IGNORECASE)
_IN_THE_MONTH_AFTER = re.compile(r"\s{0,3}(?:ahead|to\s|before|after|since|of\b|'s|’s)", re.IGNORECASE)
_MONTH_IN_VIEW_REACH = 300  # characters back to the month "the month" is about


def _month_in_view(c: Candidate, ctx: Context) -> tuple[int, int] | None:
    """ "Shoppers spent more in July ... Sales rose 1.2% in the month": a bare "the month" after
    "in"/"for" in a past clause is the month the text just named, when that is not the document's
    own month; None otherwise ("in the month ahead", "by the end of the month" stay)."""
    a = ctx.anchor
    if a is None or ctx.last_whole_month is None or c.groups.get("mod"):
        return None
    y, m, at = ctx.last_whole_month
    if (y, m) == (a.year, a.month) or not 0 <= c.start - at <= _MONTH_IN_VIEW_REACH:
        return None
    if not _IN_THE_MONTH_BEFORE.search(ctx.text[max(0, c.start - 10):c.start]) or _IN_THE_MONTH_AFTER.match(ctx.text, c.end):
        return None
    return (y, m) if _dir(c, ctx) < 0 else None


def _relation(c: Candidate) -> str:
    """The relation words, normalised: "that same" -> "the same", a lone article -> "the"."""
    rel = " ".join(_low(c, "rel").split())
    if rel == "that same":
        rel = "the same"
    the = _low(c, "the")
    if the and rel and not rel.startswith("the"):
        rel = "the " + rel
    elif the and not rel:
        rel = "the"
    return rel


def _new_year(c: Candidate, ctx: Context, unit: str) -> Timex | None:
    """"in the new year": the coming year late in a year, else the current one."""
    if unit != "year" or c.groups.get("mod") or c.groups.get("fiscal"):
        return None
    if not ctx.anchor:
        return Timex("DATE", "XXXX")
    y = ctx.anchor.year + (1 if ctx.anchor.month >= 9 else 0)
    return Timex("DATE", f"{y:04d}", True)


def _anaphoric(rel: str, unit: str, ctx: Context) -> Timex | None:
    n = _ANAPHORIC[rel]
    if unit == "day":
        if rel == "that" and ctx.last_day is None:
            return None  # "trades made that day" with no day named before it: a day in general
        return Timex("DATE", cal.fmt_day((ctx.last_day or ctx.anchor) + timedelta(days=n)), True)
    ref = ctx.last_year
    if ref is None:
        if n == 0:
            return None  # "that year" with no year named before it
        ref = ctx.anchor.year
    return Timex("DATE", f"{ref + n:04d}", True)


def _offset(rel: str, unit: str) -> int | None:
    """-1, 0 or +1 units from the anchor, or None for relation words we do not read."""
    if rel == "the":
        return 0
    if rel == "the latest" and unit == "year":
        return -1  # "the latest fiscal year": the last one completed
    if rel in _BACK:
        return -1
    if rel in _FWD:
        return 1
    if rel in _THIS:
        return 0
    return None


def _weekend_dir(c: Candidate, ctx: Context) -> int:
    """Which way "this weekend" points. Its possessive ("this weekend's race") looks back only
    early in the week: from Wednesday the coming weekend is the nearer one, and a story written
    then about the one gone would say "last weekend's"."""
    assert ctx.anchor is not None
    if ctx.text.startswith(("'s", "’s"), c.end) and ctx.anchor.isoweekday() in (3, 4, 5):
        return 1
    return _dir(c, ctx)


def _weekend(a: date, n: int, dirn: int = 0) -> Timex:
    """"this weekend": the coming one on weekdays, the one just past when the clause looks back
    ("played cat-and-mouse this weekend" on a Monday); "last weekend": the one before."""
    if n == 0:
        ahead = a.isoweekday() < 6 and dirn >= 0
        sat = cal.weekday_near(a, 6, 1 if ahead else -1)
    else:
        sat = cal.weekday_near(a, 6, -1)
        if a.isoweekday() >= 6:
            sat -= timedelta(days=7)
    return Timex("DATE", cal.fmt_week(sat) + "-WE", True)


def h_yesterday(c: Candidate, ctx: Context) -> Timex | None:
    w = " ".join(_low(c, "word").split())
    offs = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
            "the day after tomorrow": 2, "overnight": 0}
    if w == "overnight":
        return None
    part = _low(c, "part")
    if w == "tonight":
        part = "night"
    code = lx.PARTS_OF_DAY.get(part) if part else None
    if w == "today" and not part and _today_in_general(ctx.text, c.end):
        return None
    generic = _generic_day_word(ctx.text, c, w) if not part else None
    if generic:
        return Timex("DATE", generic, bool(ctx.anchor))
    if not ctx.anchor:
        return Timex("TIME" if code else "DATE", "XXXX-XX-XX" + (f"T{code}" if code else ""))
    d = ctx.anchor + timedelta(days=offs[w])
    ctx.last_day = d
    if code:
        return Timex("TIME", f"{cal.fmt_day(d)}T{code}", True)
    return Timex("DATE", cal.fmt_day(d), True)


_WEEK_SHIFT = {"last": -1, "this": 0, "next": 1}


def h_weekday_week(c: Candidate, ctx: Context) -> Timex | None:
    """ "Friday next week": that weekday in the week after the document date's (ISO weeks, from
    Monday); "Tuesday last week", "Thursday this week" alike."""
    raw = _g(c, "wday")
    wd = lx.WEEKDAYS.get(raw.lower().rstrip("."))
    if not wd or not raw[0].isupper():
        return None
    if not ctx.anchor:
        return Timex("DATE", f"XXXX-WXX-{wd}")
    monday = ctx.anchor - timedelta(days=ctx.anchor.isoweekday() - 1)
    d = monday + timedelta(days=7 * _WEEK_SHIFT[_low(c, "wrel")] + wd - 1)
    ctx.last_day = d
    return Timex("DATE", cal.fmt_day(d), True)


_WEEKS_IN = {"a": 1, "one": 1, "two": 2, "three": 3}
_SINCE_AFTER = re.compile(r"\s{1,3}(?:since|that|after)\b", re.IGNORECASE)


def h_week_today(c: Candidate, ctx: Context) -> Timex | None:
    """ "a week today" (the day seven days on), "a fortnight tomorrow" (fifteen days on); not the
    stretch of "it is a week today since the fire", which the duration rule reads."""
    if _SINCE_AFTER.match(ctx.text, c.end):
        return None
    unit, n = _low(c, "unit"), _WEEKS_IN[_low(c, "num")]
    if unit != "fortnight" and (unit == "weeks") == (n == 1):
        return None  # "a weeks today", "two week today": no such phrase
    weeks = 2 * n if unit == "fortnight" else n
    if not ctx.anchor:
        return Timex("DATE", "XXXX-XX-XX")
    d = ctx.anchor + timedelta(days=7 * weeks + (1 if _low(c, "word") == "tomorrow" else 0))
    ctx.last_day = d
    return Timex("DATE", cal.fmt_day(d), True)


_OF_BEFORE = re.compile(r"\b(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+of\s+$")
_AS_IT_IS = re.compile(r"\bas\s+(?:it|they|we|you|things|he|she)\s+(?:is|are|stands?|exists?|looks?|know\s+it)\s+$", re.I)


def _generic_day_word(text: str, c: Candidate, word: str) -> str | None:
    """ "the cars of tomorrow", "the leaders of today": a time in general, not a calendar day
    (FUTURE_REF / PRESENT_REF); so is "the world as it is today". None for the calendar reading."""
    before = text[max(0, c.start - 40):c.start]
    if word in ("tomorrow", "today") and _OF_BEFORE.search(before) and not text.startswith("'s", c.end):
        return "FUTURE_REF" if word == "tomorrow" else "PRESENT_REF"
    if word == "today" and _AS_IT_IS.search(before):
        return "PRESENT_REF"
    return None


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([a-z]+)")


def _today_in_general(text: str, end: int) -> bool:
    """ "in today's world", "for today's youth": the present in general, no timex
    (`lexicon.calendar.GENERIC_TODAY_NOUNS`)."""
    m = _POSSESSIVE_NOUN.match(text, end)
    return m is not None and m[1] in lx.GENERIC_TODAY_NOUNS


def h_part_of_day(c: Candidate, ctx: Context) -> Timex | None:
    rel, part = _low(c, "rel"), _low(c, "part")
    code = lx.PARTS_OF_DAY[part]
    mod = _low(c, "mod")
    if not rel and (not mod or mod in ("earlier", "later") or part == "night"):
        return None  # a bare "morning"; "late night" is mostly an attribute ("late night shows")
    if c.groups.get("the_hours"):
        rel = "the"  # "in the early morning hours": the part of the day the text is about
    if rel == "the" and (part == "night" or not _IN_THE_PART.search(ctx.text[max(0, c.start - 12):c.start])):
        return None  # "in the morning" is a time; "the night of the crash", "through the night" are not marked
    if rel == "that" and not ctx.last_day:
        return None
    if not ctx.anchor:
        return Timex("TIME", f"XXXX-XX-XXT{code}")
    a = ctx.anchor
    if rel == "this":
        d = a
    elif rel == "last":
        d = a - timedelta(days=1) if part in ("night", "evening") else None
        if d is None:
            return None
    elif rel == "yesterday":
        d = a - timedelta(days=1)
    elif rel == "tomorrow":
        d = a + timedelta(days=1)
    elif rel in ("the next", "the following", "the previous"):
        d = (ctx.last_day or a) + timedelta(days=-1 if rel == "the previous" else 1)
        ctx.last_day = d
        return Timex("DATE", cal.fmt_day(d), True)
    else:
        d = ctx.last_day or a
    return Timex("TIME", f"{cal.fmt_day(d)}T{code}", True)


_IN_THE_PART = re.compile(r"\b(?:in|during|by|until|till)\s$", re.I)


def h_mid_part(c: Candidate, ctx: Context) -> Timex | None:
    part = _low(c, "part").replace("-", "").replace(" ", "")
    code = {"midmorning": "MO", "midafternoon": "AF", "midday": None, "midevening": "EV"}.get(part)
    if not ctx.anchor:
        return Timex("TIME", "XXXX-XX-XXT" + (code or "12:00"))
    d = ctx.anchor - timedelta(days=1) if _low(c, "word") == "yesterday" else ctx.anchor
    return Timex("TIME", f"{cal.fmt_day(d)}T{code or '12:00'}", True)


_PAPER_AFTER = re.compile(r"\s(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Observer|Independent|People"
                          r"|Sport|Mail|Star|Record|Journal|Magazine|Review|Night Live|Service)\b")
"""Title words after a weekday name: a newspaper or a programme, not a date."""


_LINKED_WEEKDAY = re.compile(
    r"\b(?P<wday>" + alternation(w for w in lx.WEEKDAYS if w not in lx.SHORT_WEEKDAYS) + r")"
    r"(?:\s(?:morning|afternoon|evening|night))?,?\s?(?:" + alternation(lx.WEEKDAY_LINKS) + r")\s?$",
    re.IGNORECASE)


_MAX_LINK_GAP = 4
"""Days a linked weekday may lie after the first ("Monday to Friday"); more means a list out of
order ("statements made Friday and Thursday"), and each weekday is resolved on its own."""


def _linked_weekday(c: Candidate, ctx: Context, wd: int) -> date | None:
    """ "Monday or [Tuesday]": the day after the first weekday that has this weekday's name, when the
    weekday just before it in the text was resolved (it is then `ctx.last_day`)."""
    m = _LINKED_WEEKDAY.search(ctx.text, max(0, c.start - 30), c.start)
    if not m or ctx.last_day is None or ctx.last_day_at is None or ctx.last_day_at < m.start():
        return None
    first = lx.WEEKDAYS[m["wday"].lower()]
    gap = (wd - first) % 7
    if ctx.last_day.isoweekday() != first or not 0 < gap <= _MAX_LINK_GAP:
        return None
    return ctx.last_day + timedelta(days=gap)


_ANY_SUCH_BEFORE = re.compile(r"\b(?:on|of)\s{1,3}an?\s{1,3}$", re.IGNORECASE)
_ANY_SUCH_AFTER = re.compile(
    r"\s{0,3}(?:[.,;:!?)]|$)|\s{1,3}(?:and|or|but|in|at|for|when|because|so|this|that|which|with|since|rather|instead|to)\b")
"""Around a weekday that names no day of the calendar: "fell on a Thursday", "the first time it
has started on a Friday." (not "on a Sunday night flight", where the day may be a given one)."""


def _any_such_weekday(text: str, c: Candidate) -> bool:
    """ "on a Thursday": an indefinite weekday is any such day (XXXX-WXX-4), not the nearest one."""
    return bool(_ANY_SUCH_BEFORE.search(text[max(0, c.start - 12):c.start]) and _ANY_SUCH_AFTER.match(text, c.end))


def h_weekday(c: Candidate, ctx: Context) -> Timex | None:
    raw = _g(c, "wday")
    wd = lx.WEEKDAYS.get(raw.lower().rstrip("."))
    if not wd or not raw[0].isupper():
        return None
    if _PAPER_AFTER.match(ctx.text, c.end) or (raw.endswith(".") and re.search(r"\bthe\s$", ctx.text[max(0, c.start - 5):c.start], re.I)):
        return None  # "the Sunday Times", "told The Sun."
    rel = _low(c, "rel")
    part = _low(c, "part").rstrip("s")
    code = lx.PARTS_OF_DAY.get(part) if part else None
    if c.groups.get("plural") or _low(c, "part").endswith("s"):
        return Timex("SET", f"XXXX-WXX-{wd}" + (f"T{code}" if code else ""))
    if not ctx.anchor or not rel and _any_such_weekday(ctx.text, c):
        return Timex("DATE", f"XXXX-WXX-{wd}" + (f"T{code}" if code else ""))
    a = ctx.anchor
    if rel in ("last", "this past", "past", "the previous"):
        d = cal.weekday_near(a - timedelta(days=1), wd, -1)
        if rel == "the previous" and ctx.last_day:
            d = cal.weekday_near(ctx.last_day - timedelta(days=1), wd, -1)
    elif rel in ("next", "this coming", "coming", "the next", "the following"):
        d = cal.weekday_near(a + timedelta(days=1), wd, 1)
    elif rel == "this":
        d = cal.weekday_near(a, wd, _dir(c, ctx) or 1)
    elif (linked := _linked_weekday(c, ctx, wd)) is not None:
        d = linked
        ctx.weekdays.setdefault(wd, d)
    elif wd in ctx.weekdays:
        d = ctx.weekdays[wd]  # a bare weekday named again is the same day ("met on Thursday ... meets on Thursday")
    else:
        dirn = _dir(c, ctx)
        d = cal.weekday_near(a, wd, 1 if dirn > 0 else -1)
        ctx.weekdays[wd] = d
    ctx.last_day = d
    start = None
    if rel in ("late", "earlier", "later"):
        start = c.group_spans["wday"][0]  # TBAQ: "Earlier [Friday]", "Late [Monday]"
    # A weekday with a part of day ("Wednesday night") is mostly typed DATE in TBAQ.
    return Timex("DATE", cal.fmt_day(d) + (f"T{code}" if code else ""), True, start=start)


_UNIT_OF = {**{u: u for u in lx.UNITS}, **lx.UNIT_PLURALS}


_BACK_AS_PLACE = re.compile(r"\s+(?:at|in(?!\s+\d)|on|to|into|inside|home|from|with|behind|where)\b", re.IGNORECASE)
"""Words after "back" that make it a return to a place ("has been two weeks back at work"), so the
count before it is a plain duration ("[two weeks]"), not a date that many weeks ago."""




_THAN_AFTER = re.compile(r"\s*(?:than|that)\b")
"""A comparison right after the expression: "two years later than planned" (read in place, not
from a copy of the rest of the text)."""


def h_ago(c: Candidate, ctx: Context) -> Timex | None:
    unit = _UNIT_OF.get(_low(c, "unit").rstrip("."))
    if not unit:
        return None
    n = parse_count(_g(c, "num"))
    if n is not None and c.groups.get("half"):
        n += 0.5
    dirw = _low(c, "dir")
    if dirw == "since":
        return None
    if dirw == "back" and _BACK_AS_PLACE.match(ctx.text, c.end):
        return None  # "less than a week back at the Oval Office": back in a place, not "ago"
    sign = -1 if dirw in ("ago", "earlier", "before", "back") else 1
    if dirw in ("before", "after", "later", "earlier") and _THAN_AFTER.match(ctx.text, c.end):
        return None
    if dirw == "later":
        # TBAQ: "[Three days] later" is the duration; "later" stays out.
        from .durations import duration_value
        v = duration_value(float(n) if n is not None else None, unit)
        end = c.group_spans["half" if c.groups.get("half") else "unit"][1]
        start = None
        if _low(c, "approx").startswith("just "):
            start = c.group_spans["approx"][0] + len("just ")  # "Just [over an hour] later": "just" stays out
        return Timex("DURATION", v, start=start, end=end) if v else None
    if n is None:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", bool(ctx.anchor))
    if n != int(n):
        return None
    n = int(n)
    if not ctx.anchor:
        return Timex("DATE", _UNDERSPEC.get(unit, "XXXX"))
    a = ctx.anchor
    if dirw in ("earlier", "ago", "before") and unit == "year" and n == 1 and multi_quarter_period(ctx, c.start):
        return Timex("DATE", f"{a.year - 1:04d}", True)  # "for the nine months, ... [a year earlier]"
    if dirw in ("earlier", "later", "before", "after") and unit == "year" and n == 1:
        ref = _ref_quarter(ctx, c.start) if ctx.last_quarter else None
        if (named := sentence_quarter(ctx, c.start)) is not None:
            # "a loss for the third quarter ended December 31, against a loss [a year before]",
            # written in March, is 1985-Q3: the first quarter the sentence names
            return Timex("DATE", f"{named[0] + sign:04d}-Q{named[1]}", True)
        if ref and (ref[0] == a.year or ref == _prev_quarter(a)):  # "the October-December quarter" in February
            return Timex("DATE", f"{ref[0] + sign:04d}-Q{ref[1]}", True)
    if dirw in ("earlier", "before") and unit == "year" and n == 1 and (day := _calendar_day_in_sentence(ctx, c.start)):
        # "assets of $4.1 trillion as of June 30, up from $3.9 trillion [a year earlier]": that day a year back
        back = cal.safe_date(day.year - 1, day.month, day.day) or day - timedelta(days=365)
        return Timex("DATE", cal.fmt_day(back), True, in_view=False)
    if dirw in ("earlier", "ago") and unit == "year" and n == 1 and (month := _month_named_before(ctx, c.start, first=True)):
        # "Sales rose 5% in October from [a year earlier]": the October before, a comparison only
        return Timex("DATE", cal.fmt_month(month[0] - 1, month[1]), True, in_view=False)
    if dirw == "earlier" and unit == "year" and n == 1 and (named := _year_named_before(ctx, c.start)):
        return Timex("DATE", f"{named - 1:04d}", True)  # "1986 net income fell 60% from [a year earlier]"
    if dirw in ("earlier", "before") and unit == "week" and (day := _day_in_sentence(ctx, c.start)):
        return Timex("DATE", cal.fmt_week(day - timedelta(weeks=n)), True)  # "on March 21, against 10,000 [a week earlier]"
    if dirw == "earlier" and unit == "month" and n == 1 and (month := _month_named_before(ctx, c.start)):
        return Timex("DATE", cal.fmt_month(*cal.add_months(*month, -1)), True)  # "eased in April from [a month earlier]"
    if dirw in ("ago", "earlier") and unit == "year" and n == 1:
        # "in the quarter, ... against $36 million [a year ago]"
        back = _discussed_quarter_a_year_back(ctx, c.start)
        if back:
            return back
    if dirw == "ago" and unit == "year" and n == 1 and ctx.last_quarter and c.start - ctx.last_quarter[2] < 600:
        if ctx.last_quarter[0] == a.year:
            return Timex("DATE", f"{a.year - 1:04d}-Q{ctx.last_quarter[1]}", True)
    if unit in ("hour", "minute", "second"):
        return Timex("DATE", cal.fmt_day(a), True) if unit == "hour" and n < 24 else None
    if unit == "day":
        v = cal.fmt_day(a + timedelta(days=sign * n))
    elif unit == "week":
        v = cal.fmt_week(a + timedelta(weeks=sign * n))
    elif unit == "month":
        v = cal.fmt_month(*cal.add_months(a.year, a.month, sign * n))
    elif unit == "year":
        v = f"{a.year + sign * n:04d}"
    elif unit == "decade":
        v = f"{a.year + sign * 10 * n:04d}"
    elif unit == "quarter":
        y, q = cal.add_quarters(a.year, cal.quarter_of(a), sign * n)
        v = f"{y:04d}-Q{q}"
    elif unit == "century":
        v = f"{(a.year + sign * 100 * n) // 100:02d}"
    else:
        return None
    return Timex("DATE", v, True)


_UNIT_BEFORE_REACH = 300  # characters back to the year, month or week "the year before" counts from


def h_unit_before(c: Candidate, ctx: Context) -> Timex | None:
    """ "Sales fell to $300 million last year from $450 million [the year before]": the unit before
    the one the text just named (a quarter in the sentence a year back, the year, month, week or
    day named last), else before the document date's."""
    unit = _low(c, "unit")
    if not ctx.anchor:
        return Timex("DATE", _UNDERSPEC[unit])
    a, near = ctx.anchor, lambda at: at is not None and 0 <= c.start - at <= _UNIT_BEFORE_REACH
    if unit == "year":
        if (quarter := sentence_quarter(ctx, c.start)) is not None:
            return Timex("DATE", f"{quarter[0] - 1:04d}-Q{quarter[1]}", True, in_view=False)
        named = ctx.extra.get("year")
        y = named[0] if named and near(named[1]) else a.year
        month = ctx.first_whole_month
        if month and month[2] <= c.start and not (named and near(named[1])) and ctx.same_sentence("first month", month[2], c.start):
            y = month[0]  # "imports in October and November were higher than in the same period of the year before"
        return Timex("DATE", f"{y - 1:04d}", True, in_view=False)
    if unit == "month":
        y, m = (ctx.last_month[:2] if ctx.last_month and near(ctx.last_month[2]) else (a.year, a.month))
        first = ctx.first_whole_month
        if first and first[2] <= c.start and ctx.same_sentence("first month", first[2], c.start):
            y, m = first[:2]  # "Sales rose in November, the department said Friday, after a gain [the month before]"
        return Timex("DATE", cal.fmt_month(*cal.add_months(y, m, -1)), True, in_view=False)
    if unit == "week":
        return Timex("DATE", cal.fmt_week((week_in_view(ctx, c.start) or a) - timedelta(weeks=1)), True, in_view=False)
    day = ctx.last_day if near(ctx.last_day_at) and ctx.last_day else a
    return Timex("DATE", cal.fmt_day(day - timedelta(days=1)), True, in_view=False)


def sentence_quarter(ctx: Context, at: int) -> tuple[int, int] | None:
    """The first quarter named in the sentence of `at`, before it (`annotator._note_sentence_quarter`)."""
    named = ctx.extra.get("sentence quarter")
    if named is None or named[2] > at or not ctx.same_sentence("quarter", named[2], at):
        return None
    return named[0], named[1]


def _calendar_day_in_sentence(ctx: Context, at: int) -> date | None:
    """The calendar date ("June 30", "2025-06-30") named last before `at` in its sentence, when no
    period the figures are about (a year, quarter, half or season) is named after it."""
    named = ctx.extra.get("calendar day")
    if named is None or named[2] > at or not ctx.same_sentence("calendar day", named[2], at):
        return None
    if named[2] < ctx.last_period_at <= at or named[0] == ctx.anchor:
        return None  # "on March 3 the company said 1986 net rose from [a year earlier]"; a dateline's day
    return named[0]


def _day_in_sentence(ctx: Context, at: int) -> date | None:
    """The day or week named last before `at` in the same sentence: what "a week earlier" counts
    back from ("rose to 70,000 tonnes on March 21 compared with 10,000 a week earlier")."""
    named = ctx.extra.get("week")
    if named is None or named[2] > at or not ctx.same_sentence("week earlier", named[2], at):
        return None
    return named[0]


def _clock_value(s: str) -> str | None:
    s = s.lower().replace(" ", "")
    if s in lx.CLOCK_WORDS:
        return lx.CLOCK_WORDS[s]
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))?inthe(morning|afternoon|evening)", s)
    if m:  # "4 in the morning", "7:30 in the evening"
        h = int(m[1]) % 12 + (0 if m[3] == "morning" else 12)
        return f"{h:02d}:{int(m[2] or 0):02d}"
    if s.endswith("o'clock"):
        h = lx.NUMBER_WORDS.get(s[:-7]) if not s[0].isdigit() else int(s[:-7])
        return f"{h:02d}:00" if h is not None and 0 < h <= 12 else None  # "four o'clock": the hour, no am/pm
    m = re.fullmatch(r"(\d\d)(\d\d)", s) or re.match(r"(\d{1,2})(?:[:.](\d\d))?(a\.?m\.?|p\.?m\.?)?", s)
    if not m:
        return None
    h, mi = int(m[1]), int(m[2] or 0)
    ampm = ((m[3] if m.re.groups >= 3 else None) or "").replace(".", "")
    if h > 24 or mi > 59:
        return None
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    return f"{h:02d}:{mi:02d}"


def h_clock(c: Candidate, ctx: Context) -> Timex | None:
    hm = _clock_value(_g(c, "clock"))
    if not hm:
        return None
    if re.search(r"\bhigh\s+$", ctx.text[max(0, c.start - 6):c.start], re.I):
        return None  # "High Noon", a showdown, not a time
    dayref = _low(c, "dayref")
    d: date | None = None
    anchored = False
    if c.groups.get("cmonth"):
        m = _month(_g(c, "cmonth"))
        if not m:
            return None
        day = int(re.match(r"\d+", _g(c, "cday")).group())
        if c.groups.get("cyear"):  # "7:12 am, March 4, 2026": a page stamp with its year
            d = cal.safe_date(int(_g(c, "cyear")), m, day)
            if not d:
                return None
            anchored = False
        elif ctx.anchor:
            from .normaliser import _resolve_month_day
            d = _resolve_month_day(m, day, ctx, c)
            anchored = True
        else:
            return Timex("TIME", f"XXXX-{m:02d}-{day:02d}T{hm}")
    elif dayref:
        if not ctx.anchor:
            return Timex("TIME", f"XXXX-XX-XXT{hm}")
        anchored = True
        if dayref in ("today", "yesterday", "tomorrow"):
            d = ctx.anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[dayref])
        else:
            wd = lx.WEEKDAYS.get(dayref.rstrip("."))
            if not wd:
                return None
            d = cal.weekday_near(ctx.anchor, wd, 1 if _dir(c, ctx) > 0 else -1)
    else:
        # A bare clock time belongs to the day named right after it ("10 a.m. (0735 GMT) Friday",
        # "10 a.m. local time on March 19"), else the day just mentioned, else the DCT.
        d = _day_after_clock(ctx, c)
        if d is None:
            # The day named just before, in the same sentence ("on March 3 at 5 p.m."); a day of an
            # earlier sentence is another event's ("effective Aug. 1. ... as of 2:11 p.m."): the DCT.
            near = (ctx.last_day_at is not None and c.start - ctx.last_day_at < 150
                    and not crosses_sentence(ctx.text, ctx.last_day_at, c.start))
            d = ctx.last_day if near and ctx.last_day and not _past_before_day_ahead(c, ctx) else ctx.anchor
        anchored = d is not None
    if d is None:
        return Timex("TIME", f"XXXX-XX-XXT{hm}")
    ctx.last_day = d
    return Timex("TIME", f"{cal.fmt_day(d)}T{hm}", anchored)


def _past_before_day_ahead(c: Candidate, ctx: Context) -> bool:
    """Whether a bare clock time in a past clause follows a day still to come ("will impose tariffs
    from March 10, hours after duties took effect at 12:01 a.m."): what is over did not happen on
    that day, so the time takes the document date."""
    return (ctx.anchor is not None and ctx.last_day is not None and ctx.last_day > ctx.anchor
            and direction(ctx.text, c.start, c.end) < 0)


def h_unit_around(c: Candidate, ctx: Context) -> Timex | None:
    """ "the [weeks] before the shooting": a vague stretch around an event; TimeML marks the unit.

    The event's date is not known here; the month of the day the text last named is the best guess.
    """
    if ctx.last_day is not None:
        return Timex("DATE", cal.fmt_month(ctx.last_day.year, ctx.last_day.month), bool(ctx.anchor))
    return Timex("DATE", "PAST_REF" if ctx.anchor else "XXXX-XX")


def h_nth_of(c: Candidate, ctx: Context) -> Timex | None:
    """ "the second week of June" -> the ISO week of its middle; "the first day of 2027" -> 2027-01-01."""
    from .normaliser import _resolve_month
    from .calendar import month_last_day

    ordw, unit = _low(c, "ord"), _low(c, "unit")
    n = lx.ORDINALS.get(ordw)
    if n is None or n == 0:
        return None
    mword = _g(c, "month")
    a = ctx.anchor
    anchored = False
    if mword:
        m = _month(mword)
        if not m or not mword[0].isupper():
            return None
        if c.groups.get("year"):
            y = int(c.groups["year"])
        elif a:
            y, m = _resolve_month(m, ctx, c, "")
            anchored = True
        else:
            return Timex("DATE", f"XXXX-{m:02d}")
        months = [(y, m)]
    elif c.groups.get("yearonly"):
        y = int(c.groups["yearonly"])
        months = [(y, mm) for mm in range(1, 13)]
    else:
        if not a:
            return None
        rel, runit = _low(c, "rel"), _low(c, "relunit")
        shift = {"this": 0, "the": 0, "next": 1, "last": -1}[rel]
        anchored = True
        if runit == "month":
            months = [cal.add_months(a.year, a.month, shift)]
        else:
            months = [(a.year + shift, mm) for mm in range(1, 13)]
    y0, m0 = months[0]
    y1, m1 = months[-1]
    first = date(y0, m0, 1)
    last = date(y1, m1, month_last_day(y1, m1))
    if unit == "month":
        if len(months) == 1:
            return None
        k = n if n > 0 else 12
        return Timex("DATE", cal.fmt_month(y0, k), anchored) if 1 <= k <= 12 else None
    if unit == "day":
        d = first + timedelta(days=n - 1) if n > 0 else last
        if d > last:
            return None
        ctx.last_day = d
        return Timex("DATE", cal.fmt_day(d), anchored)
    mid = first + timedelta(days=7 * (n - 1) + 3) if n > 0 else last - timedelta(days=3)
    if mid > last:
        return None
    return Timex("DATE", cal.fmt_week(mid), anchored)


def h_nth_weekday(c: Candidate, ctx: Context) -> Timex | None:
    """ "the first Monday in October" -> that day (2026-10-05); "the last Thursday of November";
    a month without a year takes the year its clause points to, as a bare month does."""
    from .normaliser import _resolve_month

    n = lx.ORDINALS.get(_low(c, "ord"))
    wd = lx.WEEKDAYS.get(_low(c, "wday").rstrip("."))
    m = _month(_g(c, "month"))
    if not n or not wd or not m or not _g(c, "month")[0].isupper():
        return None
    if c.groups.get("year"):
        y, anchored = int(c.groups["year"]), False
    elif ctx.anchor:
        (y, m), anchored = _resolve_month(m, ctx, c, ""), True
    else:
        return Timex("DATE", f"XXXX-{m:02d}")
    d = cal.nth_weekday(y, m, wd, n)
    if d.month != m:
        return None  # "the fifth Monday in February"
    ctx.last_day = d
    return Timex("DATE", cal.fmt_day(d), anchored)


_DAY_AFTER = re.compile(
    r"(?:\s{0,3}(?:to|until|till|and|-|–)\s{0,3}\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?)?"
    r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:local time\s*)?,?\s*(?:on\s+)?(?:(?P<rel>today|yesterday|tomorrow)|"
    r"(?:(?:" + alternation(lx.WEEKDAY_NAMES) + r"|(?:" + alternation(w.title() for w in lx.SHORT_WEEKDAYS) + r")\.?),?\s+)?"
    r"(?P<month>[A-Z][a-z]+\.?)\s(?P<day>\d{1,2})(?!\d)(?:,?\s(?P<year>(?:19|20)\d\d))?|"
    r"(?P<wday>" + alternation(lx.WEEKDAY_NAMES) + r")|"
    r"(?P<dday>\d{1,2})\s(?P<dmonth>" + alternation(lx.MONTH_NAMES + lx.MONTH_ABBREVIATIONS) + r")\.?"
    r"(?:\s(?P<dyear>(?:19|20)\d\d))?|"
    r"(?P<hol>" + alternation([" ".join(w[:1].upper() + w[1:] for w in h.split()) for h in lx.HOLIDAY_NAMES])
    + r"))\b")
"""The day after a bare clock time: "10 a.m. (0735 GMT) Friday", "11:42 AM EST, Tue March 4, 2025",
"6 a.m. on Thanksgiving Day", "7am on 4 July", past the clock time that ends its range ("from 9am
to 5pm on Monday": both on Monday)."""


def _day_after_clock(ctx: Context, c: Candidate) -> date | None:
    """The day named just after a bare clock time, resolved against the anchor (None if none)."""
    if not ctx.anchor:
        return None
    m = _DAY_AFTER.match(ctx.text, c.end)
    if not m:
        return None
    if m["rel"]:
        return ctx.anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["rel"]])
    if m["hol"]:
        from .normaliser import holiday_near
        return holiday_near(m["hol"].lower(), ctx.anchor, _dir(c, ctx))
    if m["wday"]:
        wd = lx.WEEKDAYS[m["wday"].lower()]
        d = ctx.weekdays.get(wd) or cal.weekday_near(ctx.anchor, wd, 1 if _dir(c, ctx) > 0 else -1)
        ctx.weekdays.setdefault(wd, d)  # "by 5 p.m. on Friday": the "Friday" that follows is this day
        return d
    mo = _month(m["month"] or m["dmonth"])
    day, year = int(m["day"] or m["dday"]), m["year"] or m["dyear"]
    if not mo:
        return None
    if year:
        return cal.safe_date(int(year), mo, day)
    from .normaliser import _resolve_month_day
    return _resolve_month_day(mo, day, ctx, c)


def h_ord_day(c: Candidate, ctx: Context) -> Timex | None:
    """ "today is the eighth day of the operation" -> the DCT; otherwise the day last named."""
    if not ctx.anchor:
        return Timex("DATE", "XXXX-XX-XX")
    before = ctx.text[max(0, c.start - 12):c.start].lower()
    if re.search(r"(?:\bis|'s|’s)\s+$", before) or ctx.last_day is None:
        d = ctx.anchor
    else:
        d = ctx.last_day
    return Timex("DATE", cal.fmt_day(d), True)


def h_week_of(c: Candidate, ctx: Context) -> Timex | None:
    """ "the week of March 6" -> the ISO week holding that day ("-WE" for the weekend)."""
    from .normaliser import _resolve_month_day

    mword = _g(c, "month")
    m = _month(mword)
    day = re.match(r"\d+", _g(c, "day"))
    if not m or not day or not mword[0].isupper():
        return None
    if c.groups.get("year"):
        d = date(int(c.groups["year"]), m, int(day.group())) if 1 <= int(day.group()) <= 31 else None
        anchored = False
    elif ctx.anchor:
        d = _resolve_month_day(m, int(day.group()), ctx, c)
        anchored = True
    else:
        return Timex("DATE", "XXXX-WXX")
    if d is None:
        return None
    suffix = "-WE" if _low(c, "unit") == "weekend" else ""
    return Timex("DATE", cal.fmt_week(d) + suffix, anchored)
