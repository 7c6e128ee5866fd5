"""Dates round 19: a relative clause right after the expression lends it no tense.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.timexes import one_timex


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The summit in September, which was postponed twice, will be held in Rome.", "September", "2025-09"),
    ("Talks on Friday, which were called off last month, will now go ahead.", "Friday", "2025-06-06"),
    ("Christmas, which fell on a Thursday last year, will be quiet in the city.", "Christmas", "2025-12-25"),
])
def test_the_main_verb_after_a_relative_clause_gives_the_direction(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "2025-06-04")["value"] == value


def test_a_past_main_verb_after_a_relative_clause_still_looks_back() -> None:
    assert one_timex("The vote in March, which was delayed, passed easily.", "March", "2025-06-04")["value"] == "2025-03"


def test_a_thousands_comma_does_not_close_a_relative_clause() -> None:
    text = "Margins stay at 70,000 yen except for new distant August, which will be set at 70,000 from March 2."
    assert one_timex(text, "August", "2025-06-04")["value"] == "2025-08"
