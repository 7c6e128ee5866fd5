"""The knowledge layer: lists agree with each other, and the compiled patterns read the forms
their docstrings promise (sentences written for these tests)."""

from __future__ import annotations

from article_annotator.lexicon import alternation, calendar, datelines, headlines, speech, titles
from article_annotator.lexicon.countries import CAPITALS, LEADERS, country_code


def test_month_tables_agree() -> None:
    names = {m.lower() for m in calendar.MONTH_NAMES + calendar.MONTH_ABBREVIATIONS}
    assert names == set(calendar.MONTHS)
    assert [calendar.MONTHS[m.lower()] for m in calendar.MONTH_NAMES] == list(range(1, 13))
    assert [calendar.WEEKDAYS[w.lower()] for w in calendar.WEEKDAY_NAMES] == list(range(1, 8))
    assert "May" not in calendar.MONTH_NAMES_NOT_NAMES and "June" in calendar.MONTH_NAMES_NOT_NAMES


def test_alternation_prefers_the_longest_word() -> None:
    import re

    assert re.match(alternation(["Sep", "Sept"]), "Sept.").group() == "Sept"


def test_dateline_patterns() -> None:
    assert datelines.DATELINE_LINE.match("NEW DELHI, Sept. 4")
    assert datelines.DATELINE_LINE.match("OSLO 2026-03-01")
    assert not datelines.DATELINE_LINE.match("Ministers met on Tuesday")
    m = datelines.REUTERS_DATELINE.search("LIMA, March 2 - Peru raised duties on steel.")
    assert m and m.group("place") == "LIMA"
    m = datelines.REUTERS_DATELINE.search("OSLO, May 14 - Norway raised duties on salmon.")
    assert m and m.group("place") == "OSLO"  # the one month with no abbreviation
    assert datelines.DATELINE_LINE.match("CAIRO, May 3")
    assert datelines.QUOTE_BARRIER.search("Talks ended (Reuters) today")


def test_todays_wire_datelines_carry_the_date_before_the_credit() -> None:
    for opening, place in [("OSLO, July 10 (Reuters) - Norway cut duties.", "OSLO"),
                           ("NEW DELHI, Sept. 4, 2025 (AFP) — India raised duties.", "NEW DELHI"),
                           ("HARWICK, Borders, Jan 3 (PTI) -- Rain fell.", "HARWICK")]:
        m = datelines.AGENCY_DATELINE.search(opening)
        assert m and m.group("place") == place, opening
    m = datelines.REUTERS_DATELINE.search("LIMA, March 2 (Reuters) - Peru raised duties on steel.")
    assert m and m.group("place") == "LIMA"
    assert not datelines.AGENCY_DATELINE.search("Ministers met, July 10 (Reuters) - in Oslo.")


def test_one_headline_test() -> None:
    assert headlines.is_all_caps("PERU RAISES STEEL DUTIES")
    assert headlines.is_all_caps("U.S. TARIFFS ON STEEL")
    assert not headlines.is_all_caps("Peru raises steel duties")
    assert not headlines.is_all_caps("EU")  # too few letters to be a headline


def test_speech_and_titles_lists() -> None:
    assert speech.SPEECH_FORMS["said"] == "say" and speech.SPEECH_FORMS["tweeted"] == "tweet"
    assert set(speech.INVERSION_VERBS) <= set(speech.SPEECH_FORMS) | {"continued"}
    assert "Prime Minister" in titles.HONORIFICS and set(titles.FEMALE_TITLES) <= set(titles.PERSON_TITLES)


def test_metonyms_are_not_country_names() -> None:
    assert CAPITALS["ottawa"] == "CA" and LEADERS["trudeau"] == "CA"
    assert country_code("Ottawa") is None and country_code("Canada") == "CA"


def test_function_words_alone_are_not_names() -> None:
    from article_annotator.lexicon.function_words import is_function_word

    assert is_function_word("the") and is_function_word("The") and is_function_word("THE")
    assert is_function_word("and") and is_function_word("of")
    assert not is_function_word("US") and not is_function_word("IT")  # acronyms in capitals
    assert not is_function_word("May") and not is_function_word("Bill")  # also names


def test_party_names_and_party_groups() -> None:
    from article_annotator.lexicon.organisations import is_party, party_label

    assert party_label("Labour") == "ORG" and party_label("Conservatives") == "ORG"
    assert party_label("Lib Dems") == "NORP" and party_label("Democrats") == "NORP"
    assert party_label("LABOUR PARTY") == "ORG"  # a headline in capitals
    assert not is_party("labour") and not is_party("Smith")
