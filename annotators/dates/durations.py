"""Durations ("two years" -> P2Y), sets ("every Monday"), and fuzzy references ("now", "recently")."""

from __future__ import annotations

import re

from ..lexicon import calendar as lx
from .grammar import Candidate
from .normaliser import Context, Timex, _g, _low, _month
from .numbers import parse_count

_UNIT_OF = {**{u: u for u in lx.UNITS}, **lx.UNIT_PLURALS}

_SMALLER = {"century": (100, "year"), "decade": (10, "year"), "year": (12, "month"), "week": (7, "day"),
            "day": (24, "hour"), "hour": (60, "minute"), "minute": (60, "second")}
"""A fractional unit in whole smaller units: a quarter of an hour is 15 minutes."""

_HALF_OF = {"century": (50, "Y"), "year": (6, "M"), "month": (15, "D"), "week": (84, "H"), "day": (12, "H"), "hour": (30, "M"),
            "minute": (30, "S")}


def duration_value(n: float | None, unit: str) -> str | None:
    """ISO 8601 duration: (2, "year") -> P2Y, (None, "day") -> PXD, (1.5, "hour") -> PT1H30M, (1, "century") -> P100Y."""
    if unit == "quarter":
        return f"P{int(n * 3)}M" if n is not None and n == int(n) else ("PXM" if n is None else None)
    if unit == "decade":
        return f"P{int(n * 10)}Y" if n is not None and n * 10 == int(n * 10) else ("PXE" if n is None else None)
    if unit == "century" and n is not None:
        return f"P{int(n * 100)}Y" if n * 100 == int(n * 100) else None  # "more than a century": P100Y, as decades are years
    if unit == "fortnight":
        return f"P{int(n * 2)}W" if n is not None and n == int(n) else None
    letter = lx.UNITS.get(unit)
    if not letter:
        return None
    t = "T" if unit in lx.TIME_UNITS else ""
    if n is None:
        return f"P{t}X{letter}"
    whole = int(n)
    if n == whole:
        return f"P{t}{whole}{letter}"
    if unit in _SMALLER and n != whole + 0.5:
        k, smaller = _SMALLER[unit]
        if (n * k) == int(n * k):
            return duration_value(n * k, smaller)  # "a quarter of a century" -> P25Y
    if n - whole == 0.5 and unit in _HALF_OF:
        extra, sub = _HALF_OF[unit]
        sub_t = "T" if sub in "HS" or (sub == "M" and unit in ("hour", "minute", "day", "week")) else ""
        head = f"P{t}{whole}{letter}" if whole else f"P{t}"
        if sub_t and not t:
            return f"{head}T{extra}{sub}"
        return f"{head}{extra}{sub}"
    return None


_APPROX_OUT = frozenset({"over", "under", "only", "just", "about", "just over", "just under", "barely"})

_PER_BEFORE = re.compile(r"(?:\$|cents?|percent|%|barrels|tons|once|twice|times|per|\d)(?:[\w,.]*\w)?\s*$", re.I)
"""A price, count or "per" just before "a year" ("$5 a day", "twice a week"); a number's
trailing comma or full stop ends it ("on January 28, a day after" is no rate)."""


_QUANTITY_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?(?:p|bn|m|k|%)?|million|billion|trillion|thousand|hundred|dozen|mln|bln)"
                              r"\)?\s+(?:[a-z]+'?\s+(?:worth\s+)?(?:of\s+[a-z]+\s+)?)?$"
                              r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|hours|nights|shifts|times)\s+$",
                              re.I)
"""An amount just before "a year": "£1,200 a year", "40p a day", "5 million tonnes a year", "grew
1% a year", "24,000 tonnes of beans a year", "130 mln dlrs' worth of exports a year", "200 billion shillings ($1.5 billion) a year" (a
conversion in brackets between), "seven days a week"."""


def h_duration(c: Candidate, ctx: Context) -> Timex | None:
    unit = _UNIT_OF.get(_low(c, "unit").rstrip("."))
    if not unit or unit == "weekend":
        return None
    num = _g(c, "num")
    n = parse_count(num)
    if n is not None and c.groups.get("half"):
        n += 0.5
    lnum = num.lower()
    if lnum in ("a", "an") and not c.groups.get("the") and not c.groups.get("span") and not c.groups.get("approx"):
        before = ctx.text[max(0, c.start - 40):c.start]
        if _QUANTITY_BEFORE.search(before) and unit in ("year", "month", "week", "day", "hour") and not c.groups.get("more"):
            # "£1,200 a year", "$33 million a year", "50,000 CDs a year": a rate, which TimeML types SET.
            v = duration_value(1, unit)
            return Timex("SET", v) if v else None
        if _PER_BEFORE.search(before) or _AGO_AFTER.match(ctx.text, c.end):
            return None  # "per a year"; "a year ago" is a point, read by the relative rules
    if _a_quantity_or_kind(c, ctx, unit, lnum):
        return None
    if _year_before_singular_unit(c, ctx.text, num):
        return None  # "the 1986 year net", "for 1986 qtr and year": the year, not 1986 years
    if lnum in ("a", "an") and ctx.text[c.start:c.end].endswith("-long"):
        v = duration_value(1, unit)
        return Timex("DURATION", v, start=c.group_spans["unit"][0]) if v else None
    if _a_number_clock_or_title(c, ctx, unit, num, lnum, n):
        return None
    v = duration_value(n, unit)
    if not v:
        return None
    return Timex("DURATION", v, False, start=_duration_start(c, ctx))


_AGO_AFTER = re.compile(r"\s+(?:ago|earlier|later)\b(?!\s+than\b)")
"""After "a year": a point ("a year ago", "a year earlier"); not a comparison ("a month earlier than
usual" is the measure)."""
_YEAR_NUMBER = re.compile(r"(?:18|19|20)\d\d")


def _year_before_singular_unit(c: Candidate, text: str, num: str) -> bool:
    """A year number before a singular unit with a space between ("1986 year net", "1986 qtr"):
    the year, which the year rule reads; a count takes a plural ("2000 years") or a hyphen."""
    gap = text[c.group_spans["num"][1]:c.group_spans["unit"][0]]
    return bool(_YEAR_NUMBER.fullmatch(num)) and not _low(c, "unit").endswith("s") and gap == " "


def _a_quantity_or_kind(c: Candidate, ctx: Context, unit: str, lnum: str) -> bool:
    """"some years", "a fiscal year", "a second term", "a decades-long feud": no length."""
    if lnum in ("some", "many") and not c.groups.get("the") and not (
            lnum == "some" and re.search(r"\b(?:for|over|within)\s$", ctx.text[max(0, c.start - 8):c.start], re.I)):
        return True  # "some years" is a quantity, but "for some months" a stretch of time
    if lnum in ("a", "an") and _low(c, "more") in ("fiscal", "calendar"):
        return True  # "moved from a fiscal year to a calendar year": a kind of year, not a length
    if unit == "second" and lnum in ("a", "one", "the") and re.match(r"\s+[A-Za-z]", ctx.text[c.end:c.end + 3]):
        return True  # "a second term": the ordinal, not the unit
    # "a decades-long feud": a number of one with a plural unit
    return lnum in ("a", "an", "one", "1") and _low(c, "unit") != unit and not c.groups.get("half")


def _a_number_clock_or_title(c: Candidate, ctx: Context, unit: str, num: str, lnum: str, n) -> bool:
    """Huge counts, clock times ("1000 hrs"), titles ("60 Minutes") and fractions
    ("three-quarters", "a quarter of the shares") are not durations."""
    if n is not None and n > 10000:
        return True
    if unit == "hour" and re.fullmatch(r"[0-2]\d[0-5]\d", num):
        return True  # "1000 hrs EDT": a clock time
    uword = _g(c, "unit")
    if uword[:1].isupper() and num[:1].isdigit() and not ctx.text[c.start:c.end].isupper() \
            and ctx.text[c.group_spans["unit"][0] - 1] != "-":
        return True  # "60 Minutes", a title; a headline's "60-Day Pause" stays a duration
    return unit == "quarter" and bool(re.search(r"-quarters", ctx.text[c.start:c.end], re.I)
                                      or lnum in ("a", "one", "two", "three") and not c.groups.get("more")
                                      and re.match(r"\s+of\b", ctx.text[c.end:c.end + 4])
                                      or _RATE_POINT.match(ctx.text, c.end))


_RATE_POINT = re.compile(r"[\s-](?:percentage[\s-])?(?:point|pt)s?\b", re.IGNORECASE)
"""After "a quarter", "three quarters": a share of a point of interest ("cut rates by a quarter
point", "a quarter percentage point"), not three months."""


def _duration_start(c: Candidate, ctx: Context) -> int | None:
    """Where the duration's span starts when not at the match: after "the" in "the 90-day
    window"; at the number after "over", "only", "about" (TBAQ keeps them out; "nearly",
    "at least", "more than" are modifiers and stay in, as TIMEX3 mod; so does "over" where it
    means "more than" and "about": before "after", "ago", "ahead", or after a verb of lasting)."""
    text = ctx.text[c.start:c.end]
    if c.groups.get("the") and ("-" in text or _count_before_singular(c)) and not c.groups.get("span"):
        return c.group_spans["the"][1] + 1  # "the [90-day] window", "the [two day] rally"
    approx = _low(c, "approx")
    if approx in _APPROX_OUT and not (c.groups.get("the") or c.groups.get("span") or c.groups.get("each")):
        if (_RELATION_AFTER.match(ctx.text, c.end) or approx.removeprefix("just ") in ("over", "about") and _LASTING_BEFORE.search(
                ctx.text, max(0, c.start - 9), c.start) or approx == "under" and _IN_BEFORE.search(
                ctx.text, max(0, c.start - 4), c.start)) and approx not in ("just", "only", "barely"):
            # "comes [over three months] after the vote": "more than", part of the measure
            # ("just", "barely" stay out: "just [over an hour] later", "barely [a month] after")
            return c.group_spans["approx"][0] + (len("just ") if approx.startswith("just ") else 0)
        return c.group_spans["num"][0]
    return None


def _count_before_singular(c: Candidate) -> bool:
    """A count over one with a singular unit is a modifier of the noun after it: "the two day rally"."""
    n = parse_count(_g(c, "num"))
    return n is not None and n > 1 and _low(c, "unit") in lx.UNITS and not c.groups.get("half")


_LASTING_BEFORE = re.compile(r"\b(?:last|lasts|lasted|lasting|take|takes|took|taking|taken)\s$", re.IGNORECASE)
"""A verb of lasting before "over" or "about": "the tour will last [over a week]" (more than a
week), "it takes [about a week]" (roughly a week): the modifier is part of the measure."""

_IN_BEFORE = re.compile(r"\bin\s$", re.IGNORECASE)
"""Before "under": "sold out in [under an hour]" says "less than", part of the measure (TBAQ keeps
"less than a week" in), where "under" alone may be a preposition ("under a two-year deal")."""

_RELATION_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago|ahead|behind)\b", re.IGNORECASE)


def h_unit_long(c: Candidate, ctx: Context) -> Timex | None:
    """ "year-long" -> P1Y, "decades-long" -> PXE ... plural means an unknown number."""
    word = _low(c, "unit")
    unit = _UNIT_OF.get(word)
    if not unit:
        return None
    v = duration_value(None if word != unit else 1, unit)
    return Timex("DURATION", v) if v else None


_BARE_UNITS_AFTER = re.compile(
    r"(?:\b(?:for|in|over|within|take|takes|took|taken|taking|last|lasts|lasted|lasting|spend|spends|spent|wait|waited)"
    r"|\b(?:minutes|hours|days|weeks|months|years|decades)\s+(?:or|and)(?:\s+even|\s+possibly|\s+perhaps)?)\s$")
"""What lets a bare plural unit stand as a duration: "for years", "could take months", "weeks or even months"."""


_STRETCH_BEFORE = re.compile(r"\b(?:after|following|follows|followed|amid|despite)\s$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")


def _stretch_of(text: str, start: int, end: int) -> bool:
    """A bare plural unit that measures what an event came after: "after weeks of talks",
    "follows months of wrangling", "amid years of decline" (a stretch, PXW, PXM, PXY)."""
    return bool(_STRETCH_BEFORE.search(text, max(0, start - 10), start)) and bool(_OF_AFTER.match(text, end))


def h_bare_units(c: Candidate, ctx: Context) -> Timex | None:
    unit = _UNIT_OF.get(_low(c, "unit"))
    span, vague, the = _low(c, "span"), _low(c, "vague"), _low(c, "the")
    if not unit:
        return None
    if vague == "many" and re.search(r"\bas\s+$", ctx.text[max(0, c.start - 4):c.start], re.I):
        return None  # "in as many years": a count, not a time
    if not (span or vague or the) and _stretch_of(ctx.text, c.start, c.end) and unit in ("day", "week", "month", "year", "decade"):
        return Timex("DURATION", duration_value(None, unit) or "PXY")  # "after weeks of talks"
    if not (span or vague or the) and unit not in ("year", "month", "week", "decade", "century", "hour"):
        # "within days", "for minutes": only right after "within" or "for".
        if not re.search(r"\b(?:within|for)\s$", ctx.text[max(0, c.start - 8):c.start], re.I):
            return None
    if not (span or vague or the):
        # bare "years", "months": only after "for", "in", "over" ("for years", "in months").
        before = ctx.text[max(0, c.start - 40):c.start].lower()
        if not _BARE_UNITS_AFTER.search(before):
            return None
    if the and not (span or vague) and unit in ("day", "week", "month"):
        return None
    if span == "recent":
        return Timex("DATE", "PAST_REF", bool(ctx.anchor))
    if span == "early" and unit == "hour" and _OF_AFTER.match(ctx.text, c.end):
        return None  # "in the early hours of Tuesday": a time of night on the day named, no stretch of hours
    return Timex("DURATION", duration_value(None, unit) or "PXY")


_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
            "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W",
            "semiannually": "P6M", "semi-annually": "P6M"}


_NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:[- ]([a-z]+))?")
_AVERAGE_BEFORE = re.compile(r"\baverage\s+$", re.IGNORECASE)


def _measure_adjective(text: str, start: int, end: int) -> bool:
    """ "daily" before an amount noun, next or one word on ("daily tariff revenue", "daily share
    turnover"), or after "average" ("average daily volume"): a measure, not a time."""
    if _AVERAGE_BEFORE.search(text, max(0, start - 9), start):
        return True
    m = _NEXT_WORDS.match(text, end)
    return bool(m) and any(w in lx.AMOUNT_NOUNS for w in m.groups() if w)


def h_set(c: Candidate, ctx: Context) -> Timex | None:
    adv = _low(c, "adv")
    if adv:
        raw = _g(c, "adv")
        if raw[0].isupper() and not raw.isupper() and re.match(r"\s+[A-Z][a-z]", ctx.text[c.end:c.end + 3]):
            return None  # "the Daily Mail", "London Daily News": a title
        if adv in ("monthly", "quarterly", "yearly"):
            # "a quarterly dividend", "a monthly magazine": TBAQ leaves these adjectives out;
            # "daily" and "weekly" before a noun ("his weekly radio address") are mostly marked.
            # A wire headline's "SETS QUARTERLY", "RAISES QUARTERLY PAYOUT" is the dividend too.
            if re.match(r"\s+[a-z]+", ctx.text[c.end:c.end + 15]) or raw.isupper():
                return None
        if _measure_adjective(ctx.text, c.start, c.end):
            return None
        return Timex("SET", _SET_ADV[adv])
    what = _g(c, "what")
    lw = what.lower().rstrip(".")
    n = 2 if _low(c, "other") == "other" else 1
    if c.groups.get("snum"):
        k = parse_count(_g(c, "snum"))
        if k is None or k != int(k) or k < 1:
            return None
        n = int(k)
    if lw in lx.WEEKDAYS and what[0].isupper():
        return Timex("SET", f"XXXX-WXX-{lx.WEEKDAYS[lw]}")
    m = _month(what)
    if m and what[0].isupper() and len(lw) > 3:
        return Timex("SET", f"XXXX-{m:02d}")
    if lw in lx.SEASONS:
        return Timex("SET", f"XXXX-{lx.SEASONS[lw]}")
    if lw in lx.PARTS_OF_DAY:
        return Timex("SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[lw]}")
    unit = _UNIT_OF.get(lw)
    if not unit:
        return None
    if unit == "quarter":
        return Timex("SET", "P1Q" if n == 1 else "P2Q")
    v = duration_value(n, unit)
    return Timex("SET", v) if v else None


def h_day_of_every(c: Candidate, ctx: Context) -> Timex | None:
    """ "the first of every month" -> SET XXXX-XX-01; "the 15th of each month" -> XXXX-XX-15."""
    word = _low(c, "day")
    digits = re.match(r"\d+", word)
    day = int(digits.group()) if digits else lx.ORDINALS.get(word)
    if not day or not 1 <= day <= 31:
        return None
    return Timex("SET", f"XXXX-XX-{day:02d}")


def h_per_unit(c: Candidate, ctx: Context) -> Timex | None:
    unit = "year" if _low(c, "unit") == "annum" else _low(c, "unit")
    v = duration_value(1, unit)
    return Timex("SET", v) if v else None


_REF = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "long ago": "PAST_REF", "a long time ago": "PAST_REF", "long time ago": "PAST_REF", "recent days": "PAST_REF", "recent weeks": "PAST_REF", "recent months": "PAST_REF", "recent years": "PAST_REF",
}


_VAGUE_STRETCH = re.compile(r"(?:recent|(?:the )?coming|the) (?P<unit>days|weeks|months|years|quarters)(?: ahead)?")


_RECENT_PAIR = re.compile(r"recent \w+ (?:and|or) \w+")  # "recent weeks and months"


def h_ref(c: Candidate, ctx: Context) -> Timex | None:
    r = " ".join(_low(c, "ref").split())
    m = _VAGUE_STRETCH.fullmatch(r)
    if m:
        # "recent years", "the coming months", "the weeks ahead": a stretch of unknown length (PXY, PXM).
        return Timex("DURATION", duration_value(None, _UNIT_OF[m["unit"]]) or "PXM")
    if r == "now":
        after = ctx.text[c.end:c.end + 12].lower()
        if re.match(r"-", after):
            return None  # "now-defunct"
    if r == "the present" and re.match(r"\s+(?!and|or|is|was|as|in|of|to|for|with|but|when|day|time)[a-z]+\b", ctx.text[c.end:c.end + 15]):
        return None  # "the present system": the adjective
    if r == "the future" and re.match(r"\s+of\b", ctx.text[c.end:c.end + 5]):
        return None  # "the future of our peoples": a topic, not a time
    if r == "the past" and re.match(r"\s+(?:few|several|two|three|four|five|\d|year|month|week|decade|day)", ctx.text[c.end:c.end + 12].lower()):
        return None
    if _RECENT_PAIR.fullmatch(r):
        return Timex("DATE", "PAST_REF")  # "recent weeks and months": a vague past stretch
    v = _REF.get(r) or ("FUTURE_REF" if r else None)
    if r in ("the long term",):
        return None
    return Timex("DATE", v) if v else None


_NOT_SOON_AFTER = frozenset({"after", "afterwards", "afterward", "thereafter", "before", "enough", "as", "than"})


def h_ref_attr(c: Candidate, ctx: Context) -> Timex | None:
    """ "will soon begin" -> FUTURE_REF. (The adjective "current", "current rules", is no timex.)

    The adverb "currently" is PRESENT_REF (the "ref" rule); the adjective only says which one of
    something is meant, so it is left out, as today's news labelling does. "soon" is marked when it
    modifies a future verb; "as soon as", "soon after" and past uses ("was soon released") stay out.
    """
    from .tense import PAST_CUES

    nxt = _low(c, "next")
    before = re.findall(r"[A-Za-z]+", ctx.text[max(0, c.start - 20):c.start])
    prev = before[-1].lower() if before else ""
    if nxt in _NOT_SOON_AFTER or prev in ("as", "so", "too", "how", "was", "were", "had"):
        return None
    if nxt in PAST_CUES or (nxt.endswith("ed") and len(nxt) > 4):
        return None  # "soon became", "soon released": narrative past
    return Timex("DATE", "FUTURE_REF", bool(ctx.anchor))


def h_vague_span(c: Candidate, ctx: Context) -> Timex | None:
    """ "for some time", "for a while": a duration of unknown length and unit (PXX)."""
    return Timex("DURATION", "PXX")


_COUNT_BEFORE = re.compile(
    r"(?:\d(?:[\d,.]{0,20}\d)?|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
    r"fifty|sixty|hundred|dozen|few|several|many|some|couple|of|the|these|those|more|first|last|trading|business|full))"
    r"[\s-]+$", re.I)


def h_bare_rel(c: Candidate, ctx: Context) -> Timex | None:
    """ "hours after the bombing", "just months ago": a duration of unknown length (PTXH, PXM)."""
    if _COUNT_BEFORE.search(ctx.text[max(0, c.start - 15):c.start]):
        return None  # counted ("two days after") or determined ("the days before") elsewhere
    unit = _UNIT_OF.get(_low(c, "unit"))
    v = duration_value(None, unit) if unit else None
    ago = re.match(r"\s+ago\b", ctx.text[c.end:c.end + 6])
    return Timex("DURATION", v, end=c.end + ago.end() if ago else None) if v else None


_ONE_UNIT = re.compile(r"P(?:(?P<date>\d{1,6}[YMD])|T(?P<time>\d{1,6}[HMS]))")
_DATE_UNIT_RANK = {"Y": 0, "M": 1, "D": 2}
_TIME_UNIT_RANK = {"H": 3, "M": 4, "S": 5}
_AND_BETWEEN = re.compile(r"\s{1,3}and\s{1,3}")


def _unit_rank(m: re.Match) -> int:
    """Rank of a one-unit duration's unit, largest first: years, months, days, hours, minutes, seconds."""
    return _DATE_UNIT_RANK[m["date"][-1]] if m["date"] else _TIME_UNIT_RANK[m["time"][-1]]


def join_compound_durations(text: str, items: list[dict]) -> list[dict]:
    """Two counted durations joined by "and", the larger unit first, as one DURATION: "three hours
    and 14 minutes" is PT3H14M, "two years and three months" P2Y3M (TimeML marks the whole
    measure). Offsets stay exact."""
    out: list[dict] = []
    for item in items:
        prev = out[-1] if out else None
        if prev and prev["type"] == item["type"] == "DURATION" and _AND_BETWEEN.fullmatch(text[prev["end"]:item["start"]]):
            a, b = _ONE_UNIT.fullmatch(prev["value"] or ""), _ONE_UNIT.fullmatch(item["value"] or "")
            if a and b and _unit_rank(a) < _unit_rank(b):
                date_part = (a["date"] or "") + (b["date"] or "")
                time_part = (a["time"] or "") + (b["time"] or "")
                value = "P" + date_part + ("T" + time_part if time_part else "")
                out[-1] = {**prev, "end": item["end"], "text": text[prev["start"]:item["end"]], "value": value}
                continue
        out.append(item)
    return out
