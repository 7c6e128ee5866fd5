"""The employer after a job noun and "at"/"from" is an organisation (entities.employers)."""

from __future__ import annotations

from article_annotator.entities import employers
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(employers.apply(list(mentions), text, LineMap(text)), text)


def test_the_employer_of_analysts_and_economists_is_an_organisation() -> None:
    text = "Analysts at Vexlar Bank said rates would fall, and an economist from Quorvex Labs agreed."
    assert _apply(text) == [("Vexlar Bank", "ORG"), ("Quorvex Labs", "ORG")]


def test_a_person_reading_of_the_employer_turns_and_other_readings_stay() -> None:
    text = "Researchers from Halvrix Group said so, and traders at Mirelle Fund disagreed."
    person = mention_at(text, "Halvrix Group", "PERSON")
    org = mention_at(text, "Mirelle Fund", "ORG")
    assert _apply(text, [person, org]) == [("Halvrix Group", "ORG"), ("Mirelle Fund", "ORG")]


def test_places_and_words_without_at_are_no_employers() -> None:
    assert _apply("Analysts at Britain's biggest bank said so; economists in Quorvex agreed.") == []
    assert _apply("Traders at London and economists at the Treasury met.") == [("Treasury", "ORG")]


def test_the_rule_reads_the_whole_story(annotate_entities) -> None:
    items = annotate_entities("Economists at Pantheon Macroeconomics expect two cuts this year, they said.")
    assert ("Pantheon Macroeconomics", "ORG") in [(e["text"], e["label"]) for e in items]
