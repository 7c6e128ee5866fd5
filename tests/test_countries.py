"""Country names, short forms and demonyms map to ISO alpha-2 codes (or "EU")."""

import pytest

from article_annotator.lexicon.countries import country_code, country_name


@pytest.mark.parametrize(
    "text, code",
    [
        ("U.S.", "US"), ("US", "US"), ("USA", "US"), ("United States", "US"), ("America", "US"),
        ("Britain", "GB"), ("UK", "GB"), ("U.K.", "GB"), ("South Korea", "KR"),
        ("India", "IN"), ("Indian", "IN"), ("Indians", "IN"), ("Russian", "RU"),
        ("Russia", "RU"), ("Japanese", "JP"), ("American", "US"), ("Chinese", "CN"),
        ("JAPAN", "JP"), ("UNITED STATES", "US"), ("Germany", "DE"), ("Viet Nam", "VN"),
        ("Korea, Republic of", "KR"), ("the Netherlands", "NL"), ("Frenchmen", "FR"),
        ("America's", "US"), ("United Arab Emirates", "AE"), ("Cuba", "CU"), ("Iran", "IR"),
        ("EU", "EU"), ("E.U.", "EU"), ("European Union", "EU"), ("European Community", "EU"),
        ("EC", "EU"), ("EEC", "EU"), ("the Community", "EU"),
    ],
)
def test_known_names(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    "text", ["European", "Community", "us", "Us", "china", "turkey", "Washington", "Moscow",
             "", "   ", "123", "Arab", "the"],
)
def test_not_countries(text: str) -> None:
    assert country_code(text) is None


def test_country_name() -> None:
    assert country_name("US") == "United States"
    assert country_name("GB") == "United Kingdom"
    assert country_name("in") == "India"
    assert country_name("EU") == "European Union"
    assert country_name("KR") == "South Korea"
    assert country_name("ZZ") == "ZZ"
