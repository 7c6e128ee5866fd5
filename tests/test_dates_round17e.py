"""Dates in wire copy and today's news, round 17e: nouns and adjectives that look like plans.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.timexes import one_timex


def one(text: str, phrase: str, anchor: str = "2025-12-03") -> dict:
    """The item whose text is `phrase`, dated Wednesday 2025-12-03 unless told."""
    return one_timex(text, phrase, anchor)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("On Friday, she put aside her holiday plans.", "Friday", "2025-11-28"),
    ("On Friday, when the minister put aside her holiday plans for the trip, the ministry eased its warning.",
     "Friday", "2025-11-28"),
    ("On Monday, expansion plans were shelved by the board.", "Monday", "2025-12-01"),
])
def test_plans_as_a_noun_is_no_plan_still_to_come(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("On Friday, the union plans to strike.", "Friday", "2025-12-05"),
    ("The union plans a walkout on Friday.", "Friday", "2025-12-05"),
])
def test_plans_as_a_verb_still_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_plan_word_after_a_determiner_and_an_adverb_is_an_adjective() -> None:
    text = "In a hastily planned visit on Friday, the president met the families."
    assert one(text, "Friday")["value"] == "2025-11-28"
    assert one("The president will make a newly scheduled visit on Friday.", "Friday")["value"] == "2025-12-05"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The championships end on Sunday after nine days of racing.", "Sunday", "2025-12-07"),
    ("Schools in the flooded villages reopen on Monday, the council said.", "Monday", "2025-12-08"),
    ("The two sides begin formal talks on Friday in Geneva.", "Friday", "2025-12-05"),
])
def test_a_plural_subject_with_a_base_form_of_ending_or_starting_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_the_noun_end_gives_no_plan() -> None:
    assert one("The strike came to an end on Monday.", "Monday")["value"] == "2025-12-01"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The next cap on energy bills is announced in late February.", "late February", "2026-02"),
    ("Winning bidders are paid on Friday, the agency said.", "Friday", "2025-12-05"),
    ("The new assembly is sworn in on Jan. 7.", "Jan. 7", "2026-01-07"),
])
def test_a_present_passive_right_before_the_expression_is_a_timetable(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_past_passive_right_before_the_expression_stays_behind() -> None:
    assert one("The cap was announced in late November.", "late November")["value"] == "2025-11"
    assert one("It is said on Friday that he resigned.", "Friday")["value"] == "2025-11-28"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The phone maker said sales in the September quarter rose 6%.", "the September quarter", "2025-Q3"),
    ("The miner's output fell in the June quarter of 2024.", "the June quarter of 2024", "2024-Q2"),
    ("Revenue for the March quarter will be reported in May.", "the March quarter", "2026-Q1"),
])
def test_a_quarter_named_by_the_month_it_ends_in(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_month_that_ends_no_quarter_is_the_month() -> None:
    assert one("Sales in the May quarter were weak.", "May")["value"] == "2025-05"
    assert one("The October-to-December quarter was strong.", "The October-to-December quarter")["value"] == "2025-Q4"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Shoppers are expected to spend $9 billion online on Cyber Monday, up 4% from last year.", "Cyber Monday",
     "2025-12-01"),
    ("Turnout is expected to be higher than last year on Saturday, organisers said.", "Saturday", "2025-11-29"),
])
def test_last_year_as_the_point_compared_with_gives_no_tense(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, "2025-11-25")["value"] == value


def test_last_week_as_the_time_of_the_clause_still_looks_back() -> None:
    assert one("The fair opened last week and closed on Sunday.", "Sunday")["value"] == "2025-11-30"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The parliament would not rescind its March 11 declaration of independence.", "March 11", "2025-03-11"),
    ("Lawyers appealed against the Nov. 20 decision within hours.", "Nov. 20", "2025-11-20"),
    ("Investors shrugged off the Oct. 2 decline in orders.", "Oct. 2", "2025-10-02"),
])
def test_a_month_day_before_a_noun_that_begins_like_a_month(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, "2025-12-03" if not phrase.startswith("March") else "2025-03-29")["value"] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("On Monday, the envoy said she was ready to fly to Kyiv this weekend.", "this weekend", "2025-W49-WE"),
    ("The minister said he was prepared to travel to the border on Friday.", "Friday", "2025-12-05"),
])
def test_an_infinitive_before_to_a_place_still_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_to_a_place_after_a_past_verb_stays_behind() -> None:
    assert one("The envoy flew to Kyiv on Friday.", "Friday")["value"] == "2025-11-28"


def test_a_period_before_an_infinitive_is_no_period_ended() -> None:
    item = one("The union has given the company until the end of the week to respond.", "the end of the week")
    assert (item["type"], item["value"]) == ("DATE", "2025-W49")
    item = one("She has the month to decide.", "the month")
    assert item["type"] == "DATE"


def test_a_period_named_by_its_end_stays_a_stretch() -> None:
    assert one("Sales rose 2% in the week to Nov. 22.", "the week")["value"] == "P1W"
    assert one("Shares are up 10% in the year to date.", "the year")["value"] == "P1Y"


@pytest.mark.parametrize(("text", "value"), [
    ("The group's 2023 operating profit fell 12% from a year earlier.", "2022"),
    ("In 2019, exports doubled from a year earlier.", "2018"),
])
def test_a_year_earlier_counts_back_from_the_year_the_sentence_names(text: str, value: str) -> None:
    assert one(text, "a year earlier")["value"] == value


def test_a_year_earlier_without_a_named_year_counts_from_the_document_date() -> None:
    assert one("Exports rose 4% from a year earlier.", "a year earlier")["value"] == "2024"
    assert one("Net rose to $1,986 million from a year earlier.", "a year earlier")["value"] == "2024"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Traders now see a rate cut in April.", "April", "2026-04"),
    ("Analysts predict a rebound in May as stocks are rebuilt.", "May", "2026-05"),
])
def test_the_present_of_a_forecast_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_forecast_made_in_the_past_at_a_named_time_stays_behind() -> None:
    assert one("Traders saw the cut coming in October.", "October")["value"] == "2025-10"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Prices have risen since March of last year.", "March of last year", "2024-03"),
    ("The line opens in May of next year.", "May of next year", "2026-05"),
    ("The mine opened in 2011 and flooded in June of that year.", "June of that year", "2011-06"),
    ("The mine opened in 2011 and closed in May of the following year.", "May of the following year", "2012-05"),
])
def test_a_month_of_a_named_or_relative_year_is_one_date(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_month_of_that_year_with_no_year_named_is_only_the_month() -> None:
    assert one("It ended in January of that year.", "January")["type"] == "DATE"


def test_a_day_a_holiday_falls_on_lies_ahead() -> None:
    assert one("The holiday falls on Thursday.", "Thursday")["value"] == "2025-12-04"
    assert one("Sales fell on Thursday.", "Thursday")["value"] == "2025-11-27"


def test_fourth_quarter_results_reported_in_january_are_last_years() -> None:
    text = "The streamer will report fourth-quarter earnings next Tuesday."
    assert one(text, "fourth-quarter", "2026-01-14")["value"] == "2025-Q4"
    assert one(text, "fourth-quarter", "2026-06-10")["value"] == "2026-Q4"
    assert one("The company expects fourth-quarter demand to rise.", "fourth-quarter", "2026-01-14")["value"] == "2026-Q4"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The minister announced the new levy on Monday, effective Jan. 1.", "Monday", "2025-12-01"),
    ("The club confirmed the signing on Monday, starting a five-year contract.", "Monday", "2025-12-01"),
])
def test_a_phrase_with_a_date_of_its_own_after_a_comma_gives_no_verb(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_sentence_opened_by_its_day_still_reads_past_the_comma() -> None:
    assert one("On Friday, starting at noon, the union will strike.", "Friday")["value"] == "2025-12-05"


def test_about_before_a_measure_ahead_or_behind_is_part_of_it() -> None:
    assert one("Blossom is about two weeks ahead of the usual date.", "about two weeks")["value"] == "P2W"
    assert one("The line is over a year behind schedule.", "over a year")["value"] == "P1Y"
    assert one("He spent about five hours at the site.", "five hours")["value"] == "PT5H"


def test_a_past_clause_naming_last_year_reaches_a_day_later_this_month_last_year() -> None:
    text = "Last year's models went on sale on Sept. 19."
    assert one(text, "Sept. 19", "2026-09-01")["value"] == "2025-09-19"
    assert one("Last year's winner will defend her title on Sept. 19.", "Sept. 19", "2026-09-01")["value"] == "2026-09-19"
