"""Numbers written as digits or words ("two", "twenty-four", "2 1/2", "a dozen"), and spoken years."""

from __future__ import annotations

import re

from ..lexicon.calendar import NUMBER_WORDS, VAGUE_COUNTS


_HALF_TAIL = re.compile(r"[- ]and[- ]a[- ]half$")  # "two and a half", "three-and-a-half"
_QUARTERS = re.compile(r"(?:(a|one|three)[- ])?quarters?(?: of an?)?")  # "three quarters of an", "the past quarter of a", "a quarter [century]"
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # "1,200"
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")  # "12", "2.5"
_WORD_BREAK = re.compile(r"[- ]")  # between the words of "twenty-one hundred"


def parse_count(s: str) -> float | None:
    """A count as a number; None when vague ("several", "a few") or unreadable."""
    s = s.lower().strip()
    if s in ("a couple of", "couple of", "a couple"):
        return 2.0  # TimeML reads "a couple of years" as two (P2Y)
    if s in VAGUE_COUNTS or s.split()[0] in {"several", "few", "some", "many", "numerous"}:
        return None
    half = 0.0
    half_tail = _HALF_TAIL.search(s)
    if half_tail:  # "two and a half", "three-and-a-half"
        s, half = s[: half_tail.start()], 0.5
    if s.endswith("1/2") or s.endswith("½"):
        s, half = s.rstrip("½").rstrip().removesuffix("1/2").strip(), 0.5
        if not s:
            return 0.5
    if s in ("half a", "half an"):
        return 0.5
    frac = _QUARTERS.fullmatch(s)
    if frac:
        return 0.75 if frac[1] == "three" else 0.25
    if _GROUPED.fullmatch(s):
        return float(s.replace(",", ""))
    if _DECIMAL.fullmatch(s):
        return float(s) + half
    total = 0
    for part in _WORD_BREAK.split(s):
        if part in ("a", "an") and total == 0:
            total = 1
        elif part in ("hundred", "thousand"):
            total = max(total, 1) * (100 if part == "hundred" else 1000)
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        elif part in ("and", "", "of"):
            continue
        else:
            return None
    return total + half


_SMALL = {w: v for w, v in NUMBER_WORDS.items() if v < 100 and w not in ("a", "an", "single", "dozen", "half")}


def _two_digits(words: str) -> int | None:
    """ "ninety-six" -> 96, "oh five" -> 5, "eleven" -> 11."""
    parts = [p for p in re.split(r"[- ]", words.lower()) if p]
    if parts and parts[0] == "oh":
        parts = parts[1:]
    total = 0
    for p in parts:
        if p not in _SMALL:
            return None
        total += _SMALL[p]
    return total if 0 <= total < 100 else None


def parse_spoken_year(s: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000, "two thousand and five" -> 2005."""
    s = s.lower().strip().removeprefix("the year ").strip()
    if s.startswith("two thousand"):
        rest = s[len("two thousand"):].strip().removeprefix("and").strip()
        if not rest:
            return 2000
        n = _two_digits(rest)
        return 2000 + n if n is not None else None
    m = re.match(r"(nineteen|twenty)[- ](.+)$", s)
    if not m:
        return None
    n = _two_digits(m[2])
    if n is None:
        return None
    return (1900 if m[1] == "nineteen" else 2000) + n
