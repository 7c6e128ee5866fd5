"""The first actor right after an agency dateline, which the model missed, is a name
(entities.dateline_openers)."""

from __future__ import annotations

from article_annotator.entities import dateline_openers
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(dateline_openers.apply(list(mentions), text, LineMap(text)), text)


def test_a_company_or_person_after_the_dash_is_read() -> None:
    text = "SEOUL, Nov 20 (Yonhap) - Quorvane Electronics said it would invest more."
    assert ("Quorvane Electronics", "ORG") in _apply(text)
    text = "MADRID, Nov 23 (Reuters) - Kylian Mbappe scored twice on Saturday."
    assert ("Kylian Mbappe", "PERSON") in _apply(text)


def test_a_known_surname_last_makes_the_run_a_person() -> None:
    text = "DENVER, Nov 22 (AP) - Shai Vantrelle-Okoro scored 35 points. Vantrelle-Okoro said it was fun."
    later = [mention_at(text, "Vantrelle-Okoro", "PERSON", nth=1)]
    assert _apply(text, later)[0] == ("Shai Vantrelle-Okoro", "PERSON")


def test_dictionary_words_possessives_and_covered_openings_are_left() -> None:
    for text in (
        "ABUJA, Nov 3 (Reuters) - Gunmen kidnapped 25 pupils on Monday.",
        "LONDON, Nov 3 (Reuters) - Shares of Halvrix fell 5% on Monday.",
        "OSLO, Nov 3 (Reuters) - Norway's Quellmar Energy said on Monday it would cut jobs.",
        "Prices rose 3% on Nov 3 - Quellmar said.",
    ):
        assert _apply(text) == [], text
    text = "DETROIT, Nov 3 (Reuters) - Quellmar Motors said it would cut jobs."
    model = [mention_at(text, "Quellmar Motors", "ORG")]
    assert _apply(text, model) == [("Quellmar Motors", "ORG")]


def test_the_rule_in_a_whole_story(annotate_entities) -> None:
    text = "SEOUL, Nov 20 (Yonhap) - Samsung Electronics said it would invest 450 trillion won in South Korea over five years."
    assert ("Samsung Electronics", "ORG") in [(e["text"], e["label"]) for e in annotate_entities(text)]
    text = "MADRID, Nov 23 (Reuters) - Kylian Mbappe scored twice as Real Madrid beat Girona 3-2 on Saturday."
    assert ("Kylian Mbappe", "PERSON") in [(e["text"], e["label"]) for e in annotate_entities(text)]


def test_a_person_shaped_opener_is_a_person_though_the_story_reads_its_surname_otherwise() -> None:
    text = "DUBAI, Nov 16 (Reuters) - Rory Quellroy won the title. Rivals said Quellroy had set the standard."
    model = [mention_at(text, "Quellroy", "ORG", nth=1)]
    assert _apply(text, model)[0] == ("Rory Quellroy", "PERSON")
    text = "SEOUL, Nov 20 (Yonhap) - Rory Electronics said it would invest more."
    assert _apply(text)[0] == ("Rory Electronics", "ORG")
