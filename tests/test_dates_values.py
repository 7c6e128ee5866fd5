"""Date values on 1987-style newswire (issue 17, third round): the classes where TimeML and the
dev gold agree. Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor
from tests.timexes import one_timex


def one(text: str, phrase: str, anchor: str = "1987-10-22") -> dict:
    """The item whose text is `phrase`, dated 1987-10-22 unless told."""
    return one_timex(text, phrase, anchor)


# ------------------------------------------------------------------ nine months, a year earlier

QUARTER = "Acme Corp. said its third-quarter profit rose 8% to $12 million. "


def test_year_earlier_in_a_nine_month_sentence_is_the_year() -> None:
    text = QUARTER + "For the nine months, net rose to $40 million from $31 million a year earlier."
    assert one(text, "a year earlier")["value"] == "1986"


def test_year_earlier_period_after_the_first_nine_months_is_the_year() -> None:
    text = QUARTER + "In the first nine months, sales were $300 million, against $280 million in the year-earlier period."
    assert one(text, "the year-earlier period")["value"] == "1986"


def test_year_ago_attribute_in_a_six_month_sentence_is_the_year() -> None:
    text = QUARTER + "Over six months, the company lost $2 million, compared with year-ago net of $1 million."
    assert one(text, "year-ago")["value"] == "1986"


def test_year_earlier_in_the_quarter_sentence_stays_the_quarter() -> None:
    text = QUARTER + "Sales in the quarter rose to $90 million from $80 million a year earlier."
    assert one(text, "a year earlier")["value"] == "1986-Q3"


def test_nine_months_in_an_earlier_sentence_does_not_reach_the_next() -> None:
    text = (QUARTER + "For the nine months ended Sept. 30, net rose 4%. "
            "Quarterly sales rose to $90 million from $80 million a year earlier.")
    assert one(text, "a year earlier")["value"] == "1986-Q3"


# ------------------------------------------------------------------ "today's world"


def test_today_before_a_generic_noun_is_no_date() -> None:
    items = find_dates("Such rules make little sense in today's world, the judge wrote.", parse_anchor("1987-10-22"))
    assert not [d for d in items if d["text"].lower().startswith("today")]


def test_today_before_an_event_noun_stays_the_day() -> None:
    text = "Shares rose ahead of today's vote on the merger."
    assert one(text, "today")["value"] == "1987-10-22"


# ------------------------------------------------------------------ "the following month"


def test_the_following_month_counts_from_the_month_last_named() -> None:
    text = "The bank rejected the offer in March. The following month, it agreed to a merger."
    assert one(text, "The following month")["value"] == "1987-04"


def test_that_month_and_the_previous_month_count_from_the_month_last_named() -> None:
    text = "Prices rose 2% in June 1985 from the previous month."
    assert one(text, "the previous month")["value"] == "1985-05"
    assert one("The union struck in June 1985. Later that month it settled.", "Later that month")["value"] == "1985-06"


def test_the_next_month_stays_the_coming_month() -> None:
    text = "The plant closed in March. A decision is due in the next month, officials said."
    assert one(text, "the next month")["value"] == "1987-11"


def test_the_following_month_with_no_month_named_counts_from_the_document_date() -> None:
    assert one("Talks will resume the following month.", "the following month")["value"] == "1987-11"


# ------------------------------------------------------------------ "the two leaders meet Monday"


def test_plural_present_of_a_scheduled_meeting_looks_ahead() -> None:
    # Thursday 1987-10-22: "meet Monday" is the coming Monday.
    text = "The prime minister and his rival meet separately Monday with the envoy."
    assert one(text, "Monday")["value"] == "1987-10-26"


def test_base_form_after_did_not_looks_back() -> None:
    text = "The ministers did not meet on Monday as planned."
    assert one(text, "Monday")["value"] == "1987-10-19"


# ------------------------------------------------------------------ "would be paid in January"


def test_modal_before_a_passive_looks_ahead() -> None:
    # October 1987: the payment is still to come, so January is 1988.
    assert one("The special dividend would be paid in full in January.", "January")["value"] == "1988-01"


def test_un_adjective_in_ed_is_no_past_tense() -> None:
    text = "The shares will be issued on a still unspecified date in January to holders of record."
    assert one(text, "January")["value"] == "1988-01"


def test_past_passive_still_looks_back() -> None:
    assert one("The special dividend was paid in January, the board said.", "January")["value"] == "1987-01"


# ------------------------------------------------------------------ "has" as possession


def test_has_before_a_noun_is_no_past_tense() -> None:
    # "has a vote" is the present; the plan word further back decides: the coming Friday.
    text = "The ministers expect that the board has a vote on Friday."
    assert one(text, "Friday")["value"] == "1987-10-23"


def test_has_before_a_participle_looks_back() -> None:
    assert one("The board has not yet met on Friday.", "Friday")["value"] == "1987-10-16"


def test_forecast_quarter_after_has_no_estimate_is_not_the_quarter_reported() -> None:
    text = ("Acme said its third-quarter profit rose 5%. The company has no estimate of the strike's "
            "impact on fourth-quarter results. In the latest quarter, Acme lost $2 million on its auto line.")
    assert one(text, "the latest quarter", "1989-10-30")["value"] == "1989-Q3"


# ------------------------------------------------------------------ "said the flights would ..."


def test_would_after_a_reporting_verb_and_a_long_subject_looks_ahead() -> None:
    text = "The minister said three new ferry services would start on Friday."
    assert one(text, "Friday")["value"] == "1987-10-23"


def test_reported_would_far_back_in_a_long_clause_still_looks_ahead() -> None:
    # October 1987: the second service starts in the coming February.
    text = ("The airline said two new services would leave London on Mondays from Dec. 1, with "
            "the third leaving every Friday from Feb. 6.")
    assert one(text, "Feb. 6")["value"] == "1988-02-06"


# ------------------------------------------------------------------ "the fiscal-first quarter"


def test_hyphenated_fiscal_ordinal_quarter_is_a_quarter_and_sets_the_year_ago() -> None:
    text = ("Acme posted net income of $4 million for the fiscal-first quarter ended Sept. 30. "
            "It had a loss of $2 million a year ago.")
    assert one(text, "the fiscal-first quarter")["value"] == "1987-Q1"
    assert one(text, "a year ago")["value"] == "1986-Q1"


# ------------------------------------------------------------------ "that day" with no day named


def test_that_day_with_no_day_named_before_is_no_date() -> None:
    items = find_dates("Brokers can lose heavily on trades made that day at falling prices.", parse_anchor("1987-10-22"))
    assert not [d for d in items if "day" in d["text"]]


def test_that_day_after_a_named_day_is_that_day() -> None:
    text = "The plant shut on Oct. 12, 1987. Workers were sent home that day."
    assert one(text, "that day")["value"] == "1987-10-12"


# ------------------------------------------------------------------ "4TH QTR NET", "the quarter ended Jan. 31"


def test_wire_abbreviation_qtr_reads_as_the_word() -> None:
    # March 1987: a fourth-quarter report is of the quarter just past, 1986.
    text = "ACME CORP 4TH QTR NET\n\nDALLAS, March 5 - Shr 10 cts vs eight cts."
    assert one(text, "4TH QTR", "1987-03-05")["value"] == "1986-Q4"
    assert one("Acme earned $5 million in the fourth quarter.", "the fourth quarter", "1987-03-05")["value"] == "1986-Q4"


def test_ordinal_quarter_takes_the_year_of_the_day_it_ended() -> None:
    text = "Acme earned $5 million in the fourth quarter ended Jan. 31."
    assert one(text, "the fourth quarter", "1987-03-05")["value"] == "1987-Q4"
    assert one("ACME CORP 4TH QTR JAN 31 NET", "4TH QTR", "1987-03-05")["value"] == "1987-Q4"


def test_quarter_ended_on_a_day_still_ahead_is_last_years() -> None:
    # October 27: "ended Oct. 31" is the Oct. 31 of the year before.
    text = "In the comparable period, the second quarter ended Oct. 31, it lost $2 million."
    assert one(text, "the second quarter", "1989-10-27")["value"] == "1988-Q2"


# ------------------------------------------------------------------ wire copy: "1986 year", "at year end were", "due to its"


def test_year_number_before_a_singular_unit_is_the_year() -> None:
    assert one("NOTE: 1986 year net excludes a tax credit.", "1986")["value"] == "1986"
    assert one("The flood was the worst in more than 1000 years.", "more than 1000 years")["value"] == "P1000Y"


def test_year_end_in_a_past_clause_is_the_last_one() -> None:
    text = "Net assets at year end were 317 mln dlrs."
    assert one(text, "year end", "1987-03-20")["value"] == "1986-12-31"
    assert one("Mazda aims to ship the cars before year-end.", "year-end", "1987-03-20")["value"] == "1987-12-31"


def test_due_to_before_a_determiner_is_because_of() -> None:
    text = "Prior results were not comparable due to its August 15 issue of shares."
    assert one(text, "August 15", "1987-03-20")["value"] == "1986-08-15"
    assert one("The board is due to meet on August 15.", "August 15", "1987-03-20")["value"] == "1987-08-15"


def test_headline_quarterly_is_the_dividend_not_a_set() -> None:
    items = find_dates("ACME CORP SETS QUARTERLY\n\nDALLAS, March 5 - Qtly div 15 cts.", parse_anchor("1987-03-05"))
    assert not [d for d in items if d["text"] == "QUARTERLY"]
    assert one("The index is revised quarterly.", "quarterly")["value"] == "P3M"


# ------------------------------------------------------------------ the quarter named without its number

FILLER = "The company makes valves and pumps for refineries and water works in twelve states. " * 8


def test_year_ago_in_a_sentence_naming_the_latest_quarter_is_that_quarter() -> None:
    text = FILLER + "In the latest quarter, the pump unit lost $3 million, compared with a profit of $1 million a year ago."
    assert one(text, "a year ago")["value"] == "1986-Q3"


def test_year_earlier_after_in_the_quarter_is_that_quarter() -> None:
    text = FILLER + "Orders were $6 million in the quarter, down from $9 million a year earlier."
    assert one(text, "a year earlier")["value"] == "1986-Q3"


def test_year_ago_without_a_quarter_in_its_sentence_stays_the_year() -> None:
    text = FILLER + "Sales rose in the latest quarter. A year ago, the pump unit had a profit of $1 million."
    assert one(text, "A year ago")["value"] == "1986"


def test_last_year_in_a_sentence_naming_the_latest_quarter_is_that_quarter() -> None:
    text = FILLER + "The valve unit lost $7 million in the latest quarter, against a profit of $2 million last year."
    assert one(text, "last year")["value"] == "1986-Q3"


def test_last_year_without_a_quarter_in_its_sentence_stays_the_year() -> None:
    text = FILLER + "Sales rose in the quarter. The valve unit lost $7 million last year."
    assert one(text, "last year")["value"] == "1986"
