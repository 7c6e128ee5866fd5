"""The recogniser: composable patterns built from the lexicon, and the rules that use them.

A rule is a name plus one regular expression written with `{FRAGMENT}` placeholders. Fragments
are defined once (a month, a day number, a count, a unit) and reused, so the grammar reads
like a small phrase-structure grammar. Each rule's named groups are what the normaliser reads.
Rules only find candidate spans; choosing among overlapping candidates is `select()`'s job.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..lexicon import calendar as lx
from .reach_table import REACHES
from .windows import Scanner


def _alt(words, dot: bool = False) -> str:
    """An alternation of words, longest first, each optionally followed by a dot."""
    parts = sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w))  # ties in a fixed order
    body = "|".join(parts)
    return f"(?:{body})" + (r"\.?" if dot else "")


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"

F: dict[str, str] = {}
# left word boundary; "2009-[2011]" is allowed. "€" has a look-behind of its own: a class holding a
# character past U+00FF compiles to a 64K-entry bitmap, and every rule and its twin compile this.
F["B"] = r"(?<![\w$£.,/])(?<!€)(?<!(?<!\d\d\d\d)[-–])"
F["E"] = r"(?![\w%]|[.,]\d|[-–](?!\d{4}\b)\w|/\d)"  # right word boundary; "[2009]-2011" is allowed
F["MONTH"] = "(?:" + _alt([m for m in lx.MONTHS if len(m) <= 4 and m not in ("june", "july", "may")] , dot=True) + "|" + _alt([m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]) + ")"
F["WEEKDAY"] = _alt([w for w in lx.WEEKDAYS if w not in lx.SHORT_WEEKDAYS]) + "|" + _alt(lx.SHORT_WEEKDAYS) + r"\."
F["DAYNUM"] = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
F["ORDWORD"] = _alt([w for w in lx.ORDINALS if w.isalpha() and lx.ORDINALS[w] > 0])
F["DAY"] = r"(?:" + F["DAYNUM"] + "|" + F["ORDWORD"] + ")"
F["YEAR"] = r"(?:1[0-9]\d\d|20\d\d|2100)"
# A day written as a word after its month ("payable April One to holders", "Record March nine",
# "from March one, 1988"): only where the date ends there, so "in April two years ago" and "since
# May four people" keep their count.
F["SPELLED_DAY"] = (_alt(lx.SPELLED_DAYS) + r"(?=[,.;:)]|\s{0,9}$|\s\s|,?\s(?:19|20)\d\d\b|\s(?:through|until|from|at|when)\b"
                    r"|\sto\s(?!\d|" + _alt(lx.SPELLED_DAYS) + r"\b|ten\b)|\sto\s\d{1,9}[.,]\d)")
F["SPOKEN_YEAR"] = (r"(?:nineteen|twenty)[- ](?:(?:" + _TENS + r")(?:[- ](?:" + _UNITS_WORDS
                    + r"))?|" + _TEENS + r"|oh[- ](?:" + _UNITS_WORDS + r"))|(?:the year )?two thousand(?: and (?:"
                    + _UNITS_WORDS + r"|" + _TEENS + r"))?")
# "two thousand" first: a count of thousands ("more than two thousand years") before its first word
F["NUMWORD"] = (r"(?:(?:(?:" + _UNITS_WORDS + r"|a|ten)[- ])?thousand|(?:" + _TENS + r")(?:[- ](?:" + _UNITS_WORDS
                + r"))?|" + _TEENS + "|" + _UNITS_WORDS + r"|a dozen|dozen|a hundred|one hundred|hundred)")
F["NUM"] = (r"(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,20}(?:\.\d{1,20})?(?: 1/2|\s?½)?|(?:(?:a|one|three)[- ])?quarters? of an?|(?:a|one)[- ]quarter(?=[- ]century)|" + F["NUMWORD"] + r"(?:[- ]and[- ]a[- ]half)?|half an?|a|an|a couple of|a few"
            r"|a couple|couple of|few|several|some|many|numerous|a number of)")
F["UNIT"] = _alt(list(lx.UNITS) + list(lx.UNIT_PLURALS), dot=False)
F["SEASON"] = _alt(lx.SEASONS)
F["PART"] = _alt(lx.PARTS_OF_DAY)
F["REL"] = r"(?:last|next|this|past|coming|previous|prior|preceding|following|current|same|that|upcoming)"
F["QORD"] = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
F["DECADE"] = r"(?:(?:1[0-9]|20)?\d0'?s|'\d0s)"
F["DECADE_WORD"] = _alt(lx.DECADE_NAMES)  # "the eighties"
F["CLOCK"] = (r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:a\.m\.?|p\.m\.?|am|pm)(?![\w])"
              r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:GMT|UTC|EST|EDT|BST|CET|hrs|hours\s(?:GMT|local)))"
              r"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|IST)\b)|(?:[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\so'clock|(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\sin\sthe\s(?:morning|afternoon|evening)|noon|midnight|midday)")
F["TZ"] = (r"(?:\s(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|ET|PT|CT|MT|local time|(?:Eastern|Pacific)(?:\stime)?"
           r"|(?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow)\b)"
           r"(?-i:[A-Z][a-z]{2,15})(?:\s(?-i:[A-Z][a-z]{2,15}))?\s(?-i:time))\b)")  # "2:30 p.m. Tokyo time", "9 a.m. New York time"
F["HOLIDAY"] = _alt(list(lx.HOLIDAY_NAMES))
F["PRE"] = (r"(?:early|late|earlier|later|mid|(?<!the )(?<!to )end(?=-|\s(?:" + F["YEAR"] + "|" + F["MONTH"] + r")(?![\w.]{0,20}\s?\d))|the end of|the start of|the beginning of|the middle of|the rest of|the turn of)")
F["APPROX"] = (r"(?:about|around|nearly|almost|approximately|roughly|some|more than|less than|fewer than"
               r"|at least|at most|up to|over|under|just over|just under|barely|only|no more than"
               r"|no less than|well over|an additional|another|a further)")


def _p(template: str) -> re.Pattern[str]:
    return re.compile(template.format(**F), re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    """One grammar rule: `name` picks the normaliser, `pattern` finds the span."""

    name: str
    pattern: re.Pattern[str]
    priority: int = 0


_MOD = r"(?:(?P<mod>{PRE})(?:\s|-)(?:of\s)?)?"

RULES: list[Rule] = [
    # Times of day, with optional day reference: "10 p.m. EST Wednesday", "noon Thursday".
    Rule("clock", _p(r"{B}(?:(?P<around>around)\s)?(?P<clock>{CLOCK}){TZ}?(?:,?\s(?P<dayref>{WEEKDAY}|today|yesterday|tomorrow|(?P<cmonth>{MONTH})\s(?P<cday>{DAYNUM})(?:,?\s(?P<cyear>{YEAR}))?))?{E}"), 3),
    # "Friday 10 p.m.": one TIME; "Sunday at 5 p.m." is a DATE and a TIME (a joining word keeps them two).
    Rule("clock_after_day", _p(r"{B}(?P<dayref>{WEEKDAY}|today|yesterday|tomorrow),?\s(?P<clock>{CLOCK}){TZ}?{E}"), 3),
    # Full dates.
    Rule("iso", _p(r"{B}(?P<year>{YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mi>\d\d))?{E}"), 5),
    # "11/27/2025", "27/11/2025" (day first when the first number cannot be a month).
    Rule("numeric", _p(r"{B}(?P<n1>[0-3]?\d)/(?P<n2>[0-3]?\d)/(?P<year>(?:19|20)?\d\d){E}"), 4),
    # "03.11.2024": European dotted dates are day first.
    Rule("dotted", _p(r"{B}(?P<n1>[0-3]?\d)\.(?P<n2>[01]?\d)\.(?P<year>(?:19|20)\d\d){E}"), 4),
    Rule("month_day", _p(r"{B}(?:(?:(?P<wrel>this coming|this past|last|next)\s)?(?P<wday>{WEEKDAY}),?\s)?(?:(?P<mrel>this|next|last)\s)?(?P<month>{MONTH})\s(?P<day>{DAY}|{SPELLED_DAY})(?:\s?[-–]\s?(?P<day2>{DAYNUM})(?!\s(?:qtr|quarter|half|mths|months)\b)|\s(?:and|or|to|through|until)\s(?P<day3>{DAYNUM})|[-–](?P<month4>{MONTH})\s(?P<day4>{DAYNUM}))?(?!\s?{MONTH}\b)(?:,?\s(?P<year>{YEAR})|\s(?P<relyear>this|last|next)\syear|\sof\s(?P<ofyear>that|the same|the following|the previous)\syear)?{E}"), 4),
    Rule("day_month", _p(r"{B}(?:(?P<wday>{WEEKDAY}),?\s)?(?:the\s)?(?P<day>{DAY})(?:\s?(?:-|–|to)\s?(?P<day2>{DAYNUM}))?\s(?:of\s)?(?P<month>{MONTH})(?:,?\s(?P<year>{YEAR}))?{E}"), 4),
    Rule("month_year", _p(r"{B}" + _MOD + r"(?P<month>{MONTH}),?\s(?:of\s)?(?P<year>{YEAR}|{SPOKEN_YEAR}|'\d\d)(?P<open>\sor\s(?:later|earlier|sooner))?{E}"), 4),
    # "March last year", "March of last year", "January of that year" (the year the text last named)
    Rule("month_rel_year", _p(r"{B}" + _MOD + r"(?P<month>{MONTH})\s(?:(?P<rel>this|last|next)|of\s(?P<rel2>this|last|next|that|the same|the following|the previous))\syear{E}"), 4),
    Rule("month_range", _p(r"{B}(?P<month>{MONTH})\s?[-–]\s?(?P<month2>{MONTH})(?:,?\s(?P<year>{YEAR}))?{E}"), 4),
    Rule("month", _p(r"{B}(?:(?P<rel>last|next|this|this past|this coming)\s)?" + _MOD + r"(?P<month>{MONTH}){E}"), 1),
    # Years, decades, centuries.
    Rule("year", _p(r"{B}(?:(?P<theyear>the\syear)\s(?=\d))?(?:(?P<the>the)\s)?(?:(?P<fiscal>fiscal|calendar|financial|model|school|tax)(?:\s(?:year\s)?|-))?" + _MOD + r"(?:(?P<year>{YEAR})|(?P<spoken>{SPOKEN_YEAR})|(?P<fy>FY|F)(?P<fy2>\d\d(?:\d\d)?))(?P<open>\sor\s(?:later|earlier|sooner)|\sand\sbeyond)?{E}"), 2),
    Rule("year_range", _p(r"{B}(?P<year>{YEAR})(?:-|–|/)(?P<year2>\d\d)(?!\d)(?!-){E}"), 3),
    Rule("decade", _p(r"{B}(?:(?P<the>the)\s)?" + _MOD + r"(?P<decade>{DECADE}|(?:nineteen-?)?{DECADE_WORD}){E}"), 3),
    Rule("century", _p(r"{B}(?:(?P<the>the)\s)?" + _MOD + r"(?P<cent>\d\d?(?:st|nd|rd|th)|{ORDWORD}|twenty-first)[- ]century{E}"), 3),
    # Quarters and halves, fiscal and Reuters style.
    Rule("quarter", _p(r"{B}(?:(?P<qpart>the\s(?:end|start|beginning|middle|rest)\sof)\s)?(?:(?P<det>the|this|last|next|that|a|its|their)\s)?(?:(?P<yr>{YEAR})(?:'s)?\s|(?P<relyr>this|last|next) year's\s)?(?:(?P<adj>latest|current|previous|past|year-earlier|year-ago|comparable|same|flat|fiscal|calendar|strong|weak|disappointing|slow|sluggish|weaker|stronger|record|usual|normal|difficult|tough|traditionally slow|seasonally slow|seasonally weak)\s)?(?:(?P<adj2>fiscal|calendar)[\s-])?(?P<qord>{QORD})[- ](?:(?P<qcount>two|three|2|3)\s(?=quarters))?(?:fiscal[- ])?(?P<qunit>quarter|qtr|quarters|half)(?:\s(?:of\s)?(?:(?:fiscal|calendar)\s)?(?:(?P<qyr>{YEAR})|(?P<qrel>this|last|next|the) year)|\sof\s(?:the\s)?(?P<qdec>{DECADE})|\sof\sthe\s(?P<qdecw>decade))?{E}"), 4),
    # "the October-to-December quarter", "the July-September period", the wire's "the January/March
    # quarter": a calendar quarter by its months.
    # "the December quarter" (Apple's, an Australian miner's): the quarter that month ends.
    Rule("month_quarter", _p(r"{B}(?:the\s)?(?P<month>{MONTH})(?:(?:[-–]to[-–]|[-–/]|\sto\s)(?P<month2>{MONTH}))?\s(?P<qunit>quarter|period)(?:\s(?:of\s)?(?P<year>{YEAR}))?{E}"), 5),
    Rule("qcode", _p(r"{B}(?P<qn>Q[1-4]|[1-4]Q|H[12])(?:\s?(?P<qyr>{YEAR}|'?\d\d))?{E}"), 3),
    Rule("rel_quarter", _p(r"{B}(?:(?P<det>the|this|last|next|that|a)\s|(?P<relyr>last|this|next) year's\s)(?:(?P<pyr>{YEAR})\s)?(?:(?P<adj>latest|current|previous|preceding|prior|past|recent|most recent|year-earlier|year-ago|year\searlier|year\sago|comparable|same|corresponding|comparable year-ago|comparable year-earlier|year-before|prior-year|first|fiscal)\s)?(?P<qunit>quarter|period|qtr)(?:\s(?P<tail>a year (?:ago|earlier)|last year|of last year|of (?P<qyr>{YEAR})))?{E}"), 2),
    Rule("year_ago_attr", _p(r"{B}(?:(?P<since>since)\s)?(?P<word>mid-?year|mid-?month|year-(?:earlier|ago|before)|prior-year|year-end|yearend|year end|year's end|month-end|month end|year-to-date|year-on-year){E}"), 2),
    # Seasons: "last fall", "the summer of 1994", "this past spring", "by the end of (the) summer".
    Rule("season", _p(r"{B}(?:(?P<spart>the\s(?:end|start|beginning|middle|rest)\sof)\s)?(?:(?P<det>the|this|last|next|this past|this coming|that|(?:the\s)?(?:early|late|mid|mid-))\s?)?(?P<season>{SEASON})(?:\s(?:of\s)?(?:(?P<year>{YEAR})|(?P<spoken>{SPOKEN_YEAR})))?{E}"), 1),
    # Holidays.
    Rule("holiday", _p(r"{B}(?:(?P<rel>last|next|this)\s)?(?P<hol>{HOLIDAY})(?:\s(?P<holweek>week|weekend))?(?:\s(?P<year>{YEAR}))?{E}"), 2),
    # "the same month last year", "the same month a year earlier", "the same month of 1985": the
    # month the text is about, a year back (one TIMEX3, as "the same period last year").
    Rule("same_month", _p(r"{B}the\s(?:same|corresponding|comparable)\s(?P<unit>month)\s(?:last\syear|a\syear\s(?:ago|earlier|before)|the\s(?:previous|prior|preceding)\syear|the\syear\s(?:before|earlier)|of\s(?P<year>{YEAR})){E}"), 4),
    # "down from $450 million the year before", "from 3% the month before": the unit before the one
    # the text is about; not "the day before the vote", nor the wire's "the year earlier period".
    Rule("unit_before", _p(r"{B}the\s(?P<unit>year|month|week|day)\s(?P<dir>before|earlier)(?=\s{{0,3}}(?:[,.;:!?)'\"”’]|$)|\s(?:and|but|or|while|when|as|because|according|largely|mainly|partly|due|after|against|compared|versus|vs)\b)"), 3),
    # Relative units: "last week", "next month", "the past year", "this week", "the weekend".
    Rule("rel_unit", _p(r"{B}" + _MOD + r"(?:(?P<the>the)\s)?(?P<rel>{REL}|(?:this|the)\spast|this\scoming|the\scoming|the\sfollowing|the\sprevious|the\sprior|the\spreceding|the\snext|the\slast|the\scurrent|the\ssame|the\snew|the\sfull|the\sentire|the\swhole|the\slatest|that\ssame)?\s?(?:(?P<fiscal>fiscal|financial|calendar|model|school|tax)\s)?(?P<unit>year|month|week|weekend|week-end|day|decade|century|fortnight)(?!-)(?:\sor\sso)?{E}"), 1),
    Rule("yesterday", _p(r"{B}(?:(?P<mod>early|late|earlier|later)\s)?(?P<word>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|overnight)(?:\s(?P<part>morning|afternoon|evening|night))?{E}"), 3),
    # "Friday next week", "Tuesday last week", "Thursday this week": the weekday in that week.
    Rule("weekday_week", _p(r"{B}(?P<wday>{WEEKDAY})\s(?P<wrel>next|last|this)\sweek{E}"), 3),
    # "a week today", "a fortnight tomorrow", "two weeks today": the day that many weeks on (British).
    Rule("week_today", _p(r"{B}(?P<num>a|one|two|three)\s(?P<unit>weeks?|fortnight)\s(?P<word>today|tomorrow){E}"), 3),
    Rule("part_of_day", _p(r"{B}(?:(?P<the_hours>the)\s(?=(?:early|late)\s(?:morning|evening|night)\shours))?(?:(?P<mod>early|late|later|earlier)\s)?(?:(?P<rel>this|that|last|the|tomorrow|yesterday|the next|the following|the previous)\s)?(?P<part>morning|afternoon|evening|night)(?(the_hours)\shours){E}"), 2),
    Rule("mid_part", _p(r"{B}(?P<part>mid[- ]?(?:morning|afternoon|day|evening))(?:\s(?P<word>yesterday|today))?{E}"), 2),
    # Weekdays: "Thursday", "last Friday", "Wednesday night", "the previous Friday".
    Rule("weekday", _p(r"{B}(?:(?P<rel>last|next|this|this past|this coming|the previous|the following|the next|coming|past|early|late|earlier|later)\s)?(?P<wday>{WEEKDAY})(?P<plural>s)?(?:\s(?P<part>morning|afternoon|evening|night|nights|mornings))?{E}"), 2),
    # "N units ago", "a week earlier", "two years from now"; "ago" also before a clause ("Two years
    # ago the company ..."), the other words not ("a week earlier the talks" may be a preposition's).
    Rule("ago", _p(r"{B}(?:(?P<approx>{APPROX})\s)?(?P<num>{NUM})\s(?P<unit>{UNIT})(?P<half>\sand\sa\shalf)?\s(?:or so\s)?(?P<dir>ago|from now|(?:earlier|later|hence|back|before(?=\s{{0,20}}(?:[,.;:)\x22'’]|$|and\b|but\b)))(?!\s(?:the|a|an|this|that|he|she|they|it|we|i)\b)){E}"), 3),
    # Durations: "two years", "the past two months", "a 10-year", "five-hour", "more than four hours".
    Rule("duration", _p(r"{B}(?:(?P<each>each of)\s)?(?:(?P<the>the)\s)?(?:(?P<span>first|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bcan\s)(?<!\bmust\s)(?<!\bnot\s)last|past|next|previous|following|coming|final|recent|initial|remaining|latest)\s)?(?:(?P<approx>{APPROX})\s)?(?P<num>{NUM})(?:\s(?:to|or)\s(?P<num2>\d{{1,20}}|{NUMWORD})|-(?P<num2d>\d{{1,20}}))?(?:\s|-)(?:(?P<more>more|additional|full|straight|consecutive|successive|previous|prior|long|trading|business|working|calendar|fiscal|school)\s)?(?P<unit>{UNIT})(?P<half>\sand\sa\shalf)?(?:-long)?(?![- ]old\b)(?:\sor\sso)?{E}"), 2),
    Rule("unit_long", _p(r"{B}(?P<unit>year|month|week|day|hour|decade|decades|years|months|weeks|days|hours|century|centuries)-long{E}"), 2),
    Rule("bare_units", _p(r"{B}(?:(?P<the>the)\s)?(?:(?P<span>past|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bcan\s)(?<!\bmust\s)(?<!\bnot\s)last|next|coming|recent|first|early|previous)\s)?(?P<vague>several|few|many)?\s?(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?:\sor\s(?P<unit2>years|months|weeks|days|decades))?{E}"), 0),
    # Sets: "every Monday", "each year", "daily", "twice a week".
    Rule("set", _p(r"{B}(?:(?P<q>every|each)\s(?:(?P<other>other|single)\s|(?P<snum>\d{{1,20}}|{NUMWORD})\s)?(?P<what>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|(?:morning|afternoon|evening|night))|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|biweekly|semiannually|semi-annually))(?P<E>){E}"), 3),
    # "the first of every month", "the 15th of each month": a day of the month, every month.
    Rule("day_of_every", _p(r"{B}(?:the\s)?(?P<day>{DAY})(?:\sday)?\sof\s(?:every|each)\smonth{E}"), 4),
    # "£425 per year", "40p per day": "per" with a calendar unit is always a rate.
    Rule("per_unit", _p(r"{B}per\s(?P<unit>year|month|week|day|hour|minute|quarter|annum){E}"), 3),
    Rule("per_unit", _p(r"(?:(?<=\bonce\s)|(?<=\btwice\s)|(?<=\btimes\s))(?:a|per|an|every)\s(?P<unit>year|month|week|day|hour|minute|quarter){E}"), 3),
    # Fuzzy references.
    # "will soon begin": "soon" before a verb.
    Rule("ref_attr", _p(r"{B}(?P<ref>soon)(?=\s{{1,20}}(?P<next>[a-z]{{1,40}}))"), 0),
    # "in the weeks before the shooting": TimeML marks the unit word alone. Not "the months since
    # Yoon declared ...": a stretch from an event up to now, no month of its own (unlabelled).
    Rule("unit_around", _p(r"(?<=\bthe\s)(?P<unit>days|weeks|months)(?=\s{{1,20}}(?:before|after|following|preceding|leading up to)\b)"), 0),
    # "hours after the bombing", "just months ago": a vague count of units before a relation word.
    Rule("bare_rel", _p(r"{B}(?P<unit>days|weeks|months|hours|years|minutes|decades|centuries)(?=\s{{1,20}}(?:before|after|later|earlier|ago)\b)"), 0),
    # "the week of March 6": the ISO week of that day.
    Rule("week_of", _p(r"{B}the\s(?P<unit>week|weekend)\sof\s(?P<month>{MONTH})\s(?P<day>{DAYNUM})(?:,?\s(?P<year>{YEAR}))?{E}"), 5),
    # "the second week of June", "the first day of 2027", "the last week of the month".
    Rule("nth_of", _p(r"{B}(?:(?P<the>the)\s)?(?P<ord>{ORDWORD}|last|final)\s(?P<unit>week|day|month)\sof\s(?:(?P<month>{MONTH})(?:,?\s(?P<year>{YEAR}))?|(?P<yearonly>{YEAR})|(?P<rel>this|next|last|the)\s(?P<relunit>month|year)){E}"), 4),
    # "the first Monday in October", "the last Thursday of November 2026": a weekday counted in a month.
    Rule("nth_weekday", _p(r"{B}(?:(?P<the>the)\s)?(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th)\s(?P<wday>{WEEKDAY})\s(?:in|of)\s(?P<month>{MONTH})(?:,?\s(?P<year>{YEAR}))?{E}"), 4),
    # "for some time", "for a while": a stretch of unknown length.
    Rule("vague_span", _p(r"(?<=\bfor\s)(?P<span>(?:quite\s)?some time|(?:quite\s)?a(?: long)? while){E}"), 1),
    # "the second day of a strike": a day counted from an event's start.
    Rule("ord_day", _p(r"{B}(?P<the>the)\s(?P<ord>{ORDWORD})\sday(?=\s{{1,20}}of\s)"), 1),
    Rule("ref", _p(r"{B}(?P<ref>right now|now|currently|these days|nowadays|at present|presently|recently|more recently|the past|the future|the near future|the near term|the short term|the long term|the coming (?:days|weeks|months|years|quarters)|(?:coming|future) (?:days|weeks|months|years|quarters)|the years ahead|the months ahead|the weeks ahead|recent (?:days|weeks|months|years|quarters)(?: (?:and|or) (?:days|weeks|months|years))?|a later date|as soon as possible|lately|(?<!that\s)(?<!not\s)(?<!so\s)(?:a\s)?long time ago|(?<!that\s)(?<!not\s)(?<!so\s)long ago|some day|someday|the present){E}"), 1),
]
"""All rules. Priority breaks ties between equally long overlapping candidates."""


@dataclass
class Candidate:
    """A span a rule matched; `groups` are its named groups (None when absent)."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str | None]
    group_spans: dict[str, tuple[int, int]]


SCANNER = Scanner([(rule.name, rule.pattern) for rule in RULES], REACHES)
"""Runs each rule only near its trigger words (`windows.py`), as far as `reach_table.py` says."""


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every rule (overlaps included), rule by rule, each left to right."""
    out: list[Candidate] = []
    for i, m in SCANNER.scan(text):
        if m.end() <= m.start():
            continue
        groups = m.groupdict()
        spans = {k: m.span(k) for k, v in groups.items() if v is not None}
        out.append(Candidate(m.start(), m.end(), RULES[i], groups, spans))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then higher priority, then leftmost.

    The chosen spans are disjoint, so their starts and ends sort together and one bisection finds
    the only chosen span that could overlap a candidate: O(n log n), whatever the text.
    """
    chosen: list[Candidate] = []
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start)):
        i = bisect.bisect_left(starts, c.end) - 1  # the last chosen span starting before c ends
        if i >= 0 and ends[i] > c.start:
            continue
        chosen.append(c)
        starts.insert(i + 1, c.start)
        ends.insert(i + 1, c.end)
    return sorted(chosen, key=lambda c: c.start)
