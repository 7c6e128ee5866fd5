"""Dates in wire copy and today's news, round 17f: extents and the cues of other expressions.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor
from tests.timexes import one_timex


def one(text: str, phrase: str, anchor: str = "2025-12-03") -> dict:
    """The item whose text is `phrase`, dated Wednesday 2025-12-03 unless told."""
    return one_timex(text, phrase, anchor)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The fund lowered its forecast for next year to 2.1% on Tuesday.", "Tuesday", "2025-12-02"),
    ("The bank lifted its outlook for next week's auction on Monday.", "Monday", "2025-12-01"),
    ("Officials trimmed the budget for next June on Friday.", "Friday", "2025-11-28"),
])
def test_next_inside_another_expression_says_nothing_of_the_tense(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_next_before_a_noun_still_looks_ahead() -> None:
    assert one("The next review is on Friday.", "Friday")["value"] == "2025-12-05"


@pytest.mark.parametrize("text", [
    "Rebels seized the town in the early hours of Tuesday.",
    "The fire broke out in the early hours of Sunday morning.",
])
def test_the_early_hours_of_a_day_is_no_duration(text: str) -> None:
    found = [d["text"] for d in find_dates(text, parse_anchor("2025-12-03"))]
    assert found == [text.split(" of ")[1].rstrip(".")]


@pytest.mark.parametrize(("text", "phrase"), [
    ("The ceremony lasted just over an hour.", "over an hour"),
    ("The repairs took just over a week.", "over a week"),
    ("They spent just over a week in Rome.", "a week"),
])
def test_just_over_after_a_verb_of_lasting_keeps_over(text: str, phrase: str) -> None:
    assert one(text, phrase)["type"] == "DURATION"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Ferries will return to the old northern harbour route on Monday, port manager Anna Berg said on Tuesday,"
     " ending a week of closures.", "Monday", "2025-12-08"),
    ("Trams will run through the whole of the city centre on Friday, mayor Tom Hale said, leaving the buses idle.",
     "Friday", "2025-12-05"),
])
def test_an_attribution_before_a_participle_is_not_the_expressions_verb(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The airport said Saturday would be the busiest day of the year.", "Saturday", "2025-12-06"),
    ("Officials announced Friday will be a day of mourning.", "Friday", "2025-12-05"),
])
def test_a_weekday_after_said_as_the_subject_of_a_modal_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_weekday_after_said_before_its_own_subject_is_the_saying() -> None:
    assert one("The airport said Monday it would add flights.", "Monday")["value"] == "2025-12-01"


@pytest.mark.parametrize(("text", "value"), [
    ("Unemployment fell to 4.1% in October from 4.3% a month earlier.", "2025-09"),
    ("Exports rose 3% in September, after falling 1% a month earlier.", "2025-08"),
])
def test_a_month_earlier_counts_back_from_the_month_named_in_the_sentence(text: str, value: str) -> None:
    assert one(text, "a month earlier")["value"] == value


def test_a_month_earlier_without_a_month_counts_from_the_document_date() -> None:
    assert one("Unemployment fell to 4.1% from 4.3% a month earlier.", "a month earlier")["value"] == "2025-11"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The polls will stay open from 8am to 9pm on Thursday.", "8am", "2025-12-04T08:00"),
    ("The bridge will close from 9 a.m. until 1 p.m. on Dec. 6.", "9 a.m.", "2025-12-06T09:00"),
])
def test_a_clock_time_opening_a_range_takes_the_day_after_the_range(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The ministry must reply no later than Friday.", "Friday", "2025-12-05"),
    ("Ballots have to be returned not later than Monday, officials said.", "Monday", "2025-12-08"),
])
def test_no_later_than_is_a_deadline_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


@pytest.mark.parametrize(("text", "anchor", "value"), [
    ("Profit for the October-December quarter rose 8% from a year earlier.", "2026-02-10", "2024-Q4"),
    ("Revenue in the fourth quarter fell 3% from a year earlier.", "2026-01-28", "2024-Q4"),
])
def test_a_year_earlier_after_last_years_closing_quarter_is_that_quarter_a_year_back(
        text: str, anchor: str, value: str) -> None:
    assert one(text, "a year earlier", anchor)["value"] == value
