"""The name right before an employer's role and its holder is an organisation (entities.role_employers)."""

from __future__ import annotations

from article_annotator.entities import role_employers
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(role_employers.apply(list(mentions), text, LineMap(text)), text)


def test_a_missed_employer_before_a_role_and_a_person_is_an_organisation() -> None:
    text = "Rates held. Quorvex economist Dana Pell said so, and Halvrix chief executive Ian Brandt agreed."
    people = [mention_at(text, "Dana Pell", "PERSON"), mention_at(text, "Ian Brandt", "PERSON")]
    assert _apply(text, people) == [
        ("Quorvex", "ORG"), ("Dana Pell", "PERSON"), ("Halvrix", "ORG"), ("Ian Brandt", "PERSON"),
    ]


def test_a_person_or_place_reading_of_the_employer_turns_and_spreads() -> None:
    text = "Velmont Gold bought two mines. Velmont chairman Ruth Cale said the deal was fair, and Velmont agreed."
    mentions = [
        mention_at(text, "Velmont Gold", "PERSON"),
        mention_at(text, "Velmont", "PERSON", nth=1),
        mention_at(text, "Ruth Cale", "PERSON"),
        mention_at(text, "Velmont", "GPE", nth=2),
    ]
    got = _apply(text, mentions)
    assert got == [("Velmont Gold", "ORG"), ("Velmont", "ORG"), ("Ruth Cale", "PERSON"), ("Velmont", "GPE")]


def test_places_peoples_and_people_before_a_role_stay() -> None:
    text = (
        "Bill Carrow spoke. Carrow spokesman Ian Brandt said so. England coach Dana Pell agreed, "
        "and Kenyan president Ana Vela wrote. Mr Tolland left. Tolland spokesman Eli Marr did not."
    )
    mentions = [
        mention_at(text, "Bill Carrow", "PERSON"),
        mention_at(text, "Carrow", "PERSON", nth=1),
        mention_at(text, "Ian Brandt", "PERSON"),
        mention_at(text, "England", "GPE"),
        mention_at(text, "Dana Pell", "PERSON"),
        mention_at(text, "Kenyan", "NORP"),
        mention_at(text, "Ana Vela", "PERSON"),
        mention_at(text, "Tolland", "PERSON", nth=1),
        mention_at(text, "Eli Marr", "PERSON"),
    ]
    assert _apply(text, mentions) == texts_and_labels(mentions, text)


def test_a_sentence_opening_word_or_a_missed_dictionary_word_is_no_employer() -> None:
    text = "Police spokesman Dana Pell said so. Rival Quorvex chairman Ian Brandt agreed."
    people = [mention_at(text, "Dana Pell", "PERSON"), mention_at(text, "Ian Brandt", "PERSON")]
    assert _apply(text, people) == [("Dana Pell", "PERSON"), ("Quorvex", "ORG"), ("Ian Brandt", "PERSON")]


def test_no_person_after_the_role_no_employer() -> None:
    text = "The Quorvex chairman said so on Monday."
    assert _apply(text) == []


def test_the_rule_reads_the_whole_story(annotate_entities) -> None:
    items = annotate_entities(
        "Shares in the bank rose on Monday. Marrowvale economist Brendan Tully said the rise would last."
    )
    assert ("Marrowvale", "ORG") in [(e["text"], e["label"]) for e in items]


def test_a_movement_before_leader_is_an_organisation_but_a_people_is_not() -> None:
    text = "Talks went on. Kelvara leader Dana Pell left, and Bosnian Serb leader Ian Brandt stayed."
    people = [mention_at(text, "Dana Pell", "PERSON"), mention_at(text, "Ian Brandt", "PERSON")]
    assert _apply(text, people) == [("Kelvara", "ORG"), ("Dana Pell", "PERSON"), ("Ian Brandt", "PERSON")]


def test_a_missed_dictionary_word_the_story_writes_in_lower_case_is_no_employer() -> None:
    text = "Harvest Foods grew. Harvest chairman Dana Pell said the harvest was good."
    mentions = [mention_at(text, "Harvest Foods", "ORG"), mention_at(text, "Dana Pell", "PERSON")]
    assert _apply(text, mentions) == [("Harvest Foods", "ORG"), ("Dana Pell", "PERSON")]
