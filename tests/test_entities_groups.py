"""Plural group names after "the" are groups, not people (issue 12): our own sentences."""

from __future__ import annotations

import pytest

from article_annotator.entities import groups
from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention
from tests.mentions import labels_after, persons


@pytest.fixture(scope="module")
def annotate(annotate_entities):
    return annotate_entities


def test_a_plural_after_the_with_a_verb_is_a_group_everywhere() -> None:
    text = "The Marlins were beaten again on Sunday.\n\nMarlins fans left early, and the coach blamed the wind.\n"
    assert labels_after(groups, text, "Marlins") == {"Marlins": {"ORG"}}


def test_a_people_adjective_makes_the_group_norp() -> None:
    text = "Zaydi fighters seized the port. The Zaydis said the ships would be searched.\n"
    assert labels_after(groups, text, "Zaydis") == {"Zaydis": {"NORP"}}
    found = groups.apply(persons(text, "Zaydis") + [Mention(0, 5, "ORG")], text, LineMap(text))
    assert {m.text(text): m.label for m in found} == {"Zaydis": "NORP", "Zaydi": "NORP"}


def test_punctuation_after_the_plural_is_enough() -> None:
    text = "Fans of the Rovers, who lost twice, stayed at home.\n"
    assert labels_after(groups, text, "Rovers") == {"Rovers": {"ORG"}}


def test_a_family_or_a_person_keeps_person() -> None:
    kin = "The Harlows family said they were delighted with the verdict.\n"
    assert labels_after(groups, kin, "Harlows") == {"Harlows": {"PERSON"}}
    modifier = "He praised the Jenkins report on housing.\n"  # a modifier, not a subject
    assert labels_after(groups, modifier, "Jenkins") == {"Jenkins": {"PERSON"}}
    titled = "Mr Parkes said the Parkes were moving to Leeds.\n"
    assert labels_after(groups, titled, "Parkes") == {"Parkes": {"PERSON"}}
    family = "Dana Marlow and Tom Marlow spoke. The Marlows said they would appeal.\n"
    found = groups.apply(persons(family, "Dana Marlow", "Tom Marlow", "Marlows"), family, LineMap(family))
    assert {m.label for m in found if m.text(family) == "Marlows"} == {"PERSON"}  # the stem is a person here


def test_a_singular_or_a_word_of_a_full_name_is_left_alone() -> None:
    text = "The Ross said nothing. Sam Adams spoke later; the Adams said more.\n"
    found = groups.apply(persons(text, "Ross", "Sam Adams"), text, LineMap(text))
    assert {m.label for m in found} == {"PERSON"}


def test_end_to_end_a_militia_named_in_the_plural(annotate) -> None:
    text = (
        "Houthi rebels attacked a tanker off the coast of Yemen on Monday. The Houthis said the ship "
        "had ignored their warnings, and Houthis later claimed a second attack.\n"
    )
    found = [(e["text"], e["label"]) for e in annotate(text) if e["text"].startswith("Houthi")]
    assert ("Houthis", "NORP") in found
    assert {label for _, label in found} == {"NORP"}  # "Houthi" of "Houthi rebels" too
