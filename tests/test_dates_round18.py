"""Dates round 18: a passive participle after "be" takes no past tense of its own.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.timexes import one_timex


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("He will step down at the meeting in April and be succeeded by the president.", "April", "1994-04"),
    ("The plant will shut at the end of the season in March and be demolished.", "March", "1994-03"),
    ("The old terminal stays open at the airport until June, being rebuilt after that.", "June", "1994-06"),
])
def test_participle_after_be_is_no_past(text: str, phrase: str, value: str) -> None:
    assert one_timex(text, phrase, "1994-01-12")["value"] == value


def test_a_past_verb_after_the_expression_still_looks_back() -> None:
    text = "He stepped down at the meeting in April and was succeeded by the president."
    assert one_timex(text, "April", "1994-01-12")["value"] == "1993-04"
