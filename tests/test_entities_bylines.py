"""Bylines and photo credits name people and agencies: own texts."""

from __future__ import annotations

import pytest

from article_annotator.entities import bylines
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


@pytest.fixture(scope="module")
def annotate(annotate_entities):
    return annotate_entities


def _found(text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(bylines.apply(list(mentions), text, LineMap(text)), text)


def test_a_byline_in_capitals_names_each_person_and_the_agency() -> None:
    text = "By DANA VELL and OMAR HADID Associated Press\n\nThe talks ended on Friday without a deal.\n"
    assert _found(text) == [("DANA VELL", "PERSON"), ("OMAR HADID", "PERSON"), ("Associated Press", "ORG")]


def test_a_byline_with_commas_and_an_agency_of_its_own() -> None:
    text = "By Ana Vela, Tom Brandt and Li Wen, Reuters\nThe talks ended.\n"
    assert _found(text) == [("Ana Vela", "PERSON"), ("Tom Brandt", "PERSON"), ("Li Wen", "PERSON"), ("Reuters", "ORG")]


def test_a_byline_takes_the_place_of_a_name_fused_with_the_agency() -> None:
    text = "By DANA VELL and OMAR HADID Associated Press\n"
    fused = mention_at(text, "OMAR HADID Associated", "PERSON")
    assert ("OMAR HADID", "PERSON") in _found(text, [fused])


def test_prose_opening_with_by_is_no_byline() -> None:
    for text in ("By Monday, the talks had stalled.\n", "By April 15, most of the crop was in.\n",
                 "By The Numbers\n", "By contrast the Senate waited.\n"):
        assert _found(text) == [], text


def test_a_photo_credit_names_the_photographer_and_the_agency(annotate) -> None:
    found = {(e["text"], e["label"]) for e in annotate(
        "The former vice president died at 84, his family said. (Photo by Chip Moss/Getty Images)")}
    assert {("Chip Moss", "PERSON"), ("Getty Images", "ORG")} <= found


def test_a_slash_between_names_without_an_agency_is_no_credit() -> None:
    text = "Photo: Hinckley Vale/Brentford Town fans at the ground on Saturday afternoon.\n"
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "By DANA VELL and OMAR HADID Associated Press\n\nThe talks ended.\n",
    "The deal was done. (Photos by Chip Moss/Getty Images)\n",
    "Pictures: Ana Vela/Reuters\nPhotograph by Li Wen/AFP\n",
    "A plain story with a ratio of 3/4 and no credit at all.\n",
])
def test_the_word_hints_hold_wherever_a_byline_or_a_credit_is(text) -> None:
    words = LineMap(text).words
    if bylines._BYLINE.search(text):
        assert words.has("By")
    if bylines._PHOTO_CREDIT.search(text):
        assert "/" in text and words.has_any(bylines._CREDIT_WORDS)
