"""A lone given name read as a person, right before a capitalised word the model left out, is
the start of a full name (`surname_after.py`). Our own sentences; the people are made up."""

from __future__ import annotations

from article_annotator.entities import surname_after
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def test_a_given_name_grows_over_the_surname_the_model_missed() -> None:
    text = "The vote handed Prime Minister Romano Vellutri a victory over the opposition on Tuesday.\n"
    out = surname_after.apply([mention_at(text, "Romano", "PERSON")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Romano Vellutri", "PERSON")]


def test_a_month_a_country_a_function_word_or_another_mention_is_no_surname() -> None:
    text = "They met Andreas Monday, then told Andreas Kenya was safe, and Andreas The Band came, and Andreas Vell stayed.\n"
    mentions = [
        mention_at(text, "Andreas", "PERSON"),
        mention_at(text, "Andreas", "PERSON", nth=1),
        mention_at(text, "Andreas", "PERSON", nth=2),
        mention_at(text, "Andreas", "PERSON", nth=3),
        mention_at(text, "Vell", "ORG"),
    ]
    out = surname_after.apply(mentions, text, LineMap(text))
    assert [t for t, _ in texts_and_labels(out, text)] == ["Andreas", "Andreas", "Andreas", "Andreas", "Vell"]


def test_a_word_that_is_no_given_name_does_not_grow() -> None:
    text = "The match was won for Harlow Vennick by a late goal in the rain on Sunday.\n"
    out = surname_after.apply([mention_at(text, "Harlow", "PERSON")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Harlow", "PERSON")]
