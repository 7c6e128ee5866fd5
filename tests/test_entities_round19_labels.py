"""Labels of names the model reads as another kind (round 19): a language's name before a
noun is a people's adjective (`language_peoples.py`), a place before a tournament word is part
of the event (`events.py`). Our own sentences; the people are made up."""

from __future__ import annotations

import pytest

from article_annotator.entities import events, language_peoples
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


@pytest.fixture(scope="module")
def annotate(annotate_entities):
    return annotate_entities


def test_a_language_before_a_noun_is_a_people() -> None:
    text = "Filipino boxer Tomas Vell won, and French lenders balked.\n"
    mentions = [mention_at(text, "Filipino", "LANGUAGE"), mention_at(text, "French", "LANGUAGE")]
    out = language_peoples.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Filipino", "NORP"), ("French", "NORP")]


def test_a_language_spoken_of_stays_a_language() -> None:
    text = "She wrote in Filipino for Filipino speakers, then an English translation; he speaks English daily.\n"
    mentions = [mention_at(text, "Filipino", "LANGUAGE"), mention_at(text, "Filipino", "LANGUAGE", nth=1),
                mention_at(text, "English", "LANGUAGE"), mention_at(text, "English", "LANGUAGE", nth=1)]
    out = language_peoples.apply(mentions, text, LineMap(text))
    assert [label for _, label in texts_and_labels(out, text)] == ["LANGUAGE"] * 4


def test_a_place_before_a_tournament_word_is_the_event() -> None:
    text = "She won the U.S. Open and the Miami Open, then flew to U.S. bases and Miami offices.\n"
    mentions = [mention_at(text, "U.S.", "GPE"), mention_at(text, "Miami", "GPE"),
                mention_at(text, "U.S.", "GPE", nth=1), mention_at(text, "Miami", "GPE", nth=1)]
    out = events.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("U.S. Open", "EVENT"), ("Miami Open", "EVENT"), ("U.S.", "GPE"), ("Miami", "GPE")]


def test_no_gpe_inside_the_us_open_end_to_end(annotate) -> None:
    items = annotate("Spain's Tomas Vell beat Ivo Kral in four sets to win the U.S. Open title in New York.")
    assert ("U.S.", "GPE") not in [(i["text"], i["label"]) for i in items]


def test_a_body_of_a_place_is_one_organisation() -> None:
    from article_annotator.entities import body_of_place

    text = "The Law Society of Kenya sued, the Vell Bank of Kenya paid, and Society of Kenya Writers met; Ana Vell of Kenya spoke.\n"
    mentions = [mention_at(text, "Law Society", "ORG"), mention_at(text, "Kenya", "GPE"),
                mention_at(text, "Vell Bank", "ORG"), mention_at(text, "Kenya", "GPE", nth=1),
                mention_at(text, "Society", "ORG", nth=1), mention_at(text, "Kenya", "GPE", nth=2),
                mention_at(text, "Ana Vell", "PERSON"), mention_at(text, "Kenya", "GPE", nth=3)]
    out = body_of_place.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [
        ("Law Society of Kenya", "ORG"), ("Vell Bank of Kenya", "ORG"), ("Society", "ORG"), ("Kenya", "GPE"),
        ("Ana Vell", "PERSON"), ("Kenya", "GPE"),
    ]


def test_a_body_of_a_place_end_to_end(annotate) -> None:
    text = ("NAIROBI, Sept 18 - Kenya's High Court suspended the law after a petition by the Law Society of Kenya. "
            "The judge said the law threatened free speech.")
    assert ("Law Society of Kenya", "ORG") in [(i["text"], i["label"]) for i in annotate(text)]


def test_a_mention_stopping_short_of_a_state_grows_to_it() -> None:
    from article_annotator.entities import subdivision_tails

    text = "Andhra Pradesh Chief Minister Ana Vell met Tamil Nadu officials and Andhra Vell.\n"
    mentions = [mention_at(text, "Andhra", "GPE"), mention_at(text, "Ana Vell", "PERSON"),
                mention_at(text, "Tamil", "NORP"), mention_at(text, "Andhra", "GPE", nth=1)]
    out = subdivision_tails.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Andhra Pradesh", "GPE"), ("Ana Vell", "PERSON"), ("Tamil Nadu", "GPE"), ("Andhra", "GPE")]


def test_a_state_cut_short_end_to_end(annotate) -> None:
    text = ("Andhra Pradesh Chief Minister N. Chandrababu Naidu said the deal would transform the state. "
            "Naidu thanked the company.")
    labels = [(i["text"], i["label"]) for i in annotate(text)]
    assert ("Andhra Pradesh", "GPE") in labels and ("Andhra", "GPE") not in labels
