"""Calendar arithmetic on TIMEX3 granularities: days, weeks, months, quarters, years.

Values are built here and only here, so every rule formats `2026-W05` or `2026-Q1` the same way.
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta


def fmt_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) moved by n months."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def add_quarters(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when it does not exist (Feb 29 in a common year, Apr 31)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_last_day(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def weekday_near(anchor: date, iso_wd: int, direction: int) -> date:
    """The weekday nearest the anchor in a direction: -1 back, +1 forward, 0 same week.

    Back includes the anchor day itself ("said Friday" in a Friday paper is that day);
    forward also includes it ("will meet Friday" written on Friday means today).
    """
    diff = iso_wd - anchor.isoweekday()
    if direction < 0:
        return anchor + timedelta(days=diff if diff <= 0 else diff - 7)
    if direction > 0:
        return anchor + timedelta(days=diff if diff >= 0 else diff + 7)
    return anchor + timedelta(days=diff)


def nth_weekday(y: int, m: int, iso_wd: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = date(y, m, 1)
        off = (iso_wd - first.isoweekday()) % 7
        return first + timedelta(days=off + 7 * (n - 1))
    last = date(y, m, month_last_day(y, m))
    off = (last.isoweekday() - iso_wd) % 7
    return last - timedelta(days=off)


def easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)
