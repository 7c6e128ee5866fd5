"""The cheap test that lets the tariffs annotator skip a text agrees with the full pattern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from article_annotator.lexicon.tariff_words import ANY_CANDIDATE, may_name_tariff


@pytest.mark.parametrize("text, expected", [
    ("Washington raised the TARIFF on bicycles.", True),
    ("New Duties on Steel", True),
    ("A levy of 5% on imports", True),
    ("The tarrif was misspelt.", True),
    ("Leverage and duty-bound are not it, but dutiful is no match either.", True),
    ("The council met on Tuesday to discuss parking.", False),
    ("Ölpreise steigen; kein Zoll hier.", False),
    ("Die TARİFF-Frage", True),  # not ASCII: searched as is, where İ matches i
])
def test_may_name_tariff_agrees_with_the_pattern(text, expected):
    assert may_name_tariff(text) is expected
    assert may_name_tariff(text) == (ANY_CANDIDATE.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("TtAaRrIiFfDdUuYyLlEeVvXxSsCcHhGg -.İıſK")), max_size=40))
def test_may_name_tariff_equals_a_case_blind_search(text):
    assert may_name_tariff(text) == (ANY_CANDIDATE.search(text) is not None)


@pytest.mark.parametrize("text", ["Syntax and relevance", "a_tax, 9duty, xlevy", "Syntax, then a tax",
                                  "the Levies.", "DUTIES", "surtaxes", "taxtaxtax"])
def test_may_name_tariff_checks_word_starts_on_ascii_text(text):
    assert may_name_tariff(text) == (ANY_CANDIDATE.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("TtAaRrIiFfDdUuYyLlEeVvXxSsCcHhGg_9 -.")), max_size=40))
def test_may_name_tariff_equals_the_pattern_on_ascii_text(text):
    assert may_name_tariff(text) == (ANY_CANDIDATE.search(text) is not None)
