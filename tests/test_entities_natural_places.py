"""Seas, shoals, straits and ranges are natural places (LOC), and groups of countries are
bodies (ORG): rules tested on our own sentences."""

from __future__ import annotations

from article_annotator.entities import natural_features
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _after(text: str, *given: tuple[str, str]) -> list[tuple[str, str]]:
    mentions = [mention_at(text, piece, label) for piece, label in given]
    return texts_and_labels(natural_features.apply(mentions, text, LineMap(text)), text)


def test_a_shoal_a_reef_and_a_gulf_of_are_natural_places_whatever_the_model_read() -> None:
    text = "Patrol boats circled the Second Kelmar Shoal and the Harrow Reef, and the map renamed the Gulf of Vostrand."
    out = _after(text, ("Second Kelmar Shoal", "ORG"), ("Harrow Reef", "FAC"), ("Gulf of Vostrand", "EVENT"))
    assert out == [("Second Kelmar Shoal", "LOC"), ("Harrow Reef", "LOC"), ("Gulf of Vostrand", "LOC")]


def test_a_place_a_lone_feature_word_and_a_club_in_a_sports_story_keep_their_labels() -> None:
    text = "Kelmar Valley beat Harrow 2-1 in the league on Saturday, and the striker scored twice before half-time."
    assert _after(text, ("Kelmar Valley", "ORG")) == [("Kelmar Valley", "ORG")]
    text = "Green Valley voted on Monday, and Reef said it would appeal; Gulf Keystone Petroleum fell."
    out = _after(text, ("Green Valley", "GPE"), ("Reef", "PERSON"), ("Gulf Keystone Petroleum", "ORG"))
    assert out == [("Green Valley", "GPE"), ("Reef", "PERSON"), ("Gulf Keystone Petroleum", "ORG")]


def test_seas_and_groups_of_countries_end_to_end(annotate_entities) -> None:
    found = {(e["text"], e["label"]) for e in annotate_entities(
        "Chinese coast guard ships fired water cannon near Scarborough Shoal in the South China Sea, "
        "and leaders of the Group of Seven and the Group of 20 condemned the attack.")}
    assert ("Scarborough Shoal", "LOC") in found
    assert ("Group of Seven", "ORG") in found and ("Group of 20", "ORG") in found


def test_an_island_group_read_as_a_country_is_land_unless_it_is_a_country_or_a_state() -> None:
    text = "Ships sailed near the Kelmar Islands, the Solomon Islands and Rhode Island, past Harrow Isle."
    out = _after(text, ("Kelmar Islands", "GPE"), ("Solomon Islands", "GPE"), ("Rhode Island", "GPE"), ("Harrow Isle", "FAC"))
    assert out == [("Kelmar Islands", "LOC"), ("Solomon Islands", "GPE"), ("Rhode Island", "GPE"), ("Harrow Isle", "LOC")]
