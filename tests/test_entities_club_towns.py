"""A town a sports story once names as a club is the club at its other mentions
(`club_towns.py`). Our own sentences; the towns are made up or real, the people and games made up."""

from __future__ import annotations

from article_annotator.entities import club_towns
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels

_SPORT = "The squad trained before the cup replay.\n"


def _run(text: str, pieces: list[tuple[str, str, int]]) -> list[tuple[str, str]]:
    mentions = [mention_at(text, piece, label, nth=nth) for piece, label, nth in pieces]
    return texts_and_labels(club_towns.apply(mentions, text, LineMap(text)), text)


def test_a_town_named_once_as_a_club_is_the_club_at_its_other_mentions() -> None:
    text = _SPORT + "Harrowgate boss Ian Brandt is worried. The pressure will be on Harrowgate now.\n"
    out = _run(text, [("Harrowgate", "GPE", 0), ("Ian Brandt", "PERSON", 0), ("Harrowgate", "GPE", 1)])
    assert out == [("Harrowgate", "ORG"), ("Ian Brandt", "PERSON"), ("Harrowgate", "ORG")]


def test_each_club_cue_names_a_club() -> None:
    for line in (
        "Leaders Harrowgate will rest players.",
        "He took over at Harrowgate in May.",
        "He joined on loan from Harrowgate.",
        "A lifelong Harrowgate supporter wrote in.",
        "Harrowgate striker Dev Okafor is out.",
    ):
        text = _SPORT + line + "\n"
        assert _run(text, [("Harrowgate", "GPE", 0)]) == [("Harrowgate", "ORG")], line


def test_a_player_after_the_possessive_names_a_club() -> None:
    text = _SPORT + "Harrowgate's Ian Brandt was picked, but Harrowgate's Olympic Stadium is shut.\n"
    out = _run(text, [("Harrowgate", "GPE", 0), ("Ian Brandt", "PERSON", 0), ("Harrowgate", "GPE", 1)])
    assert out == [("Harrowgate", "ORG"), ("Ian Brandt", "PERSON"), ("Harrowgate", "GPE")]
    text = _SPORT + "Harrowgate's Olympic Stadium is shut, and Harrowgate will host the final.\n"
    out = _run(text, [("Harrowgate", "GPE", 0), ("Harrowgate", "GPE", 1)])
    assert out == [("Harrowgate", "GPE"), ("Harrowgate", "GPE")]


def test_a_team_cue_names_a_club_only_for_a_listed_town() -> None:
    for line in ("Injury-hit Norwich were well beaten.", "Their game against Norwich is off.", "They beat Norwich again."):
        text = _SPORT + line + " Norwich is a fine city.\n"
        assert _run(text, [("Norwich", "GPE", 0), ("Norwich", "GPE", 1)]) == [("Norwich", "ORG")] * 2, line
    text = _SPORT + "Vela will face Zarnova in the final; Zarnova has lost twice to her.\n"
    assert _run(text, [("Zarnova", "PERSON", 0), ("Zarnova", "PERSON", 1)]) == [("Zarnova", "PERSON")] * 2


def test_a_mention_that_shows_a_place_stays_a_place() -> None:
    text = _SPORT + "Harrowgate boss Ian Brandt smiled. The final is staged in Harrowgate, and he was given the freedom of the city of Harrowgate.\n"
    out = _run(text, [("Harrowgate", "GPE", 0), ("Harrowgate", "GPE", 1), ("Harrowgate", "GPE", 2)])
    assert out == [("Harrowgate", "ORG"), ("Harrowgate", "GPE"), ("Harrowgate", "GPE")]


def test_the_club_possessive_after_in_is_the_club() -> None:
    text = _SPORT + "Harrowgate fans sang. He starred in Harrowgate's win and lives near Harrowgate.\n"
    out = _run(text, [("Harrowgate", "GPE", 0), ("Harrowgate", "GPE", 1), ("Harrowgate", "GPE", 2)])
    assert out == [("Harrowgate", "ORG"), ("Harrowgate", "ORG"), ("Harrowgate", "GPE")]


def test_without_a_club_cue_or_sport_talk_the_town_stays() -> None:
    text = _SPORT + "The team flew out of Harrowgate and landed in Dunmore.\n"
    assert _run(text, [("Harrowgate", "GPE", 0), ("Dunmore", "GPE", 0)]) == [("Harrowgate", "GPE"), ("Dunmore", "GPE")]
    text = "Harrowgate were told the plant would close. Harrowgate council met.\n"
    assert _run(text, [("Harrowgate", "GPE", 0), ("Harrowgate", "GPE", 1)]) == [("Harrowgate", "GPE"), ("Harrowgate", "GPE")]


def test_countries_and_players_stay() -> None:
    text = _SPORT + "Kenya captain Ana Vela left and Kenya went home. Brandt's Ian Okafor shone, and Ian Brandt scored; Brandt smiled.\n"
    pieces = [("Kenya", "GPE", 0), ("Kenya", "GPE", 1), ("Brandt", "PERSON", 0), ("Ian Okafor", "PERSON", 0),
              ("Ian Brandt", "PERSON", 0), ("Brandt", "PERSON", 2)]
    out = _run(text, pieces)
    assert [label for _, label in out] == ["GPE", "GPE", "PERSON", "PERSON", "PERSON", "PERSON"]


def test_a_titled_name_stays_a_person() -> None:
    text = _SPORT + "Mr Harrowgate spoke to the press while Harrowgate fans cheered.\n"
    out = _run(text, [("Harrowgate", "PERSON", 0), ("Harrowgate", "PERSON", 1)])
    assert out == [("Harrowgate", "PERSON")] * 2


def test_a_building_after_the_possessive_and_a_peoples_adjective_stay() -> None:
    text = _SPORT + "They lost to Cardiff, then came to Cardiff's new Millennium Stadium. Four African players joined.\n"
    out = _run(text, [("Cardiff", "GPE", 0), ("Cardiff", "GPE", 1), ("African", "NORP", 0)])
    assert out == [("Cardiff", "ORG"), ("Cardiff", "GPE"), ("African", "NORP")]


def test_a_short_match_report_and_a_result_at_a_town_name_the_club() -> None:
    text = "The goalkeeper fumbled and the equaliser came late. Norwich manager Ana Vela was calm; Norwich will recover.\n"
    assert _run(text, [("Norwich", "GPE", 0), ("Norwich", "GPE", 1)]) == [("Norwich", "ORG")] * 2
    text = _SPORT + "After the defeat at Norwich they took on Leicester. Leicester is an old city, Norwich too.\n"
    out = _run(text, [("Norwich", "GPE", 0), ("Leicester", "GPE", 0), ("Leicester", "GPE", 1), ("Norwich", "GPE", 1)])
    assert [label for _, label in out] == ["ORG"] * 4
