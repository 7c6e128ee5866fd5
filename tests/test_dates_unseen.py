"""Dates in unseen 2024-2026 news (issue 17, round 3): classes of phrasing found by writing news
stories by hand and reading what the annotator gave.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor


def values(text: str, phrase: str, anchor: str) -> list[str]:
    """The values of every item whose text is `phrase`, in order (fails if there is none)."""
    items = find_dates(text, parse_anchor(anchor))
    found = [d["value"] for d in items if d["text"] == phrase]
    assert found, f"{phrase!r} not found in {items}"
    return found


# ------------------------------------------------------------------ months joined to a month ahead


def test_an_elliptical_second_month_counts_on_from_a_first_month_ahead() -> None:
    # Wednesday 2025-09-17: October is ahead, so "another in December" is this December.
    text = "Traders now bet on a cut at the October meeting and another in December."
    assert values(text, "December", "2025-09-17") == ["2025-12"]


def test_a_list_of_months_after_one_ahead_runs_on_into_next_year() -> None:
    text = ("Analysts see the bank holding in January, with one more move likely in March "
            "and another in June.")
    assert values(text, "March", "2024-12-16") == ["2025-03"]
    assert values(text, "June", "2024-12-16") == ["2025-06"]


def test_a_month_joined_to_a_month_behind_keeps_its_own_reading() -> None:
    text = "Exports slumped in August and again in June, the ministry said."
    assert values(text, "June", "2025-09-17") == ["2025-06"]


# ------------------------------------------------------------------ a range's start takes its end's year


def test_the_start_of_a_range_takes_the_year_its_end_names() -> None:
    text = "The tournament runs from June 11 to July 19 next year in three countries."
    assert values(text, "June 11", "2025-06-12") == ["2026-06-11"]


def test_a_range_over_new_year_puts_its_start_in_the_year_before_its_end() -> None:
    text = "The festival will be held from Dec. 28 to Jan. 3, 2027, the organisers said."
    assert values(text, "Dec. 28", "2026-03-02") == ["2026-12-28"]


# ------------------------------------------------------------------ present tense of a plan: go, open, head to


def test_go_and_open_in_the_present_look_ahead() -> None:
    # Wednesday 2026-04-29.
    assert values("Preorders open on Friday in 30 countries.", "Friday", "2026-04-29") == ["2026-05-01"]
    assert values("Tickets go on sale on Monday, the club said.", "Monday", "2026-04-29") == ["2026-05-04"]


def test_open_as_an_adjective_after_be_or_stay_is_no_plan() -> None:
    assert values("The bridge was open on Monday despite the storm.", "Monday", "2026-04-29") == ["2026-04-27"]


def test_head_before_a_direction_is_a_plan_but_the_noun_is_not() -> None:
    assert values("Voters head to the polls on Sunday in the north.", "Sunday", "2026-04-29") == ["2026-05-03"]
    assert values("The agency's head on Monday warned of delays.", "Monday", "2026-04-29") == ["2026-04-27"]


# ------------------------------------------------------------------ a coordinated clause after the expression


def test_a_plan_in_a_clause_after_comma_and_does_not_turn_a_past_weekday_ahead() -> None:
    # Monday 2026-06-15: "Sunday night" is last night, "Saturday" the coming one.
    text = "Brazil opened their campaign with a 3-1 win over Japan on Sunday night, and meet Chile on Saturday."
    assert values(text, "Sunday night", "2026-06-15") == ["2026-06-14TNI"]
    assert values(text, "Saturday", "2026-06-15") == ["2026-06-20"]


# ------------------------------------------------------------------ an infinitive does not reach past a comma


def test_an_infinitive_before_a_comma_gives_no_direction_to_what_follows() -> None:
    # Thursday 2026-09-24: the March accord is the one behind us.
    text = "The airline has hired bankers to explore a sale, under a March accord with its unions."
    assert values(text, "March", "2026-09-24") == ["2026-03"]


def test_an_infinitive_right_before_the_month_still_looks_ahead() -> None:
    text = "The airline hired bankers to complete a sale in March, its chairman said."
    assert values(text, "March", "2026-09-24") == ["2027-03"]


# ------------------------------------------------------------------ "than expected", "as planned"


def test_a_plan_word_in_a_comparison_gives_no_direction() -> None:
    # Wednesday 2026-04-29: both Mondays are the one just past.
    assert values("Shares rose more than expected on Monday after the results.", "Monday",
                  "2026-04-29") == ["2026-04-27"]
    assert values("The parade went ahead as planned on Monday.", "Monday", "2026-04-29") == ["2026-04-27"]


def test_a_participle_adjective_of_plan_gives_no_direction() -> None:
    assert values("The hastily planned visit on Monday drew protests from farmers.", "Monday",
                  "2026-04-29") == ["2026-04-27"]


# ------------------------------------------------------------------ "a quarter point"


def test_a_quarter_point_of_interest_is_no_duration() -> None:
    items = find_dates("The bank cut rates by a quarter point on Wednesday and by a quarter percentage point "
                       "in June.", parse_anchor("2026-09-17"))
    assert [d["text"] for d in items] == ["Wednesday", "June"]


def test_a_quarter_of_a_year_is_still_a_duration() -> None:
    assert values("Sales rose for a quarter, then fell.", "a quarter", "2026-09-17") == ["P3M"]


# ------------------------------------------------------------------ shopping days after Thanksgiving


def test_black_friday_and_cyber_monday_are_days_after_thanksgiving() -> None:
    # Thanksgiving 2025 is Nov. 27.
    assert values("Stores open early on Black Friday.", "Black Friday", "2025-11-14") == ["2025-11-28"]
    assert values("Last year, Cyber Monday sales topped $13 billion.", "Cyber Monday",
                  "2025-11-14") == ["2024-12-02"]


def test_a_plain_friday_is_still_a_weekday() -> None:
    assert values("Shares fell on Friday.", "Friday", "2025-11-14") == ["2025-11-14"]


# ------------------------------------------------------------------ a clock time on a holiday


def test_a_clock_time_before_on_and_a_holiday_is_that_days_time() -> None:
    assert values("Many stores will open at 6 a.m. on Thanksgiving Day.", "6 a.m.",
                  "2025-11-14") == ["2025-11-27T06:00"]
    assert values("Fireworks begin at 9 p.m. on New Year's Eve.", "9 p.m.", "2025-11-14") == ["2025-12-31T21:00"]


def test_a_clock_time_on_a_holiday_past_is_last_years() -> None:
    assert values("The parade started at 9 a.m. on Christmas Day.", "9 a.m.", "2025-11-14") == ["2024-12-25T09:00"]


# ------------------------------------------------------------------ a clock time in a past clause


def test_a_clock_time_told_in_the_past_does_not_take_a_day_still_to_come() -> None:
    # Tuesday 2025-03-04.
    text = ("Ottawa said it would retaliate from March 10, hours after the new duties took effect at "
            "12:01 a.m. EST.")
    assert values(text, "12:01 a.m. EST", "2025-03-04") == ["2025-03-04T00:01"]


def test_a_clock_time_still_takes_the_day_ahead_it_belongs_to() -> None:
    text = "The new duties will take effect on March 10 at 12:01 a.m. EST."
    assert values(text, "12:01 a.m. EST", "2025-03-04") == ["2025-03-10T00:01"]


# ------------------------------------------------------------------ a bare plural unit after a date and a comma


def test_hours_after_a_date_and_a_comma_is_a_vague_duration() -> None:
    text = "Ottawa will retaliate from March 10, hours after the new duties took effect."
    assert values(text, "hours", "2025-03-04") == ["PTXH"]


def test_a_counted_unit_is_still_counted() -> None:
    assert values("It ran for 1,000 hours before the fault.", "1,000 hours", "2025-03-04") == ["PT1000H"]


# ------------------------------------------------------------------ "earlier than usual"


def test_earlier_than_is_a_comparison_not_a_past_cue() -> None:
    # Thursday 2026-02-26: the sale starts in the coming April.
    text = "The maker said it would start selling the phone in April, two months earlier than usual."
    assert values(text, "April", "2026-02-26") == ["2026-04"]


# ------------------------------------------------------------------ "runs from ... until"


def test_a_warning_that_runs_from_a_weekday_looks_ahead() -> None:
    # Wednesday 2026-08-12.
    text = "The flood warning runs from 6am on Friday until noon on Saturday."
    assert values(text, "Friday", "2026-08-12") == ["2026-08-14"]
    assert values(text, "6am", "2026-08-12") == ["2026-08-14T06:00"]


# ------------------------------------------------------------------ "the next review"


def test_next_after_a_determiner_still_points_ahead() -> None:
    # Tuesday 2026-03-31.
    assert values("The bank's next review is in June.", "June", "2026-03-31") == ["2026-06"]
    assert values("The next meeting is on Friday.", "Friday", "2026-03-31") == ["2026-04-03"]


def test_a_past_verb_nearer_than_next_still_looks_back() -> None:
    assert values("The next hearing was held in February.", "February", "2026-03-31") == ["2026-02"]


# ------------------------------------------------------------------ a clock time before a day-first date


def test_a_clock_time_before_a_day_first_date_is_that_days_time() -> None:
    text = "Polling stations open at 7am on 4 July and close at 10pm."
    assert values(text, "7am", "2024-06-27") == ["2024-07-04T07:00"]
    assert values(text, "10pm", "2024-06-27") == ["2024-07-04T22:00"]
    assert values("The talks began at 10am on 3 June 2023.", "10am", "2024-06-27") == ["2023-06-03T10:00"]


def test_reports_before_results_is_a_plan_but_media_reports_are_not() -> None:
    # Monday 2025-11-03.
    assert values("The bank reports third-quarter earnings on Wednesday.", "Wednesday",
                  "2025-11-03") == ["2025-11-05"]
    assert values("Media reports on Wednesday said the deal was off.", "Wednesday", "2025-11-03") == ["2025-10-29"]


def test_a_bare_plural_unit_after_lasting_is_a_vague_duration() -> None:
    assert values("Agencies prepared for a closure lasting weeks.", "weeks", "2025-09-30") == ["PXW"]


# ------------------------------------------------------------------ compound durations


def test_two_counted_units_joined_by_and_are_one_duration() -> None:
    assert values("The final lasted three hours and 14 minutes.", "three hours and 14 minutes",
                  "2025-07-08") == ["PT3H14M"]
    assert values("He served two years and three months in prison.", "two years and three months",
                  "2025-07-08") == ["P2Y3M"]
    assert values("The climb took 2 days and 5 hours.", "2 days and 5 hours", "2025-07-08") == ["P2DT5H"]


def test_units_out_of_order_stay_two_durations() -> None:
    items = find_dates("Delays ran to 10 minutes and 3 hours.", parse_anchor("2025-07-08"))
    assert [d["value"] for d in items] == ["PT10M", "PT3H"]


# ------------------------------------------------------------------ fixtures: face, host, play, vote


def test_base_forms_of_fixtures_look_ahead() -> None:
    # Monday 2026-01-05.
    assert values("Their side face Arsenal on Wednesday.", "Wednesday", "2026-01-05") == ["2026-01-07"]
    assert values("The champions host Everton on Saturday.", "Saturday", "2026-01-05") == ["2026-01-10"]
    assert values("Russians vote from Friday to Sunday.", "Friday", "2026-01-05") == ["2026-01-09"]


def test_the_nouns_vote_and_face_give_no_direction() -> None:
    assert values("The vote on Friday was close.", "Friday", "2026-01-05") == ["2026-01-02"]
    assert values("In the face of protests on Friday, the plan was dropped.", "Friday",
                  "2026-01-05") == ["2026-01-02"]


def test_an_infinitive_after_failed_or_refused_looks_back() -> None:
    assert values("Lawmakers failed to vote on Friday.", "Friday", "2026-01-05") == ["2026-01-02"]
    assert values("The club refused to sell him in March.", "March", "2026-01-05") == ["2025-03"]
    assert values("They agreed to meet on Friday.", "Friday", "2026-01-05") == ["2026-01-09"]


def test_a_base_form_right_after_the_expression_is_the_noun_it_qualifies() -> None:
    assert values("He resigned before the December vote.", "December", "2025-06-12") == ["2024-12"]


# ------------------------------------------------------------------ "Two years ago the company ..."


def test_ago_before_a_clause_keeps_ago_in_the_date() -> None:
    assert values("Two years ago the company was valued at less.", "Two years ago", "2026-10-16") == ["2024"]


# ------------------------------------------------------------------ "the quarter ending in December"


def test_a_quarter_named_by_the_month_it_ends_in_is_the_quarter_holding_that_month() -> None:
    # Friday 2026-10-16.
    assert values("Revenue for the quarter ending in December is forecast at $4 billion.", "the quarter",
                  "2026-10-16") == ["2026-Q4"]
    assert values("Sales in the quarter ended in June rose 4%.", "the quarter", "2026-10-16") == ["2026-Q2"]


def test_a_quarter_ended_on_a_day_still_reads_that_day() -> None:
    assert values("Net fell in the quarter ended Sept. 30.", "the quarter", "2026-10-16") == ["2026-Q3"]


# ------------------------------------------------------------------ seasons inside event names


def test_a_capitalised_season_before_olympics_or_games_is_part_of_a_name() -> None:
    items = find_dates("Norway led the Winter Olympics, and Los Angeles hosts the Summer Games in 2028.",
                       parse_anchor("2026-02-13"))
    assert [d["text"] for d in items] == ["2028"]


def test_a_season_in_running_text_is_still_a_date() -> None:
    assert values("Prices rose sharply in the summer.", "the summer", "2026-02-13") == ["2025-SU"]


# ------------------------------------------------------------------ "the first Monday in October"


def test_a_weekday_counted_in_a_month_is_that_day() -> None:
    # Tuesday 2026-09-08.
    assert values("The new term begins on the first Monday in October.", "the first Monday in October",
                  "2026-09-08") == ["2026-10-05"]
    assert values("The vote falls on the last Thursday of November 2026.", "the last Thursday of November 2026",
                  "2026-09-08") == ["2026-11-26"]


def test_a_counted_weekday_in_a_past_clause_takes_the_month_behind() -> None:
    assert values("The board met on the second Tuesday of March.", "the second Tuesday of March",
                  "2026-09-08") == ["2026-03-10"]


def test_a_unit_before_earlier_than_is_the_measure() -> None:
    assert values("The meeting was held a month earlier than usual.", "a month", "2026-09-08") == ["P1M"]
    assert values("Sales rose from a year earlier.", "a year earlier", "2026-09-08") == ["2025"]


# ------------------------------------------------------------------ "signalled ... at its March meeting"


def test_a_meeting_month_after_a_verb_of_saying_is_the_coming_meeting() -> None:
    # Thursday 2026-01-22: last March is ten months back, the coming one two months ahead.
    text = "The bank held rates on Thursday and signalled no change at its March meeting."
    assert values(text, "March", "2026-01-22") == ["2026-03"]


def test_a_meeting_month_after_another_past_verb_stays_behind() -> None:
    assert values("The Fed raised rates at its March meeting.", "March", "2026-01-22") == ["2025-03"]


# ------------------------------------------------------------------ "said on Wednesday it would ..."


def test_the_day_of_a_saying_is_behind_us_whatever_was_said() -> None:
    # Thursday 2026-04-02.
    text = "The administration said on Wednesday it would review the rates every six months."
    assert values(text, "Wednesday", "2026-04-02") == ["2026-04-01"]


def test_a_saying_still_to_come_looks_ahead() -> None:
    assert values("The results will be announced on Friday.", "Friday", "2026-04-02") == ["2026-04-03"]


def test_juneteenth_is_june_19() -> None:
    assert values("US markets will be closed on Thursday for the Juneteenth holiday.", "Juneteenth",
                  "2025-06-18") == ["2025-06-19"]


# ------------------------------------------------------------------ a possessive day still to come


def test_a_possessive_day_governed_by_will_at_the_event_or_ahead_of_lies_ahead() -> None:
    # Friday 2026-01-30.
    assert values("The world No 1 will face the champion in Sunday's final.", "Sunday",
                  "2026-01-30") == ["2026-02-01"]
    assert values("Markets rallied ahead of Tuesday's vote.", "Tuesday", "2026-01-30") == ["2026-02-03"]


def test_a_possessive_day_otherwise_looks_back() -> None:
    assert values("He will study Tuesday's vote.", "Tuesday", "2026-01-30") == ["2026-01-27"]
    assert values("Thursday's vote was close.", "Thursday", "2026-01-30") == ["2026-01-29"]


# ------------------------------------------------------------------ "the final is on Saturday"


def test_is_on_a_weekday_is_a_timetable_ahead() -> None:
    # Friday 2026-01-30.
    assert values("The next hearing is on Tuesday.", "Tuesday", "2026-01-30") == ["2026-02-03"]
    assert values("The women's final is on Saturday at 7:30 p.m. local time.",
                  "7:30 p.m. local time", "2026-01-30") == ["2026-01-31T19:30"]


def test_it_is_on_a_weekday_that_is_no_timetable() -> None:
    assert values("It is on Tuesday that the talks broke down.", "Tuesday", "2026-01-30") == ["2026-01-27"]


# ------------------------------------------------------------------ "Sunday at 5 p.m." is two


def test_a_weekday_and_a_clock_joined_by_at_are_a_date_and_a_time() -> None:
    items = find_dates("Early voting ends on Sunday at 5 p.m.", parse_anchor("2025-12-03"))
    assert [(d["text"], d["type"], d["value"]) for d in items] == [
        ("Sunday", "DATE", "2025-12-07"), ("5 p.m.", "TIME", "2025-12-07T17:00")]


def test_a_weekday_written_with_its_clock_is_one_time() -> None:
    assert values("He was arrested Friday 10 p.m.", "Friday 10 p.m.", "2025-12-03") == ["2025-11-28T22:00"]
