"""Datelines: the "PLACE, Month Day -" or "PLACE 1996-08-30" opening of a wire story, and the
agency credits quoted text must not run across.

Written by hand from newswire conventions: Reuters ("TAIPEI, March 2 - ..."), CoNLL-era
Reuters ("BELGRADE 1996-08-30"), AP/UPI/AFP credits ("WASHINGTON (AP) -- ..."). The month
part is built from `calendar.MONTH_STEMS`, so "Sept.", "September" and "May" all match.
Every pattern is compiled once here and read by the entities line classifier and dateline
rule, the tariffs annotator (the story's home country) and quotes (where a cue may not reach).
"""

from __future__ import annotations

import re

from . import alternation
from .calendar import MONTH_STEMS

NEWS_AGENCIES: tuple[str, ...] = ("AP", "UPI", "Reuters", "AFP")
"""Agency credits written in brackets after a dateline: "(AP)", "(Reuters)"."""

_MONTH_WORD = r"(?:" + alternation(MONTH_STEMS) + r")[a-z]*\.?"
"""A month by its first three letters, any ending, optional dot: "Jan", "Sept.", "March"."""

DATELINE_DATE = r"(?:\d{4}-\d\d-\d\d|" + _MONTH_WORD + r" \d{1,2}(?:, \d{4})?)"
"""The date of a dateline line: "1996-08-30", "Jan 30", "Sept. 4, 2025"."""

DATELINE_LINE = re.compile(r"^\s*[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*)*,?\s+" + DATELINE_DATE + r"\s*$")
"""A whole line that is a dateline (entities' line kinds): "NEW DELHI, Jan 30"."""

DATELINE_LINE_MAX = 80
"""A dateline line is shorter than this many characters."""

DATE_AT_END = re.compile(r"\s+(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)\s*$")
"""The date at the end of a dateline line, so the places before it can be read."""

_AGENCY_CREDIT = r"\((?P<agency>[\w.-]+(?: [\w.-]+){0,2})\)"
"""An agency credit in brackets: "(Reuters)", "(AP)", "(Xinhua)"."""

REUTERS_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'&-]+?)(?:, [A-Za-z .]+?)?,\s+(?:" + alternation(MONTH_STEMS)
    + r")\w*\.?\s+\d{1,2}(?:\s" + _AGENCY_CREDIT + r")?\s*-", re.M)
"""A Reuters story opening "TAIPEI, March 2 -", today with its credit "WASHINGTON, July 10
(Reuters) -" (the place names the story's home country)."""

DATED_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?, "
    r"(?P<date>" + _MONTH_WORD + r" \d{1,2}, \d{4})(?: " + _AGENCY_CREDIT + r")? ?(?:—|–|--|-) ")
"""A dateline that gives the year, opening a story: "WASHINGTON, March 19, 2025 (Reuters) - ",
"NAIROBI, Jan 5, 2026 — " (the story's own date)."""

QUOTE_BARRIER = re.compile(
    r"\n|\((?:" + alternation(NEWS_AGENCIES) + r")\)|[A-Z]{3,}[^a-z\n]{0,30}\s(?:—|–|--)\s")
"""A line break, an agency credit or a caps dateline before a dash: a speech cue never reaches across."""

_OPENS_DATELINE = r"(?=[ \tA-Z])"
"""First in the paragraph dateline patterns: a match starts at a blank or a capital, and this
look-ahead lets a scan skip other positions fast without changing any match."""

AGENCY_DATELINE = re.compile(
    _OPENS_DATELINE + r"(?:^|(?<=\d{4}-\d\d-\d\d ))[ \t]*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?(?:, (?P<date>" + DATELINE_DATE + r"))? " + _AGENCY_CREDIT
    + r" ?(?:—|–|--|-) ",
    re.M,
)
"""An agency dateline opening a paragraph: "WASHINGTON (AP) — ", "MEXICO CITY (Reuters) - ",
"BRUSSELS, July 10 (Reuters) - " (today's wire form, the date before the credit), also after
a "date 2025-05-20 " header; `place` is the story's place in capitals, `date` the date if any."""

DASH_DATELINE = re.compile(
    _OPENS_DATELINE + r"(?:^|(?<=\d{4}-\d\d-\d\d ))[ \t]*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?, (?P<date>" + DATELINE_DATE + r") ?(?:—|–|--|-) ",
    re.M,
)
"""A dated dateline without an agency credit opening a paragraph: "SANTIAGO, Dec 14 - ",
"NAIROBI, Jan 5, 2026 — " (the place in capitals, the date, the dash)."""

COLON_DATELINE = re.compile(
    _OPENS_DATELINE + r"(?:^|(?<=\d{4}-\d\d-\d\d ))[ \t]*(?P<place>[A-Z]{3}[A-Z'’-]*(?: [A-Z][A-Z'’-]+){0,3}): (?=[A-Z])", re.M
)
"""A dateline ending in a colon, opening a paragraph of prose: "MEXICO CITY: Mexico's Senate
...". Labels have the same shape ("BREAKING: ", "UPDATE: "): `COLON_LABELS` are not places."""

COLON_LABELS: frozenset[str] = frozenset(
    """BREAKING UPDATE UPDATED EXCLUSIVE LIVE OPINION ANALYSIS EDITORIAL NOTE CORRECTION PHOTO
    PHOTOS VIDEO WATCH LISTEN EXPLAINER REVIEW INTERVIEW COMMENT RELATED MORE ALSO READ SEE
    WARNING ALERT FLASH URGENT SOURCE SOURCES NEWS FACT CHECK""".split()
)
"""Capitalised words of labels that open a paragraph with a colon ("BREAKING NEWS: ")."""
