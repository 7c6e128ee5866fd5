"""The ISO days a TIMEX3 value covers, as [first, last], so that jq can filter by range."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import fmt_day, month_last_day
from ..lexicon.calendar import SEASON_FIRST_MONTH

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def _months(y: int, m1: int, y2: int, m2: int) -> list[str]:
    return [fmt_day(date(y, m1, 1)), fmt_day(date(y2, m2, month_last_day(y2, m2)))]


def interval(value: str) -> list[str] | None:
    """[first, last] ISO days of a fully specified calendar value, else None."""
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return [fmt_day(d), fmt_day(d)]
        if m := _MONTH.match(value):
            return _months(int(m[1]), int(m[2]), int(m[1]), int(m[2]))
        if m := _YEAR.match(value):
            return _months(int(m[1]), 1, int(m[1]), 12)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return [fmt_day(monday + timedelta(days=5)), fmt_day(monday + timedelta(days=6))]
            return [fmt_day(monday), fmt_day(monday + timedelta(days=6))]
        if m := _QUARTER.match(value):
            q = int(m[2])
            return _months(int(m[1]), 3 * q - 2, int(m[1]), 3 * q)
        if m := _HALF.match(value):
            h = int(m[2])
            return _months(int(m[1]), 6 * h - 5, int(m[1]), 6 * h)
        if m := _SEASON.match(value):
            y, first = int(m[1]), SEASON_FIRST_MONTH[m[2]]
            if first == 12:
                return [fmt_day(date(y, 12, 1)), fmt_day(date(y + 1, 3, 1) - timedelta(days=1))]
            return _months(y, first, y, first + 2)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return _months(y, 1, y + 9, 12)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return _months(y, 1, y + 99, 12)
    except ValueError:
        return None
    return None
