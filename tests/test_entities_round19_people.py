"""People the model misses or mistypes (round 19): an East Asian surname before a hyphenated
given name (`hyphen_given.py`), a given name and surname before a verb of saying
(`speaker_names.py`), and news given names that are dictionary nouns (`NEWS_GIVEN_NAMES`).
Our own sentences; the people are made up."""

from __future__ import annotations

import pytest

from article_annotator.entities import hyphen_given, person_shaped, speaker_names
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


@pytest.fixture(scope="module")
def annotate(annotate_entities):
    return annotate_entities


def test_a_surname_before_a_hyphenated_given_name_is_a_person() -> None:
    text = "The club signed Moon Tae-gyu from Ulsan, and Park Seo-yeon joined the board.\n"
    mentions = [mention_at(text, "Moon", "ORG"), mention_at(text, "Ulsan", "GPE")]
    out = hyphen_given.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Moon Tae-gyu", "PERSON"), ("Ulsan", "GPE"), ("Park Seo-yeon", "PERSON")]


def test_no_listed_surname_or_no_hyphenated_given_name_is_left_alone() -> None:
    text = "The report from Moon Base-camp and Smith Tae-gyu reached Song Lake.\n"
    assert hyphen_given.apply([], text, LineMap(text)) == []
    text = "A name running on, Son Tae-gyuk-won, is no given name here, nor Kim In-Law.\n"
    assert hyphen_given.apply([], text, LineMap(text)) == []


def test_a_mention_reaching_outside_keeps_its_words() -> None:
    text = "Chief executive John Lee Ka-chiu spoke first.\n"
    out = hyphen_given.apply([mention_at(text, "John Lee Ka-chiu", "PERSON")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("John Lee Ka-chiu", "PERSON")]


def test_the_surname_alone_joins_the_hyphenated_name(annotate) -> None:
    text = ("Fulham's Son Jae-wook completed a move to Seattle Sounders on Monday. "
            "Son, who spent six years in England, said he wanted a new start.")
    people = [(i["text"], i["canonical"]) for i in annotate(text) if i["label"] == "PERSON"]
    assert people == [("Son Jae-wook", "Son Jae-wook"), ("Son", "Son Jae-wook")]


def test_a_given_name_and_a_surname_before_said_are_a_person() -> None:
    text = "After the draw, Arvid Plank said the referee was wrong, and Coach Elke Stein told reporters so.\n"
    out = speaker_names.apply([], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Arvid Plank", "PERSON"), ("Elke Stein", "PERSON")]


def test_no_speaker_pair_without_a_given_name_or_with_a_company_word() -> None:
    text = ("Credit Plank said rates would rise. Arvid Corp said its profit fell. Arvid Kenya said so. "
            "Tuesday Plank said no. Maria Corina Vell said yes. Arvid Holdings said it would sell.\n")
    out = speaker_names.apply([], text, LineMap(text))
    assert texts_and_labels(out, text) == []


def test_a_covered_pair_is_left_to_the_model() -> None:
    text = "Arvid Plank said the referee was wrong.\n"
    out = speaker_names.apply([mention_at(text, "Arvid Plank", "ORG")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Arvid Plank", "ORG")]


def test_a_news_given_name_that_is_a_dictionary_noun_makes_a_person_shape() -> None:
    assert person_shaped.is_given("Hugo") and person_shaped.is_given("Cyril")
    text = "Lyon striker Hugo Mbende scored twice on Sunday.\n"
    out = person_shaped.apply([mention_at(text, "Hugo Mbende", "ORG")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Hugo Mbende", "PERSON")]


def test_a_given_name_typed_as_a_place_before_a_person_joins_it() -> None:
    from article_annotator.entities import typed_given

    text = "The singer Benito Arroyo Velez said he would tour, and Chad Harlan Voss agreed.\n"
    mentions = [mention_at(text, "Benito", "GPE"), mention_at(text, "Arroyo Velez", "PERSON"),
                mention_at(text, "Chad", "GPE"), mention_at(text, "Harlan Voss", "PERSON")]
    out = typed_given.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Benito Arroyo Velez", "PERSON"), ("Chad", "GPE"), ("Harlan Voss", "PERSON")]


def test_a_typed_given_name_before_a_title_stays() -> None:
    from article_annotator.entities import typed_given

    text = "Benito Governor Ana Velez spoke.\n"
    mentions = [mention_at(text, "Benito", "GPE"), mention_at(text, "Governor Ana Velez", "PERSON")]
    out = typed_given.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Benito", "GPE"), ("Governor Ana Velez", "PERSON")]


def test_a_given_name_before_a_surname_the_model_typed_as_a_place_is_a_person() -> None:
    from article_annotator.entities import given_names

    text = "Lyon's Erling Vassbakk scored twice. The coach said Vassbakk was sharp, and Charles Schwab rose.\n"
    mentions = [mention_at(text, "Lyon", "GPE"), mention_at(text, "Vassbakk", "GPE", nth=1),
                mention_at(text, "Schwab", "ORG")]
    out = given_names.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Lyon", "GPE"), ("Erling Vassbakk", "PERSON"), ("Vassbakk", "GPE"), ("Schwab", "ORG")]


def test_a_mention_ending_in_a_titles_first_word_loses_it() -> None:
    from article_annotator.entities import title_cuts

    text = "Ethiopian Prime Minister Abel Tesfa spoke, and Monsod told Reuters Finance Secretary Ana Vell so.\n"
    mentions = [mention_at(text, "Ethiopian Prime", "ORG"), mention_at(text, "Reuters Finance", "ORG"),
                mention_at(text, "Abel Tesfa", "PERSON")]
    out = title_cuts.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Ethiopian", "NORP"), ("Reuters", "ORG"), ("Abel Tesfa", "PERSON")]
    text = "The World Health Organization met; Prime Minister Ana Vell came.\n"
    kept = [mention_at(text, "World Health Organization", "ORG")]
    assert texts_and_labels(title_cuts.apply(kept, text, LineMap(text)), text) == [("World Health Organization", "ORG")]


def test_a_demonym_before_prime_minister_after_a_dateline_end_to_end(annotate) -> None:
    text = ("ACCRA, March 3 - Ethiopian Prime Minister Abiy Tesfaye met Kenyan Vice President Ruth Wanjiru. "
            "Tesfaye said the talks went well.")
    items = [(i["text"], i["label"]) for i in annotate(text)]
    assert ("Ethiopian", "NORP") in items and not any(t.endswith(("Prime", "Vice")) for t, _ in items)


def test_a_surname_after_a_particle_may_be_a_dictionary_word() -> None:
    text = "The museum's director Laurence des Champs spoke, and Laurence Champs did not.\n"
    mentions = [mention_at(text, "Laurence des Champs", "ORG"), mention_at(text, "Laurence Champs", "ORG")]
    out = person_shaped.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Laurence des Champs", "PERSON"), ("Laurence Champs", "ORG")]


def test_two_given_names_grow_over_the_surname_the_model_left_out() -> None:
    from article_annotator.entities import surname_after

    text = "Senator Maria Fernanda Cabal said so, and Maria Fernanda Kenya did not.\n"
    mentions = [mention_at(text, "Maria Fernanda", "PERSON"), mention_at(text, "Maria Fernanda", "PERSON", nth=1)]
    out = surname_after.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Maria Fernanda Cabal", "PERSON"), ("Maria Fernanda", "PERSON")]


def test_a_particle_surname_alone_joins_the_full_name_end_to_end(annotate) -> None:
    text = ("Laurence des Cars, the museum's director, told senators that security had failed. "
            "The minister backed des Cars on Monday.")
    people = [(i["text"], i["canonical"]) for i in annotate(text) if i["label"] == "PERSON"]
    assert people == [("Laurence des Cars", "Laurence des Cars"), ("des Cars", "Laurence des Cars")]
