"""A "-based" compound's place is a GPE (entities.place_compounds); a region read as a people is
a GPE (entities.gazetteer); a body's name cut at its "and" takes the rest back (entities.body_and)."""

from __future__ import annotations

from article_annotator.entities import body_and, gazetteer, place_compounds
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(rule, text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(rule.apply(list(mentions), text, LineMap(text)), text)


def test_the_place_of_a_based_compound_read_as_the_company_is_a_gpe() -> None:
    text = "Karachi-based Quellmar Securities had expected a cut."
    model = [mention_at(text, "Karachi", "ORG"), mention_at(text, "Quellmar Securities", "ORG")]
    assert _apply(place_compounds, text, model) == [("Karachi", "GPE"), ("Quellmar Securities", "ORG")]


def test_a_missed_place_before_based_is_added_longest_first() -> None:
    text = "The San Francisco-based startup and a Lagos-born singer met."
    assert _apply(place_compounds, text) == [("San Francisco", "GPE"), ("Lagos", "GPE")]


def test_a_based_compound_naming_no_place_stays() -> None:
    text = "The Nasdaq-listed Quellmar and the Halvrix-based team met."
    model = [mention_at(text, "Nasdaq", "ORG")]
    assert _apply(place_compounds, text, model) == [("Nasdaq", "ORG")]


def test_a_region_read_as_a_people_is_a_gpe_but_a_compass_word_stays() -> None:
    text = "Floods in Punjab hit farms, a Western aid worker said."
    model = [mention_at(text, "Punjab", "NORP"), mention_at(text, "Western", "NORP")]
    assert _apply(gazetteer, text, model) == [("Punjab", "GPE"), ("Western", "NORP")]


def test_a_body_cut_at_its_and_takes_the_rest() -> None:
    text = "She urged the Department of Public Works and Highways to publish its contracts."
    model = [mention_at(text, "Department of Public Works", "ORG")]
    assert _apply(body_and, text, model) == [("Department of Public Works and Highways", "ORG")]


def test_a_body_before_and_another_name_or_a_place_stays_apart() -> None:
    text = "The Ministry of Defence and Quellmar signed. The Ministry of Health and Kenya agreed."
    model = [mention_at(text, "Ministry of Defence", "ORG"), mention_at(text, "Quellmar", "ORG"),
             mention_at(text, "Ministry of Health", "ORG")]
    assert _apply(body_and, text, model) == [("Ministry of Defence", "ORG"), ("Quellmar", "ORG"), ("Ministry of Health", "ORG")]
    text = "The Ministry of Trade and Industry Minister Lim spoke."
    model = [mention_at(text, "Ministry of Trade", "ORG")]
    assert _apply(body_and, text, model) == [("Ministry of Trade", "ORG")]


def test_the_rules_in_a_whole_story(annotate_entities) -> None:
    text = "KARACHI, Nov 20 (Reuters) - The bank held rates. Karachi-based Topline Securities had expected a cut."
    got = [(e["text"], e["label"]) for e in annotate_entities(text)]
    assert got.count(("Karachi", "GPE")) == 1 and ("Topline Securities", "ORG") in got
