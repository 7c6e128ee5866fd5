"""A given name right before a one-word person is that person's full name. Our own sentences;
the people are made up."""

from __future__ import annotations

from article_annotator.entities import given_names, outlets
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def test_a_given_name_before_a_known_surname_makes_the_full_name() -> None:
    text = "Elon Brook said on Monday that sales rose. Later Brook told reporters he was pleased.\n"
    out = given_names.apply([mention_at(text, "Brook", "PERSON", nth=1)], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Elon Brook", "PERSON"), ("Brook", "PERSON")]


def test_a_dictionary_word_a_place_or_a_title_before_the_surname_is_no_given_name() -> None:
    text = "Will Brook come? Paris Brook rose. Dr Brook told reporters he was pleased.\n"
    out = given_names.apply([mention_at(text, "Brook", "PERSON", nth=2)], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Brook", "PERSON")]


def test_a_surname_the_model_gave_another_label_is_left() -> None:
    text = "Elon Brook said sales rose. Brook Capital told reporters.\n"
    out = given_names.apply([mention_at(text, "Brook Capital", "ORG")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Brook Capital", "ORG")]


def test_the_platform_x_read_as_a_person_is_org() -> None:
    text = "Brook wrote in a post on X. Malcolm X spoke.\n"
    mentions = [mention_at(text, "X", "PERSON"), mention_at(text, "Malcolm X", "PERSON")]
    assert texts_and_labels(outlets.apply(mentions, text, LineMap(text)), text) == [("X", "ORG"), ("Malcolm X", "PERSON")]


def test_a_known_person_opening_a_sentence_is_found_when_a_comma_or_a_speech_verb_follows() -> None:
    from article_annotator.entities import names

    text = "Tim Brown met them. Brown, smiling, left. Brown said no. Brown sugar rose.\n"
    out = names.apply([mention_at(text, "Tim Brown", "PERSON")], text, LineMap(text))
    assert [(m.text(text), m.start) for m in out] == [
        ("Tim Brown", 0), ("Brown", text.index("Brown,")), ("Brown", text.index("Brown said"))]
