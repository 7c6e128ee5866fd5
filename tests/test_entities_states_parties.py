"""States of several words, parties the model missed and lunisolar holidays (issue 12):
rules tested on our own sentences."""

from __future__ import annotations

from article_annotator.entities import gazetteer, holidays, parties
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def test_a_state_of_several_words_is_found_whole_not_as_its_country_part() -> None:
    text = "Officers were known to the agency. New South Wales Premier Ana Okafor spoke, and rain hit Uttar Pradesh."
    out = texts_and_labels(gazetteer.apply([], text, LineMap(text)), text)
    assert ("New South Wales", "GPE") in out and ("Uttar Pradesh", "GPE") in out
    assert ("Wales", "GPE") not in out


def test_a_state_read_as_a_region_is_a_place_but_an_island_stays_land_and_a_body_stays() -> None:
    text = "Fires spread across Western Australia, Uttar Pradesh voted, and ferries left for Long Island."
    mentions = [mention_at(text, "Western Australia", "LOC"), mention_at(text, "Uttar Pradesh", "ORG"),
                mention_at(text, "Long Island", "LOC")]
    out = texts_and_labels(gazetteer.apply(mentions, text, LineMap(text)), text)
    assert out == [("Western Australia", "GPE"), ("Uttar Pradesh", "ORG"), ("Long Island", "LOC")]


def test_a_state_in_a_sports_story_is_not_added() -> None:
    text = "Close of play: Western Australia 244 and South Australia 2-80 in the four-day cricket match at the ground."
    out = texts_and_labels(gazetteer.apply([], text, LineMap(text)), text)
    assert ("Western Australia", "GPE") not in out and ("South Australia", "GPE") not in out


def test_a_listed_party_the_model_missed_is_an_organisation() -> None:
    text = "Voters handed the centrist D66 party a win over the Party for Freedom, and the Bloc Quebecois agreed."
    out = texts_and_labels(parties.apply([], text, LineMap(text)), text)
    assert out == [("D66", "ORG"), ("Party for Freedom", "ORG"), ("Bloc Quebecois", "ORG")]


def test_a_party_name_spelt_by_common_words_or_inside_a_longer_name_is_not_added() -> None:
    text = "Labour costs rose. The Harrow Party for Freedom Trust met, and officials from Kelmar D66 Holdings came."
    out = texts_and_labels(parties.apply([], text, LineMap(text)), text)
    assert out == []


def test_a_lunisolar_holiday_is_an_event() -> None:
    text = "A Hanukkah celebration and Diwali lights drew crowds, and Eid al-Fitr followed."
    mentions = [mention_at(text, "Hanukkah", "ORG"), mention_at(text, "Diwali", "PERSON"), mention_at(text, "Eid al-Fitr", "GPE")]
    out = texts_and_labels(holidays.apply(mentions, text, LineMap(text)), text)
    assert out == [("Hanukkah", "EVENT"), ("Diwali", "EVENT"), ("Eid al-Fitr", "EVENT")]


def test_a_party_name_of_five_words_cut_by_the_model_is_made_whole() -> None:
    text = "The pro-European Party of Action and Solidarity kept its majority in parliament on Sunday."
    mentions = [mention_at(text, "Party of Action", "ORG"), mention_at(text, "Solidarity", "ORG")]
    out = texts_and_labels(parties.apply(mentions, text, LineMap(text)), text)
    assert out == [("Party of Action and Solidarity", "ORG")]


def test_a_stance_prefix_is_no_part_of_the_name_after_it() -> None:
    from article_annotator.entities.mention import Mention
    from article_annotator.entities.spans import trim

    text = "The pro-Kelmar Party of Unity and anti-Russian activists met ex-England players."
    def trimmed(piece: str, label: str) -> str:
        s = text.index(piece)
        return trim(Mention(s, s + len(piece), label, "model"), text).text(text)
    assert trimmed("pro-Kelmar Party of Unity", "ORG") == "Party of Unity"
    assert trimmed("anti-Russian", "NORP") == "Russian"
    assert trimmed("ex-England", "GPE") == "England"


def test_a_country_before_a_portfolio_and_a_title_is_the_country_alone() -> None:
    from article_annotator.entities import portfolio_titles

    text = "U.S. Energy Secretary Dev Moss met Kenya Trade Minister Ana Vela, and the U.S. Treasury said so."
    mentions = [mention_at(text, "U.S. Energy", "ORG"), mention_at(text, "Kenya Trade", "ORG"),
                mention_at(text, "U.S. Treasury", "ORG")]
    out = texts_and_labels(portfolio_titles.apply(mentions, text, LineMap(text)), text)
    assert out == [("U.S.", "GPE"), ("Kenya", "GPE"), ("U.S. Treasury", "ORG")]


def test_a_state_written_without_its_iso_marks_or_read_as_a_building_is_a_place() -> None:
    from article_annotator.lexicon.countries import is_subdivision

    assert is_subdivision("Tamil Nadu") and is_subdivision("Tamil Nādu")
    text = "Foxconn is expanding a plant in Tamil Nadu, officials said."
    out = texts_and_labels(gazetteer.apply([mention_at(text, "Tamil Nadu", "FAC")], text, LineMap(text)), text)
    assert ("Tamil Nadu", "GPE") in out
