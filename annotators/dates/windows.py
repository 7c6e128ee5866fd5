"""Where each rule can match: windows around its trigger words, so a rule scans only those.

A rule's triggers are words one of which every match of the rule contains (a month name for
the month rules, a unit for durations; `digits(4)` for a run of four digits). The text is cut
into tokens once; each rule then runs only in windows around the tokens that hold one of its
triggers, each window as wide as the rule's longest match on either side plus the reach of
its lookarounds; narrower when the rule names the group that holds its trigger
(`TRIGGER_GROUPS`): then a match starts at most the pattern's width before that group ahead of
the trigger, and ends at most the width after it beyond. A match of the whole-text scan lies
inside such a window and no match can start in the gaps, so the candidates are those of the
whole-text scan (`full_scan`; the tests compare both), at a fraction of the cost: most
paragraphs hold no month, weekday or unit word. A rule without triggers, or whose matches have
no bounded length, scans the whole text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from re import _constants as sre
from re import _parser as sre_parse
from re._casefix import _EXTRA_CASES
from typing import Iterable, Iterator, Mapping, Sequence

from ..lexicon import calendar as lx

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
# a weekday stands alone, its name, a plural ("Mondays") or a dotted short form ("Tues."): not "month"
WEEKDAY = _whole([*lx.WEEKDAYS, *(w + "s" for w in lx.WEEKDAYS if w not in lx.SHORT_WEEKDAYS)])
UNIT = _whole([*lx.UNITS, *lx.UNIT_PLURALS])  # a duration's unit stands alone: "two years", "10-day"
PLURAL_UNIT = ("years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes")
HOLIDAYS = lx.HOLIDAY_NAMES
DAY_WORD = ("today", "yesterday", "tomorrow")
_DECADE_WORDS = _whole((*lx.DECADE_NAMES, *("nineteen" + w for w in lx.DECADE_NAMES)))
"""A decade's name stands alone ("the [eighties]", "nineteen-[sixties]") or after "nineteen"
("[nineteensixties]"): not inside "securities" or "parties"."""
_REL_WORDS = ("last", "next", "this", "past", "coming", "previous", "prior", "preceding", "following", "current",
              "same", "that", "upcoming", "new", "full", "entire", "whole", "latest")
_REL_UNITS = _whole(rel + unit for rel in ("", *_REL_WORDS)
                    for unit in ("year", "month", "week", "weekend", "day", "decade", "century", "fortnight"))
"""The unit of "last week", "the coming year": a whole token, the singular only ("years" is no
`rel_unit`), or run into the relative word before it ("lastyear": the rule's optional space)."""

TRIGGERS: dict[str, tuple[str, ...]] = {
    # rule name: words, one of which is in every match of that rule (see grammar.RULES).
    # "10 a.m." (its "m"), "10am", "1400 GMT", "9:30 EST" (the minutes), "one o'clock", "noon"
    "clock": ("=am", "=pm", "=m", YEAR_DIGITS, digits(2), "clock", "noon", "midnight", "midday",
              "morning", "afternoon", "evening"),
    "clock_after_day": WEEKDAY + DAY_WORD,  # "Wednesday at 9 a.m."
    # a year stands alone as four digits: "2026-01-30", "03.11.2024", "2024-25"
    "iso": (YEAR_DIGITS,), "numeric": (YEAR_DIGITS, digits(2)), "dotted": (YEAR_DIGITS,), "year_range": (YEAR_DIGITS,),
    "qcode": ("=q", "=h"),  # "Q3", "2Q24", "H1": the letter is a token of its own, rarer than digits
    "month_day": MONTH, "day_month": MONTH, "month_year": MONTH, "month_rel_year": MONTH,
    "month_range": MONTH, "month": MONTH, "week_of": MONTH,
    "month_quarter": ("=quarter", "=period"),  # "the October-to-December quarter": rarer than its months
    "year": (YEAR_DIGITS, "=fy", "=f", "nineteen", "twenty", "thousand"),  # "2024", "FY25", "nineteen ninety"
    "decade": ("=s", *_DECADE_WORDS),  # "the 1990s", "the '60s" (the "s" is a token of its own), "the eighties"
    "century": ("century",),
    # the unit stands alone: "the third [quarter]", "the first [half]", not "headquarters", "behalf"
    "quarter": _whole(("quarter", "quarters", "qtr", "half")),
    "rel_quarter": _whole(("quarter", "period", "qtr")),  # "the year-ago [quarter]", not "quarterly"
    "year_ago_attr": _whole(("year", "month", "midyear", "midmonth", "yearend")),  # "[year]-earlier", "[month]-end"
    "season": _alpha_runs(lx.SEASONS),
    "holiday": _alpha_runs(HOLIDAYS),
    "rel_unit": _REL_UNITS,
    "same_month": _whole(("month",)),  # "the same [month] last year"
    "unit_before": _whole(("before", "earlier")),  # "the year [before]": rarer than its unit
    "yesterday": ("yesterday", "today", "tomorrow", "tonight", "overnight"),
    "week_today": ("today", "tomorrow"),
    "part_of_day": _whole(("morning", "afternoon", "evening", "night")),  # not "overnight", "tonight"
    "mid_part": ("mid",),
    "weekday": WEEKDAY,
    "weekday_week": WEEKDAY,
    # each stands alone after its unit: "two years [ago]", "a week [later]", "a year from [now]"
    "ago": _whole(("ago", "earlier", "later", "now", "hence", "back", "before")),
    "duration": UNIT,
    "unit_long": ("long",),
    "bare_units": PLURAL_UNIT,
    "set": ("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly",
            "nightly"),
    "per_unit": _whole(("per", "once", "twice", "times")),  # "per year"; "twice a week"
    "unit_around": ("days", "weeks", "months"),
    "bare_rel": PLURAL_UNIT,
    "nth_of": ("week", "day", "month"),
    "nth_weekday": WEEKDAY,  # "the first Monday in October"
    "day_of_every": ("month",),  # "the first of every month"
    "vague_span": ("time", "while"),  # "for some time", "for a while"
    "ord_day": ("day",),
    # one whole word of each phrase: "right [now]", "these [days]", "the near [term]", "as soon as [possible]"
    "ref": _whole(("now", "nowadays", "currently", "days", "present", "presently", "recently", "recent", "past",
                   "future", "term", "coming", "ahead", "later", "lately", "possible", "long", "day", "someday")),
    "ref_attr": ("soon",),
}


TRIGGER_GROUPS: dict[str, tuple[str, ...]] = {
    # rule name: the named groups, one of which holds one of the rule's trigger tokens in every
    # match, so a match starts no further before that token than the pattern before the group
    # allows, and ends no further after it than the pattern after the group ("month_day":
    # "Tuesday, [March] 3, 2026"; "year": "[2024]", "[twenty twenty-four]", "FY[25]").
    "clock": ("clock",), "clock_after_day": ("dayref",), "iso": ("year",), "numeric": ("year",),
    "dotted": ("year",), "month_day": ("month",), "day_month": ("month",), "month_year": ("month",),
    "month_rel_year": ("month",), "month_range": ("month2",), "month": ("month",),
    "year": ("year", "spoken", "fy"), "year_range": ("year",), "decade": ("decade",),
    "quarter": ("qunit",), "month_quarter": ("qunit",), "qcode": ("qn",), "rel_quarter": ("qunit",),
    "year_ago_attr": ("word",), "season": ("season",), "holiday": ("hol",), "rel_unit": ("unit",), "same_month": ("unit",), "unit_before": ("dir",),
    "yesterday": ("word",), "week_today": ("word",), "part_of_day": ("part",), "mid_part": ("part",), "weekday": ("wday",), "weekday_week": ("wday",),
    "ago": ("dir",), "duration": ("unit",), "bare_units": ("unit",), "set": ("q", "adv"),
    "unit_around": ("unit",), "bare_rel": ("unit",), "week_of": ("month",), "nth_of": ("unit",),
    "nth_weekday": ("wday",),
    "vague_span": ("span",), "ref": ("ref",), "ref_attr": ("ref",),
}


_CLOCK_WORDS = (
    *_whole(("am", "pm", "m", "clock", "noon", "midnight", "midday", "morning", "afternoon", "evening")),
    *_whole(("cst", "cdt", "mst", "mdt", "pst", "pdt", "ist")),  # "9:30 PST": a zone word stands alone
    "gmt", "utc", "est", "edt", "bst", "cet", "hrs", "hours",  # "1400GMT", "1400 hrs": may run into a word
)
"""Words one of which every time of day holds or looks at: "10 [a].[m].", "7[pm]", "1400 [GMT]",
"9:30 [EST]", "ten o'[clock]", "8 in the [morning]", "[noon]" (`CLOCK` in grammar.py)."""

def _other_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """For each phrase, its last word other than its trigger (`_alpha_runs`), or its only word:
    each stands alone in a match of the phrase ("Good [Friday]" -> "good", "[Christmas]" ->
    "christmas"), so a window needs one of them as well as a trigger."""
    out = []
    for phrase, trigger in zip(phrases, _alpha_runs(phrases)):
        words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w != trigger] or [trigger]
        out.append(WHOLE + words[-1])
    return tuple(sorted(set(out)))


_ORDINAL_WORDS = tuple(w for w in lx.ORDINALS if w.isalpha() and lx.ORDINALS[w] > 0)

_DAY_NUMBER = (digits(1), digits(2), *_ORDINAL_WORDS)
"""What a day of the month is: "[5] March", "the [15]th of May", "the [first] of June"."""

REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    # rule name: groups of words; every match of the rule also holds (or looks at, in a
    # lookaround) a token of each group, besides its trigger. A window with no token of some
    # group within the characters its search can read holds no match and is not searched:
    # most month names stand without a day before them, most numbers without a clock word.
    "clock": (_CLOCK_WORDS,),  # "10 p.m. EST Wednesday": not the bare "10" or "2026"
    "clock_after_day": (_CLOCK_WORDS,),  # "Friday 10 p.m.": not "Friday, 2026"
    "month_year": ((YEAR_DIGITS, digits(2), "nineteen", "twenty", "thousand"),),  # "May 2026", "May '26"
    "month_rel_year": (("=year",),),  # "March next year"
    "week_of": (("=week", "=weekend"),),  # "the week of March 6"
    "iso": ((digits(2),),),  # "2026-[01]-30": not every year
    "holiday": (_other_words(HOLIDAYS),),  # "[Good] Friday", "May [Day]", "New Year's [Eve]": not "may"
    "weekday_week": (("=week",),),  # "Friday next week"
    "nth_weekday": (_whole(("first", "second", "third", "fourth", "fifth", "last", "st", "nd", "rd", "th")),
                    MONTH),  # "the first Monday in October", "the 2nd Tuesday of May"
    "ago": (UNIT,),  # "two [years] ago": not "Chicago", not "back" without a unit before it
    "per_unit": (_whole(("year", "month", "week", "day", "hour", "minute", "quarter", "annum")),),  # "per [day]"
}
"""Checked by `tests/test_dates_windows.py` on every match of its sentences and the samples."""

REQUIRED_BEFORE: dict[str, tuple[tuple[str, ...], ...]] = {
    # rule name: groups as in REQUIRED, whose token ends, in every match, before the match's
    # trigger token starts: a window needs one that ends before the window does (at its last
    # trigger's end), not one in the tail after it, where most months have their day, nor the
    # trigger itself ("the 25 people" is no date "1/25").
    "day_month": (_DAY_NUMBER,),  # "[5] March", "the [first] of June": not "March 5"
    "nth_of": (_whole((*_ORDINAL_WORDS, "last", "final")),),  # "the [second] week of June": not "today"
    "ord_day": (_whole(_ORDINAL_WORDS),),  # "the [second] day of the strike"
    "day_of_every": (_whole(("every", "each")),),  # "the 15th of [every] month"
    "dotted": ((digits(1), digits(2)),),  # "03.[11].2024": not every year
    "numeric": ((digits(1), digits(2)),),  # "11/[27]/2025", "1/[5]/26": not every number
    "month_range": (MONTH,),  # "[July]-September": its window is the second month's, most months have no other before them
}
"""Checked with REQUIRED."""

REQUIRED_UP_TO: dict[str, tuple[tuple[str, ...], ...]] = {
    # rule name: groups as in REQUIRED_BEFORE, whose token starts before the trigger token ends:
    # it may be the trigger token itself.
    "decade": ((digits(2), digits(4), *_DECADE_WORDS),),  # "the [1990]s", "the '[60]s", "the [eighties]": not "Trump's"
}
"""Checked with REQUIRED."""


@dataclass(frozen=True)
class Reach:
    """How far a rule's matches reach: the longest match, and the lookaround beyond it."""

    width: int
    around: int


def _parsed(pattern: re.Pattern[str]) -> sre_parse.SubPattern:
    """A rule's pattern as the regex parser reads it, for its reach and its span. Not cached: the
    `Scanner` parses each rule once and drops the parse once built, so its tens of thousands of
    objects are not kept for the garbage collector to walk through for the rest of the run."""
    return sre_parse.parse(pattern.pattern, pattern.flags)


def reach_of(pattern: re.Pattern[str], parsed: sre_parse.SubPattern | None = None) -> Reach | None:
    """The bounded reach of a pattern, or None when a match or lookaround can be any length.
    `parsed`: the pattern's parse (`_parsed`), when the caller has it already."""
    parsed = _parsed(pattern) if parsed is None else parsed
    width = parsed.getwidth()[1]
    around = _lookaround_width(parsed.data)
    if width >= sre.MAXREPEAT or around >= sre.MAXREPEAT:
        return None
    return Reach(width, around)


@dataclass(frozen=True)
class Span:
    """Where a rule must look around a trigger token [s, e): matches start in [s - lead,
    e + late) and the scan may read `tail` characters past that (the match, then lookaheads)."""

    lead: int
    late: int
    tail: int


def span_of(pattern: re.Pattern[str], reach: Reach, groups: tuple[str, ...] = (),
            parsed: sre_parse.SubPattern | None = None) -> Span:
    """The scan span of a rule: the full reach on both sides, or, when one of `groups` holds the
    trigger in every match, only the pattern's width before and after those groups. `parsed`:
    the pattern's parse, when the caller has it already."""
    sides = None
    if groups:
        parsed = _parsed(pattern) if parsed is None else parsed
        gids = frozenset(parsed.state.groupdict[name] for name in groups)
        sides = _group_sides(parsed.data, parsed.state, gids)
    if sides is None:
        return Span(reach.width, reach.width, reach.around + 2)  # "$" also matches before a final newline
    before, inside, after = sides
    return Span(before + inside, 0, inside + after + reach.around + 2)


def measure(name: str, pattern: re.Pattern[str]) -> tuple[Reach | None, Span | None]:
    """The reach and span of a rule with triggers, read from its pattern's parse (None, None
    when a match or a lookaround can be any length)."""
    parsed = _parsed(pattern)
    reach = reach_of(pattern, parsed)
    if reach is None:
        return None, None
    return reach, span_of(pattern, reach, TRIGGER_GROUPS.get(name, ()), parsed)


def fingerprint(name: str, pattern: re.Pattern[str]) -> str:
    """What a rule's reach and span are read from, hashed: its name (which picks its trigger
    groups), those groups, its flags and its pattern."""
    key = "\0".join([name, ",".join(TRIGGER_GROUPS.get(name, ())), str(pattern.flags), pattern.pattern])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _width(state, items) -> int:
    return sre_parse.SubPattern(state, list(items)).getwidth()[1]


def _group_sides(items, state, gids: frozenset[int]) -> tuple[int, int, int] | None:
    """(widest text before, width of, widest text after) the groups `gids` in a parsed sequence
    (the widest of each where several are found), or None unless every match of the sequence
    passes once through one of them."""
    found = []
    for k, (op, av) in enumerate(items):
        inner = _item_sides(op, av, state, gids)
        if inner is not None:
            before, inside, after = inner
            found.append((_width(state, items[:k]) + before, inside, after + _width(state, items[k + 1:])))
    return _widest(found)


def _widest(sides: list[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    return tuple(max(column) for column in zip(*sides)) if sides else None


def _item_sides(op, av, state, gids: frozenset[int]) -> tuple[int, int, int] | None:
    if op == sre.SUBPATTERN:
        if av[0] in gids:
            return 0, av[-1].getwidth()[1], 0
        return _group_sides(av[-1].data, state, gids)
    if op == sre.BRANCH:
        sides = [_group_sides(alt.data, state, gids) for alt in av[1]]
        if any(side is None for side in sides):
            return None  # an alternative without the group: a match need not pass through it
        return _widest(sides)
    return None  # repeats, lookarounds, conditionals: the group may be absent or repeated


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

    def __init__(self, named_patterns: Sequence[tuple[str, re.Pattern[str]]],
                 known: Mapping[str, tuple[int, int, int, int, int]] | None = None) -> None:
        """`known`: the reach and span of rules read before (`reach_table.py`), by `fingerprint`;
        a rule not found there is read from its pattern's parse."""
        self.patterns = [pattern for _, pattern in named_patterns]
        measured = [self._measure(name, p, known or {}) for name, p in named_patterns]
        self.reaches = [reach for reach, _ in measured]
        self.spans = [span for _, span in measured]
        self.guarded = [None if span is None else starting_before_tail(p, span.tail)
                        for p, span in zip(self.patterns, self.spans)]
        self._by_word: dict[str, set[int]] = {}  # trigger words found inside a token
        self._by_token: dict[str, set[int]] = {}  # trigger words that must be the whole token
        self._by_length: dict[int, set[int]] = {}  # digit runs of one length
        self.required: list[tuple[tuple[int, bool], ...]] = [() for _ in named_patterns]
        """For each rule, its required groups: (index in `_trigger_hits`, after the rules' own
        lists; where the group's token must lie: `IN_TAIL`, `UP_TO` or `BEFORE`)."""
        lists = len(named_patterns)
        for i, (name, _) in enumerate(named_patterns):
            if self.reaches[i] is None:
                continue
            self._index(TRIGGERS[name], i)
            groups = [(group, IN_TAIL) for group in REQUIRED.get(name, ())]
            groups += [(group, UP_TO) for group in REQUIRED_UP_TO.get(name, ())]
            groups += [(group, BEFORE) for group in REQUIRED_BEFORE.get(name, ())]
            self.required[i] = tuple((lists + k, where) for k, (_, where) in enumerate(groups))
            for group, _ in groups:
                self._index(group, lists)
                lists += 1
        self.lists = lists
        self._by_opening = _by_opening(self._by_word)
        self._token_rules: dict[str, tuple[int, ...]] = {}

    @staticmethod
    def _measure(name: str, pattern: re.Pattern[str],
                 known: Mapping[str, tuple[int, int, int, int, int]]) -> tuple[Reach | None, Span | None]:
        """The reach and span of one rule (None, None for a rule without triggers or of no
        bounded reach): from `known` when its fingerprint is there, else from its parse."""
        if name not in TRIGGERS:
            return None, None
        found = known.get(fingerprint(name, pattern))
        if found is not None:
            width, around, lead, late, tail = found
            return Reach(width, around), Span(lead, late, tail)
        return measure(name, pattern)

    def _index(self, words: Iterable[str], i: int) -> None:
        """Look-ups from a token to list `i` for each trigger word (a digit run, a whole token, a word inside)."""
        for word in words:
            if word.startswith("<digit:"):
                self._by_length.setdefault(int(word[7:-1]), set()).add(i)
            elif word.startswith(WHOLE):
                self._by_token.setdefault(word[len(WHOLE):], set()).add(i)
            else:
                self._by_word.setdefault(word, set()).add(i)

    def scan(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """Every match of every rule, as (rule index, match), rule by rule, each left to right."""
        hits = self._trigger_hits(text)
        for i, pattern in enumerate(self.patterns):
            span = self.spans[i]
            if span is None:
                yield from ((i, m) for m in pattern.finditer(text))
                continue
            if not hits[i]:
                continue  # no window: nothing to search (most rules in most texts)
            required = [(hits[g], where) for g, where in self.required[i]]
            if not all(tokens for tokens, _ in required):
                continue  # no window with a token of each required group
            yield from ((i, m) for m in _scan_windows(pattern, span, hits[i], text, self.guarded[i],
                                                      required, self.reaches[i].around))

    def _trigger_hits(self, text: str) -> list[list[tuple[int, int]]]:
        """For each rule, the spans of the tokens that hold one of its triggers; then, for each
        group of `REQUIRED` words, the spans of the tokens that hold one of them."""
        hits: list[list[tuple[int, int]]] = [[] for _ in range(self.lists)]
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
            rules = tuple(sorted(self._by_length.get(len(token), ())))
        else:
            key = (token if token.isascii() else token.translate(_FOLD)).lower()  # _FOLD keeps ASCII as it is
            found = set(self._by_token.get(key, ()))
            for indices in _inside(key, self._by_opening):
                found.update(indices)
            rules = tuple(sorted(found))
        if len(token) <= self._CACHED_LENGTH:
            if len(self._token_rules) >= self._CACHE_LIMIT:
                self._token_rules.clear()
            self._token_rules[token] = rules
        return rules


_OPENING = 3
"""Every trigger word found inside a token is at least this long (`_by_opening` checks)."""


def _by_opening(by_word: dict[str, set[int]]) -> dict[str, list[tuple[str, set[int]]]]:
    """The trigger words found inside tokens, by their first `_OPENING` letters."""
    table: dict[str, list[tuple[str, set[int]]]] = {}
    for word, indices in by_word.items():
        if len(word) < _OPENING:
            raise ValueError(f"trigger word {word!r} is shorter than {_OPENING} letters")
        table.setdefault(word[:_OPENING], []).append((word, indices))
    return table


def _inside(key: str, by_opening: dict[str, list[tuple[str, set[int]]]]) -> Iterator[set[int]]:
    """The rule indices of each trigger word that occurs in `key`: the words starting at each
    position are looked up by their opening letters (one look-up per position, not a substring
    test per trigger word)."""
    for p in range(len(key) - _OPENING + 1):
        words = by_opening.get(key[p:p + _OPENING])
        if words:  # at most positions no trigger word starts
            for word, indices in words:
                if key.startswith(word, p):
                    yield indices


def starting_before_tail(pattern: re.Pattern[str], tail: int) -> re.Pattern[str]:
    """`pattern` behind a look-ahead that needs more than `tail` characters before the end
    position: searched up to a window's end plus `tail`, it can start only inside the window,
    so the search stops at the window's end instead of trying every position of the tail. The
    look-ahead is zero-width and the wrapper captures nothing, so a match and its groups are
    those of `pattern` starting there."""
    return re.compile(r"(?=(?s:.){%d})(?:%s)" % (tail + 1, pattern.pattern), pattern.flags)


def _scan_windows(
    pattern: re.Pattern[str], span: Span, tokens: list[tuple[int, int]], text: str,
    guarded: re.Pattern[str] | None = None, required: Sequence[tuple[list[tuple[int, int]], bool]] = (),
    behind: int = 0,
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` starting in the windows around `tokens`, as the whole-text scan
    finds them: each window's search resumes after the previous match, which may run into it.
    `guarded`: `pattern` wrapped by `starting_before_tail(pattern, span.tail)`, used for the
    windows that end at least `span.tail` characters before the end of the text. `required`:
    the tokens of each of the rule's required groups, with where they must lie (`_holding`);
    `behind`: the reach of its lookbehinds."""
    size = len(text)
    resume = 0
    windows = _windows(tokens, span.lead, span.late, size)
    if required:
        windows = _holding(windows, required, behind, span.tail)
    for start, end in windows:
        fits = guarded is not None and end + span.tail <= size
        for m in (guarded if fits else pattern).finditer(text, max(start, resume), min(size, end + span.tail)):
            if m.start() >= end:
                break
            resume = m.end()
            yield m


IN_TAIL, UP_TO, BEFORE = "in tail", "up to", "before"
"""Where a required token must lie for a window [start, end) to be searched, past the reach of
the lookbehinds before it: starting before the end of the tail after it (`REQUIRED`), starting
before its end (`REQUIRED_UP_TO`), or ending before its end (`REQUIRED_BEFORE`)."""


def _holding(windows: Iterable[tuple[int, int]], groups: Sequence[tuple[list[tuple[int, int]], str]],
             behind: int, tail: int) -> Iterator[tuple[int, int]]:
    """The windows that have a token of every group where their search reads it: from `behind`
    characters before the window (lookbehinds) to `tail` after it, or to its end (`UP_TO`,
    `BEFORE`). A skipped window holds no match, so the search of the next one resumes where it
    did. Windows and tokens both run left to right, so each group's tokens are passed once
    (linear time); the first token past the lookbehinds is the one that starts and ends first.

    >>> list(_holding([(0, 10), (40, 50), (90, 95)], [([(12, 14), (97, 99)], IN_TAIL)], 0, 3))
    [(0, 10), (90, 95)]
    >>> list(_holding([(0, 10), (40, 50), (90, 95)], [([(12, 14), (92, 93)], UP_TO)], 0, 3))
    [(90, 95)]
    >>> list(_holding([(0, 10), (40, 50), (90, 95)], [([(6, 8), (92, 95)], BEFORE)], 0, 3))
    [(0, 10)]
    """
    at = [0] * len(groups)
    for start, end in windows:
        for g, (tokens, where) in enumerate(groups):
            k = at[g]
            while k < len(tokens) and tokens[k][1] <= start - behind:
                k += 1
            at[g] = k
            if k == len(tokens) or not (tokens[k][1] < end if where == BEFORE
                                        else tokens[k][0] < (end + tail if where == IN_TAIL else end)):
                break
        else:
            yield start, end


def _windows(spans: list[tuple[int, int]], lead: int, late: int, size: int) -> Iterator[tuple[int, int]]:
    """Merged windows [start, end) from `lead` characters before each span to `late` after it.
    The spans (tokens) run left to right without overlapping, so a window ends where its last
    span's reach does; only the last can pass the end of the text (a later span would join it).

    >>> list(_windows([(10, 15), (18, 20), (60, 65)], 5, 0, 100))
    [(5, 20), (55, 65)]
    """
    start = end = -1
    for s, e in spans:
        s = s - lead if s > lead else 0
        if s > end:
            if end > start:
                yield start, end
            start = s
        end = e + late
    if end > start:
        yield start, min(size, end)


def full_scan(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Every match of every rule over the whole text: what `Scanner.scan` must equal."""
    for i, pattern in enumerate(patterns):
        yield from ((i, m) for m in pattern.finditer(text))
