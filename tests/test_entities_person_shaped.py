"""A name shaped like a person's that the model alone read as an organisation is a PERSON
(entities.person_shaped)."""

from __future__ import annotations

from article_annotator.entities import person_shaped
from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention
from tests.mentions import mention_at, texts_and_labels


def _apply(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    return texts_and_labels(person_shaped.apply(list(mentions), text, LineMap(text)), text)


def test_a_given_name_and_a_surname_read_as_an_org_is_a_person() -> None:
    text = "The club has won only two of its last eight games under Ruben Tavolara this season."
    assert _apply(text, [mention_at(text, "Ruben Tavolara", "ORG")]) == [("Ruben Tavolara", "PERSON")]


def test_a_particle_surname_is_read_too() -> None:
    text = "The visitors collapsed on the second day although Marco de Kelvari made 48 not out there."
    assert _apply(text, [mention_at(text, "Marco de Kelvari", "ORG")]) == [("Marco de Kelvari", "PERSON")]


def test_firms_teams_and_cued_bodies_stay() -> None:
    text = (
        "The deal was advised by Morgan Stanley and Charles Schwab, while Harmony Gold and Nikko Securities "
        "lost ground to the San Diego Padres on a busy day for Lorna Kelvari shares in the city."
    )
    names = ["Morgan Stanley", "Charles Schwab", "Harmony Gold", "Nikko Securities", "San Diego Padres", "Lorna Kelvari"]
    mentions = [mention_at(text, n, "ORG") for n in names]
    assert _apply(text, mentions) == [(n, "ORG") for n in names]


def test_a_rule_decision_and_a_table_line_stay() -> None:
    text = "Economists at Lorna Tavolara said rates would fall this year, and others agreed with them."
    employer = mention_at(text, "Lorna Tavolara", "ORG", origin="employer")
    assert _apply(text, [employer]) == [("Lorna Tavolara", "ORG")]
    table = "1. Ruben Tavolara 54.483\n2. Ana Vela 54.512"
    assert _apply(table, [mention_at(table, "Ruben Tavolara", "ORG")]) == [("Ruben Tavolara", "ORG")]


def test_a_name_holding_a_listed_company_stays() -> None:
    text = "Buyers queued on Monday for the new Sony Kelvarix player in the shops of the city."
    assert _apply(text, [mention_at(text, "Sony Kelvarix", "ORG")]) == [("Sony Kelvarix", "ORG")]


def test_a_full_name_read_as_a_place_a_building_or_a_work_is_a_person_too() -> None:
    text = "Gethin Morwell beat Tess Ombridge in the final, and Fabrice Vautrin watched from the stand."
    typed = [mention_at(text, "Gethin Morwell", "GPE"), mention_at(text, "Tess Ombridge", "FAC"),
             mention_at(text, "Fabrice Vautrin", "WORK_OF_ART")]
    assert _apply(text, typed) == [("Gethin Morwell", "PERSON"), ("Tess Ombridge", "PERSON"), ("Fabrice Vautrin", "PERSON")]


def test_a_type_a_rule_read_from_the_context_stays() -> None:
    text = "Danish drugmaker Fabrice Vautrin cut prices on Monday in the city."
    typed = [mention_at(text, "Fabrice Vautrin", "ORG", origin="evidence")]
    assert _apply(text, typed) == [("Fabrice Vautrin", "ORG")]


def test_a_rare_given_name_the_table_knows_opens_a_person_too() -> None:
    text = "Vladimir Medinsky led one team, while Rustem Okafor headed the other."
    assert _apply(text, [mention_at(text, "Rustem Okafor", "ORG")]) == [("Rustem Okafor", "PERSON")]
