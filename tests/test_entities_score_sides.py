"""The sides of a result with its score are teams (`score_sides.py`). Our own sentences; the
results are made up."""

from __future__ import annotations

from article_annotator.entities import score_sides
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _sides(text: str) -> list[str]:
    return [text[s:e] for s, e in score_sides.sides(text)]


def test_the_sides_around_a_result_and_its_score_are_found() -> None:
    assert _sides("On Sunday Lazio drew 2-2 with Fiorentina.") == ["Lazio", "Fiorentina"]
    assert _sides("They went top by beating Middlesbrough 3-1 at home.") == ["Middlesbrough"]
    assert _sides("It was a 2-0 win over Hibernian in the rain.") == ["Hibernian"]
    assert _sides("United were held 1-1 at home by Leeds on Saturday.") == ["Leeds"]
    assert _sides("Brighton beat the Harrow Rovers 3-2 last weekend.") == ["Brighton", "Harrow Rovers"]


def test_tennis_sets_bond_fractions_and_grounds_are_no_sides() -> None:
    assert _sides("Vela beat Brandt 6-1 7-6 6-3 in the final.") == []
    assert _sides("The bond beat forecasts and rose 2-1/2 to 101.") == []
    assert _sides("They won 2-1 at Wembley on a wet night.") == []


def test_a_place_a_people_and_a_missed_side_become_clubs_and_a_country_a_place() -> None:
    text = "Bristol drew 1-1 with Dunmore while Kenya beat Lithuania 2-1 in the other group game.\n"
    mentions = [
        mention_at(text, "Bristol", "GPE"),
        mention_at(text, "Kenya", "GPE"),
        mention_at(text, "Lithuania", "FAC"),
    ]
    out = score_sides.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [
        ("Bristol", "ORG"),
        ("Dunmore", "ORG"),
        ("Kenya", "GPE"),
        ("Lithuania", "GPE"),
    ]


def test_a_player_named_in_full_elsewhere_or_a_given_name_stays_a_person() -> None:
    text = "Ana Vela was in form again. Vela beat Okafor 3-1 in the final frame, and Maria lost 2-0 to Ines.\n"
    mentions = [
        mention_at(text, "Ana Vela", "PERSON"),
        mention_at(text, "Vela", "PERSON", nth=1),
        mention_at(text, "Maria", "PERSON"),
    ]
    out = score_sides.apply(mentions, text, LineMap(text))
    assert ("Vela", "PERSON") in texts_and_labels(out, text)
    assert ("Maria", "PERSON") in texts_and_labels(out, text)


def test_no_side_is_added_or_turned_where_a_person_plays_the_result() -> None:
    text = "Ana Vela won. In the squash final Vela beat Okafor 3-1, and Brandt beat Ines Moreno 3-0 in the plate.\n"
    mentions = [
        mention_at(text, "Ana Vela", "PERSON"),
        mention_at(text, "Vela", "PERSON", nth=1),
        mention_at(text, "Brandt", "PERSON"),
        mention_at(text, "Ines Moreno", "PERSON"),
    ]
    out = score_sides.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [
        ("Ana Vela", "PERSON"),
        ("Vela", "PERSON"),
        ("Brandt", "PERSON"),
        ("Ines Moreno", "PERSON"),
    ]


def test_two_lone_unknown_words_read_as_people_are_teams_in_a_cricket_result() -> None:
    text = "Kelmarshire beat Glamorgan by seven wickets on the final afternoon at the ground.\n"
    mentions = [mention_at(text, "Kelmarshire", "PERSON"), mention_at(text, "Glamorgan", "PERSON")]
    out = score_sides.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Kelmarshire", "ORG"), ("Glamorgan", "ORG")]


def test_a_club_opened_by_its_town_and_read_as_a_person_plays_no_result() -> None:
    text = "Harrow City were held 1-1 at home by Leeds on a cold night in the north.\n"
    mentions = [mention_at(text, "Harrow City", "PERSON"), mention_at(text, "Leeds", "GPE")]
    out = score_sides.apply(mentions, text, LineMap(text))
    assert ("Leeds", "ORG") in texts_and_labels(out, text)


def test_a_cricket_margin_is_a_result_only_teams_win() -> None:
    assert _sides("Surrey beat Glamorgan by seven wickets at the Oval.") == ["Surrey", "Glamorgan"]
    assert _sides("Kelmarshire won by an innings and 12 runs.") == ["Kelmarshire"]
    assert _sides("The bill was passed by seven votes.") == []


def test_a_sentence_end_parts_two_sides_and_an_abbreviation_keeps_its_dots() -> None:
    assert _sides("He levelled for Bayern. Leipzig drew 0-0 with Wolfsburg.") == ["Leipzig", "Wolfsburg"]
    assert _sides("Kenya beat the U.S. 2-1 in the final.") == ["Kenya", "U.S."]
