"""Entities never junk (issue 12): function words, numbers, lowercase, common nouns, parties."""

from __future__ import annotations

import pytest

from article_annotator.entities.junk import never_a_name
from article_annotator.entities.spans import trim
from article_annotator.entities.mention import Mention
from article_annotator.lexicon.organisations import party_label


@pytest.fixture(scope="module")
def annotate(annotate_entities):
    return annotate_entities


@pytest.mark.parametrize("text", ["the", "The", "and", "tariffs", "dlrs", "280bn", "300p", "1,200", "Twelve"])
def test_never_a_name(text: str) -> None:
    assert never_a_name(text)


@pytest.mark.parametrize("text", ["Labour", "Maria Okafor", "Lisbon", "IMF"])
def test_names_are_names(text: str) -> None:
    assert not never_a_name(text)


def test_no_function_word_lowercase_or_number_entity(annotate) -> None:
    text = (
        "The council met on Tuesday. The mayor, Helga Brandtner, said the budget of 280bn "
        "would cover the roads. The Budget was approved and the tariffs stay. Twelve voted for it."
    )
    items = annotate(text)
    for i in items:
        assert not never_a_name(i["text"]), i
        assert text[i["start"] : i["end"]] == i["text"]


def test_party_names_are_never_people() -> None:
    assert party_label("Labour") == "ORG"
    assert party_label("Lib Dems") == "NORP"


def test_party_mentions_take_the_party_label(annotate) -> None:
    text = "Voters in Leeds backed Labour again, while the Lib Dems lost two seats to Labour."
    items = annotate(text)
    assert not [i for i in items if i["label"] == "PERSON" and i["text"] in ("Labour", "Lib Dems")]


def test_money_tail_cut_from_a_country() -> None:
    text = "It rose to 40 mln U.S. Dlrs last year."
    s = text.index("U.S.")
    m = trim(Mention(s, s + len("U.S. Dlrs"), "GPE"), text)
    assert m is not None and text[m.start : m.end] == "U.S."


def test_a_leaders_surname_before_administration_or_government_stays_a_person() -> None:
    from article_annotator.entities import junk
    from article_annotator.entities.lines import LineMap
    from tests.mentions import mention_at, texts_and_labels

    text = "Under the Brown government the Bill passed, and the Trump administration sued.\n"
    typed = [mention_at(text, "Brown", "PERSON"), mention_at(text, "Bill", "PERSON"), mention_at(text, "Trump", "PERSON")]
    assert texts_and_labels(junk.apply(typed, text, LineMap(text)), text) == [("Brown", "PERSON"), ("Trump", "PERSON")]
