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


_CUE_SENTENCES = [
    "Anti-dumping duties and an ANTI DUMPING case; the dumping margin and dumping complaints.",
    "Countervailing duties, a COUNTERVAIL case, countervailable aid, anti-subsidy duties.",
    "Unfair trade subsidies, illegally given? No: illegal state subsidies and subsidised imports.",
    "A variable import levy and the Variable Levies; safeguards and an escape-clause action.",
    "Reciprocal tariffs, punitive duties, penal import taxes and a Penalty tariff.",
    "It will retaliate with sanctions and reprisals over the alleged breach.",
    "After its failure to honour the deal, in response to that: counter-tariffs, COUNTERMEASURES.",
    "Duties ad valorem and Ad  Valorem rates; \u212aountervailing with a Kelvin sign.",
    "Zoll “in response to” the SANCTION — façade; Die TAR\u0130FF and \u017fanctions stay re.I cues.",
    "The council met on Tuesday to discuss parking.",
]


@pytest.mark.parametrize("text", _CUE_SENTENCES)
def test_kind_cue_starts_agree_with_the_case_blind_patterns(text):
    from article_annotator.tariffs import kinds

    found = {name: list(starts) for name, starts in kinds.cue_starts(text)}
    for name, rx in kinds.KIND_CUES:
        assert found.get(name, []) == [m.start() for m in rx.finditer(text)], name
    assert [name for name in found] == [name for name, _ in kinds.KIND_CUES if name in found]


_ONE_STEM = {
    "dumping": "anti-dumping", "ervail": "countervailing", "subsid": "subsidised imports",
    "variable": "variable levy", "safeguard": "safeguards", "escape": "escape clause",
    "reciprocal": "reciprocal", "punitive": "punitive", "penal": "penal duties", "retaliat": "retaliation",
    "sanction": "sanctions", "reprisal": "reprisals", "alleged": "alleged breach",
    "failure": "failure to comply", "response": "in response to", "counter": "countermeasures",
    "valorem": "ad valorem",
}


def test_each_stem_of_a_kind_cue_lets_its_matches_be_found():
    from article_annotator.tariffs import kinds

    assert set(kinds._STEMS) == {name for name, _ in kinds.KIND_CUES}
    assert sorted(_ONE_STEM) == sorted(stem for stems in kinds._STEMS.values() for stem in stems)
    for name, stems in kinds._STEMS.items():
        rx = dict(kinds.KIND_CUES)[name]
        for stem in stems:
            text = f"They spoke of {_ONE_STEM[stem].upper()} on Monday."
            assert [s for s in stems if s in text.lower()] == [stem]  # the only stem of its cue
            found = {n: list(starts) for n, starts in kinds.cue_starts(text)}
            assert found[name] == [m.start() for m in rx.finditer(text)] != [], (name, stem)


_CUE_PIECES = ["anti", "Anti", "-", " ", "  ", "_", "dumping", "DUMPING", "duties", "counter", "COUNTER", "measures",
               "ervail", "cou", "nt", "subsid", "ISED", "imports", "sanction", "\u017fanction", "in", "\u0130n",
               "response", "to", "\u212aounter", "ad", "valorem", "penal", "ty", "taxes", "é", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=12).map("".join))
def test_kind_cue_starts_equal_a_case_blind_scan(text):
    from article_annotator.tariffs import kinds

    found = {name: list(starts) for name, starts in kinds.cue_starts(text)}
    for name, rx in kinds.KIND_CUES:
        assert found.get(name, []) == [m.start() for m in rx.finditer(text)], name
