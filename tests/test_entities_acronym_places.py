"""A short acronym the model read as a place is a company unless it names a place (issue 12)."""

from __future__ import annotations

from article_annotator.entities.acronyms import is_company_not_place
from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention
from article_annotator.lexicon.countries import is_subdivision_code


def _company(text: str, word: str) -> bool:
    s = text.index(word)
    return is_company_not_place(Mention(s, s + len(word), "GPE"), text, LineMap(text))


def test_a_company_acronym_in_prose_is_no_place() -> None:
    text = "Brightwell Telecom said on Monday that rival operators such as QX and the firm ZT2 would pay less.\n"
    assert _company(text, "QX") and _company(text, "ZT2")


def test_a_line_opening_acronym_before_a_verb_is_a_company() -> None:
    text = "The regulator wrote to the operator last week about its prices.\nQX has cut its line rental by a tenth.\n"
    assert _company(text, "QX")


def test_countries_states_and_short_places_stay_places() -> None:
    text = "Shipments from the UK and the US to NY, NSW and LA rose, as did those to Team GB fans.\n"
    assert not any(_company(text, w) for w in ("UK", "US", "NY", "NSW", "LA", "GB"))
    assert is_subdivision_code("TX") and not is_subdivision_code("QX")


def test_dateline_capitals_stay_places() -> None:
    text = "TAMPA, Fla., March 2 - The lender said profit rose.\nPALO ALTO, Calif. - The chipmaker said it would hire.\n"
    assert not _company(text, "TAMPA") and not _company(text, "ALTO")


def test_an_abbreviation_with_its_dot_stays() -> None:
    text = "The firm moved to ST. Albans and sold its plant to the group.\n"
    assert not _company(text, "ST")
