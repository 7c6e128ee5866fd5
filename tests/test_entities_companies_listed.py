"""Companies the lexicon knows by name are ORG (entities.companies)."""

from __future__ import annotations

from article_annotator.entities import companies
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(companies.apply(list(mentions), text, LineMap(text)), text)


def test_a_listed_company_read_as_a_person_or_place_or_missed_is_an_org() -> None:
    text = "Shares of Novartis and Nestle were flat, and the chips went to Nvidia on Monday."
    mentions = [mention_at(text, "Novartis", "PERSON"), mention_at(text, "Nestle", "GPE")]
    assert _apply(text, mentions) == [("Novartis", "ORG"), ("Nestle", "ORG"), ("Nvidia", "ORG")]


def test_a_person_a_title_a_product_number_a_longer_name_and_a_ticker_stay() -> None:
    text = "Ana Dell met Mr Ford. Boeing 777 jets and Boeing Capital loans rose; <BP> gained."
    people = [mention_at(text, "Ana Dell", "PERSON"), mention_at(text, "Ford", "PERSON")]
    assert _apply(text, people) == [("Ana Dell", "PERSON"), ("Ford", "PERSON")]


def test_a_name_that_is_also_a_word_is_added_only_inside_a_sentence_of_a_story_without_its_lower_case() -> None:
    assert _apply("Shares in Apple rose on Monday.") == [("Apple", "ORG")]
    assert _apply("Apple shares rose on Monday.") == []
    assert _apply("Shares in Apple rose, and so did the price of an apple.") == []


def test_a_place_reading_of_a_company_named_like_a_place_stays() -> None:
    text = "Flights from Santander were cancelled on Friday."
    assert _apply(text, [mention_at(text, "Santander", "GPE")]) == [("Santander", "GPE")]


def test_the_rule_reads_the_whole_story(annotate_entities) -> None:
    items = annotate_entities("The regulator fined Novartis and Nestle on Tuesday for price fixing.")
    got = [(e["text"], e["label"]) for e in items]
    assert ("Novartis", "ORG") in got and ("Nestle", "ORG") in got


def test_a_company_named_like_a_word_the_story_writes_in_lower_case_is_not_added() -> None:
    assert _apply("Investors backed Yahoo in 1995; a yahoo is a rude person.") == []
