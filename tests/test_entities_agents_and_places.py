"""A maker after "directed by" is a PERSON (entities.agent_names); a person-read name before
"province" is a GPE (entities.place_kinds); a sentence's opening adjective is no part of the
place after it (entities.leading_adjectives)."""

from __future__ import annotations

from article_annotator.entities import agent_names, leading_adjectives, place_kinds
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(rule, text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(rule.apply(list(mentions), text, LineMap(text)), text)


_STORY = "The studio confirmed the plans on Monday.\n"


def test_a_missed_or_misread_maker_after_directed_by_is_a_person() -> None:
    text = _STORY + "Her next film, directed by Siddharth Varanel, opens in May, and a book written by Mira Okafor follows.\n"
    assert _apply(agent_names, text) == [("Siddharth Varanel", "PERSON"), ("Mira Okafor", "PERSON")]
    fac = [mention_at(text, "Siddharth Varanel", "FAC")]
    assert ("Siddharth Varanel", "PERSON") in _apply(agent_names, text, fac)


def test_a_body_or_a_title_after_by_is_no_maker() -> None:
    text = _STORY + "The plant, designed by General Quellmar, and a series produced by Mira Okafor Studios opened.\n"
    org = [mention_at(text, "Mira Okafor Studios", "ORG")]
    assert _apply(agent_names, text, org) == [("Mira Okafor Studios", "ORG")]


def test_a_person_read_name_before_province_is_a_place() -> None:
    text = "Officials said the city will absorb neighbouring Binh Quellan province. Binh Quellan has 2 million people."
    model = [mention_at(text, "Binh Quellan", "PERSON"), mention_at(text, "Binh Quellan", "PERSON", nth=1)]
    assert _apply(place_kinds, text, model) == [("Binh Quellan", "GPE"), ("Binh Quellan", "GPE")]


def test_a_person_named_otherwise_keeps_the_name() -> None:
    text = "Nguyen Van Quellan spoke. Van Quellan province was hit."
    model = [mention_at(text, "Nguyen Van Quellan", "PERSON"), mention_at(text, "Van Quellan", "PERSON", nth=1)]
    assert _apply(place_kinds, text, model) == [("Nguyen Van Quellan", "PERSON"), ("Van Quellan", "PERSON")]


def test_an_opening_adjective_leaves_the_place() -> None:
    text = "Talks resumed. Neighbouring Ivory Coast will follow. Southern California was hit. Oil from Nearby Lagos."
    model = [mention_at(text, "Neighbouring Ivory Coast", "GPE"), mention_at(text, "Southern California", "GPE"),
             mention_at(text, "Nearby Lagos", "GPE")]
    assert _apply(leading_adjectives, text, model) == [
        ("Ivory Coast", "GPE"), ("Southern California", "GPE"), ("Nearby Lagos", "GPE")]


def test_a_region_named_with_a_position_word_keeps_it() -> None:
    text = "Prices fell. Far East traders sold. Far East Quellmar rose."
    model = [mention_at(text, "Far East", "GPE"), mention_at(text, "Far East Quellmar", "LOC")]
    assert _apply(leading_adjectives, text, model) == [("Far East", "GPE"), ("Far East Quellmar", "LOC")]


def test_the_rules_in_a_whole_story(annotate_entities) -> None:
    text = ("MUMBAI, Nov 12 (PTI) - The actor thanked fans from a balcony. Khan's next film, directed by "
            "Siddharth Anand, opens in 2026. Neighbouring Ivory Coast is expected to announce its price next week.")
    got = [(e["text"], e["label"]) for e in annotate_entities(text)]
    assert ("Siddharth Anand", "PERSON") in got and ("Ivory Coast", "GPE") in got


def test_a_dictionary_word_name_before_district_is_a_place_but_not_at_a_sentence_start() -> None:
    text = "Officials said the Kandy district was the worst hit. Will state the case, he asked."
    model = [mention_at(text, "Kandy", "PERSON"), mention_at(text, "Will", "PERSON")]
    assert _apply(place_kinds, text, model) == [("Kandy", "GPE"), ("Will", "PERSON")]
