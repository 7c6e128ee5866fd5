"""Dates in today's news (issue 17): clock times, coordinated weekdays, weekends, adjectives.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor
from tests.timexes import one_timex


def one(text: str, phrase: str, anchor: str = "2026-01-28") -> dict:
    """The item whose text is `phrase`, dated 2026-01-28 unless told."""
    return one_timex(text, phrase, anchor)


# ------------------------------------------------------------------ bare clock times


def test_bare_clock_time_after_a_sentence_about_another_day_takes_the_document_date() -> None:
    text = "The new fares apply from Feb. 9, the operator said. Its shares fell 3% by 3:40 p.m. in Paris."
    assert one(text, "3:40 p.m.")["value"] == "2026-01-28T15:40"


def test_bare_clock_time_in_the_sentence_of_its_day_takes_that_day() -> None:
    text = "The vote was held on Jan. 22 and the result came at 9 p.m. after a recount."
    assert one(text, "9 p.m.")["value"] == "2026-01-22T21:00"


# ------------------------------------------------------------------ weekdays joined by "or", "to"


def test_second_of_two_linked_weekdays_counts_on_from_the_first() -> None:
    # Friday 2026-01-30: "until Monday" looks ahead (Feb 2), so "Tuesday" is the day after it.
    text = "We can sign it today, or we will hold off until Monday or Tuesday, the minister said."
    assert one(text, "Monday", "2026-01-30")["value"] == "2026-02-02"
    assert one(text, "Tuesday", "2026-01-30")["value"] == "2026-02-03"


def test_weekday_stretch_in_the_middle_of_the_week() -> None:
    # Wednesday 2026-01-28: the hearings run from this Monday to this Friday.
    text = "The hearings ran from Monday to Friday of this week, lawyers said."
    assert one(text, "Monday")["value"] == "2026-01-26"
    assert one(text, "Friday")["value"] == "2026-01-30"


def test_weekdays_listed_out_of_order_are_each_resolved_alone() -> None:
    # Friday 2026-01-30: both statements were made this week.
    text = "Here are the statements the lawyer made Friday and Thursday about the deal."
    assert one(text, "Friday", "2026-01-30")["value"] == "2026-01-30"
    assert one(text, "Thursday", "2026-01-30")["value"] == "2026-01-29"


# ------------------------------------------------------------------ "this weekend"


def test_this_weekend_in_a_past_clause_on_a_monday_is_the_weekend_just_past() -> None:
    # Monday 2026-01-26: the talks happened on Jan 24-25 (ISO week 4).
    text = "The two governments traded threats this weekend before a deal was struck."
    assert one(text, "this weekend", "2026-01-26")["value"] == "2026-W04-WE"


def test_this_weekend_in_a_future_clause_is_the_coming_weekend() -> None:
    text = "The two governments will meet again this weekend in Geneva."
    assert one(text, "this weekend", "2026-01-26")["value"] == "2026-W05-WE"


# ------------------------------------------------------------------ "daily" as a measure adjective


def test_daily_before_an_amount_noun_is_not_a_timex() -> None:
    text = "The port's daily container volume fell, and its average daily intake slipped; weekly sales rose."
    assert [d["text"] for d in find_dates(text, parse_anchor("2026-01-28"))] == []


def test_daily_as_an_adverb_or_before_an_event_noun_stays_a_set() -> None:
    assert one("Ferries now sail daily between the islands.", "daily")["value"] == "P1D"
    assert one("She joins the weekly briefing by phone.", "weekly")["value"] == "P1W"


# ------------------------------------------------------------------ one-word holidays


def test_holiday_before_a_clause_word_is_still_the_day() -> None:
    text = "The ferry sank last Thanksgiving following a storm, and again at Christmas when the port froze."
    assert one(text, "last Thanksgiving", "2026-02-10")["value"] == "2025-11-27"
    assert one(text, "Christmas", "2026-02-10")["value"] == "2025-12-25"


def test_holiday_before_a_common_noun_is_an_attribute() -> None:
    text = "Sales of Christmas trees and Easter chocolate were flat."
    assert [d["text"] for d in find_dates(text, parse_anchor("2026-02-10"))] == []


# ------------------------------------------------------------------ "the quarter ended ..."


def test_quarter_named_by_its_last_day_is_the_calendar_quarter_it_mostly_covers() -> None:
    text = "Profit rose in the quarter ended Sept. 30, and a retailer lost money in the quarter ended July 31."
    items = [d for d in find_dates(text, parse_anchor("2026-10-28")) if d["text"] == "the quarter"]
    assert [d["value"] for d in items] == ["2026-Q3", "2026-Q2"]


def test_quarter_ended_with_a_year_takes_that_year() -> None:
    text = "Sales fell in the quarter ended March 31, 2024, the company said."
    assert one(text, "the quarter", "2026-10-28")["value"] == "2024-Q1"


# ------------------------------------------------------------------ "back" as a place


def test_count_before_back_at_a_place_is_a_duration() -> None:
    text = "The coach, who has been barely two weeks back at the club, was upbeat."
    item = one(text, "two weeks")
    assert (item["type"], item["value"]) == ("DURATION", "P2W")


def test_count_before_back_alone_is_still_a_date_that_long_ago() -> None:
    text = "Two weeks back, the club sacked its coach."
    assert one(text, "Two weeks back")["value"] == "2026-W03"


# ------------------------------------------------------------------ "the months since ..."


def test_the_months_since_an_event_is_not_a_month() -> None:
    text = "The country has seen unrest in the months since the general resigned in March."
    assert [d["text"] for d in find_dates(text, parse_anchor("2026-06-10"))] == ["March"]


def test_the_weeks_before_an_event_is_still_marked() -> None:
    text = "Police said the van was seen nearby in the weeks before the fire on May 3."
    assert "weeks" in [d["text"] for d in find_dates(text, parse_anchor("2026-06-10"))]


# ------------------------------------------------------------------ "the first of every month"


def test_day_of_every_month_is_a_set_with_that_day() -> None:
    text = "Rent falls due on the first of every month, and the levy on the 15th of each month."
    items = find_dates(text, parse_anchor("2026-06-10"))
    assert [(d["text"], d["type"], d["value"]) for d in items] == [
        ("the first of every month", "SET", "XXXX-XX-01"),
        ("the 15th of each month", "SET", "XXXX-XX-15"),
    ]


# ------------------------------------------------------------------ a sentence that opens with the day


def test_sentence_opening_with_a_weekday_reads_the_verb_after_a_long_subject() -> None:
    # Tuesday 2026-01-27.
    ahead = "On Thursday, the National Farmers Union and its allies plan to march on parliament."
    back = "On Thursday, the National Farmers Union and its allies marched on parliament."
    assert one(ahead, "Thursday", "2026-01-27")["value"] == "2026-01-29"
    assert one(back, "Thursday", "2026-01-27")["value"] == "2026-01-22"


# ------------------------------------------------------------------ "or so"


def test_or_so_belongs_to_the_expression() -> None:
    text = "The plant will close over the next year or so, and output should recover in three months or so."
    items = find_dates(text, parse_anchor("2026-01-28"))
    assert [(d["text"], d["value"]) for d in items] == [("the next year or so", "2027"), ("three months or so", "P3M")]


def test_open_ended_year_keeps_its_tail() -> None:
    text = "The mine may not reopen until 2031 or later, and the deal covers 2027 and beyond."
    items = find_dates(text, parse_anchor("2026-01-28"))
    assert [(d["text"], d["value"]) for d in items] == [("2031 or later", "2031"), ("2027 and beyond", "2027")]


def test_just_stays_outside_a_measure_before_later() -> None:
    text = "Just over a week later, the ferry was back in service."
    item = one(text, "over a week")
    assert (item["type"], item["value"]) == ("DURATION", "P1W")


# ------------------------------------------------------------------ "the year to March"


def test_period_named_by_the_month_it_ends_in_looks_back() -> None:
    # Wednesday 2025-06-11: statistics for periods already over.
    assert one("Inflation hit 3.2% in the year to March.", "March", "2025-06-11")["value"] == "2025-03"
    assert one("Jobs grew in the three months to September.", "September", "2025-06-11")["value"] == "2024-09"


def test_extension_by_a_period_to_a_month_still_looks_ahead() -> None:
    assert one("Officials extended the pause by 90 days to July 9.", "July 9", "2025-06-11")["value"] == "2025-07-09"
    assert one("The ministry postponed the vote to March.", "March", "2025-06-11")["value"] == "2026-03"


# ------------------------------------------------------------------ "the deadline is Friday"


def test_the_deadline_looks_ahead_unless_a_past_verb_is_nearer() -> None:
    # Thursday 2025-06-12.
    assert one("The deadline is midnight on Friday.", "Friday", "2025-06-12")["value"] == "2025-06-13"
    assert one("The deadline passed on Friday without a deal.", "Friday", "2025-06-12")["value"] == "2025-06-06"
    assert one("The company missed a deadline on Friday.", "Friday", "2025-06-12")["value"] == "2025-06-06"


# ------------------------------------------------------------------ "held through Monday"


def test_past_verb_right_before_through_or_until_looks_back() -> None:
    # Wednesday 2025-11-26.
    assert one("The truce held through Monday.", "Monday", "2025-11-26")["value"] == "2025-11-24"
    assert one("The strike lasted until Friday.", "Friday", "2025-11-26")["value"] == "2025-11-21"


def test_until_after_a_passive_or_a_postponement_still_looks_ahead() -> None:
    assert one("The goods must be kept until Friday.", "Friday", "2025-11-26")["value"] == "2025-11-28"
    assert one("Officials postponed until Tuesday any action.", "Tuesday", "2025-11-26")["value"] == "2025-12-02"


# ------------------------------------------------------------------ "the past decade"


def test_the_past_decade_is_the_ten_years_to_now() -> None:
    item = one("Prices have doubled over the past decade.", "the past decade", "2025-11-26")
    assert (item["type"], item["value"]) == ("DURATION", "P10Y")
    assert one("Wages lagged in the last decade.", "the last decade", "2025-11-26")["value"] == "201"


# ------------------------------------------------------------------ "Last year in December"


def test_relative_year_just_before_a_bare_month_gives_its_year() -> None:
    # Late November: a bare "December" alone would point ahead.
    assert one("Last year in December, the rules changed.", "December", "2025-11-26")["value"] == "2024-12"
    assert one("Next year in March the plant opens.", "March", "2025-11-26")["value"] == "2026-03"


# ------------------------------------------------------------------ "2029/30"


def test_short_year_range_gives_one_date_per_year() -> None:
    text = "The grant runs until 2029/30, and the budget covers 2025-26."
    items = find_dates(text, parse_anchor("2025-11-26"))
    assert [(d["text"], d["value"]) for d in items] == [("2029", "2029"), ("30", "2030"), ("2025", "2025"), ("26", "2026")]
    assert all(text[d["start"]:d["end"]] == d["text"] for d in items)


# ------------------------------------------------------------------ a clock time and the day after it


def test_clock_time_takes_a_dated_day_written_after_it() -> None:
    assert one("Posted 11:42 AM EST, Tue March 4, 2025", "11:42 AM EST", "2025-06-12")["value"] == "2025-03-04T11:42"


def test_weekday_after_a_clock_time_is_the_clock_times_day() -> None:
    # Thursday 2025-06-12: "by" points ahead, for the clock time and its Friday alike.
    text = "Bids must arrive by 5 p.m. Eastern on Friday."
    assert one(text, "5 p.m. Eastern", "2025-06-12")["value"] == "2025-06-13T17:00"
    assert one(text, "Friday", "2025-06-12")["value"] == "2025-06-13"


# ------------------------------------------------------------------ "are set for September"


def test_present_be_before_a_plan_word_looks_ahead() -> None:
    # Tuesday 2025-05-20.
    assert one("Talks are set for September.", "September", "2025-05-20")["value"] == "2025-09"
    assert one("The vote is set for Thursday.", "Thursday", "2025-05-20")["value"] == "2025-05-22"


# ------------------------------------------------------------------ "said it would ... on Monday"


def test_would_after_a_reporting_verb_is_the_future_of_what_was_said() -> None:
    # Wednesday 1987-04-01: the minister leaves next Monday; the summit is this coming June.
    text = "Officials said the minister would leave for Tokyo on Monday to attend the talks."
    assert one(text, "Monday", "1987-04-01")["value"] == "1987-04-06"
    text = "The official said the issue would be raised at the summit in June."
    assert one(text, "June", "1987-04-01")["value"] == "1987-06"


# ------------------------------------------------------------------ "the same period last year"


def test_same_period_last_year_with_no_quarter_in_view_is_last_year() -> None:
    text = "Exports rose in the first two months of this year from the same period last year."
    assert one(text, "the same period last year", "1987-03-24")["value"] == "1986"


def test_year_ago_period_after_a_quarter_is_that_quarter_a_year_back() -> None:
    text = "Profit rose in the third quarter from the year-ago period."
    assert one(text, "the year-ago period", "1989-10-25")["value"] == "1988-Q3"


# ------------------------------------------------------------------ "by the year 2030"


def test_the_year_before_a_year_number_is_one_date() -> None:
    items = find_dates("The bloc aims to halve emissions by the year 2030.", parse_anchor("2025-06-12"))
    assert [(d["text"], d["value"]) for d in items] == [("the year 2030", "2030")]


# ------------------------------------------------------------------ "took effect on Saturday"


def test_effect_after_a_past_verb_looks_back() -> None:
    # Wednesday 2025-05-14.
    assert one("The tariffs, which took effect on Saturday, hit steel.", "Saturday", "2025-05-14")["value"] == "2025-05-10"
    assert one("The tariffs take effect on Saturday.", "Saturday", "2025-05-14")["value"] == "2025-05-17"


# ------------------------------------------------------------------ ", which ... on Friday, ..."


def test_relative_clause_takes_its_own_verb_not_the_main_clauses() -> None:
    # Wednesday 2025-05-14.
    text = "The law, which comes into force in January, was passed in October."
    assert one(text, "January", "2025-05-14")["value"] == "2026-01"
    text = "The envoy, who travels to Ottawa on Friday, met the minister."
    assert one(text, "Friday", "2025-05-14")["value"] == "2025-05-16"


# ------------------------------------------------------------------ periods of play


def test_halves_and_quarters_of_a_match_are_not_dates() -> None:
    text = ("The striker scored twice before half-time. After the break the keeper saved a penalty, "
            "and the second half belonged to the visitors.")
    assert [d["text"] for d in find_dates(text, parse_anchor("2025-06-11"))] == []


def test_half_of_a_year_in_business_copy_stays_a_date() -> None:
    text = "The retailer's profit rose in the first half, and its goal is to double sales."
    assert one(text, "the first half", "2025-09-11")["value"] == "2025-H1"


# ------------------------------------------------------------------ "over three months after"


def test_over_before_a_relation_word_means_more_than_and_stays_in() -> None:
    assert one("The ruling comes over three months after the vote.", "over three months")["value"] == "P3M"
    assert one("He quit about a week after the vote.", "about a week")["value"] == "P1W"
    assert one("The firm moved barely a month after the ban.", "a month")["value"] == "P1M"
    assert one("It was agreed over three months of talks.", "three months")["value"] == "P3M"


# ------------------------------------------------------------------ "the early morning hours"


def test_the_early_morning_hours_is_one_time_of_its_day() -> None:
    text = "The rocket lifted off in the early morning hours on March 3, 2026."
    items = find_dates(text, parse_anchor("2026-03-03"))
    assert [(d["text"], d["type"], d["value"]) for d in items] == [
        ("the early morning hours", "TIME", "2026-03-03TMO"), ("March 3, 2026", "DATE", "2026-03-03")]


# ------------------------------------------------------------------ ", analysts warned."


def test_closing_attribution_does_not_set_the_tense_of_what_was_said() -> None:
    # Wednesday 2025-11-19.
    assert one("Tariffs could rise further in January, analysts warned.", "January", "2025-11-19")["value"] == "2026-01"
    assert one("The talks collapsed on Monday, officials said.", "Monday", "2025-11-19")["value"] == "2025-11-17"


# ------------------------------------------------------------------ "the week ended February 22"


def test_week_or_month_named_by_its_last_day_is_a_stretch_like_the_year() -> None:
    text = "Arrivals for the week ended February 22 rose, as they did in the month to January 31."
    items = [d for d in find_dates(text, parse_anchor("1987-03-26")) if d["text"] in ("the week", "the month")]
    assert [(d["type"], d["value"]) for d in items] == [("DURATION", "P1W"), ("DURATION", "P1M")]


# ------------------------------------------------------------------ extents: counts, weekday dates, parts


def test_a_count_of_thousands_is_one_duration_not_the_year_two_thousand() -> None:
    text = "The monks have brewed this ale for more than two thousand years, a guide said."
    item = one(text, "more than two thousand years")
    assert (item["type"], item["value"]) == ("DURATION", "P2000Y")
    assert one("They met in the year two thousand.", "the year two thousand")["value"] == "2000"


def test_a_relative_weekday_written_with_its_date_is_one_date() -> None:
    # Wednesday 2026-03-04.
    text = "The march is this coming Sunday, March 8, and a vigil was held last Friday, Feb. 27."
    assert one(text, "this coming Sunday, March 8", "2026-03-04")["value"] == "2026-03-08"
    assert one(text, "last Friday, Feb. 27", "2026-03-04")["value"] == "2026-02-27"


def test_the_first_two_quarters_of_a_year_are_its_first_half() -> None:
    text = "Margins will stay thin through the first two quarters of 2027, the chief executive said."
    assert one(text, "the first two quarters of 2027")["value"] == "2027-H1"


def test_half_of_a_decade_is_valued_as_the_decade() -> None:
    text = "Record sales marked the last half of the '90s, and the first half of the 2010s was flat."
    assert one(text, "the last half of the '90s")["value"] == "199"
    assert one(text, "the first half of the 2010s")["value"] == "201"


def test_a_bare_plural_unit_before_of_after_after_is_a_vague_stretch() -> None:
    item = one("After weeks of talks, the two unions signed the deal.", "weeks")
    assert (item["type"], item["value"]) == ("DURATION", "PXW")
    assert one("The merger follows months of wrangling by the boards.", "months")["value"] == "PXM"
    assert find_dates("He worked after hours to finish the report.", parse_anchor("2026-01-28")) == []


def test_the_before_a_count_with_a_singular_unit_stays_out_as_before_a_hyphenated_one() -> None:
    text = "Crowds gathered for the two day rally, and the three month review began."
    assert one(text, "two day")["value"] == "P2D"
    assert one(text, "three month")["value"] == "P3M"
    assert one("The two days of talks ended in a deal.", "The two days")["value"] == "P2D"


def test_over_after_a_verb_of_lasting_means_more_than_and_stays_in() -> None:
    assert one("The inspection tour is likely to last over a week.", "over a week")["value"] == "P1W"
    assert one("Fixing the line took over an hour, the operator said.", "over an hour")["value"] == "PT1H"
    assert one("A parcel takes about a week to arrive.", "about a week")["value"] == "P1W"
    assert one("He spent about five hours in the city.", "five hours")["value"] == "PT5H"
    assert one("The plan was drawn up over three years.", "three years")["value"] == "P3Y"


# ------------------------------------------------------------------ a past verb right before the month


def test_a_past_verb_right_before_in_a_month_looks_back_even_eleven_months() -> None:
    # Document date 2026-03-04: April is one month ahead or eleven back; the verb says back.
    assert one("A 60-day truce was declared in April.", "April", "2026-03-04")["value"] == "2025-04"
    assert one("The accord was signed on April 9 in Oslo.", "April 9", "2026-03-04")["value"] == "2025-04-09"
    assert one("Talks collapsed in late April.", "late April", "2026-03-04")["value"] == "2025-04"
    assert one("The levy had been imposed in April.", "April", "2026-03-04")["value"] == "2025-04"


def test_a_passive_still_to_come_or_a_postponement_before_the_month_stays_ahead() -> None:
    assert one("The findings will be published in April.", "April", "2026-03-04")["value"] == "2026-04"
    assert one("The hearing was postponed in April.", "April", "2026-03-04")["value"] == "2026-04"
    assert one("The board has decided to sell the unit in April.", "April", "2026-03-04")["value"] == "2026-04"
    assert one("The levy will have been imposed in April.", "April", "2026-03-04")["value"] == "2026-04"


# ------------------------------------------------------------------ a holiday's week or weekend


def test_a_holiday_with_week_or_weekend_is_one_date_of_that_week_or_weekend() -> None:
    assert one("Hotels filled up over the Easter weekend.", "Easter weekend", "2026-03-04")["value"] == "2025-W16-WE"
    assert one("Parcel volumes peaked in Christmas week.", "Christmas week", "2026-03-04")["value"] == "2025-W52"
    # A Monday holiday's weekend is the one before it, a Thursday's the one after it.
    assert one("Labor Day weekend traffic was heavy.", "Labor Day weekend", "2026-03-04")["value"] == "2025-W35-WE"
    item = one("The Thanksgiving weekend drew big crowds.", "Thanksgiving weekend", "2026-03-04")
    assert item["interval"] == ["2025-11-29", "2025-11-30"]


def test_a_holiday_before_another_noun_is_still_no_date() -> None:
    assert find_dates("She mailed the Christmas cards early.", parse_anchor("2026-03-04")) == []


def test_a_holiday_week_under_way_is_this_years_even_in_a_past_clause() -> None:
    # Easter 2026 is April 5; on Monday March 30 its week has begun.
    text = "Pilgrims crowded the old town as Easter week began."
    assert one(text, "Easter week", "2026-03-30")["value"] == "2026-W14"
    assert one("Pilgrims crowded the old town at Easter.", "Easter", "2026-03-30")["value"] == "2025-04-20"


def test_a_month_and_year_with_or_later_is_one_date_as_a_year_is() -> None:
    text = "The review would come in October 2027 or later, the ministry said."
    item = one(text, "October 2027 or later", "2026-03-04")
    assert item["value"] == "2027-10"
    assert one("Delivery is planned for 2028 or later.", "2028 or later", "2026-03-04")["value"] == "2028"


def test_a_holiday_before_a_past_verb_is_the_day_not_an_attribute() -> None:
    assert one("Easter fell early that year, the bakers said.", "Easter", "2026-03-04")["value"] == "2025-04-20"
    assert one("Christmas came early for the retailers.", "Christmas", "2026-03-04")["value"] == "2025-12-25"
    assert find_dates("Easter eggs sold out in the town.", parse_anchor("2026-03-04")) == []


# ------------------------------------------------------------------ modifiers stay in the span (docs/dates.md, Spans)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Prices slid earlier this week, traders said.", "earlier this week"),
    ("The board will vote later this month.", "later this month"),
    ("Sales have doubled over the past 20 years.", "the past 20 years"),
    ("The plant reopens in early March.", "early March"),
    ("The shop first opened in the late 1980s.", "the late 1980s"),
    ("The strike lasted nearly five months.", "nearly five months"),
    ("Fans gathered outside the stadium on Friday night.", "Friday night"),
    ("The rules changed in February this year.", "February this year"),
])
def test_modifiers_that_tbaq_aquaint_leaves_out_stay_in_the_span(text: str, phrase: str) -> None:
    # TBAQ's AQUAINT part would cut each of these; its TimeBank part and the modern set keep them.
    items = find_dates(text, parse_anchor("2026-01-28"))
    assert [d["text"] for d in items] == [phrase]
