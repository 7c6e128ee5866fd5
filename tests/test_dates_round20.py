"""Dates round 20: "a year earlier" after a month named in the sentence is that month a year before.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor
from tests.timexes import one_timex


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Car exports rose 4.2 pct in February from a year earlier.", "a year earlier", "1986-02"),
    ("Retail sales in January were 3.1 pct higher than a year ago.", "a year ago", "1986-01"),
    ("February bankruptcies fell 12 pct from a year earlier, the agency said.", "a year earlier", "1986-02"),
    ("Money supply rose to 4.9 billion dlrs in December 1986 from 4.5 billion a year earlier.",
     "a year earlier", "1985-12"),
])
def test_a_year_back_from_the_month_of_the_figures(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1987-03-12")["value"] == value


def test_the_first_month_of_the_sentence_is_the_one_its_figures_are_about() -> None:
    text = "The index stood at 101.2 in January, down from 101.5 in December and 99.8 a year earlier."
    assert one_timex(text, "a year earlier", "1987-03-12")["value"] == "1986-01"


def test_a_month_named_only_for_comparison_is_not_the_month_in_view() -> None:
    text = "Reserves fell to 8.4 billion dlrs, compared with 8.6 billion in December and 9.9 billion a year ago."
    assert one_timex(text, "a year ago", "1987-03-12")["value"] == "1986"


def test_a_year_named_in_the_sentence_keeps_the_year() -> None:
    text = "It said in November that output would fall this year, down from 8.8 mln tonnes a year ago."
    assert one_timex(text, "a year ago", "1987-03-12")["value"] == "1986"


def test_the_month_does_not_reach_into_the_next_sentence() -> None:
    text = "Imports rose in February. Exports were 2.1 billion dlrs, up from 1.9 billion a year earlier."
    assert one_timex(text, "a year earlier", "1987-03-12")["value"] == "1986"


def test_a_year_back_value_is_not_the_month_later_anaphora_count_from() -> None:
    text = "Output rose 2.1 pct in February from a year earlier and 0.4 pct from a month earlier."
    items = {d["text"]: d["value"] for d in find_dates(text, parse_anchor("1987-03-12"))}
    assert items["a year earlier"] == "1986-02"
    assert items["a month earlier"] == "1987-01"


def test_a_quarter_in_view_still_wins_over_a_month_for_a_year_back() -> None:
    text = "The company said in October that third-quarter profit rose 8 pct from a year earlier."
    assert one_timex(text, "a year earlier", "1987-11-04")["value"] == "1986-Q3"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Qtly div 12 cts vs 12 cts prior     Pay April 30     Record April Three", "April Three", "1987-04-03"),
    ("The dividend is payable May one to holders of record April 10.", "May one", "1987-05-01"),
    ("The notes are convertible from March one, 1988, to September one, 1989.", "September one, 1989", "1989-09-01"),
    ("It extended the expiry of the warrants to June Eight from May 20.", "June Eight", "1987-06-08"),
    ("The fund has paid dividends since November three, 1986, when it opened.", "November three, 1986", "1986-11-03"),
])
def test_a_day_written_as_a_word_after_its_month(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1987-03-17")["value"] == value


@pytest.mark.parametrize(("text", "month"), [
    ("The plant closed in April two years ago.", "April"),
    ("Since May four people have joined the board.", "May"),
    ("Prices rose in March two to three pct.", "March"),
    ("In June one of the directors resigned.", "June"),
])
def test_a_count_after_a_month_is_no_day(text: str, month: str) -> None:
    texts = [d["text"] for d in find_dates(text, parse_anchor("1987-03-17"))]
    assert month in texts
    assert not any(t.startswith(month + " ") for t in texts)


@pytest.mark.parametrize("text", [
    "TRADERS SAY USDA MAY LOWER ORANGE CROP ESTIMATE",
    "MOODY'S MAY DOWNGRADE UTILITY DEBT",
    "Steel Prices May Rise Again",
])
def test_a_headline_modal_may_is_no_month(text: str) -> None:
    assert not [d for d in find_dates(text, parse_anchor("1987-03-09")) if d["text"].lower() == "may"]


@pytest.mark.parametrize(("text", "phrase"), [
    ("JAPAN MAY MONEY SUPPLY UP 10.2 PCT", "MAY"),
    ("CAR EXPORTS FALL IN MAY", "MAY"),
    ("Wheat was quoted at 28 cents over May bid, no offers.", "May"),
    ("The institute closed May export registrations on Monday.", "May"),
    ("The magazine said its May issue sold out.", "May"),
])
def test_may_before_a_noun_or_after_a_cue_is_the_month(text: str, phrase: str) -> None:
    assert one_timex(text, phrase, "1987-06-09")["value"] == "1987-05"


@pytest.mark.parametrize(("text", "value"), [
    ("The group earlier reported a loss for fiscal 1986 ended January 31, against a year-earlier profit.", "1985"),
    ("It said 1986 net income fell to 101.9 mln dlrs from year-ago 199.0 mln dlrs.", "1985"),
    ("February's retail sales were 4.4 pct above the year-ago level.", "1986-02"),
    ("Crude output in February declined 9.8 pct from year-ago levels.", "1986-02"),
])
def test_a_year_ago_attribute_counts_from_the_year_or_month_of_the_sentence(text: str, value: str) -> None:
    found = [d for d in find_dates(text, parse_anchor("1987-03-25")) if d["text"] in ("year-earlier", "year-ago")]
    assert [d["value"] for d in found] == [value]


def test_a_quarter_in_the_sentence_still_wins_for_a_year_ago_attribute() -> None:
    text = "The company said in October that third-quarter net was 5 mln dlrs against a year-earlier loss."
    assert one_timex(text, "year-earlier", "1987-11-04")["value"] == "1986-Q3"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The dairy expects profits for the fourth quarter ending May 30 to exceed those of a year ago.", "May 30", "1987-05-30"),
    ("Beef output for the first seven months of fiscal 1986/87 ending June 30 rose 12 pct.", "June 30", "1987-06-30"),
    ("The sale closed, with 140,000 dlrs of the gain being booked in the year ending September 30.", "September 30", "1987-09-30"),
    ("It plans to hold spending in fiscal 1988, ending January 31, to 96 mln dlrs.", "January 31", "1988-01-31"),
    ("The deficit may overshoot the target for fiscal 1986 ending March 31.", "March 31", "1987-03-31"),
    ("Distillate stocks fell in the week ending March 13, traders said.", "March 13", "1987-03-13"),
    ("Net income rose 5 pct in the quarter ending December 31.", "December 31", "1986-12-31"),
    ("SANTOS LTD YEAR ENDING DEC 31", "DEC 31", "1986-12-31"),
])
def test_the_day_a_period_ends_on(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1987-03-16")["value"] == value


@pytest.mark.parametrize("text", [
    "Profits rose 44 pct during October to December from 142 mln dlrs a year earlier.",
    "Thailand exported 1.2 mln tonnes of rice in January/March, down from 1.3 mln a year ago.",
])
def test_a_span_of_months_is_no_month_for_a_year_back(text: str) -> None:
    found = [d for d in find_dates(text, parse_anchor("1987-04-07")) if d["text"] in ("a year earlier", "a year ago")]
    assert len(found) == 1 and len(found[0]["value"]) != 7
