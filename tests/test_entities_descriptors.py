"""A capitalised type noun opening a name types the rest ORG (entities.descriptors); an unknown
"place" with a company's cue is ORG (entities.evidence); a given name opening a wire story
before a surname the story names is the person (entities.dateline_openers)."""

from __future__ import annotations

from article_annotator.entities import dateline_openers, descriptors, evidence
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(rule, text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(rule.apply(list(mentions), text, LineMap(text)), text)


def test_a_type_noun_opening_a_person_leaves_the_company() -> None:
    text = "Supplier Quellmar will assemble the laptops. Refiner Halvrix Oil cut output."
    model = [mention_at(text, "Supplier Quellmar", "PERSON"), mention_at(text, "Refiner Halvrix Oil", "GPE")]
    assert _apply(descriptors, text, model) == [("Quellmar", "ORG"), ("Halvrix Oil", "ORG")]


def test_a_type_noun_alone_or_an_org_mention_stays() -> None:
    text = "Supplier said so. Supplier Quellmar agreed."
    model = [mention_at(text, "Supplier", "PERSON"), mention_at(text, "Supplier Quellmar", "ORG")]
    assert _apply(descriptors, text, model) == [("Supplier", "PERSON"), ("Supplier Quellmar", "ORG")]


def test_an_unknown_place_with_a_market_word_after_it_is_a_company() -> None:
    text = "Colombia's Quellpetro named a new chief. Quellpetro shares rose 2% in Bogota."
    model = [mention_at(text, "Colombia", "GPE"), mention_at(text, "Quellpetro", "GPE"),
             mention_at(text, "Quellpetro", "GPE", nth=1), mention_at(text, "Bogota", "GPE")]
    got = _apply(evidence, text, model)
    assert got == [("Colombia", "GPE"), ("Quellpetro", "ORG"), ("Quellpetro", "ORG"), ("Bogota", "GPE")]


def test_a_known_place_or_one_with_a_place_cue_stays_a_place() -> None:
    text = "Hotels in Quellport reopened. Quellport shares rose. Lagos shares rose."
    model = [mention_at(text, "Quellport", "GPE"), mention_at(text, "Quellport", "GPE", nth=1), mention_at(text, "Lagos", "GPE")]
    assert _apply(evidence, text, model) == [("Quellport", "GPE"), ("Quellport", "GPE"), ("Lagos", "GPE")]


def test_a_dictionary_given_name_before_a_known_surname_opens_the_story() -> None:
    text = "LAS VEGAS, Nov 22 (AP) - Max Vantrelle won the race. Vantrelle said it was fun."
    later = [mention_at(text, "Vantrelle", "PERSON", nth=1)]
    assert _apply(dateline_openers, text, later)[0] == ("Max Vantrelle", "PERSON")
    alone = "LAS VEGAS, Nov 22 (AP) - Max Vantrelle won the race."
    assert _apply(dateline_openers, alone) == []


def test_the_rules_in_a_whole_story(annotate_entities) -> None:
    text = ("CUPERTINO, California, Nov 24 (Reuters) - Apple is preparing a cheaper laptop. "
            "Supplier Foxconn will assemble the laptops in Vietnam.")
    got = [(e["text"], e["label"]) for e in annotate_entities(text)]
    assert ("Foxconn", "ORG") in got and not any(t.startswith("Supplier") for t, _ in got)
