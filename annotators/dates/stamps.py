"""Page stamps: a full date and a clock time written together are one TIME.

"March 4, 2026 7:12 am", "04 June 2025 - 19:46" and "11:05, 2 May 2025" are the time a page was
posted or updated; a reader wants the moment (2026-03-04T07:12), not a day and a stray clock.
A joining word keeps them apart ("March 4, 2026 at 7:12 am" is a DATE and a TIME), as TimeML does.
"""

from __future__ import annotations

import re
from typing import Any

from .intervals import interval

_CLOCK = r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s?(?P<ap>[AaPp]\.?[Mm]\.?))?(?:\s(?P<tz>GMT|UTC|IST|ET|EST|EDT|BST|CET|CEST))?(?![\w:])"
_CLOCK_AFTER = re.compile(r"(?:\s*[-–|,]\s*|\s+)" + _CLOCK)
_CLOCK_BEFORE = re.compile(_CLOCK + r",?\s+$")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _hhmm(m: re.Match[str]) -> str:
    hour, minute = int(m["h"]), m["m"]
    meridiem = (m["ap"] or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute}"


def join_stamps(text: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items with each date-and-clock stamp joined into one TIME item (offsets stay exact)."""
    out: list[dict[str, Any]] = []
    skip_until = -1
    for item in items:
        if item["start"] < skip_until:
            continue  # the clock part of a stamp already joined
        if item["type"] == "DATE" and _FULL_DAY.fullmatch(item["value"] or ""):
            item = _joined(text, item)
            skip_until = item["end"]
            while out and out[-1]["end"] > item["start"]:
                out.pop()  # a clock before the date, already an item of its own
        out.append(item)
    return out


def _joined(text: str, item: dict[str, Any]) -> dict[str, Any]:
    """The date item widened over a clock written right after or right before it, else itself."""
    after = _CLOCK_AFTER.match(text, item["end"], min(len(text), item["end"] + 30))
    if after:
        start, end = item["start"], after.end()
        clock = after
    else:
        window = max(0, item["start"] - 20)
        before = _CLOCK_BEFORE.search(text, window, item["start"])
        if not before or before.end() != item["start"]:
            return item
        start, end, clock = before.start(), item["end"], before
    value = f"{item['value']}T{_hhmm(clock)}"
    return {**item, "start": start, "end": end, "text": text[start:end], "type": "TIME",
            "value": value, "interval": interval(value)}
