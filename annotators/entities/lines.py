"""Kinds of line in news text: prose, all-caps headline, results table, dateline.

The statistical model reads prose well and the other kinds badly; the document-level
rules trust mentions on prose lines most and re-read the other lines with what prose taught.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

PROSE, CAPS, TABLE, DATELINE = "prose", "caps", "table", "dateline"

_DATELINE = re.compile(
    r"^\s*[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*)*,?\s+"
    r"(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)\s*$"
)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    kind: str


_UPPER = re.compile(r"[^\W\d_]", re.UNICODE)
_LOWER_RUN = re.compile(r"[a-zà-ÿ]")
_DIGIT_WORD = re.compile(r"\S*\d\S*")


def classify(line: str) -> str:
    """The kind of one line (without its newline)."""
    if len(line) < 80 and _DATELINE.match(line):
        return DATELINE
    n_letters = len(_UPPER.findall(line))
    n_lower = len(_LOWER_RUN.findall(line))
    if n_letters >= 6 and n_letters - n_lower >= 0.8 * n_letters:
        return CAPS
    words = line.split()
    if words and len(_DIGIT_WORD.findall(line)) >= 0.3 * len(words):
        return TABLE
    if words and len(words) <= 10 and not words[-1].islower() and not re.search(r"[a-z]{3,}\s+[a-z]{3,}", line):
        return TABLE  # name lists and score lines: no two lowercase words in a row
    return PROSE


class LineMap:
    """Line boundaries and kinds of a text, with O(log n) lookup by offset."""

    def __init__(self, text: str) -> None:
        self.lines: list[Line] = []
        pos = 0
        for raw in text.splitlines(keepends=True):
            body = raw.rstrip("\r\n")
            self.lines.append(Line(pos, pos + len(body), classify(body)))
            pos += len(raw)
        if not self.lines:
            self.lines.append(Line(0, 0, PROSE))
        self._starts = [ln.start for ln in self.lines]

    def at(self, offset: int) -> Line:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.lines[max(i, 0)]

    def kind(self, offset: int) -> str:
        return self.at(offset).kind
