"""Bodies, sites and countries the model mistypes or cuts: rules tested on our own sentences."""

from __future__ import annotations

import pytest

from article_annotator.entities import body_names, facilities, gazetteer
from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention
from article_annotator.entities.spans import over_cut_and
from tests.mentions import mention_at, texts_and_labels


@pytest.fixture(scope="module")
def annotate(annotate_entities):
    return annotate_entities


def _labels(items: list[dict]) -> dict[str, str]:
    return {e["text"]: e["label"] for e in items}


def test_a_name_the_model_ended_on_and_grows_over_the_rest_of_the_name() -> None:
    text = "The Organisation for Economic Co-operation and Development cut its forecast."
    cut = Mention(4, text.index(" Development"), "ORG", "model")  # the model's span: "... and"
    grown = over_cut_and(cut, text)
    assert grown.text(text) == "Organisation for Economic Co-operation and Development"


def test_another_name_after_and_is_not_taken_in() -> None:
    text = "Officials of the Ministry of Trade and Egypt's central bank met on Monday."
    cut = Mention(text.index("Ministry"), text.index(" Egypt"), "ORG", "model")
    assert over_cut_and(cut, text) is cut
    whole = mention_at(text, "Ministry of Trade", "ORG")
    assert over_cut_and(whole, text) is whole  # no dangling "and" of the model's own


def test_a_saints_site_is_one_facility(annotate) -> None:
    found = _labels(annotate("Pilgrims gathered in St. Peter's Square on Sunday and later walked past "
                             "St Paul's Cathedral to St Thomas' Hospital, where nurses waited for them."))
    assert found["St. Peter's Square"] == "FAC"
    assert found["St Paul's Cathedral"] == "FAC"
    assert found["St Thomas' Hospital"] == "FAC"
    assert "St. Peter" not in found


def test_a_saint_site_replaces_the_pieces_inside_it() -> None:
    text = "The crowd in St. Peter's Basilica was the largest the guards had seen in years."
    mentions = [mention_at(text, "St. Peter", "GPE"), mention_at(text, "Basilica", "PERSON")]
    out = facilities.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("St. Peter's Basilica", "FAC")]


def test_a_saint_city_is_not_a_site(annotate) -> None:
    found = _labels(annotate("The team from St. Louis beat the side from St. John's in the final on Saturday night."))
    assert found.get("St. Louis") == "GPE"


def test_a_name_ending_in_a_body_word_is_an_organisation() -> None:
    text = "Leaders met at the Asia-Pacific Economic Cooperation forum, and the Gulf Cooperation Council met too."
    mentions = [mention_at(text, "Asia-Pacific Economic Cooperation", "FAC"), mention_at(text, "Gulf Cooperation Council", "GPE")]
    out = body_names.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Asia-Pacific Economic Cooperation", "ORG"), ("Gulf Cooperation Council", "ORG")]


def test_a_one_word_body_tail_and_other_last_words_keep_their_label() -> None:
    text = "Council spoke first. The Soviet Union and the West Bank were named, and the Kennedy Center."
    mentions = [mention_at(text, "Council", "PERSON"), mention_at(text, "Soviet Union", "GPE"),
                mention_at(text, "West Bank", "GPE"), mention_at(text, "Kennedy Center", "FAC")]
    out = body_names.apply(mentions, text, LineMap(text))
    assert [label for _, label in texts_and_labels(out, text)] == ["PERSON", "GPE", "GPE", "FAC"]


def test_a_country_read_as_a_building_is_a_country() -> None:
    text = "The Vatican said the pope would travel to Lebanon and Turkey in the spring."
    out = gazetteer.apply([mention_at(text, "Vatican", "FAC")], text, LineMap(text))
    assert ("Vatican", "GPE") in texts_and_labels(out, text)


def test_a_body_named_after_a_site_keeps_its_name() -> None:
    text = "Tickets for the St Paul's Cathedral Choir concert sold out within an hour of going on sale."
    out = facilities.apply([mention_at(text, "St Paul's Cathedral Choir", "ORG")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("St Paul's Cathedral Choir", "ORG")]


def test_a_given_name_that_is_also_a_provinces_opens_a_persons_name(annotate) -> None:
    found = _labels(annotate("The World Trade Organization's Ngozi Okonjo-Iweala echoed the warning in "
                             "Geneva on Tuesday, and Okonjo-Iweala said more talks were needed."))
    assert found["Ngozi Okonjo-Iweala"] == "PERSON"


def test_a_place_still_opens_a_clubs_or_a_companys_name() -> None:
    from article_annotator.entities.evidence import place_headed

    assert place_headed("Manchester United") and place_headed("Bolton Wanderers")
    assert place_headed("Glasgow Rugby") and place_headed("Bangladesh Shilpa")
    assert not place_headed("Ngozi Okonjo-Iweala")


def test_a_name_after_chief_of_staff_is_a_person(annotate) -> None:
    found = _labels(annotate("The prime minister's chief of staff Morgan McSweeney resigned on Sunday, "
                             "and press secretary Dana Vell said the search for a successor had begun."))
    assert found["Morgan McSweeney"] == "PERSON"
    assert found["Dana Vell"] == "PERSON"


def test_a_photo_credit_with_a_two_letter_agency_splits() -> None:
    from article_annotator.entities.spans import split_credits

    text = "Photo: Alex Brandon/AP\n\nThe band AC/DC played on Friday."
    credit = split_credits(mention_at(text, "Alex Brandon/AP", "PERSON"), text)
    assert texts_and_labels(credit, text) == [("Alex Brandon", "PERSON"), ("AP", "ORG")]
    band = mention_at(text, "AC/DC", "ORG")
    assert split_credits(band, text) == [band]


def test_a_name_before_a_weapon_noun_is_a_product(annotate) -> None:
    found = _labels(annotate("The ministry said more Patriot missiles and Abrams tanks were on their way, "
                             "while Iranian drones and Hamas rockets hit towns in the south overnight."))
    assert found["Patriot"] == "PRODUCT" and found["Abrams"] == "PRODUCT"
    assert found.get("Iranian") == "NORP"  # an owner, not the weapon
    assert found.get("Hamas", "ORG") == "ORG"


def test_a_named_storm_is_one_event(annotate) -> None:
    found = _labels(annotate("Hurricane Melissa made landfall in Jamaica on Tuesday, a week after Tropical "
                             "Storm Erin moved north, and the navy fired Storm Shadow missiles at the coast."))
    assert found["Hurricane Melissa"] == "EVENT"
    assert found["Tropical Storm Erin"] == "EVENT"
    assert "Melissa" not in found
    assert found.get("Storm Shadow") != "EVENT"


def test_a_competition_a_demonym_opens_is_an_event_where_the_model_missed_it(annotate) -> None:
    found = _labels(annotate("Djokovic beat Alcaraz in the Australian Open final at Melbourne Park on "
                             "Sunday, and the Spanish fans cheered him anyway."))
    assert found.get("Australian Open") == "EVENT"
    assert "Australian" not in found
    assert found.get("Spanish") == "NORP"


def test_a_title_the_model_cut_off_a_name_is_no_person(annotate) -> None:
    found = _labels(annotate("Qatar's Emir Sheikh Tamim bin Hamad Al Thani attended the summit on Monday, "
                             "and Irish Taoiseach Micheál Martin arrived later in the afternoon."))
    assert found["Tamim bin Hamad Al Thani"] == "PERSON"
    assert "Sheikh" not in found and "Emir Sheikh" not in found


def test_a_surname_that_is_a_title_word_stays_a_person(annotate) -> None:
    items = annotate("Carole King wrote the song in 1971. Years later King said she had written it in a "
                     "single afternoon, and the label said Pope, its former finance chief, would return.")
    people = [(e["text"], e["label"]) for e in items]
    assert people.count(("King", "PERSON")) == 1
    assert ("Pope", "PERSON") in people


def test_a_holiday_named_after_a_person_is_an_event_and_lends_no_surname(annotate) -> None:
    found = _labels(annotate("Martin Luther King Jr. Day events drew crowds in Atlanta on Monday, while "
                             "Presidents' Day sales began early and shops stayed open until Easter."))
    assert found["Martin Luther King Jr. Day"] == "EVENT"
    assert "Day" not in found
    assert found.get("Easter", "EVENT") == "EVENT"


def test_a_holiday_is_a_date_beside_the_entities():
    from article_annotator.document import Document
    from article_annotator.pipeline import Pipeline

    doc = Pipeline(["entities", "dates"]).annotate(
        Document(id="h", text="Martin Luther King Jr. Day events drew crowds in Atlanta.", meta={"date": "2025-01-22"}))
    assert [(t["text"], t["value"]) for t in doc.results["dates"]] == [("Martin Luther King Jr. Day", "2025-01-20")]


def test_a_sentence_opening_given_name_the_model_left_out_joins_the_name(annotate) -> None:
    items = annotate("Luiz Inácio Lula da Silva won a third term in 2022. Lula, as he is known, said on "
                     "Tuesday that Brazil would respond. Will Brandt, his adviser, agreed.")
    found = {e["text"]: e for e in items}
    assert found["Luiz Inácio Lula da Silva"]["label"] == "PERSON"
    assert found["Lula"]["canonical"] == "Luiz Inácio Lula da Silva"


def test_a_persons_initials_are_that_person(annotate) -> None:
    items = annotate("Alexandria Ocasio-Cortez, the New York Democrat, spoke in Queens on Sunday, where AOC "
                     "urged voters to turn out. Mohammed bin Salman met her later, and MBS praised the WTO.")
    found = {e["text"]: e for e in items}
    assert found["AOC"]["label"] == "PERSON" and found["AOC"]["canonical"] == "Alexandria Ocasio-Cortez"
    assert found["MBS"]["label"] == "PERSON" and found["MBS"]["canonical"] == "Mohammed bin Salman"
    assert found["WTO"]["label"] == "ORG"


def test_initials_of_a_name_and_its_particles() -> None:
    from article_annotator.entities.person_acronyms import person_initials

    assert person_initials("Mohammed bin Salman") == {"MBS", "MS"}
    assert "AOC" in person_initials("Alexandria Ocasio-Cortez")
    assert "AMLO" in person_initials("Andrés Manuel López Obrador")
    assert person_initials("Madonna") == frozenset()


def test_a_name_ending_in_a_plus_sign_keeps_it_and_stays_apart(annotate) -> None:
    items = annotate("OPEC+ agreed on Sunday to raise output in October, the group said, and Disney+ raised "
                     "its prices while OPEC ministers met in Vienna.")
    found = {e["text"]: e for e in items}
    assert found["OPEC+"]["label"] == "ORG" and found["Disney+"]["label"] == "ORG"
    assert found["OPEC"]["canonical"] == "OPEC"


def test_the_platform_threads_is_read_from_its_context(annotate) -> None:
    found = _labels(annotate("On Monday she shared the video on Threads, and the story hung by a few threads "
                             "of evidence, her lawyer said."))
    assert found.get("Threads") == "ORG"


def test_a_person_read_after_at_the_is_a_site(annotate) -> None:
    found = _labels(annotate("The final was played at the Santiago Bernabéu on Sunday, and fans gathered outside "
                             "the Bellagio later, while the band played at the Dolby Theatre in Los Angeles."))
    assert found["Santiago Bernabéu"] == "FAC"
    assert found["Bellagio"] == "FAC"
    assert found["Dolby Theatre"] == "FAC"


def test_a_person_after_the_in_a_longer_phrase_stays_a_person(annotate) -> None:
    found = _labels(annotate("Officials at the Obama administration's last briefing said Barack Obama would "
                             "speak at the Kennedy Center on Monday."))
    assert found.get("Obama") == "PERSON"  # "at the Obama administration's": the name does not end the phrase
    assert found.get("Barack Obama") == "PERSON"


def test_a_title_fused_to_a_name_read_as_a_body_gives_the_person(annotate) -> None:
    found = _labels(annotate("Pakistan's army chief, Field Marshal Asim Munir, met officials in Tampa on Monday, "
                             "and donations to the King Abdullah II Foundation rose."))
    assert found["Asim Munir"] == "PERSON"
    assert found.get("King Abdullah II Foundation") == "ORG"


def test_a_city_read_as_a_building_is_a_city() -> None:
    text = "The president-elect said he would visit Buenos Aires next week to meet his counterpart."
    out = gazetteer.apply([mention_at(text, "Buenos Aires", "FAC")], text, LineMap(text))
    assert ("Buenos Aires", "GPE") in texts_and_labels(out, text)


def test_a_listed_company_written_with_its_accents_is_an_organisation(annotate) -> None:
    found = _labels(annotate("Nestlé named a new chief executive on Monday, the Swiss food group said, while "
                             "L'Oréal shares rose and Société Générale cut its forecast."))
    assert found.get("Nestlé") == "ORG" and found.get("L'Oréal") == "ORG"
    assert found.get("Société Générale") == "ORG"


def test_a_capitalised_word_ending_the_line_before_is_no_part_of_a_name() -> None:
    from article_annotator.entities import repair

    text = "Results from the Harlow \nQuillo Group were released on Monday."
    org = mention_at(text, "Quillo Group", "ORG")
    out = repair.apply([org], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Quillo Group", "ORG")]
    given = "The tickets went to Mikel \nOyarzabal Vane, who had queued all night."
    out = repair.join_given_name([mention_at(given, "Oyarzabal", "ORG")], given)
    assert texts_and_labels(out, given) == [("Oyarzabal", "ORG")]


def test_a_stadium_read_as_a_natural_place_is_a_facility_where_the_game_is_played() -> None:
    text = "Kelmar beat Harrowby 3-0 at the Vostrand Stadium on Saturday, and fans walked to Lake Orrin."
    mentions = [mention_at(text, "Vostrand Stadium", "LOC"), mention_at(text, "Lake Orrin", "LOC")]
    out = facilities.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Vostrand Stadium", "FAC"), ("Lake Orrin", "LOC")]


def test_a_place_ending_in_a_facility_word_keeps_its_label_away_from_a_preposition() -> None:
    text = "Vostrand Square was renamed last year, officials said."
    out = facilities.apply([mention_at(text, "Vostrand Square", "LOC")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Vostrand Square", "LOC")]
