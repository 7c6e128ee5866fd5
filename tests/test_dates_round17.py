"""Dates in 2024-2026 news, round 17d: fixed days, generic weekdays, month ranges, schedule verbs.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor
from tests.timexes import one_timex


def one(text: str, phrase: str, anchor: str = "2025-12-02") -> dict:
    """The item whose text is `phrase`, dated 2025-12-02 unless told."""
    return one_timex(text, phrase, anchor)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("A judge on Monday set a trial date of March 9 for the two brothers.", "March 9", "2026-03-09"),
    ("The court fixed a hearing date of Jan. 20 after the defence asked for more time.", "Jan. 20", "2026-01-20"),
    ("The clerk scheduled the plea hearing for Feb. 3, lawyers said.", "Feb. 3", "2026-02-03"),
    ("Officials set the recount for Friday after both sides objected.", "Friday", "2025-12-05"),
])
def test_a_day_fixed_for_an_event_lies_ahead_though_the_fixing_is_past(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_day_the_event_happened_on_stays_behind() -> None:
    assert one("The judge set bail on Monday for the driver.", "Monday")["value"] == "2025-12-01"
    assert one("The hearing was held on March 9 in a packed courtroom.", "March 9")["value"] == "2025-03-09"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Polling day fell on a Thursday, as it has since 1935.", "Thursday", "XXXX-WXX-4"),
    ("It was the first time the race had been run on a Sunday.", "Sunday", "XXXX-WXX-7"),
    ("Deliveries never arrive on a Monday and rarely on a Tuesday.", "Monday", "XXXX-WXX-1"),
])
def test_an_indefinite_weekday_is_any_such_day(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_weekday_before_a_noun_after_a_is_still_resolved() -> None:
    assert one("She flew home on a Sunday night flight.", "Sunday night")["value"].startswith("2025-11-30")
    assert one("The deal was signed on Tuesday.", "Tuesday")["value"] == "2025-12-02"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Rainfall from January to March was the highest on record.", "January", "2025-01"),
    ("Exports in April-June rose 4%, the ministry said.", "April", "2025-04"),
    ("Output from November to February fell, figures showed.", "November", "2024-11"),
    ("The works will close the line from January to March.", "January", "2026-01"),
])
def test_a_month_opening_a_range_takes_the_year_of_its_end(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The coach names his squad on Wednesday.", "Wednesday", "2025-12-03"),
    ("The exchange shuts for three days from Thursday.", "Thursday", "2025-12-04"),
    ("The museum reopens on Saturday after a two-year refit.", "Saturday", "2025-12-06"),
    ("The inquiry concludes on Friday with closing statements.", "Friday", "2025-12-05"),
])
def test_more_present_verbs_of_a_timetable_look_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_their_past_forms_still_look_back() -> None:
    assert one("The coach named his squad on Monday.", "Monday")["value"] == "2025-12-01"
    assert one("The exchange shut on Monday for the holiday.", "Monday")["value"] == "2025-12-01"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Voters go to the polls a week today.", "a week today", "2025-12-09"),
    ("The results are due a fortnight tomorrow.", "a fortnight tomorrow", "2025-12-17"),
    ("Talks resume two weeks today in Geneva.", "two weeks today", "2025-12-16"),
])
def test_a_week_today_is_the_day_that_many_weeks_on(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_week_today_since_an_event_is_the_stretch() -> None:
    items = find_dates("It is a week today since the fire.", parse_anchor("2025-12-02"))
    assert [(d["text"], d["value"]) for d in items] == [("a week", "P1W"), ("today", "2025-12-02")]


@pytest.mark.parametrize(("text", "anchor", "value"), [
    ("The teams now head to Qatar for this weekend's race.", "2024-11-27", "2024-W48-WE"),  # a Wednesday
    ("Fans queued all night for this weekend's final.", "2024-11-29", "2024-W48-WE"),  # a Friday
    ("This weekend's storms left thousands without power.", "2024-11-25", "2024-W47-WE"),  # a Monday
])
def test_this_weekends_looks_ahead_from_midweek(text: str, anchor: str, value: str) -> None:
    items = find_dates(text, parse_anchor(anchor))
    assert [d["value"] for d in items if d["text"].lower() == "this weekend"] == [value]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Last year, the peak came on Nov. 26.", "Nov. 26", "2024-11-26"),
    ("Last year, sales peaked in December.", "December", "2024-12"),
    ("In 2023, the vote was held on March 3 after a long delay.", "March 3", "2023-03-03"),
    ("Next year, the summit opens on June 4.", "June 4", "2026-06-04"),
])
def test_a_sentence_opened_by_its_year_gives_a_bare_date_that_year(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase)["value"] == value


def test_a_year_named_later_in_the_sentence_does_not_move_the_date() -> None:
    assert one("Sales fell last year, the company said on Nov. 26.", "Nov. 26")["value"] == "2025-11-26"
    assert one("Last year was hard. The plant reopened on Nov. 26.", "Nov. 26")["value"] == "2025-11-26"


@pytest.mark.parametrize(("text", "phrase", "value", "anchor"), [
    ("He will be sentenced on 27 March after being found guilty of neglect at the crown court on Friday.",
     "Friday", "2026-02-13", "2026-02-16"),
    ("The bill will become law after being signed on Monday.", "Monday", "2026-02-16", "2026-02-18"),
    ("She will take over in June after having won the vote on Tuesday.", "Tuesday", "2026-02-17", "2026-02-18"),
])
def test_a_day_after_being_or_having_done_is_past(text: str, phrase: str, value: str, anchor: str) -> None:
    assert one(text, phrase, anchor)["value"] == value


def test_a_plain_after_clause_keeps_its_own_tense() -> None:
    assert one("The bill will become law after the king signs it on Friday.", "Friday", "2026-02-18")["value"] == "2026-02-20"


@pytest.mark.parametrize(("text", "value"), [
    ("Prices rose in July, figures showed on Thursday. Sales rose 1.2% in the month.", "2025-07"),
    ("Exports fell in June. Imports also fell for the month, the agency said.", "2025-06"),
    ("Exports fell in July. Imports will rise in the month, analysts say.", "2025-08"),
    ("Prices rose in July. They are expected to fall in the month ahead.", "2025-08"),
    ("Sales rose in the month, the company said.", "2025-08"),
])
def test_the_month_in_a_past_clause_is_the_month_just_named(text: str, value: str) -> None:
    assert one(text, "the month", "2025-08-14")["value"] == value


@pytest.mark.parametrize(("text", "value"), [
    ("Thanksgiving falls on Nov. 28 this year.", "2024-11-28"),
    ("Christmas comes early for the toy maker.", "2024-12-25"),
])
def test_a_holiday_as_the_subject_of_a_present_verb_is_the_day(text: str, value: str) -> None:
    items = find_dates(text, parse_anchor("2024-11-27"))
    assert items[0]["value"] == value


def test_a_holiday_before_a_plural_noun_is_still_an_attribute() -> None:
    assert find_dates("Christmas lights went up early.", parse_anchor("2024-11-27")) == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("A federal judge on Wednesday scheduled a hearing for April 14.", "Wednesday", "2025-03-26"),
    ("The board on Monday planned a review of the deal.", "Monday", "2025-03-24"),
])
def test_a_plan_word_right_after_the_day_and_before_its_object_is_the_past_verb(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, "2025-03-27")["value"] == value


def test_a_plan_word_before_for_is_still_the_plan() -> None:
    assert one("The vote on Friday scheduled for noon was moved.", "Friday", "2025-03-27")["value"] == "2025-03-28"


def test_an_indefinite_weekday_before_an_infinitive_is_any_such_day() -> None:
    assert one("The house last sat on a Friday to debate a bill in 2019.", "Friday")["value"] == "XXXX-WXX-5"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Jobs data are due on Friday next week.", "Friday next week", "2025-04-04"),
    ("The deal was signed on Tuesday last week.", "Tuesday last week", "2025-03-18"),
    ("Talks resume on Thursday this week.", "Thursday this week", "2025-03-27"),
])
def test_a_weekday_with_its_week_is_that_day_of_that_week(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, "2025-03-26")["value"] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Officials warned on Thursday that strong winds could return over the weekend.", "the weekend", "2025-W02-WE"),
    ("Forecasters said the river could peak on Saturday.", "Saturday", "2025-01-11"),
])
def test_could_before_a_bare_verb_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, "2025-01-09")["value"] == value


def test_could_not_and_could_have_give_no_cue_ahead() -> None:
    assert one("He could not attend on Monday because of illness.", "Monday", "2025-01-09")["value"] == "2025-01-06"
    assert one("The talks could have ended on Tuesday, aides said.", "Tuesday", "2025-01-09")["value"] == "2025-01-07"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Economists expect growth of 1.1%, down from a forecast of 1.5% in the autumn.", "the autumn", "2025-FA"),
    ("Inflation is expected to ease to 2.4%, up from 2.1% in January.", "January", "2026-01"),
    ("Analysts expect a loss, down from a profit of $2 million in October.", "October", "2025-10"),
])
def test_the_point_a_figure_is_compared_with_lies_behind(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, "2026-03-03")["value"] == value


def test_a_plan_from_a_month_still_looks_ahead() -> None:
    assert one("The new fares will apply from April.", "April", "2026-03-03")["value"] == "2026-04"


def test_in_under_a_duration_keeps_under_in_the_span() -> None:
    assert one("Tickets sold out in under an hour.", "under an hour")["value"] == "PT1H"
    assert one("The ban lasts for under two years.", "two years")["value"] == "P2Y"


@pytest.mark.parametrize("text", [
    "The judge rejected a request to push it to the fall.",
    "They delayed the vote to the fall, aides said.",
])
def test_the_fall_after_a_verb_that_moves_a_date_is_the_season(text: str) -> None:
    assert one(text, "the fall")["value"] == "2026-FA"


def test_the_fall_after_other_verbs_stays_a_noun() -> None:
    assert find_dates("It contributed to the fall.", parse_anchor("2025-12-02")) == []
    assert find_dates("It led to the fall of the government.", parse_anchor("2025-12-02")) == []
