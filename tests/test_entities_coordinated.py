"""Two names fused over "and" split when each side is a name of its own (issue 12): our own sentences."""

from __future__ import annotations

from article_annotator.entities.coordinated import split_coordinated
from article_annotator.entities.mention import Mention


def _run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions = []
    for span, label in spans:
        s = text.rindex(span) if span.count(" ") == 0 else text.index(span)
        mentions.append(Mention(s, s + len(span), label))
    return [(m.text(text), m.label) for m in split_coordinated(mentions, text)]


def test_a_side_named_elsewhere_and_a_suffixed_side_split() -> None:
    text = "The deal between Zentora and Planwick Management Group was signed. Zentora said it was pleased.\n"
    got = _run(text, [("Zentora and Planwick Management Group", "ORG"), ("Zentora", "ORG")])
    assert got == [("Zentora", "ORG"), ("Planwick Management Group", "ORG"), ("Zentora", "ORG")]


def test_two_people_named_elsewhere_take_their_label() -> None:
    text = "Okafor and Brandt left early. Later Okafor spoke, and Brandt did not.\n"
    s = text.index("Okafor and Brandt")
    mentions = [Mention(s, s + len("Okafor and Brandt"), "ORG"),
                Mention(text.index("Okafor spoke"), text.index("Okafor spoke") + 6, "PERSON"),
                Mention(text.index("Brandt did"), text.index("Brandt did") + 6, "PERSON")]
    got = [(m.text(text), m.label) for m in split_coordinated(mentions, text)]
    assert got[:2] == [("Okafor", "PERSON"), ("Brandt", "PERSON")]


def test_one_body_with_and_in_its_name_stays_whole() -> None:
    text = "Harbour Bank and Trust rose, as did Northwind Telegraph and Telephone Corp.\n"
    spans = [("Harbour Bank and Trust", "ORG"), ("Northwind Telegraph and Telephone Corp", "ORG")]
    assert _run(text, spans) == spans


def test_a_one_word_tail_of_an_of_phrase_stays() -> None:
    text = "The University of the Lakes and Islands grew. The University of the Lakes hired. Islands voted.\n"
    s = text.index("University of the Lakes and Islands")
    whole = Mention(s, s + len("University of the Lakes and Islands"), "ORG")
    s2 = text.index("University of the Lakes hired")
    part = Mention(s2, s2 + len("University of the Lakes"), "ORG")
    s3 = text.index("Islands voted")
    isl = Mention(s3, s3 + len("Islands"), "GPE")
    assert split_coordinated([whole, part, isl], text) == [whole, part, isl]
