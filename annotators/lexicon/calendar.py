"""Words of time: months, weekdays, numbers, units, seasons, parts of day, holidays.

Every annotator that recognises a calendar word reads it here (dates' grammar and normaliser,
the document-date parser, tariffs' effective dates and product filter, entity repair, quote
speakers, the sentence splitter), so a new spelling is one line here rather than a new regular
expression. Written by hand from English news usage (Reuters/AP month abbreviations, US and UK
holidays); the ISO numbers follow ISO 8601 (Monday = 1).
"""

from __future__ import annotations

import pycountry

MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
"""The twelve month names, capitalised, in calendar order."""

MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)
"""Reuters/AP month abbreviations (May has none); written with or without a trailing dot."""

MONTH_STEMS: tuple[str, ...] = tuple(name[:3] for name in MONTH_NAMES)
"""The first three letters of each month, May included: every way news writes a month
begins with one ("Jan", "Sept.", "March", "May")."""

WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
"""The seven weekday names, capitalised, Monday first (index + 1 = ISO weekday)."""

CALENDAR_NAMES: frozenset[str] = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAY_NAMES)
"""Every capitalised month or weekday word: never the start of a person's or place's name."""

MONTH_NAMES_NOT_NAMES: tuple[str, ...] = tuple(m for m in MONTH_NAMES if m != "May")
"""Month names that are never a person's name ("May" is a surname: Theresa May)."""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
"""Month names and their Reuters/AP abbreviations (the grammar allows a trailing dot)."""

AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "dec", "sep", "jun", "jul"})
"""Month words that are also common words: accepted only when capitalised."""

MODAL_MAY_VERBS = frozenset({
    "be", "have", "not", "also", "well", "become", "get", "go", "come", "take", "make", "give", "keep",
    "buy", "sell", "seek", "bid", "offer", "acquire", "merge", "join", "split", "sue", "file", "ask",
    "downgrade", "upgrade", "lower", "raise", "cut", "reduce", "boost", "increase", "lift", "ease",
    "tighten", "curb", "limit", "ban", "impose", "halt", "stop", "cease", "suspend", "resume", "delay",
    "defer", "end", "start", "extend", "expand", "withdraw", "dissolve", "omit", "revoke",
    "reclassify", "repurchase", "issue", "float", "list", "delist", "lend", "pay", "import", "export",
    "produce", "rise", "fall", "drop", "double", "top", "exceed", "miss", "reach", "win", "lose", "face",
    "need", "consider", "propose", "approve", "reject", "sign", "support", "prefer", "retaliate",
    "respond", "threaten", "prompt", "prevent", "permit", "allow", "force", "lead", "mean", "link",
    "affect", "benefit", "harm", "hurt", "hit", "jolt", "scare", "dampen", "disrupt", "trigger",
    "violate", "attract", "eliminate", "assemble", "monitor", "move", "look", "see", "lean", "speed",
    "spin", "call", "tell", "hold", "add", "rank", "run", "remain", "stay", "return", "report", "post",
    "show", "slow", "gain", "grow", "improve", "fail", "soon",
    "close", "open", "shut", "supply", "bring", "put", "set", "change", "shift", "spur", "weaken",
    "strengthen", "revise", "review", "recover", "rebound", "decline", "climb", "soar", "plunge",
    "widen", "narrow", "build", "invest", "re", "self",  # "KUWAIT MAY RE-REGISTER TANKERS", "MAY SELF-DESTRUCT"
})
"""Words after a modal "may": the verb it governs ("USDA MAY LOWER ORANGE CROP ESTIMATE",
"S/P MAY DOWNGRADE ...", "Prices May Rise"). Before one of them "May" is not the month, unless a
month cue ("since May", "by early May") or a determiner ("the May issue", "its May report")
stands before it."""

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}
"""Weekday names to ISO weekday numbers (Monday = 1)."""

WEEKDAY_LINKS: tuple[str, ...] = ("or", "and", "to", "through", "until", "till", "-", "–")
"""Words joining two weekdays into one stretch: the second counts on from the first, whatever the
tense ("we'll wait until Monday or Tuesday" in a Friday story: Tuesday is the day after that Monday;
"talks ran from Monday to Thursday")."""

SHORT_WEEKDAYS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
"""Abbreviations that need a capital and a following dot or a date to count."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

SEASON_FIRST_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""Meteorological seasons, used for intervals (winter runs into the next year)."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI",
}

CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
    "year": "Y", "decade": "E", "century": "C", "quarter": "Q", "weekend": "WE",
    "millennium": "L", "fortnight": "FN",
}
"""Unit word (singular) to ISO 8601 duration letter; S/M/H go after the "T"."""

UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
    "weeks": "week", "months": "month", "years": "year", "decades": "decade",
    "centuries": "century", "quarters": "quarter", "weekends": "weekend",
    "millennia": "millennium", "fortnights": "fortnight", "yrs": "year", "yr": "year",
    "mos": "month", "mo": "month", "mths": "month", "mth": "month", "wks": "week", "wk": "week", "hrs": "hour", "hr": "hour", "mins": "minute",
    "min": "minute", "qtr": "quarter", "qtrs": "quarter",
}

TIME_UNITS = frozenset({"second", "minute", "hour"})

MONEY_UNITS: frozenset[str] = frozenset(
    """dlr dlrs dollar dollars ct cts cent cents yen pound pounds stg sterling mark marks
    franc francs lira lire peso pesos rupee rupees euro euros yuan won rand riyal riyals
    ringgit baht rupiah""".split()
)
"""Currency words (lowercase) that news writes after a country ("U.S. Dlrs", "Japanese yen"):
the end of an amount, never part of a name (entities.spans cuts them off)."""

AMOUNT_NOUNS: frozenset[str] = frozenset({
    "volume", "volumes", "turnover", "revenue", "revenues", "output", "production", "sales",
    "trading", "income", "earnings", "spending", "average", "averages", "total", "totals",
    "intake", "allowance", "rate", "rates", "limit", "limits", "value", "values",
})
"""Nouns of an amount counted over a period. "daily" or "weekly" right before one is an
adjective of measure, not a time: "the average daily volume", "daily tariff revenue",
"a weekly spending limit" (no timex); also after "average": "average daily share turnover"."""

MULTI_QUARTER_PERIODS: tuple[str, ...] = (
    "nine months", "nine-month", "six months", "six-month", "first half", "half-year", "half year",
    "first two months", "first four months", "first five months", "first seven months",
    "first eight months", "first 10 months", "first ten months", "first 11 months", "first eleven months",
)
"""Results periods longer than a quarter and shorter than a year. A year-ago comparison in the
sentence that names one is that period's year, not a quarter: "For the nine months, net rose to
$5 million from $4 million [a year earlier]" is 1988, though the article is about the third
quarter. (TIMEX3 has no value for nine months of a year, so the year is the nearest.)"""

CURRENT_QUARTER_NAMES: tuple[str, ...] = (
    "the quarter", "this quarter", "the latest quarter", "the current quarter", "the most recent quarter",
    "the latest period", "the fiscal quarter", "the latest fiscal quarter",
)
"""Names of the quarter a results story is about, without its number. A year-ago comparison ("a
year ago", "a year earlier", "last year") in the sentence that names one is that quarter a year
earlier: "New loans were $6.6 million in the quarter, against $36 million [a year ago]" is last
year's same quarter (TBAQ: 1988-Q3 in an October 1989 story), not the year 1988."""

CURRENCY_CODES: frozenset[str] = frozenset(c.alpha_3 for c in pycountry.currencies)
"""ISO 4217 codes from pycountry ("USD", "EUR", "INR"): before an amount ("USD 7.6 billion")
a currency, never an organisation."""

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "single": 1, "dozen": 12, "half": 0, "couple": 2,
}

DECADE_NAMES: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
"""A decade written as a word, to its tens digit: "the eighties" -> 198 (of the 20th century)."""

VAGUE_COUNTS = frozenset({
    "several", "few", "a few", "some", "many", "a couple of", "couple of", "a number of",
    "numerous", "recent", "the past few", "coming", "more",
})
"""Quantities that make a duration's number unknown: "several years" -> PXY."""

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "last": -1, "final": -1,
}

SPELLED_DAYS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
"""Days of the month written as words, as wire copy writes the days below ten after a month:
"payable April One", "Record March nine", "from March one, 1988" (Reuters style)."""

FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "independence day": (7, 4),
    "halloween": (10, 31), "veterans day": (11, 11), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "bastille day": (7, 14), "may day": (5, 1), "republic day": (1, 26),
    "armistice day": (11, 11), "remembrance day": (11, 11), "guy fawkes night": (11, 5),
    "juneteenth": (6, 19),
}

NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4),
    "labor day": (9, 1, 1), "labour day": (9, 1, 1), "memorial day": (5, 1, -1),
    "martin luther king day": (1, 1, 3), "martin luther king jr. day": (1, 1, 3),
    "martin luther king jr day": (1, 1, 3), "mlk day": (1, 1, 3), "presidents' day": (2, 1, 3),
    "presidents day": (2, 1, 3), "columbus day": (10, 1, 2), "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3), "election day": (11, 2, 0),
}
"""Holiday -> (month, ISO weekday, n-th; -1 last; election day is special-cased as n=0)."""

THANKSGIVING_HOLIDAYS: dict[str, int] = {"black friday": 1, "cyber monday": 4}
"""The US shopping days counted in days from Thanksgiving Day: "Black Friday falls on Nov. 28",
"Cyber Monday sales"."""

EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1, "palm sunday": -7,
    "ash wednesday": -46, "maundy thursday": -3, "holy thursday": -3, "holy saturday": -1,
    "ascension day": 39, "pentecost": 49, "whit sunday": 49,
}
"""Offsets in days from Easter Sunday."""

HOLIDAY_NAMES: tuple[str, ...] = (*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS, *THANKSGIVING_HOLIDAYS)
"""Every holiday the tables above know, lowercase, in their order: what the dates annotator
finds as a day and the entities annotator reads as an EVENT."""

LUNISOLAR_HOLIDAYS: tuple[str, ...] = (
    "hanukkah", "chanukah", "passover", "rosh hashanah", "yom kippur", "sukkot", "purim",
    "ramadan", "eid", "eid al-fitr", "eid al-adha", "eid ul-fitr", "eid ul-adha", "diwali",
    "holi", "navratri", "vesak", "lunar new year", "chinese new year", "nowruz", "songkran",
)
"""Holidays whose Gregorian day moves from year to year with a lunar or lunisolar calendar,
lowercase: the entities annotator reads them as an EVENT ("a Hanukkah celebration" is no
ORG); the dates annotator has no table of their days."""

GENERIC_TODAY_NOUNS: frozenset[str] = frozenset({
    "world", "youth", "society", "generation", "generations", "children", "kids", "teenagers",
    "young", "students", "families", "parents", "workers", "consumers", "voters", "economy",
    "dollars", "terms", "standards", "era", "age", "culture", "technology", "politics", "media",
})
"""Nouns after "today's" that make it the present in general, not the calendar day: "in today's
world", "a cause for today's youth", "$5 million in today's dollars" (TBAQ leaves these out;
"today's vote", "today's editions" are the day)."""

PRESENT_REF_WORDS = frozenset({
    "now", "currently", "current", "right now", "these days", "nowadays", "at present",
    "the present", "presently", "the moment", "this moment", "at the moment", "today's",
})
PAST_REF_WORDS = frozenset({
    "recently", "recent", "the past", "previously", "formerly", "once", "earlier",
    "lately", "more recently", "in the past", "past", "some time ago", "a while ago",
    "years ago", "months ago", "weeks ago", "days ago", "long ago", "the old days",
    "recent years", "recent months", "recent weeks", "recent days", "past years",
    "the time", "then current",
})
FUTURE_REF_WORDS = frozenset({
    "the future", "future", "soon", "the near future", "the near term", "near term",
    "the short term", "the long term", "the coming months", "coming months", "coming weeks",
    "coming years", "the coming weeks", "the coming years", "the coming days",
    "coming days", "a later date", "later", "as soon as possible", "shortly", "someday",
    "one day", "future quarters", "coming quarters", "the years ahead", "the months ahead",
    "the weeks ahead", "the days ahead",
})

AFTER_PLAN_NOUN: frozenset[str] = frozenset({
    "for", "of", "that", "and", "or", "but", "were", "was", "are", "is", "had", "have", "has",
    "in", "at", "with", "from", "which", "would", "could", "will", "fell", "collapsed",
})
"""Words after "plans" or "plan" that make it the noun, no plan still to come: "set aside her
vacation plans for the trip", "expansion plans were shelved", "the plan of action" (but "plans
to meet", "plans a strike" are the verb and look ahead)."""

COMPARISON_MARKERS: frozenset[str] = frozenset({"from", "than", "with", "over"})
"""Words before "last" that make "last year", "last month" the point a figure is compared with, no
tense of the clause: "expected to spend more on Black Friday, up 5% from last year", "higher than
last year" (dates.tense)."""

RESULTS_NOUNS: frozenset[str] = frozenset({
    "earnings", "results", "profit", "profits", "loss", "losses", "revenue", "revenues", "sales",
    "net", "income", "figures", "numbers",
})
"""Nouns after a quarter that make it a results period: "will report fourth-quarter earnings next
Tuesday", written in January, is the quarter just ended (dates.normaliser)."""

AGREEMENT_NOUNS: frozenset[str] = frozenset({
    "accord", "accords", "agreement", "agreements", "pact", "deal", "treaty", "settlement", "truce",
})
"""Nouns after a bare month that name a deal already struck: "the December accord", "defiance of
the September agreement" speak of the last such month, not the coming one (dates.normaliser)."""
