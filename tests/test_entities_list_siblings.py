"""A name the model missed, coordinated with a name it read, is a name of the same kind
(`list_siblings.py`). Our own sentences; the clubs, firms and people are made up."""

from __future__ import annotations

from article_annotator.entities import list_siblings
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _run(text: str, *given: tuple) -> list[tuple[str, str]]:
    """(piece, label) or (piece, label, nth) model mentions, and the (text, label) pairs after the rule."""
    mentions = sorted((mention_at(text, g[0], g[1], nth=g[2] if len(g) > 2 else 0) for g in given), key=lambda m: m.start)
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


def test_headings_works_acronyms_and_gerunds_are_no_siblings() -> None:
    for text in (
        "Joining Harlow Vane and Dunford Mills in the race were two other firms from the north.\n",
        "The shows were Green Day and Dunford Mills, both made by the same small studio in Leeds.\n",
        "The shows were State Of Play and Dunford Mills, both made by the same small studio in Leeds.\n",
        "The files came as MP3 or Dunford Mills downloads, the company said in its yearly report.\n",
        "The runners from Kelmar AC and Dunford Mills set off together at the start of the race.\n",
    ):
        assert _run(text, ("Dunford Mills", "ORG")) == [("Dunford Mills", "ORG")], text


def test_a_county_is_added_as_a_club_only_in_a_sports_story() -> None:
    text = "Essex and Unilever both reported on Monday, and prices fell in the morning trade.\n"
    assert _run(text, ("Unilever", "ORG")) == [("Unilever", "ORG")]
    text = (
        "Essex and Kent both face tense finishes on Monday. Kent need 148 runs with five wickets in hand, "
        "and the bowler took four wickets before the innings closed; the batsman made a century in the match.\n"
    )
    assert _run(text, ("Kent", "ORG"))[0] == ("Essex", "ORG")


def test_a_lone_one_word_person_teaches_nothing() -> None:
    text = "Officials will speak to fishermen in Aberdeen and Peterhead on Monday about the quotas.\n"
    assert _run(text, ("Aberdeen", "PERSON")) == [("Aberdeen", "PERSON")]
    text = "Ana Brandt was injured. Okafor and Brandt will both miss the match on Saturday.\n"
    assert ("Okafor", "PERSON") in _run(text, ("Ana Brandt", "PERSON"), ("Brandt", "PERSON", 1))


def test_a_person_reading_beside_a_company_turns_unless_it_shows_a_person() -> None:
    text = "Demand from Harlow Mills and Vennick weakened, the firm said, while Ana Brandt and Okafor left.\n"
    out = _run(text, ("Harlow Mills", "ORG"), ("Vennick", "PERSON"), ("Ana Brandt", "PERSON"))
    assert ("Vennick", "ORG") in out
    text = "Ana Brandt joined in May. Shares of Harlow Mills and Brandt both rose, said Mr Vennick and Dunmore Oil.\n"
    out = _run(text, ("Ana Brandt", "PERSON"), ("Harlow Mills", "ORG"), ("Brandt", "PERSON", 1), ("Vennick", "PERSON"), ("Dunmore Oil", "ORG"))
    assert ("Brandt", "PERSON") in out and ("Vennick", "PERSON") in out


def test_a_line_up_with_one_misread_club_turns_nobody() -> None:
    text = "The team is as follows: Given, Breen, Staunton, Irwin, Harte, Dunmore, Houghton, Townsend.\n"
    given = [(w, "PERSON") for w in ("Breen", "Staunton", "Irwin", "Harte", "Houghton", "Townsend")] + [("Dunmore", "ORG")]
    out = _run(text, *given)
    assert ("Harte", "PERSON") in out and ("Houghton", "PERSON") in out


def test_a_surname_after_a_given_name_on_the_line_before_stays_a_person() -> None:
    text = "Talks were held with Board chairman Paul\nVennick and Harlow Mills, the firm said on Monday.\n"
    out = _run(text, ("Vennick", "PERSON"), ("Harlow Mills", "ORG"))
    assert ("Vennick", "PERSON") in out


def test_an_unknown_place_reading_beside_a_company_over_and_turns() -> None:
    text = "Quorvex and Harlow Mills, the two largest bus makers, face the duty.\n"
    assert ("Quorvex", "ORG") in _run(text, ("Quorvex", "GPE"), ("Harlow Mills", "ORG"))
    either = "Demand from Harlow Mills or Quorvex fell.\n"
    assert ("Quorvex", "ORG") in _run(either, ("Harlow Mills", "ORG"), ("Quorvex", "GPE"))
    states = "Harlow Mills of Richmond, Va., and Dunmore Oil said so; Harlow Mills and Canada agreed.\n"
    out = _run(states, ("Harlow Mills", "ORG"), ("Va.", "GPE"), ("Dunmore Oil", "ORG"), ("Canada", "GPE"))
    assert ("Va.", "GPE") in out and ("Canada", "GPE") in out


def test_a_leader_known_by_surname_beside_a_company_stays_a_person() -> None:
    text = "Ships blocked the Harlow Mills depot, and Trump ordered an inquiry on Monday.\n"
    out = _run(text, ("Harlow Mills", "ORG"), ("Trump", "PERSON"))
    assert ("Trump", "PERSON") in out


def test_a_name_after_a_place_in_a_list_after_a_preposition_of_place_is_a_place() -> None:
    text = "Protesters marched in Kelmar and Vostrand on Sunday, and strikes spread in Harrowby or Dunmere.\n"
    out = _run(text, ("Kelmar", "GPE"), ("Harrowby", "GPE"), ("Dunmere", "ORG"))
    assert ("Vostrand", "GPE") in out and ("Dunmere", "GPE") in out


def test_a_place_outside_a_place_list_teaches_nothing() -> None:
    text = "Kelmar and Vostrand signed the deal, and officials from Harrowby met Reuters and Dunmere Oil.\n"
    out = _run(text, ("Kelmar", "GPE"), ("Harrowby", "GPE"), ("Reuters", "ORG"), ("Dunmere Oil", "ORG"))
    assert ("Vostrand", "GPE") not in out and ("Reuters", "ORG") in out
