"""Clubs the lexicon knows by name, and their short forms, are ORG (entities.clubs)."""

from __future__ import annotations

from article_annotator.entities import clubs
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(clubs.apply(list(mentions), text, LineMap(text)), text)


def test_a_listed_club_read_as_a_place_or_person_or_cut_short_is_one_org() -> None:
    text = "Aston Villa hosted Real Madrid while Manchester City rested on Tuesday."
    mentions = [
        mention_at(text, "Aston Villa", "PERSON"),
        mention_at(text, "Madrid", "GPE"),
        mention_at(text, "Manchester City", "GPE"),
    ]
    assert _apply(text, mentions) == [("Aston Villa", "ORG"), ("Real Madrid", "ORG"), ("Manchester City", "ORG")]


def test_a_dictionary_word_club_needs_a_story_that_talks_sport() -> None:
    sport = "Celtic moved clear with a win in the league. The striker scored and the goalkeeper saved a penalty."
    assert ("Celtic", "ORG") in _apply(sport)
    assert _apply("Celtic music filled the hall on Friday night.") == []


def test_a_short_form_is_the_club_only_where_the_full_name_is_named() -> None:
    text = "Inter Milan lost at home. Inter face a hard run, and Real are idle this week."
    assert _apply(text) == [("Inter Milan", "ORG"), ("Inter", "ORG")]


def test_a_club_inside_a_longer_name_or_a_mention_running_past_it_stays() -> None:
    text = "Fans gathered at Celtic Park, and the Texas Rangers won. The match was a derby and the striker scored twice."
    assert _apply(text) == []
    text = "Juventus Stadium was full on Sunday."
    fused = [mention_at(text, "Juventus Stadium", "FAC")]
    assert _apply(text, fused) == [("Juventus Stadium", "FAC")]


def test_a_listed_town_alone_is_left_to_club_towns() -> None:
    text = "Barcelona is warm in May, and tourists fill its streets."
    place = [mention_at(text, "Barcelona", "GPE")]
    assert _apply(text, place) == [("Barcelona", "GPE")]


def test_the_rule_reads_the_whole_story(annotate_entities) -> None:
    items = annotate_entities("Aston Villa will host Bayern Munich on Wednesday, the club said.")
    got = [(e["text"], e["label"]) for e in items]
    assert ("Aston Villa", "ORG") in got and ("Bayern Munich", "ORG") in got


def test_a_dictionary_word_club_the_story_writes_in_lower_case_is_not_added() -> None:
    text = "Arsenal moved clear in the league. The striker scored, the goalkeeper saved, and an arsenal of weapons was found."
    assert _apply(text) == []


def test_a_one_word_club_needs_sport_and_no_preposition_of_place() -> None:
    assert _apply("Her speech at the party conference in Bournemouth drew applause from members.") == []
    sport = "Fans saw Bournemouth win in the league; the striker scored and the goalkeeper saved a penalty."
    assert ("Bournemouth", "ORG") in _apply(sport)
    sport_in = "The squad trained in Bournemouth before the cup tie; the striker and the goalkeeper were fit."
    assert _apply(sport_in) == []
