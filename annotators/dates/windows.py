"""Where each rule can match: windows around its trigger words, so a rule scans only those.

A rule's triggers are words one of which every match of the rule contains (a month name for
the month rules, a unit for durations; `DIGIT` for any run of digits). The text is cut into
tokens once; each rule then runs only in windows around the tokens that hold one of its
triggers, each window as wide as the rule's longest match on either side plus the reach of
its lookarounds. A match of the whole-text scan lies inside such a window and no match can
start in the gaps, so the candidates are those of the whole-text scan (`full_scan`; the tests
compare both), at a fraction of the cost: most paragraphs hold no month, weekday or unit word.
A rule without triggers, or whose matches have no bounded length, scans the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre
from re import _parser as sre_parse
from re._casefix import _EXTRA_CASES
from typing import Iterable, Iterator, Sequence

from ..lexicon import calendar as lx

DIGIT = "<digit>"
"""The trigger that stands for any run of digits."""


def digits(length: int) -> str:
    """The trigger that stands for a run of exactly `length` digits ("2026": `digits(4)`)."""
    return f"<digit:{length}>"


YEAR_DIGITS = digits(4)

WHOLE = "="
"""A trigger that starts with this is a whole token ("=may": the token "May", not "mayor"): for
rules where the word always stands alone between non-letters, which keeps their windows few."""

TOKEN = re.compile(r"[^\W\d_]+|\d+")
"""Runs of letters and runs of digits: every trigger word lies inside one."""

# What the regex engine treats as the same letter under IGNORECASE, folded to one: "ſ" is "s",
# dotless "ı" is "i", and "İ" lowers to one "i" (str.lower gives two characters).
_FOLD = str.maketrans({0x130: "i", **{k: chr(min(k, *v)) for k, v in _EXTRA_CASES.items()}})


def _alpha_runs(phrases: Iterable[str]) -> tuple[str, ...]:
    """The longest run of letters of each phrase: a word any match of the phrase contains."""
    return tuple(max(re.findall(r"[a-z]+", p.lower()), key=len) for p in phrases)


def _whole(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(WHOLE + w for w in words)


MONTH = _whole(lx.MONTHS)  # in every month rule the month stands between non-letters
WEEKDAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # every weekday name holds one
UNIT = _whole([*lx.UNITS, *lx.UNIT_PLURALS])  # a duration's unit stands alone: "two years", "10-day"
PLURAL_UNIT = ("years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes")
DAY_WORD = ("today", "yesterday", "tomorrow")

TRIGGERS: dict[str, tuple[str, ...]] = {
    # rule name: words, one of which is in every match of that rule (see grammar.RULES).
    "clock": (DIGIT, "clock", "noon", "midnight", "midday"),  # "10 p.m.", "one o'clock", "noon"
    "clock_after_day": WEEKDAY + DAY_WORD,  # "Wednesday at 9 a.m."
    # a year stands alone as four digits: "2026-01-30", "03.11.2024", "2024-25"
    "iso": (YEAR_DIGITS,), "numeric": (DIGIT,), "dotted": (YEAR_DIGITS,), "year_range": (YEAR_DIGITS,),
    "qcode": (DIGIT,),
    "month_day": MONTH, "day_month": MONTH, "month_year": MONTH, "month_rel_year": MONTH,
    "month_range": MONTH, "month": MONTH, "month_quarter": MONTH, "week_of": MONTH,
    "year": (YEAR_DIGITS, digits(2), "nineteen", "twenty", "thousand"),  # "2024", "FY25", "nineteen ninety"
    "decade": (YEAR_DIGITS, digits(2), "ties"),  # "the 1990s", "the 60s", "the eighties"
    "century": ("century",),
    "quarter": ("quarter", "qtr", "half"),
    "rel_quarter": ("quarter", "period", "qtr"),
    "year_ago_attr": ("year", "month"),  # "year-earlier", "month-end"
    "season": _alpha_runs(lx.SEASONS),
    "holiday": _alpha_runs([*lx.FIXED_HOLIDAYS, *lx.NTH_WEEKDAY_HOLIDAYS, *lx.EASTER_HOLIDAYS]),
    "rel_unit": ("year", "month", "week", "day", "decade", "century", "fortnight"),
    "yesterday": ("yesterday", "today", "tomorrow", "tonight", "overnight"),
    "part_of_day": ("morning", "afternoon", "evening", "night"),
    "mid_part": ("mid",),
    "weekday": WEEKDAY,
    "ago": ("ago", "earlier", "later", "now", "hence", "back", "before"),
    "duration": UNIT,
    "unit_long": ("long",),
    "bare_units": PLURAL_UNIT,
    "set": ("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly",
            "nightly"),
    "per_unit": ("per", "once", "twice", "times"),  # "per year"; "twice a week"
    "unit_around": ("days", "weeks", "months"),
    "bare_rel": PLURAL_UNIT,
    "nth_of": ("week", "day", "month"),
    "day_of_every": ("month",),  # "the first of every month"
    "vague_span": ("time", "while"),  # "for some time", "for a while"
    "ord_day": ("day",),
    "ref": ("now", "current", "day", "present", "recent", "past", "future", "term", "coming", "ahead",
            "late", "soon", "long"),
    "ref_attr": ("soon",),
}


@dataclass(frozen=True)
class Reach:
    """How far a rule's matches reach: the longest match, and the lookaround beyond it."""

    width: int
    around: int


def reach_of(pattern: re.Pattern[str]) -> Reach | None:
    """The bounded reach of a pattern, or None when a match or lookaround can be any length."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    width = parsed.getwidth()[1]
    around = _lookaround_width(parsed.data)
    if width >= sre.MAXREPEAT or around >= sre.MAXREPEAT:
        return None
    return Reach(width, around)


def _lookaround_width(items) -> int:
    """The widest lookahead or lookbehind anywhere in a parsed pattern."""
    widest = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            widest = max(widest, av[1].getwidth()[1], _lookaround_width(av[1].data))
        elif op == sre.SUBPATTERN:
            widest = max(widest, _lookaround_width(av[-1].data))
        elif op == sre.BRANCH:
            widest = max([widest, *(_lookaround_width(alt.data) for alt in av[1])])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            widest = max(widest, _lookaround_width(av[2].data))
        elif op == sre.GROUPREF_EXISTS:
            widest = max([widest, *(_lookaround_width(b.data) for b in av[1:] if b is not None)])
    return widest


class Scanner:
    """Runs a list of rule patterns over texts, each in the windows its triggers allow."""

    _CACHE_LIMIT = 200_000  # tokens remembered, each at most _CACHED_LENGTH characters
    _CACHED_LENGTH = 40  # a longer token (hostile text: one endless word) is looked at, not kept

    def __init__(self, named_patterns: Sequence[tuple[str, re.Pattern[str]]]) -> None:
        self.patterns = [pattern for _, pattern in named_patterns]
        self.reaches = [reach_of(p) if name in TRIGGERS else None for name, p in named_patterns]
        self._by_word: dict[str, set[int]] = {}  # trigger words found inside a token
        self._by_token: dict[str, set[int]] = {}  # trigger words that must be the whole token
        digit_rules: list[int] = []
        self._by_length: dict[int, set[int]] = {}  # digit runs of one length
        for i, (name, _) in enumerate(named_patterns):
            if self.reaches[i] is None:
                continue
            for word in TRIGGERS[name]:
                if word == DIGIT:
                    digit_rules.append(i)
                elif word.startswith("<digit:"):
                    self._by_length.setdefault(int(word[7:-1]), set()).add(i)
                elif word.startswith(WHOLE):
                    self._by_token.setdefault(word[len(WHOLE):], set()).add(i)
                else:
                    self._by_word.setdefault(word, set()).add(i)
        self._digit_rules = tuple(digit_rules)
        self._token_rules: dict[str, tuple[int, ...]] = {}

    def scan(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """Every match of every rule, as (rule index, match), rule by rule, each left to right."""
        hits = self._trigger_hits(text)
        for i, pattern in enumerate(self.patterns):
            reach = self.reaches[i]
            if reach is None:
                yield from ((i, m) for m in pattern.finditer(text))
                continue
            for start, end in _windows(hits[i], reach.width, len(text)):
                stop = min(len(text), end + reach.around + 2)  # "$" also matches before a final newline
                for m in pattern.finditer(text, start, stop):
                    if m.start() >= end:
                        break
                    yield i, m

    def _trigger_hits(self, text: str) -> list[list[tuple[int, int]]]:
        """For each rule, the spans of the tokens that hold one of its triggers."""
        hits: list[list[tuple[int, int]]] = [[] for _ in self.patterns]
        known = self._token_rules.get
        for m in TOKEN.finditer(text):
            token = m.group()
            rules = known(token)
            if rules is None:
                rules = self._learn(token)
            if rules:
                span = m.span()
                for i in rules:
                    hits[i].append(span)
        return hits

    def _learn(self, token: str) -> tuple[int, ...]:
        """The rules a token triggers, remembered (a bounded cache of the vocabulary seen)."""
        if token[0].isdigit():
            rules = tuple(sorted({*self._digit_rules, *self._by_length.get(len(token), ())}))
        else:
            key = token.translate(_FOLD).lower()
            found = set(self._by_token.get(key, ()))
            found.update(i for word, indices in self._by_word.items() if word in key for i in indices)
            rules = tuple(sorted(found))
        if len(token) <= self._CACHED_LENGTH:
            if len(self._token_rules) >= self._CACHE_LIMIT:
                self._token_rules.clear()
            self._token_rules[token] = rules
        return rules


def _windows(spans: list[tuple[int, int]], width: int, size: int) -> Iterator[tuple[int, int]]:
    """Merged windows [start, end) reaching `width` characters either side of each span."""
    start = end = -1
    for s, e in spans:
        s, e = max(0, s - width), min(size, e + width)
        if s > end:
            if end > start:
                yield start, end
            start = s
        end = max(end, e)
    if end > start:
        yield start, end


def full_scan(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Every match of every rule over the whole text: what `Scanner.scan` must equal."""
    for i, pattern in enumerate(patterns):
        yield from ((i, m) for m in pattern.finditer(text))
