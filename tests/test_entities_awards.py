"""One-word awards read as people become WORK_OF_ART (issue 12): our own sentences."""

from __future__ import annotations

from article_annotator.entities import awards
from article_annotator.entities.lines import LineMap
from tests.mentions import labels_after, persons


def test_a_name_that_is_won_or_nominated_for_is_an_award_everywhere() -> None:
    text = "The Zelko-winning film opened. Zelko voters liked it, and the Zelko ceremony is in May.\n"
    assert labels_after(awards, text, "Zelko") == {"Zelko": {"WORK_OF_ART"}}
    text = "Her second Marnie nomination came late. She thanked Marnie judges.\n"
    assert labels_after(awards, text, "Marnie") == {"Marnie": {"WORK_OF_ART"}}


def test_a_person_named_in_full_or_with_a_title_keeps_person() -> None:
    text = "Oscar Lindqvist was thrilled by the Oscar nominations; Oscar smiled.\n"
    found = awards.apply(persons(text, "Oscar Lindqvist", "Oscar"), text, LineMap(text))
    assert {m.label for m in found} == {"PERSON"}
    titled = "Mr Zelko welcomed the Zelko nominations.\n"
    assert labels_after(awards, titled, "Zelko") == {"Zelko": {"PERSON"}}


def test_words_a_person_also_takes_are_no_award_cue() -> None:
    text = "Okafor awards the prize, and Okafor winner of the race smiled.\n"
    assert labels_after(awards, text, "Okafor") == {"Okafor": {"PERSON"}}
