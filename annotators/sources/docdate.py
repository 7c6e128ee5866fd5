"""The document date: parse the date forms news files carry, and find one in a header or name.

A relative date ("on Thursday") can only be resolved against the day the article was written,
so every input tries hard to give one. Only unambiguous forms are accepted: ISO dates and
dates with a month name. Numeric day/month orders (03/02/1987) are skipped, since guessing
the order wrong is worse than having no date.
"""

from __future__ import annotations

import datetime as dt
import os
import re

from ..lexicon import alternation
from ..lexicon.calendar import MONTHS as _MONTHS, SHORT_WEEKDAYS
from ..lexicon.datelines import DATED_DATELINE

_MONTH = r"(?P<mon>" + alternation(_MONTHS) + r")\.?"
_WEEKDAY = r"(?:(?:" + alternation(SHORT_WEEKDAYS) + r")(?:day|nesday|rsday|urday)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

# Each form matches at the start of a string; what follows (a time, the article) is ignored.
_FORMS = [
    re.compile(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])"),
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"(?!\d)", re.I),
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"(?!\d)", re.I),
]
_TIME_TAIL = re.compile(
    r"(?:[T\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}))?)?\s*$",
    re.I,
)

_HEADER_LABEL = re.compile(
    r"(?P<label>publication\s+date|date\s+published|last\s+updated|published(?:\s+on)?|"
    r"posted(?:\s+on)?|updated(?:\s+on)?|pubdate|dated|date)[\s*_]*[:=\-\u2013\u2014|]?[\s*_]*",
    re.I,
)
_HEADER_LINES = 5
_HEADER_CHARS = 1000


def _valid(year: int, month: int, day: int) -> str | None:
    if not 1000 <= year <= 2999:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def match_date(text: str, pos: int = 0) -> tuple[str, int] | None:
    """A date starting at `pos`: (ISO string, end offset), or None."""
    for form in _FORMS:
        m = form.match(text, pos)
        if not m:
            continue
        groups = m.groupdict()
        month = int(groups["month"]) if groups.get("month") else _MONTHS[groups["mon"].lower()]
        iso = _valid(int(groups["year"]), month, int(groups["day"]))
        if iso:
            return iso, m.end()
    return None


def parse_date(value: object) -> str | None:
    """Normalise a whole value to ISO YYYY-MM-DD, or None when it is not a valid date.

    Accepts date/datetime objects and strings in the forms above, optionally followed by a
    time ("2026-01-30T08:30:00Z", "Feb 26, 1987 10:30 GMT").
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = value.strip()
    found = match_date(s)
    if found and _TIME_TAIL.match(s, found[1]):
        return found[0]
    return None


def header_date(text: str) -> str | None:
    """A date from a header at the start of the text.

    Looks at the first few lines for a labelled date (`date 2026-01-30 …` inline, as in the
    seed and the Reuters files; `Date: 26 Feb 1987`; `Published: …`; front matter
    `date: …`), or a line that is nothing but a date. "Updated" dates count only when no
    other is given.
    """
    lines = re.split(r"\r\n|\r|\n", text[:_HEADER_CHARS])[:_HEADER_LINES]
    updated: str | None = None
    for line in lines:
        line = line.strip().lstrip("*_#>-").strip()
        label = _HEADER_LABEL.match(line)
        if label:
            found = match_date(line, label.end())
            if found:
                if "updated" not in label.group("label").lower():
                    return found[0]
                updated = updated or found[0]
                continue
        iso = parse_date(line)
        if iso:
            return iso
    return updated or _dateline_date(lines)


def _dateline_date(lines: list[str]) -> str | None:
    """The date of a dateline that gives the year ("WASHINGTON, March 19, 2025 (Reuters) - ")
    opening one of the first lines: the story's own date, when no header gave one."""
    for line in lines:
        m = DATED_DATELINE.match(line.strip())
        if m:
            found = match_date(m.group("date"))
            if found:
                return found[0]
    return None


_NAME_DASHED = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_NAME_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_PATH_DIRS = re.compile(r"(?<!\d)(\d{4})[/\\](\d{2})[/\\](\d{2})(?!\d)")


def filename_date(path: str) -> str | None:
    """A date in a file name (`…-2026-01-30.txt`, `20260130-…`), or in its folders (`2026/01/30/`)."""
    name = os.path.basename(path)
    for pattern in (_NAME_DASHED, _NAME_COMPACT):
        for m in pattern.finditer(name):
            iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso:
                return iso
    for m in _PATH_DIRS.finditer(path):
        iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            return iso
    return None
