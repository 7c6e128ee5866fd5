"""Dated datelines without an agency credit ("SANTIAGO, Dec 14 - ") and the run after their
dash (round 19). Our own sentences; the people and firms are made up."""

from __future__ import annotations

import pytest

from article_annotator.entities import dateline_openers, datelines
from article_annotator.entities.lines import LineMap
from article_annotator.lexicon.datelines import DASH_DATELINE
from tests.mentions import texts_and_labels


@pytest.fixture(scope="module")
def annotate(annotate_entities):
    return annotate_entities


def test_a_dated_dateline_without_a_credit_names_its_place() -> None:
    text = "SANTIAGO, Dec 14 - Voters chose a new president on Sunday.\nMORE text follows here.\n"
    out = datelines.apply([], text, LineMap(text))
    assert texts_and_labels(out, text) == [("SANTIAGO", "GPE")]
    assert DASH_DATELINE.match("EDEN PRAIRIE, Minn., March 2 - Shr 67 cts").group("place") == "EDEN PRAIRIE"
    assert DASH_DATELINE.match("NAIROBI, Jan 5, 2026 — The court ruled.").group("place") == "NAIROBI"
    assert DASH_DATELINE.match("SANTIAGO - Voters chose") is None  # no date
    assert DASH_DATELINE.match("The score, Dec 14 - a draw") is None  # no capitals


def test_the_run_after_a_dateline_dash_holds_no_title() -> None:
    text = "TORONTO, March 2 - Sens. Ana Vell and Rob Kerr said they would vote.\n"
    assert dateline_openers.apply([], text, LineMap(text)) == []
    text = "TORONTO, March 2 - U.S. Economy grew, and the economy will grow.\n"
    assert dateline_openers.apply([], text, LineMap(text)) == []
    text = "TORONTO, March 2 - Vellmark Resources Inc said it found gold.\n"
    out = dateline_openers.apply([], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Vellmark Resources Inc", "ORG")]


def test_a_credit_less_dateline_end_to_end(annotate) -> None:
    items = annotate("SANTIAGO, Dec 14 - Far-right candidate Tomas Vell won the runoff, officials said.")
    assert ("SANTIAGO", "GPE", "Santiago") in [(i["text"], i["label"], i["canonical"]) for i in items]


def test_a_role_after_a_dateline_dash_leaves_its_people() -> None:
    text = "CANBERRA, May 3 - Australian Prime Minister Ana Vell won a second term.\n"
    vell = text.index("Ana Vell")
    from article_annotator.entities.mention import Mention

    out = dateline_openers.apply([Mention(vell, vell + 8, "PERSON")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Australian", "NORP"), ("Ana Vell", "PERSON")]


def test_a_people_before_a_portfolio_and_a_title_is_a_norp() -> None:
    from article_annotator.entities import portfolio_titles
    from tests.mentions import mention_at

    text = "South African Police Minister Ana Vell and Indian Trade Minister Rob Kerr met; the Kelmar Police said so.\n"
    mentions = [mention_at(text, "South African Police", "ORG"), mention_at(text, "Indian Trade", "ORG"),
                mention_at(text, "Kelmar Police", "ORG")]
    out = portfolio_titles.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("South African", "NORP"), ("Indian", "NORP"), ("Kelmar Police", "ORG")]
