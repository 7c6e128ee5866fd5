"""Kinds of line in news text: prose, all-caps headline, results table, dateline.

The statistical model reads prose well and the other kinds badly; the document-level
rules trust mentions on prose lines most and re-read the other lines with what prose taught.
"""

from __future__ import annotations

import bisect
import re

from functools import cached_property
from typing import Iterator, NamedTuple

from ..lexicon.datelines import DATELINE_LINE, DATELINE_LINE_MAX
from ..lexicon.headlines import is_all_caps
from .index import WordIndex

PROSE, CAPS, TABLE, DATELINE = "prose", "caps", "table", "dateline"


class Line(NamedTuple):
    """One line of the text, without its line break (a tuple: a document makes one per line)."""

    start: int
    end: int
    kind: str


_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
# Two lowercase words in a row; the look-behind starts a try only at a word's start (linear).
_TWO_LOWER = re.compile(r"(?<![a-z])[a-z]{3,}\s+[a-z]{3,}")


def classify(line: str) -> str:
    """The kind of one line (without its newline). A dateline ends in its date's digit (a cheap
    test before its pattern)."""
    if len(line) < DATELINE_LINE_MAX and line.rstrip()[-1:].isdecimal() and DATELINE_LINE.match(line):
        return DATELINE
    if is_all_caps(line):
        return CAPS
    words = line.split()
    if words and _mostly_numbers(line, words):
        return TABLE
    if words and len(words) <= 10 and not words[-1].islower() and not _TWO_LOWER.search(line):
        return TABLE  # name lists and score lines: no two lowercase words in a row
    return PROSE


def _mostly_numbers(line: str, words: list[str]) -> bool:
    """A third or more of the line's words hold a digit. Each such word holds a run of digits
    of its own, so a line with fewer runs is settled by one count, without a look at each word."""
    needed = 0.3 * len(words)
    if line.isascii() and _ascii_digit_count(line) < needed:
        return False  # fewer digits than needed, so fewer runs: counted by deleting bytes (cheaper)
    if len(_DIGIT_RUN.findall(line)) < needed:
        return False
    return sum(1 for w in words if _DIGIT.search(w)) >= needed


_ASCII_DIGITS = b"0123456789"


def _ascii_digit_count(line: str) -> int:
    """The digits of an ASCII line (there `\\d` is 0-9 only)."""
    raw = line.encode("ascii")
    return len(raw) - len(raw.translate(None, _ASCII_DIGITS))


class LineMap:
    """Line boundaries and kinds of a text, with O(log n) lookup by offset; also the text's
    word index, built on first use (the per-document context every rule receives)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[Line] = []
        pos = 0
        for raw in text.splitlines(keepends=True):
            body = raw.rstrip("\r\n")
            self.lines.append(Line(pos, pos + len(body), classify(body)))
            pos += len(raw)
        if not self.lines:
            self.lines.append(Line(0, 0, PROSE))
        self._starts = [ln.start for ln in self.lines]
        # By `bisect_right(self._starts, offset)`: the line holding `offset`, one place on, with
        # the first line also in place 0 (an offset before it): no subtraction, no max().
        self._by_bisect = [self.lines[0], *self.lines]
        self._kinds = [ln.kind for ln in self._by_bisect]

    def at(self, offset: int) -> Line:
        return self._by_bisect[bisect.bisect_right(self._starts, offset)]

    def kind(self, offset: int) -> str:
        """`at(offset).kind`, looked up in place (the rules ask it several times per mention)."""
        return self._kinds[bisect.bisect_right(self._starts, offset)]

    def lines_holding(self, needle: str) -> Iterator[Line]:
        """The lines whose text holds `needle` (no line break in it; "-": the lines a hyphenated
        word can be on), in order, found by searching for `needle`, not by looking at every line."""
        p = self.text.find(needle)
        while p >= 0:
            ln = self.at(p)
            yield ln
            p = self.text.find(needle, max(ln.end, p + 1))

    @cached_property
    def words(self) -> WordIndex:
        return WordIndex(self.text)
