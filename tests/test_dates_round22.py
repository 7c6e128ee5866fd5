"""Dates round 22: weeks counted from the week a report names, units "before", and other wire classes.

Every sentence here is written for the test; none comes from an evaluation set or the corpus.
"""

from __future__ import annotations

import pytest

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor
from tests.timexes import one_timex


def _pairs(text: str, anchor: str) -> list[tuple[str, str]]:
    return [(d["text"], d["value"]) for d in find_dates(text, parse_anchor(anchor))]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # a week named by its end day (Saturday 1987-02-28 is in 1987-W09), read a week later
    ("Barge loadings rose to 9,120 cars in the week ended February 28 from 8,904 in the prior week.",
     "the prior week", "1987-W08"),
    ("Stocks fell to 40.1 mln bushels in the week ended Feb 28, against 41.5 mln the previous week.",
     "the previous week", "1987-W08"),
    ("Acme's index rose sharply last Friday from the preceding week, analysts said.",
     "the preceding week", "1987-W08"),
    ("Reserves rose to 2.1 billion dlrs last week from 1.6 billion dlrs the previous week.",
     "the previous week", "1987-W08"),
])
def test_the_previous_week_counts_from_the_week_the_report_names(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1987-03-05")["value"] == value


def test_the_previous_week_with_no_week_named_is_the_week_before_the_document_date() -> None:
    text = "Exporters sold 51,000 tonnes against 48,000 tonnes the previous week."
    assert one_timex(text, "the previous week", "1987-03-05")["value"] == "1987-W09"


def test_a_bare_week_after_a_week_ended_is_that_week() -> None:
    text = ("Soybean shipments were 310,000 tonnes in the week ended February 28. "
            "Corn shipments in the prior week were 120,000 tonnes. No wheat was shipped during the week.")
    items = _pairs(text, "1987-03-05")
    assert ("the prior week", "1987-W08") in items
    assert items[-1] == ("the week", "1987-W09")


def test_a_bare_week_with_no_week_ended_before_it_keeps_the_general_reading() -> None:
    assert one_timex("For the week, the index lost 2.1 pct.", "the week", "1987-03-05")["value"] == "1987-WXX"


def test_a_week_earlier_counts_from_the_day_the_sentence_names() -> None:
    text = "The balance in port stood at 64,000 tonnes on February 28 compared with 12,000 a week earlier."
    assert one_timex(text, "a week earlier", "1987-03-10")["value"] == "1987-W08"


def test_a_week_ago_still_counts_from_the_document_date() -> None:
    text = "The balance in port stood at 64,000 tonnes on February 28, up from 12,000 a week ago."
    assert one_timex(text, "a week ago", "1987-03-10")["value"] == "1987-W10"


def test_a_year_before_a_quarter_named_in_the_sentence_is_that_quarter_a_year_back() -> None:
    text = ("Widget Inc posted a loss for the second quarter ended November 30 of 2.1 mln dlrs, "
            "compared with a loss of 900,000 dlrs a year before.")
    assert one_timex(text, "a year before", "1987-03-20")["value"] == "1985-Q2"


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("Wheat is offered for shipment April 20-May 20, 1987, traders said.", "1987-03-02",
     [("April 20", "1987-04-20"), ("May 20, 1987", "1987-05-20")]),
    ("The loading window runs Dec 15-Jan 15, 1988.", "1987-11-02",
     [("Dec 15", "1987-12-15"), ("Jan 15, 1988", "1988-01-15")]),
    ("The regatta runs from August 30-September 2 this year.", "2026-03-02",
     [("August 30", "2026-08-30"), ("September 2 this year", "2026-09-02")]),
    ("Bids are due Dec 20-Jan 5 next year.", "2026-11-02",
     [("Dec 20", "2026-12-20"), ("Jan 5 next year", "2027-01-05")]),
])
def test_a_range_of_days_across_two_months_is_two_days(text: str, anchor: str, expected: list) -> None:
    assert _pairs(text, anchor) == expected


def test_a_spelled_day_before_to_and_a_figure_is_the_day() -> None:
    text = "Gasoline demand in the four weeks ended March five to 6.41 mln barrels per day was down 2 pct."
    assert one_timex(text, "March five", "1987-03-11")["value"] == "1987-03-05"


def test_a_spelled_day_before_to_and_a_count_keeps_its_count() -> None:
    assert [d["text"] for d in find_dates("Prices rose in April three to four pct.", parse_anchor("1987-05-11"))] == ["April"]


@pytest.mark.parametrize("text", [
    "ACME <ACM> MAY CLOSE TWO OHIO PLANTS",
    "PERU MAY RE-OPEN TALKS WITH CREDITOR BANKS",
    "BANK OF JAPAN MAY SUPPLY FUNDS TO MARKET",
    "FARM POLICY MAY SELF-DESTRUCT, SENATOR SAYS",
])
def test_modal_may_in_a_headline_before_more_verbs_is_no_month(text: str) -> None:
    assert find_dates(text, parse_anchor("1987-04-01")) == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Exports may reach two mln tonnes in the April/June quarter, the newsletter said.",
     "the April/June quarter", "1987-Q2"),
    ("Output rose in the October/December quarter, the ministry said.", "the October/December quarter", "1986-Q4"),
])
def test_a_quarter_by_its_months_with_a_slash(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1987-03-02")["value"] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Acme Air's load factor in February was 58 pct, up from 55 pct in the same month last year.",
     "the same month last year", "1986-02"),
    ("In January, retail sales fell 1.1 pct against the same month a year earlier.",
     "the same month a year earlier", "1986-01"),
    ("Deliveries in November 1986 were 21,000 tonnes, against 18,500 in the same month of 1985.",
     "the same month of 1985", "1985-11"),
    ("The deficit in February was wider than the 1.2 billion posted in the same month the year before.",
     "the same month the year before", "1986-02"),
])
def test_the_same_month_a_year_back_is_one_timex(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1987-03-20")["value"] == value


def test_the_same_month_a_year_back_is_no_anchor_for_the_previous_month() -> None:
    text = ("Car sales in February rose 4 pct from the same month last year. "
            "They were down 2 pct from the previous month.")
    assert one_timex(text, "the previous month", "1987-03-20")["value"] == "1987-01"


@pytest.mark.parametrize(("text", "phrase", "anchor", "value"), [
    ("Revenue slipped to $410 million last year from $455 million the year before.", "the year before",
     "2025-11-20", "2023"),
    ("Core inflation eased to 2.9% in October from 3.1% the month before.", "the month before",
     "2025-11-20", "2025-09"),
    ("Mortgage applications rose last week after falling the week before.", "the week before",
     "2025-11-20", "2025-W45"),
    ("The ceasefire began on Sunday; talks had collapsed the day before.", "the day before",
     "2025-11-20", "2025-11-15"),
    ("In 2019 the port handled 4% more cargo than the year before, the authority said.", "the year before",
     "2025-11-20", "2018"),
    ("Profit rose 8% in the third quarter from the year before.", "the year before", "2025-11-20", "2024-Q3"),
])
def test_a_unit_before_counts_back_from_the_one_just_named(text: str, phrase: str, anchor: str, value: str) -> None:
    assert one_timex(text, phrase, anchor)["value"] == value


@pytest.mark.parametrize("text", [
    "The day before the vote, the senator flew home.",
    "Turnout was high the year before the reform.",
])
def test_a_unit_before_an_event_is_not_a_unit_before(text: str) -> None:
    assert [d["text"] for d in find_dates(text, parse_anchor("2025-11-20")) if d["text"].endswith("before")] == []


def test_the_wire_s_year_earlier_period_without_a_hyphen_is_the_quarter_a_year_back() -> None:
    text = "Acme earned 4.2 mln dlrs in the first quarter. Costs were higher than in the year earlier period."
    assert one_timex(text, "the year earlier period", "1987-04-20")["value"] == "1986-Q1"


@pytest.mark.parametrize("text", [
    "The city's population grew by roughly 1% a year over the decade.",
    "Tuition has climbed 4.5% a year since 2010.",
])
def test_a_percentage_a_year_is_a_rate(text: str) -> None:
    assert one_timex(text, "a year", "2025-11-20")["type"] == "SET"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The lease, due to run out this August 12, was renewed for a year.", "August 12", "1987-08-12"),
    ("Loadings rose in the week ended last March 14, the association said.", "March 14", "1987-03-14"),
    ("The first payment falls due next January 15.", "January 15", "1988-01-15"),
])
def test_a_month_day_after_this_last_or_next_takes_that_year(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1987-03-25")["value"] == value


def test_a_second_previous_week_in_a_report_is_the_same_week() -> None:
    text = ("BRUSSELS, April 9 - The rebate was 41.2 Ecus, down from 41.9 Ecus the previous week. "
            "Traders said it had been 0.6 Ecu short of their hopes the previous week as well.")
    assert [d["value"] for d in find_dates(text, parse_anchor("1987-04-09")) if d["text"] == "the previous week"] == \
        ["1987-W14", "1987-W14"]


def test_the_last_year_of_a_plan_is_no_year_before() -> None:
    text = "The ministry hopes to reach 200 mln tonnes by the last year of the current development plan."
    assert find_dates(text, parse_anchor("1987-04-09")) == []


def test_the_first_half_of_a_statement_period_is_no_half_year() -> None:
    text = "The week was the first half of a two-week statement period, the Fed said."
    assert "the first half" not in [d["text"] for d in find_dates(text, parse_anchor("1987-03-19"))]


def test_a_duration_and_now_after_it_do_not_overlap() -> None:
    items = find_dates("We have been weighing the sale for quite some time now, he said.", parse_anchor("1987-03-09"))
    assert [(d["text"], d["type"]) for d in items] == [("quite some time", "DURATION"), ("now", "DATE")]


def test_a_month_after_the_next_year_from_is_the_month_reported() -> None:
    text = "Joblessness is expected to climb within the next year from January's record 3.1 pct."
    assert one_timex(text, "January", "1987-03-03")["value"] == "1987-01"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The carrier hopes to restore the route by the end of the summer.", "the end of the summer", "2024-SU"),
    ("The carrier hopes to restore the route by the end of summer.", "the end of summer", "2024-SU"),
    ("Sales slowed at the start of last winter.", "the start of last winter", "2023-WI"),
])
def test_a_part_of_a_season_is_one_timex(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "2024-06-10")["value"] == value


@pytest.mark.parametrize("text", [
    "The mill crushes 300,000 tonnes of cane a year, the company said.",
    "The plant runs 24 hours a day, seven days a week.",
])
def test_an_amount_of_something_or_a_count_of_days_before_a_unit_is_a_rate(text: str) -> None:
    assert [d["type"] for d in find_dates(text, parse_anchor("1987-10-19")) if d["text"].startswith("a ")][-1] == "SET"


def test_a_verb_in_eed_is_no_past_tense() -> None:
    text = "Acme expects sales for the fourth quarter ending May 31 to exceed those of a year earlier."
    assert one_timex(text, "May 31", "1987-02-26")["value"] == "1987-05-31"


def test_a_dateline_and_a_period_end_after_it_are_no_range_of_days() -> None:
    text = "ACME FOODS <ACF> 2ND QTR NET\n\nMILWAUKEE, June 2 - April 30 end\n    Shr 20 cts vs 18 cts"
    assert _pairs(text, "1987-06-02")[-2:] == [("June 2", "1987-06-02"), ("April 30", "1987-04-30")]


def test_a_quarter_of_a_year_before_of_a_noun_is_still_the_quarter() -> None:
    text = "Results include a writeoff in the 4th Qtr of 1985 of a part of the plant."
    assert one_timex(text, "the 4th Qtr of 1985", "1987-10-20")["value"] == "1985-Q4"


def test_a_year_ago_before_period_keeps_a_year_ago() -> None:
    text = "Lending rose 21.5 pct in February against 30.1 pct in January and 28.4 pct a year ago period, the bank said."
    assert one_timex(text, "a year ago", "1987-03-20")["value"] == "1986-02"


def test_a_year_earlier_after_two_quarters_counts_from_the_first() -> None:
    text = ("The surplus narrowed to 3.9 billion dlrs in the fourth quarter of 1986 from 4.2 billion dlrs "
            "in the third quarter and 4.6 billion a year earlier, the bureau said.")
    assert one_timex(text, "a year earlier", "1987-03-12")["value"] == "1985-Q4"


def test_the_year_before_after_months_of_last_year_counts_from_their_year() -> None:
    text = "Imports in October and November were well above the same period of the year before, figures showed."
    assert one_timex(text, "the year before", "1987-03-12")["value"] == "1985"


def test_the_month_before_counts_from_the_month_the_sentence_reports_not_the_day_of_the_report() -> None:
    text = "Factory orders rose 1.4% in November, the department said Friday, after a 0.3% drop the month before."
    assert one_timex(text, "the month before", "2026-01-05")["value"] == "2025-10"


def test_the_day_of_a_report_is_not_the_month_the_previous_month_counts_from() -> None:
    text = "Home sales climbed 2.1% in November, the group said on Friday. They had slipped 0.5% the previous month."
    assert one_timex(text, "the previous month", "2026-01-05")["value"] == "2025-10"


def test_the_previous_month_after_a_weekday_alone_still_counts_from_its_month() -> None:
    text = "On Friday the board approved the plan. The previous month it had sold two plants."
    assert one_timex(text, "The previous month", "2026-01-05")["value"] == "2025-12"


def test_n_units_from_now_before_a_clause_is_one_date() -> None:
    text = "Three years from now the levy will double, the minister said."
    assert _pairs(text, "2025-09-17") == [("Three years from now", "2028")]


@pytest.mark.parametrize(("text", "value"), [
    ("The fund held $2.3 billion as of June 30, up from $1.9 billion a year earlier.", "2024-06-30"),
    ("Reserves hit 61 billion dlrs on March 4, against 40.2 billion a year earlier.", "2024-03-04"),
])
def test_a_year_earlier_after_the_day_a_figure_stands_at_is_that_day_a_year_back(text: str, value: str) -> None:
    assert one_timex(text, "a year earlier", "2025-09-17")["value"] == value


@pytest.mark.parametrize("text", [
    "Net profit rose to 16.2 mln dlrs in the half ended December 31 from 5.1 mln a year earlier.",
    "WASHINGTON, Sept 17 - Housing starts rose 4.1 pct from a year earlier, the department said.",
])
def test_a_year_earlier_after_a_period_end_or_a_dateline_is_no_day(text: str) -> None:
    assert len(one_timex(text, "a year earlier", "2025-09-17")["value"]) == 4


def test_an_amount_worth_of_goods_a_year_is_a_rate() -> None:
    text = "The pact lets them swap 120 mln dlrs' worth of goods a year, officials said."
    assert one_timex(text, "a year", "1987-03-19")["type"] == "SET"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Turnout was the highest in more than a century.", "more than a century", "P100Y"),
    ("The bridge has stood for two centuries.", "two centuries", "P200Y"),
])
def test_a_count_of_centuries_is_years_as_decades_are(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "2024-11-08")["value"] == value


@pytest.mark.parametrize(("text", "expected"), [
    ("ACME MINES PROFIT FALLS\n\nJOHANNESBURG, April 7 - 1ST QTR TO MARCH 31\n    Working profit 41.2 mln rand",
     [("April 7", "1987-04-07"), ("1ST QTR", "1987-Q1"), ("MARCH 31", "1987-03-31")]),
    ("ACME RAILROAD <ACR> NET\n\nPITTSBURGH, April 7 - 4th qtr\n    Shr 14 cts vs 14 cts",
     [("April 7", "1987-04-07"), ("4th qtr", "1986-Q4")]),
])
def test_a_dateline_before_a_quarter_is_no_range_of_days(text: str, expected: list) -> None:
    assert _pairs(text, "1987-04-07") == expected


def test_a_period_counted_in_months_to_a_day_in_a_results_table_is_behind() -> None:
    text = "ACME CORP <ACM> YEAR NET\n\nTORONTO, March 3 - 6 mths to Dec 31\n    Shr 40 cts vs 31 cts"
    assert one_timex(text, "Dec 31", "1987-03-03")["value"] == "1986-12-31"


def test_an_extension_by_days_to_a_day_still_looks_ahead() -> None:
    assert one_timex("The offer was extended by 90 days to July 9.", "July 9", "1987-03-03")["value"] == "1987-07-09"


@pytest.mark.parametrize(("text", "phrase"), [
    ("It was the worst drought of the past quarter of a century.", "the past quarter of a century"),
    ("The plant has run for more than a quarter century.", "more than a quarter century"),
])
def test_a_quarter_of_a_century_is_twenty_five_years(text: str, phrase: str) -> None:
    assert one_timex(text, phrase, "2005-03-01")["value"] == "P25Y"


def test_the_first_quarter_of_a_fiscal_year_is_still_the_quarter() -> None:
    assert one_timex("Sales fell in the first quarter of a new fiscal year.", "the first quarter", "2005-03-01")["value"] == "2005-Q1"


ROUND22_FORMS = [
    "Loadings rose in the week ended Feb 21 from the prior week; the week before, a week earlier, the year before.",
    "Wheat for May 15-June 15, 1987, Dec 28-Jan 3, 1988, this July 24, last March 5 and April three to 15.73.",
    "In the January/March quarter, the same month last year, the same month of 1985, the year earlier period.",
    "At 2:30 p.m. Tokyo time, 9 a.m. New York time, by the end of summer, the second half of the decade.",
    "JOHANNESBURG, April 7 - 1ST QTR TO MARCH 31; 6 mths to Dec 31; the past quarter of a century.",
]


@pytest.mark.parametrize("text", ROUND22_FORMS + [" ".join(ROUND22_FORMS) * 20])
def test_the_windowed_scan_finds_this_round_s_forms_as_the_whole_text_scan_does(text: str) -> None:
    from article_annotator.dates import grammar
    from article_annotator.dates.windows import full_scan
    patterns = [rule.pattern for rule in grammar.RULES]
    found = [(i, m.span(), m.groupdict()) for i, m in grammar.SCANNER.scan(text)]
    assert found == [(i, m.span(), m.groupdict()) for i, m in full_scan(patterns, text)]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The central bank will announce its decision at 2:30 p.m. Tokyo time on July 31.", "2:30 p.m. Tokyo time",
     "2025-07-31T14:30"),
    ("Trading resumes at 9 a.m. New York time.", "9 a.m. New York time", "2025-06-25T09:00"),
])
def test_a_city_s_time_is_the_clock_s_zone(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "2025-06-25")["value"] == value


def test_a_weekday_after_a_clock_is_no_zone() -> None:
    assert one_timex("The vote closes at 2 p.m. Thursday.", "2 p.m. Thursday", "2025-06-25")["value"] == "2025-06-26T14:00"


def test_a_half_of_the_decade_is_the_decade() -> None:
    text = "Analysts see growth picking up in the second half of the decade."
    assert one_timex(text, "the second half of the decade", "2025-06-25")["value"] == "202"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The airline will cut 500 jobs by the end of the third quarter.", "the end of the third quarter", "2026-Q3"),
    ("Deposits were lower at the end of the first half of 2025.", "the end of the first half of 2025", "2025-H1"),
])
def test_the_end_of_a_quarter_is_one_timex(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "2026-04-22")["value"] == value


def test_the_end_of_their_quarter_keeps_the_possessive_out() -> None:
    text = "Banks may follow after the end of their first quarter, analysts said."
    assert [d["text"] for d in find_dates(text, parse_anchor("2026-03-30"))] == ["first quarter"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Imports may reach or exceed one mln tonnes between January and September this year, the newsletter said.",
     [("January", "1987-01"), ("September this year", "1987-09")]),
    ("Sales rose between December and February, the chain said.", [("December", "1986-12"), ("February", "1987-02")]),
])
def test_a_month_opening_a_range_between_two_months_takes_the_year_of_the_end(text: str, expected: list) -> None:
    assert _pairs(text, "1987-03-03") == expected


def test_a_period_to_an_amount_is_no_period_ended() -> None:
    text = "Cash in circulation rose by 1.4 billion marks in the week to 122.9 billion."
    assert one_timex(text, "the week", "1987-03-12")["type"] == "DATE"


def test_a_period_to_a_day_is_still_the_stretch() -> None:
    assert one_timex("Reserves fell in the week to March 7.", "the week", "1987-03-12")["value"] == "P1W"
