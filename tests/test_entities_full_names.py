"""A given name and a surname the model typed as a thing is a person (`full_names.py`).
Our own sentences; the people are made up."""

from __future__ import annotations

from article_annotator.entities import full_names
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _labels(text: str, *typed: tuple[str, str]) -> list[tuple[str, str]]:
    mentions = [mention_at(text, name, label) for name, label in typed]
    return texts_and_labels(full_names.apply(mentions, text, LineMap(text)), text)


def test_a_full_name_read_as_a_club_a_place_or_a_building_is_a_person() -> None:
    text = "Fabrice Vautrin beat Gethin Morwell in straight sets, and Ruben Di Tavert watched with Tess Ombridge.\n"
    out = _labels(text, ("Fabrice Vautrin", "ORG"), ("Gethin Morwell", "GPE"), ("Ruben Di Tavert", "ORG"),
                  ("Tess Ombridge", "FAC"))
    assert out == [("Fabrice Vautrin", "PERSON"), ("Gethin Morwell", "PERSON"), ("Ruben Di Tavert", "PERSON"),
                   ("Tess Ombridge", "PERSON")]


def test_companies_named_after_people_and_company_tails_stay() -> None:
    text = "Charles Schwab and Ralph Lauren gained, Benson Ltd fell, and Morgan Stanley held.\n"
    out = _labels(text, ("Charles Schwab", "ORG"), ("Ralph Lauren", "ORG"), ("Benson Ltd", "ORG"), ("Morgan Stanley", "ORG"))
    assert [label for _, label in out] == ["ORG", "ORG", "ORG", "ORG"]


def test_places_lists_dictionary_words_and_articles_stay() -> None:
    text = "Flights to Tel Aviv resumed; Hertha Berlin lost; Goldman, Sachs advised; Grace Period ended; Les Choristes opened.\n"
    out = _labels(text, ("Tel Aviv", "GPE"), ("Hertha Berlin", "ORG"), ("Goldman, Sachs", "ORG"), ("Grace Period", "ORG"),
                  ("Les Choristes", "WORK_OF_ART"))
    assert [label for _, label in out] == ["GPE", "ORG", "ORG", "ORG", "WORK_OF_ART"]


def test_all_caps_and_one_word_names_are_left_to_other_rules() -> None:
    text = "SAMANTHA ORLEY won, and Vautrin lost.\n"
    out = _labels(text, ("SAMANTHA ORLEY", "ORG"), ("Vautrin", "ORG"))
    assert [label for _, label in out] == ["ORG", "ORG"]


def test_a_type_an_earlier_rule_read_from_the_context_stays() -> None:
    text = "Danish drugmaker Fabrice Vautrin cut prices.\n"
    typed = [mention_at(text, "Fabrice Vautrin", "ORG", origin="evidence")]
    assert texts_and_labels(full_names.apply(typed, text, LineMap(text)), text) == [("Fabrice Vautrin", "ORG")]
