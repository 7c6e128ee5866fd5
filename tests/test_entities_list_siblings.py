"""A name the model missed, coordinated with a name it read, is a name of the same kind
(`list_siblings.py`). Our own sentences; the clubs, firms and people are made up."""

from __future__ import annotations

from article_annotator.entities import list_siblings
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _run(text: str, *given: tuple[str, str]) -> list[tuple[str, str]]:
    mentions = sorted((mention_at(text, piece, label) for piece, label in given), key=lambda m: m.start)
    return texts_and_labels(list_siblings.apply(mentions, text, LineMap(text)), text)


def test_a_missed_name_before_or_after_and_takes_its_siblings_label() -> None:
    text = "Kelmarshire and Dunford both face tense finishes on Monday, while Harlow Mills and Vennick also fell.\n"
    assert _run(text, ("Dunford", "ORG"), ("Harlow Mills", "ORG")) == [
        ("Kelmarshire", "ORG"),
        ("Dunford", "ORG"),
        ("Harlow Mills", "ORG"),
        ("Vennick", "ORG"),
    ]


def test_the_first_of_a_comma_list_is_read_only_when_the_list_goes_on_to_and() -> None:
    text = "The title rivals Kelmarshire, Dunford and Ashby all closed in on victory on the last day.\n"
    assert _run(text, ("Dunford", "ORG"), ("Ashby", "ORG"))[0] == ("Kelmarshire", "ORG")
    text = "Separately, Dunford said it would sell its stake in the Ashby plant next year.\n"
    assert _run(text, ("Dunford", "ORG")) == [("Dunford", "ORG")]


def test_no_part_of_a_longer_run_no_calendar_word_no_acronym_or_dictionary_word_for_a_person() -> None:
    text = (
        "Co-Premiers Prince Norodom Vell and Hun Sarel met on Thursday and Ana Brandt spoke, with three "
        "RBI and Tom Okafor, and Who is Ina Moss and Why is she here.\n"
    )
    out = _run(
        text,
        ("Norodom", "PERSON"),
        ("Hun Sarel", "PERSON"),
        ("Ana Brandt", "PERSON"),
        ("Tom Okafor", "PERSON"),
        ("Ina Moss", "PERSON"),
    )
    assert [t for t, _ in out] == ["Norodom", "Hun Sarel", "Ana Brandt", "Tom Okafor", "Ina Moss"]
