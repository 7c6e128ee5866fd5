"""The dates annotator: find temporal expressions, normalise them, and shape the items."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Callable

from ..chunking import is_parse_of
from ..lexicon import alternation
from ..lexicon import calendar as lx
from . import calendar as cal
from . import durations, normaliser, relative
from .grammar import Candidate, find_candidates, select
from .inside_names import drop_inside_names
from .intervals import interval
from .normaliser import Context, Timex
from .durations import join_compound_durations
from .stamps import join_stamps
from .syntax import ParsedClauses

HANDLERS: dict[str, Callable[[Candidate, Context], Timex | None]] = {
    "iso": normaliser.h_iso,
    "numeric": normaliser.h_numeric,
    "dotted": normaliser.h_numeric,
    "month_day": normaliser.h_month_day,
    "day_month": normaliser.h_month_day,
    "month_year": normaliser.h_month_year,
    "month_rel_year": normaliser.h_month_rel_year,
    "same_month": normaliser.h_same_month,
    "month": normaliser.h_month,
    "month_range": normaliser.h_month_range,
    "month_quarter": normaliser.h_month_quarter,
    "year": normaliser.h_year,
    "year_range": normaliser.h_year_range,
    "decade": normaliser.h_decade,
    "century": normaliser.h_century,
    "quarter": normaliser.h_quarter,
    "qcode": normaliser.h_qcode,
    "rel_quarter": normaliser.h_rel_quarter,
    "year_ago_attr": normaliser.h_year_ago_attr,
    "season": normaliser.h_season,
    "holiday": normaliser.h_holiday,
    "rel_unit": relative.h_rel_unit,
    "yesterday": relative.h_yesterday,
    "week_today": relative.h_week_today,
    "part_of_day": relative.h_part_of_day,
    "mid_part": relative.h_mid_part,
    "weekday": relative.h_weekday,
    "weekday_week": relative.h_weekday_week,
    "nth_weekday": relative.h_nth_weekday,
    "ago": relative.h_ago,
    "unit_before": relative.h_unit_before,
    "clock": relative.h_clock,
    "clock_after_day": relative.h_clock,
    "duration": durations.h_duration,
    "bare_units": durations.h_bare_units,
    "unit_long": durations.h_unit_long,
    "set": durations.h_set,
    "per_unit": durations.h_per_unit,
    "day_of_every": durations.h_day_of_every,
    "ref": durations.h_ref,
    "ref_attr": durations.h_ref_attr,
    "vague_span": durations.h_vague_span,
    "bare_rel": durations.h_bare_rel,
    "unit_around": relative.h_unit_around,
    "nth_of": relative.h_nth_of,
    "ord_day": relative.h_ord_day,
    "week_of": relative.h_week_of,
}


def parse_anchor(value: Any) -> date | None:
    """The document date as a `date`, from "YYYY-MM-DD" (longer ISO strings are cut)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_BEYOND_CALENDAR = re.compile(r"-|\d{5}")
"""A value before year 1 or after 9999, which a four-digit TIMEX3 year cannot hold."""


_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?$")
"""A DATE value that names a month or a day of one: what "the following month" counts from."""

_PERIOD_VALUE = re.compile(r"\d{4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$")
"""A DATE value that names a year, or a quarter, half or season of one: after it, "a year
earlier" no longer counts from a month named before it."""


def _normalise_all(text: str, cands: list[Candidate], ctx: Context) -> list[tuple[Candidate, Timex]]:
    out = []
    for c in cands:
        try:
            t = HANDLERS[c.rule.name](c, ctx)
        except (ValueError, OverflowError):  # a calendar date that does not exist: "February 30"
            t = None
        if t is not None and _BEYOND_CALENDAR.match(t.value):
            t = None  # "3000 years ago" in 2026 is no year TIMEX3 can write (-974): the duration stands
        if t is not None:
            _quarter_takes_end_year(text, out, c, t, ctx)
            out.append((c, t))
            if t.type in ("DATE", "TIME") and len(t.value) >= 10 and t.value[:4].isdigit():
                ctx.last_day_at = c.end
            _note_week(t, c, ctx)
            _note_sentence_quarter(c, ctx)
            if t.type == "DATE" and t.in_view and _YEAR_VALUE.match(t.value):
                ctx.extra["year"] = (int(t.value), c.end)  # "last year", "1986": what "the year before" counts from
            if t.type == "DATE" and t.in_view and _PERIOD_VALUE.match(t.value):
                ctx.last_period_at = c.end
            month = _MONTH_VALUE.match(t.value) if t.type == "DATE" and t.in_view and not _deictic_day(c, ctx) else None
            if month:
                ctx.last_month = (int(month[1]), int(month[2]), c.end)
                if len(t.value) == 7:
                    _note_whole_month(text, c.start, ctx)
    return out


_YEAR_VALUE = re.compile(r"\d{4}$")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)$")
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)")


_DEICTIC_DAY_RULES = frozenset({"weekday", "yesterday"})
_CALENDAR_DAY_RULES = frozenset({"month_day", "day_month", "iso", "numeric", "dotted"})
_AT_DAY_BEFORE = re.compile(r"\b(?:on|as\s{1,3}of|at)\s{1,3}$", re.IGNORECASE)
"""A day a figure stands at ("stocks were 2.1 mln tonnes on March 1", "as of June 30"), not the end
of a period ("the half ended December 31", "the year to October 31"), which "a year earlier" moves whole."""


def _deictic_day(c: Candidate, ctx: Context) -> bool:
    """A bare weekday or "yesterday" after a month named whole: the day of the report ("Sales rose
    in November, the department said Friday"), not the month a later "the previous month" counts
    from."""
    return c.rule.name in _DEICTIC_DAY_RULES and ctx.last_whole_month is not None


def _note_sentence_quarter(c: Candidate, ctx: Context) -> None:
    """Keep the first quarter named in the current sentence, when this candidate just named one:
    the quarter its figures are about ("in the fourth quarter from 4.3 billion in the third quarter
    and 4.5 billion a year earlier": a year-ago comparison is the fourth quarter's)."""
    if ctx.last_quarter is None or ctx.last_quarter[2] != c.start:
        return
    first = ctx.extra.get("sentence quarter")
    if first is None or not ctx.same_sentence("sentence quarter", first[2], c.start):
        ctx.extra["sentence quarter"] = ctx.last_quarter


def _note_week(t: Timex, c: Candidate, ctx: Context) -> None:
    """Keep the week the text last named, by a day in it or whole ("last week", "the March 2
    week"), and the last one named by its end day ("the week ended Feb 21"): "the previous week",
    "a week earlier" and a bare "the week" count from them (`relative.week_in_view`)."""
    if t.type not in ("DATE", "TIME") or not t.in_view:
        return
    try:
        if (w := _WEEK_VALUE.match(t.value)) is not None:
            ctx.extra["week"] = (date.fromisocalendar(int(w[1]), int(w[2]), 1), c.start, c.end)
        elif (d := _DAY_VALUE.match(t.value)) is not None:
            ctx.extra["week"] = (date(int(d[1]), int(d[2]), int(d[3])), c.start, c.end)
            if c.rule.name in _CALENDAR_DAY_RULES and _AT_DAY_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
                ctx.extra["calendar day"] = ctx.extra["week"]  # "as of June 30": what "a year earlier" counts from
            if relative.WEEK_ENDED_AT.search(ctx.text, max(0, c.start - 30), c.start):
                ctx.extra["week ended"] = ctx.extra["week"]  # "the week ended Feb 21"
    except ValueError:
        return


_COMPARED_BEFORE = re.compile(r"\b(?:from|against|compared\s+(?:with|to)|versus|vs)\b(?:[^,;.!?\n]|\.(?=\d))*$", re.IGNORECASE)
"""A comparison word before a month in its clause: "compared with 85.5 billion in [December]"."""


_MONTH_SPAN_AFTER = re.compile(r"\s{0,3}(?:-|–|/|to|through|till|until)\s{0,3}(?:" + alternation(lx.MONTH_NAMES) + r")\b",
                               re.IGNORECASE)
"""A month that opens a span of months: "during October to December", "in January/March"."""
_MONTH_SPAN_BEFORE = re.compile(r"\b(?:" + alternation(lx.MONTH_NAMES) + r")\s{0,3}(?:-|–|/|to|through|till|until)\s{0,3}$",
                                re.IGNORECASE)
"""A month that closes one: "October to [December]"."""


_QUARTER_RULES = frozenset({"quarter", "rel_quarter"})
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])$")
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)$")
_ENDS_BETWEEN = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+)?", re.IGNORECASE)
"""What joins a quarter to the day it ends on: "the fourth quarter [ending] May 30"."""
_WEEK_YEAR_SLACK = 7  # days: a 52-week year's quarter "ended January 3" closes the December quarter


def _quarter_takes_end_year(text: str, out: list[tuple[Candidate, Timex]], c: Candidate, t: Timex,
                            ctx: Context) -> None:
    """A quarter named by the day it ends on takes that day's year, once the day is resolved:
    "expects earnings for the fourth quarter ending [May 30]" in February is 1987-Q4 (a fiscal
    quarter keeps its ordinal, TBAQ: "the fiscal-first quarter ended Sept. 30" is 1989-Q1); an
    unnamed "the quarter ending [December 31]" is the calendar quarter holding most of its three
    months (a fiscal one "ended July 31" is Q2). A quarter whose year the text gives keeps it."""
    if not out or t.type != "DATE":
        return
    day = _DAY_VALUE.match(t.value)
    qc, qt = out[-1]
    quarter = _QUARTER_VALUE.match(qt.value) if qc.rule.name in _QUARTER_RULES and qt.anchored else None
    joint = _ENDS_BETWEEN.fullmatch(text, qc.end, c.start)
    if not day or not quarter or not joint:
        return
    end = cal.safe_date(int(day[1]), int(day[2]), int(day[3]))
    if end is None:
        return
    if t.anchored and ctx.anchor and end > ctx.anchor and "ended" in joint.group().lower():
        end = cal.safe_date(end.year - 1, end.month, end.day) or end  # "ended Oct. 31" on Oct. 27: the one gone
    if end.day <= _WEEK_YEAR_SLACK:
        end -= timedelta(days=end.day)
    if qc.rule.name == "quarter":
        y, q = end.year, int(quarter[2])
    else:
        middle = end - timedelta(days=45)
        y, q = middle.year, cal.quarter_of(middle)
    out[-1] = (qc, replace(qt, value=f"{y:04d}-Q{q}"))
    if ctx.last_quarter and ctx.last_quarter[2] == qc.start:
        ctx.last_quarter = (y, q, qc.start)


def _note_whole_month(text: str, start: int, ctx: Context) -> None:
    """The month just named whole (at `start`) becomes the last one, and the sentence's first
    unless an earlier one in the same sentence is or it is only a comparison: "was 92.4 in January,
    down from 92.5 in December and 93.0 [a year earlier]" compares with the January before; in
    "fell to 83.7 billion, compared with 85.5 billion in December and 99.2 billion [a year ago]"
    December is not the month the figures are about."""
    first = ctx.first_whole_month
    if first is None or not ctx.same_sentence("first month", first[2], ctx.last_month[2]):
        compared = _COMPARED_BEFORE.search(text, max(0, start - 50), start)
        span = (_MONTH_SPAN_AFTER.match(text, ctx.last_month[2])  # a quarter or season, no month a year back
                or _MONTH_SPAN_BEFORE.search(text, max(0, start - 25), start))
        ctx.first_whole_month = None if compared or span else ctx.last_month
    ctx.last_whole_month = ctx.last_month


_APPROX_BEFORE = re.compile(r"\b(?:[Aa]round|[Ss]ometime|[Ss]ome time)\s$")


def _with_approx(text: str, start: int, end: int, free_from: int = 0) -> int:
    """TimeML keeps an approximating modifier inside a date: "[around Nov. 1]", "[sometime next year]".

    Not before a possessive ("get around Wednesday's ruling" is a phrasal verb), nor into the
    expression before it (`free_from`: its end): "for [quite some time] now" keeps "some" in the
    duration, and "now" stays a timex of its own rather than overlapping it.
    """
    m = _APPROX_BEFORE.search(text, max(0, start - 10, free_from), start)
    if not m or text[end:end + 2] in ("'s", "’s"):
        return start
    return m.start()


_SINGLE_LF = re.compile(r"\n(?<![\r\n]\n)(?![\r\n])")
_SINGLE_CRLF = re.compile(r"\r\n(?<![\r\n]\r\n)(?![\r\n])")
"""A line break with no other next to it. The break comes first and the look-behind after it, so
the engine jumps from one line break to the next: a pattern that opens with a look-behind is
tried at every position of the text."""


def _unwrap(text: str) -> str:
    """The text with single line breaks and tabs as spaces, same length: hard-wrapped wire copy
    ("the fourth\nquarter") then matches like running text, and offsets stay those of the input.
    Blank lines (paragraph breaks) are kept."""
    if "\r" in text:
        text = _SINGLE_CRLF.sub("  ", text)
    return _SINGLE_LF.sub(" ", text).replace("\t", " ")


def find_dates(text: str, anchor: date | None, parse: Any = None) -> list[dict]:
    """All date items of a text, anchored at `anchor` (None: relative values stay underspecified).

    `parse`: the document's spaCy `Doc` when the pipeline made one anyway; bare weekdays and
    months then take their direction from the verb that governs them (`syntax.py`).
    """
    original = text
    text = _unwrap(text)
    all_cands = find_candidates(text)
    clauses = _clauses(parse, original)
    directions: dict[tuple[int, int], int] = {}  # read once, shared by the rounds
    ctx = Context(text=text, anchor=anchor, clauses=clauses, directions=directions)
    # Candidates that a handler rejects give way to the next-best overlapping ones.
    rejected: set[int] = set()
    for _ in range(3):
        pool = [c for c in all_cands if id(c) not in rejected]
        chosen = select(pool)
        ctx = Context(text=text, anchor=anchor, clauses=clauses, directions=directions)
        results = _normalise_all(text, chosen, ctx)
        ok = {id(c) for c, _ in results}
        newly = {id(c) for c in chosen if id(c) not in ok}
        if not newly:
            break
        rejected |= newly
    items = []
    for c, t in [(c, x) for c, t in results for x in [t, *t.extra]]:
        start = t.start if t.start is not None else c.start
        end = t.end if t.end is not None else c.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        if start >= end:
            continue
        if t.type in ("DATE", "TIME"):
            start = _with_approx(text, start, end, items[-1]["end"] if items else 0)
        iv = t.interval
        if iv is None and t.type in ("DATE", "TIME"):
            iv = interval(t.value)
        items.append({
            "start": start, "end": end, "text": original[start:end], "type": t.type, "value": t.value,
            "interval": iv, "anchored": bool(t.anchored and anchor is not None),
        })
    return join_compound_durations(original, join_stamps(original, items))


def _clauses(parse: Any, text: str) -> ParsedClauses | None:
    """The parse as a direction reader, when it is a dependency parse of exactly this text."""
    if parse is None or not parse.has_annotation("DEP") or not is_parse_of(parse, text):
        return None
    return ParsedClauses(parse)


class DatesAnnotator:
    """Temporal expressions as TIMEX3 (TempEval-3 conventions), anchored at the document date."""

    name = "dates"
    version = "0.1.0"
    description = "Dates, times, durations and sets, normalised to TIMEX3 values against the article date."
    requires: frozenset[str] = frozenset()
    """None: `-a dates` loads no model."""
    reads_if_parsed: frozenset[str] = frozenset({"parser", "tagger"})
    """Components it reads from `doc.spacy` when other annotators made the pipeline load them
    (quotes and tariffs require the parser); it never asks for them."""
    depends_on: tuple[str, ...] = ()
    runs_after: tuple[str, ...] = ("entities",)
    """Soft ordering: when entities runs too it runs first, and dates inside names are dropped."""

    def annotate(self, doc) -> list[dict]:
        dates = find_dates(doc.text or "", parse_anchor((doc.meta or {}).get("date")), doc.spacy)
        return drop_inside_names(dates, doc.results.get("entities"))
