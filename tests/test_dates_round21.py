"""Dates round 21: a quarter named by the day it ends on, and other 1987 wire classes.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor
from tests.timexes import one_timex


@pytest.mark.parametrize(("text", "phrase", "anchor", "value"), [
    ("Acme Corp said it expects a loss for the third quarter ending March 31 because of weak sales.",
     "the third quarter", "1987-03-05", "1987-Q3"),
    ("Widget Inc expects to report a profit in its second fiscal quarter ending May 31.",
     "second fiscal quarter", "1987-03-17", "1987-Q2"),
    ("The charge will be taken in the fourth quarter ending June 30, the company said.",
     "the fourth quarter", "1987-06-01", "1987-Q4"),
    ("Acme reported a loss for the fourth quarter ended January 3 of 31.9 mln dlrs.",
     "the fourth quarter", "1987-03-04", "1986-Q4"),
    ("The gain will be reflected in the fourth quarter ended July 31, 1987.",
     "the fourth quarter", "1987-06-18", "1987-Q4"),
])
def test_an_ordinal_quarter_takes_the_year_of_its_end_day(text: str, phrase: str, anchor: str, value: str) -> None:
    assert one_timex(text, phrase, anchor)["value"] == value


def test_the_quarter_ending_a_calendar_quarter_end_is_that_quarter_ahead() -> None:
    text = "Mitek said it expects to report a loss for the quarter ending June 30 because of lower sales."
    assert one_timex(text, "the quarter", "1987-03-18")["value"] == "1987-Q2"


def test_a_quarter_that_ended_just_after_the_document_date_is_last_years() -> None:
    text = "In the comparable period, the second quarter ended Oct. 31, Acme had net income of 12 mln dlrs."
    assert one_timex(text, "the second quarter", "1987-10-27")["value"] == "1986-Q2"


def test_a_year_ago_quarter_counts_from_the_quarter_as_corrected() -> None:
    text = ("Acme said it expects earnings for its fourth quarter ending March 31 to be about 23 cts a share. "
            "For the year-ago quarter, the company earned 22 cts a share.")
    assert one_timex(text, "the year-ago quarter", "1987-03-03")["value"] == "1986-Q4"


@pytest.mark.parametrize("text", [
    "ST. LOUIS, March 5 - May Department Stores Co said its sales rose 15 pct.",
    "The chain was acquired by May Co. last year.",
    "Acme said it completed the acquisition of May Energy Partners Ltd for 1.8 mln units.",
    "ACME <ACM> COMPLETES MAY <MEP> PURCHASE",
])
def test_may_opening_a_company_name_is_no_month(text: str) -> None:
    assert [d["text"] for d in find_dates(text, parse_anchor("1987-04-01")) if d["text"].lower() == "may"] == []


def test_a_company_named_whole_once_stays_the_company_without_its_legal_form() -> None:
    text = "Acme bought May Energy Partners Ltd. The deal was approved by May Energy unitholders on Tuesday."
    assert [d["text"] for d in find_dates(text, parse_anchor("1987-04-01"))] == ["Tuesday"]


@pytest.mark.parametrize(("text", "phrase"), [
    ("In May Acme Corp said it would sell the unit.", "May"),
    ("Chrysler said its May North American car output fell 12 pct.", "May"),
    ("ACME <ACM> SEES MAY MERGER WITH WIDGET <WDG>", "MAY"),
])
def test_may_before_a_name_that_is_not_its_own_stays_the_month(text: str, phrase: str) -> None:
    assert one_timex(text, phrase, "1987-04-01")["value"] == "1987-05"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("For the month of February, Acme Motors said its sales rose 6.9 pct.", "February", "1987-02"),
    ("Orders in the month of Sept 1986 were the highest on record.", "Sept 1986", "1986-09"),
])
def test_the_month_of_a_named_month_is_that_month_only(text: str, phrase: str, value: str) -> None:
    items = find_dates(text, parse_anchor("1987-03-04"))
    assert [(d["text"], d["value"]) for d in items] == [(phrase, value)]


def test_a_year_ago_after_the_month_of_a_named_month_counts_from_it() -> None:
    text = "For the month of February, sales fell two pct to 78,508 cars from 80,322 a year ago."
    assert one_timex(text, "a year ago", "1987-03-04")["value"] == "1986-02"


def test_the_month_with_no_month_named_after_it_is_still_the_month_in_view() -> None:
    text = "Sales rose 2 pct in the month of record rains, the company said."
    assert one_timex(text, "the month", "1987-03-04")["value"] == "1987-03"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("All member countries remain determined to uphold the December agreement, the minister said.",
     "December", "1986-12"),
    ("The cartel will meet in Vienna to review its December accord on prices.", "December", "1986-12"),
    ("Chipmakers still sell below cost, in defiance of the September agreement.", "September", "1986-09"),
    ("The ministers will discuss the March accord this week.", "March", "1987-03"),
])
def test_a_month_naming_an_agreement_is_the_last_such_month(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1987-03-11")["value"] == value


def test_a_month_before_an_agreement_in_another_reading_looks_ahead() -> None:
    text = "The two sides expect to sign an agreement in December, the ministry said."
    assert one_timex(text, "December", "1987-03-11")["value"] == "1987-12"


def test_the_latest_period_in_apposition_to_a_week_is_that_week() -> None:
    text = "Claims totaled 2,454,000 in the week ended March 7, the latest period for which figures are available."
    assert one_timex(text, "the latest period", "1987-03-26")["value"] == "1987-W10"


def test_the_latest_period_of_something_is_no_time() -> None:
    text = "The latest period of weakness for the dollar came late in the session."
    assert [d["text"] for d in find_dates(text, parse_anchor("1987-03-30"))] == []


def test_the_latest_period_alone_is_still_the_quarter_in_view() -> None:
    text = "Acme said net income rose 12 pct in the third quarter. Sales fell in the latest period."
    assert one_timex(text, "the latest period", "1987-11-04")["value"] == "1987-Q3"
