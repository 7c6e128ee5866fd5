"""A town's name and a club word after it is a club (`club_names.py`). Our own sentences."""

from __future__ import annotations

from article_annotator.entities import club_names
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _out(text: str, *typed: tuple[str, str]) -> list[tuple[str, str]]:
    mentions = [mention_at(text, name, label) for name, label in typed]
    return texts_and_labels(club_names.apply(mentions, text, LineMap(text)), text)


def test_a_town_and_a_club_word_is_a_club_whatever_the_model_made_of_it() -> None:
    text = "Leicester City beat Bristol Rovers, and Manchester lost to Leeds United.\n"
    out = _out(text, ("Leicester City", "GPE"), ("Bristol", "GPE"), ("Manchester", "GPE"))
    assert out == [("Leicester City", "ORG"), ("Bristol Rovers", "ORG"), ("Manchester", "GPE"), ("Leeds United", "ORG")]


def test_cities_named_city_and_longer_names_stay() -> None:
    text = "Flights from Mexico City and Panama City landed, and Manchester City Council met in Cape Town.\n"
    out = _out(text, ("Mexico City", "GPE"), ("Panama City", "GPE"), ("Manchester City Council", "ORG"), ("Cape Town", "GPE"))
    assert out == [("Mexico City", "GPE"), ("Panama City", "GPE"), ("Manchester City Council", "ORG"), ("Cape Town", "GPE")]


def test_an_unlisted_town_gives_no_club() -> None:
    text = "Harrowgate United and Kelmarton City drew.\n"
    assert _out(text) == []
