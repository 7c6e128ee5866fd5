"""Prose rules of the entities12b round (CoNLL dev prose errors, by class): our own sentences."""

from __future__ import annotations

from article_annotator.entities import acronym_spans, club_places, compound_peoples, coordinated_short_forms, event_adjectives, event_of, facilities, peoples, place_kinds, place_tails, possessive_names, regnal, role_nouns, sentence_end, sentence_start_nouns, ships, typed
from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention


def _typed(text: str, label: str, *names: str) -> list[Mention]:
    """Every occurrence of each name as a model mention with `label`, in text order."""
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(Mention(start, start + len(name), label))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.start)


def _labels(rule, text: str, mentions: list[Mention]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in rule.apply(mentions, text, LineMap(text)):
        out.setdefault(m.text(text), set()).add(m.label)
    return out


def test_a_country_or_city_read_as_a_people_is_a_place() -> None:
    text = "The head of Kyrgyzstan's border guard said the Nairobi stock exchange would open late on Monday."
    got = _labels(place_kinds, text, _typed(text, "NORP", "Kyrgyzstan", "Nairobi"))
    assert got == {"Kyrgyzstan": {"GPE"}, "Nairobi": {"GPE"}}


def test_a_demonym_stays_a_people() -> None:
    text = "The Kenyan delegation and the Kurdish region's leaders met in a hotel for three long days."
    got = _labels(place_kinds, text, _typed(text, "NORP", "Kenyan", "Kurdish"))
    assert got == {"Kenyan": {"NORP"}, "Kurdish": {"NORP"}}


def test_a_name_the_text_calls_a_place_is_one_at_every_mention() -> None:
    text = ("Gunmen attacked a convoy in the remote state of Velmora on Tuesday, officials said.\n"
            "Velmora has been tense for months, and the army sent more troops into the hills.")
    assert _labels(place_kinds, text, _typed(text, "NORP", "Velmora")) == {"Velmora": {"GPE"}}
    text = "Talks on the disputed Karvesh region, which both sides claim, ended without a deal on Friday."
    assert _labels(place_kinds, text, _typed(text, "ORG", "Karvesh")) == {"Karvesh": {"GPE"}}


def test_a_kind_noun_that_goes_on_or_an_adjective_or_a_body_is_no_place_cue() -> None:
    text = "Xinhua state news agency said the plant would reopen once the inspectors had left the site."
    assert _labels(place_kinds, text, _typed(text, "ORG", "Xinhua")) == {"Xinhua": {"ORG"}}
    text = "Leaders of the Union of Tin Miners district in the north said most members backed the offer."
    assert _labels(place_kinds, text, _typed(text, "ORG", "Union of Tin Miners")) == {"Union of Tin Miners": {"ORG"}}
    text = "Fighting spread across the Jewish state and into the Moslem enclave, witnesses told reporters."
    got = _labels(place_kinds, text, _typed(text, "NORP", "Jewish", "Moslem"))
    assert got == {"Jewish": {"NORP"}, "Moslem": {"NORP"}}


def test_a_town_in_a_story_that_talks_sport_is_left_to_the_sports_rules() -> None:
    text = ("The Dorvale squad lost the replay after a poor first half, and the coach blamed the pitch.\n"
            "Fans in Dorvale county on Saturday were angry after the match and the transfer of two players.")
    assert _labels(place_kinds, text, _typed(text, "ORG", "Dorvale")) == {"Dorvale": {"ORG"}}


def _ends(text: str, name: str, label: str = "ORG") -> str:
    s = text.find(name)
    m = sentence_end.apply([Mention(s, s + len(name), label)], text, LineMap(text))[0]
    return m.text(text)


def test_an_abbreviation_dot_that_ends_the_sentence_is_the_sentences() -> None:
    assert _ends("The mill was sold last year to Harlow Corp.\nIts owners said", "Harlow Corp.") == "Harlow Corp"
    assert _ends('"Prices will hold," said Ana Vela of Dunmore & Co. "\nOthers', "Dunmore & Co.") == "Dunmore & Co"
    assert _ends("The firm moved its head office to Tampa, Fla.", "Fla.", "GPE") == "Fla"


def test_a_dot_the_sentence_goes_on_after_or_a_dotted_acronym_or_a_possessive_stays() -> None:
    assert _ends("Harlow Corp. said on Monday it would close two plants.", "Harlow Corp.") == "Harlow Corp."
    assert _ends("The talks will be held in the U.S.\nOfficials said", "U.S.", "GPE") == "U.S."
    assert _ends("said a strategist at Harlow Bros.'\nchief economist", "Harlow Bros.") == "Harlow Bros."


def test_a_demonym_and_a_people_after_it_are_one_people() -> None:
    text = "Fighting between Syrian Druze and government forces spread, Canadian Sikhs said on Sunday."
    got = _labels(compound_peoples, text, _typed(text, "NORP", "Syrian", "Druze", "Canadian", "Sikhs"))
    assert got == {"Syrian Druze": {"NORP"}, "Canadian Sikhs": {"NORP"}}


def test_a_party_or_a_longer_people_or_a_gap_keeps_two_mentions() -> None:
    text = "Many American Republicans, Italian Roman Catholic bishops and Kenyan  Somalis objected."
    got = _labels(compound_peoples, text, _typed(text, "NORP", "American", "Republicans", "Italian",
                                                  "Roman Catholic", "Kenyan", "Somalis"))
    assert set(got) == {"American", "Republicans", "Italian", "Roman Catholic", "Kenyan", "Somalis"}


def test_a_games_adjective_alone_is_an_event_found_where_the_model_missed_it() -> None:
    text = "The former Olympic champion Ana Vela beat two Paralympic sprinters in the 200 metres."
    ms = _typed(text, "FAC", "Olympic") + _typed(text, "PERSON", "Ana Vela")
    got = _labels(event_adjectives, text, sorted(ms, key=lambda m: m.start))
    assert got == {"Olympic": {"EVENT"}, "Ana Vela": {"PERSON"}, "Paralympic": {"EVENT"}}


def test_a_games_adjective_inside_a_longer_name_is_left_to_it() -> None:
    text = "The Olympic Stadium hosted the International Olympic Committee's session in a Northolympic town."
    got = _labels(event_adjectives, text, _typed(text, "ORG", "International Olympic Committee"))
    assert got == {"International Olympic Committee": {"ORG"}}


def test_a_company_named_with_a_possessive_keeps_it_in_its_short_form() -> None:
    text = ("The bid for Harlow's Bancshares Inc. was raised on Monday.\n"
            "Harlow's was the prize, and Harlow's board backed the deal.")
    got = _labels(possessive_names, text, _typed(text, "ORG", "Harlow's Bancshares Inc.", "Harlow"))
    assert "Harlow's" in got and "Harlow" not in got


def test_without_a_fuller_possessive_company_name_the_s_is_a_possessive() -> None:
    text = "Harlow's profits rose.\nThe plan will lift Harlow's North American seating business."
    ms = _typed(text, "ORG", "Harlow's North American")
    ms += [m for m in _typed(text, "ORG", "Harlow") if not any(o.start == m.start for o in ms)]
    got = _labels(possessive_names, text, sorted(ms, key=lambda m: m.start))
    assert "Harlow" in got and "Harlow's" not in got


def test_a_ship_after_a_ship_noun_or_prefix_is_a_product_at_every_mention() -> None:
    text = ("Jets flew from the aircraft carrier Kelvin Moss, and the tanker Sea Harrow was hit.\n"
            "The Kelvin Moss leads a group of six ships. RMS Dunmore sank in 1911; Dunmore lies deep.")
    ms = _typed(text, "ORG", "Kelvin Moss", "RMS Dunmore") + _typed(text, "PERSON", "Dunmore")
    ms = [m for m in ms if not (m.label == "PERSON" and text[m.start - 4 : m.start] == "RMS ")]
    got = _labels(ships, text, sorted(ms, key=lambda m: m.start))
    assert got == {"Kelvin Moss": {"PRODUCT"}, "Sea Harrow": {"PRODUCT"}, "RMS Dunmore": {"PRODUCT"},
                   "Dunmore": {"PRODUCT"}}


def test_ship_the_verb_a_country_and_a_listed_place_elsewhere_are_no_ships() -> None:
    text = ("Farmers plan to ship Kelmar wheat to the vessel Greek officials seized at sea.\n"
            "The submarine Kursk sank; Kursk mourned its sailors.")
    ms = _typed(text, "GPE", "Kursk")
    got = _labels(ships, text, ms)
    assert "Kelmar" not in got and "Greek" not in got
    kursk = [m.label for m in ships.apply(_typed(text, "GPE", "Kursk"), text, LineMap(text))]
    assert kursk == ["PRODUCT", "GPE"]


def test_a_name_after_a_lowercase_role_noun_is_a_person_at_every_mention() -> None:
    text = ('"We will not comment," State Department spokesman Orin Talbot said.\n'
            "Orin Talbot added that goalkeeper Dev Okafor was injured.")
    ms = _typed(text, "ORG", "Orin Talbot") + _typed(text, "GPE", "Dev Okafor")
    got = _labels(role_nouns, text, sorted(ms, key=lambda m: m.start))
    assert got == {"Orin Talbot": {"PERSON"}, "Dev Okafor": {"PERSON"}}


def test_a_body_after_a_role_noun_stays_a_body() -> None:
    text = ("Prices rose, said analyst Harlow Securities, and sole manager Harlow Vane priced it.\n"
            "Harlow Vane Mortgage Corp is a unit of Harlow Vane Inc.")
    ms = _typed(text, "ORG", "Harlow Securities", "Harlow Vane Mortgage Corp", "Harlow Vane Inc")
    ms += [m for m in _typed(text, "ORG", "Harlow Vane") if not any(o.start == m.start for o in ms)]
    got = _labels(role_nouns, text, sorted(ms, key=lambda m: m.start))
    assert "PERSON" not in set().union(*got.values())


def test_a_role_noun_fused_at_a_sentence_start_is_no_part_of_the_name() -> None:
    text = "Centre Dev Okafor scored twice. Singer World Series matches start on Sunday in town."
    ms = _typed(text, "ORG", "Centre Dev Okafor") + _typed(text, "EVENT", "Singer World Series")
    got = _labels(role_nouns, text, ms)
    assert got == {"Dev Okafor": {"PERSON"}, "Singer World Series": {"EVENT"}}


def test_a_building_after_a_preposition_of_place_is_a_facility() -> None:
    text = ("Vela was treated in Harrow's Central Clinical Hospital, and the final was played at the "
            "Kelmar Tennis Centre on Sunday.\nKelmar Tennis Centre said it would close.")
    ms = _typed(text, "ORG", "Central Clinical Hospital", "Kelmar Tennis Centre")
    got = [(m.text(text), m.label) for m in facilities.apply(ms, text, LineMap(text))]
    assert got == [("Central Clinical Hospital", "FAC"), ("Kelmar Tennis Centre", "FAC"), ("Kelmar Tennis Centre", "ORG")]


def test_a_workplace_after_a_role_and_at_stays_a_body() -> None:
    text = "Ana Vela, political director at the Harrow Policy Centre, said the plan would fail in court."
    assert _labels(facilities, text, _typed(text, "ORG", "Harrow Policy Centre")) == {"Harrow Policy Centre": {"ORG"}}


def test_a_surname_that_is_a_state_does_not_stop_a_person_but_a_place_first_does() -> None:
    text = "Former finalist Tomas Kent lost, and his old coach Leeds United had praised him."
    ms = _typed(text, "ORG", "Tomas Kent", "Leeds United")
    assert _labels(role_nouns, text, ms) == {"Tomas Kent": {"PERSON"}, "Leeds United": {"ORG"}}


def test_a_place_span_running_over_a_comma_into_a_place_is_two_names() -> None:
    text = "On the first morning at Kelmar Road, Leicestershire, rain fell; Dover, Del, Feb 26 - Prices rose."
    ms = _typed(text, "FAC", "Kelmar Road, Leicestershire") + _typed(text, "GPE", "Dover, Del, Feb")
    got = [(m.text(text), m.label) for m in place_tails.apply(ms, text, LineMap(text))]
    assert got == [("Kelmar Road", "FAC"), ("Leicestershire", "GPE"), ("Dover, Del, Feb", "GPE")]
    text = "Traffic stopped at Harrow Bridge, Feb 3 and then at Harrow Bridge, Kent."
    ms = _typed(text, "FAC", "Harrow Bridge, Feb")
    assert [(m.text(text), m.label) for m in place_tails.apply(ms, text, LineMap(text))] == [("Harrow Bridge", "FAC")]


def test_a_company_of_a_place_is_the_company_and_the_place_but_a_bank_of_one_is_one_name() -> None:
    text = "Kelmar Mills Inc of Toronto and the National Bank of Poland and Goldman, Sachs and Co bought it."
    ms = _typed(text, "ORG", "Kelmar Mills Inc of Toronto", "National Bank of Poland", "Goldman, Sachs and Co")
    got = [(m.text(text), m.label) for m in place_tails.apply(ms, text, LineMap(text))]
    assert got == [("Kelmar Mills Inc", "ORG"), ("Toronto", "GPE"), ("National Bank of Poland", "ORG"),
                   ("Goldman, Sachs and Co", "ORG")]


def test_two_companies_named_short_and_fused_split_into_two() -> None:
    text = ("Harrow Bancorp Inc. and Trust Bancshares Inc. were named.\n"
            "Rivals must grab Harrow or Trust, and Harrow and Trust did not comment.")
    ms = _typed(text, "ORG", "Harrow Bancorp Inc.", "Trust Bancshares Inc.", "Harrow or Trust", "Harrow and Trust")
    got = [m.text(text) for m in coordinated_short_forms.apply(ms, text, LineMap(text))]
    assert got.count("Harrow") == 2 and got.count("Trust") == 2 and "Harrow or Trust" not in got


def test_a_fused_pair_without_two_fuller_names_stays_whole() -> None:
    text = "Marks & Spencer Group plc said Marks and Spencer would open ten stores."
    ms = _typed(text, "ORG", "Marks & Spencer Group plc", "Marks and Spencer")
    got = [m.text(text) for m in coordinated_short_forms.apply(ms, text, LineMap(text))]
    assert got == ["Marks & Spencer Group plc", "Marks and Spencer"]


def test_a_competition_name_goes_on_over_of_and_its_sport() -> None:
    text = "She won the Kelmar Series of Golf last week and the Harrow Cup of 2026 is next."
    ms = _typed(text, "EVENT", "Kelmar Series", "Harrow Cup")
    got = [m.text(text) for m in event_of.apply(ms, text, LineMap(text))]
    assert got == ["Kelmar Series of Golf", "Harrow Cup"]
    text = "He rode the Tour of Kelmar Hills again."
    ms = _typed(text, "EVENT", "Tour") + _typed(text, "GPE", "Kelmar Hills")
    assert [m.text(text) for m in event_of.apply(ms, text, LineMap(text))] == ["Tour of Kelmar Hills"]


def test_a_month_before_a_company_is_no_given_name() -> None:
    text = "Halvrix said it doubled output. From January to June Halvrix exported half of it.\n"
    found = typed.apply([], text, LineMap(text))
    assert [(m.text(text), m.label) for m in found] == [("Halvrix", "ORG")]
    text = "Ana Halvrix left. Halvrix said it was a long day.\n"  # a real given name still counts
    assert typed.apply([], text, LineMap(text)) == []


def test_a_broken_body_name_is_made_whole_by_the_acronym_defined_after_it() -> None:
    text = "Troops of the Kelmar Interim Force in Lebanon (KIFL) moved. KIFL said little."
    ms = _typed(text, "ORG", "Kelmar Interim Force") + _typed(text, "GPE", "Lebanon") + _typed(text, "NORP", "KIFL")
    got = [(m.text(text), m.label) for m in acronym_spans.apply(sorted(ms, key=lambda m: m.start), text, LineMap(text))]
    assert got == [("Kelmar Interim Force in Lebanon", "ORG"), ("KIFL", "ORG"), ("KIFL", "ORG")]


def test_no_body_a_wrong_acronym_or_a_line_break_leaves_the_names() -> None:
    for text, name in (("Ana Vela of Kelmar (AVK) spoke.", "Ana Vela"),
                       ("The Harrow Tin\nProducers (HTP) met.", "Harrow Tin"),
                       ("The Harrow Tin Producers (XYZ) met.", "Harrow Tin")):
        label = "PERSON" if name == "Ana Vela" else "ORG"
        ms = _typed(text, label, name) + _typed(text, "ORG", "Producers" if "Producers" in text else "Kelmar")
        ms += _typed(text, "ORG", text[text.find("(") + 1 : text.find(")")])
        before = sorted((m.start, m.end) for m in ms)
        got = sorted((m.start, m.end) for m in acronym_spans.apply(sorted(ms, key=lambda m: m.start), text, LineMap(text)))
        assert got == before, text


def test_a_people_or_faith_is_a_norp_and_is_found_where_the_model_missed_it() -> None:
    text = "Hutu rebels fought the Chechens and Druze leaders; the Rohingya fled.\n"
    ms = _typed(text, "PERSON", "Hutu") + _typed(text, "GPE", "Chechens")
    got = _labels(peoples, text, ms)
    assert got == {"Hutu": {"NORP"}, "Chechens": {"NORP"}, "Druze": {"NORP"}, "Rohingya": {"NORP"}}


def test_a_people_word_opening_a_longer_name_or_after_a_title_is_left() -> None:
    text = "Shares of Arab\nBanking Corp rose, Hutu Power radio said, and Mr Tamil agreed.\n"
    assert _labels(peoples, text, _typed(text, "PERSON", "Tamil")) == {"Tamil": {"PERSON"}}


def test_a_common_noun_opening_a_sentence_is_no_person() -> None:
    text = "Death is not the end, he said.\nFor him death was a door. Will agreed, and Such nodded.\nPeter Such left; the will was read."
    ms = _typed(text, "PERSON", "Death", "Will", "Such", "Peter Such")
    ms = [m for m in ms if not (m.text(text) == "Such" and text[m.start - 6 : m.start] == "Peter ")]
    got = _labels(sentence_start_nouns, text, sorted(ms, key=lambda m: m.start))
    assert "Death" not in got and {"Will", "Such", "Peter Such"} <= set(got)


def test_a_town_a_player_joins_or_captains_is_its_club_in_a_story_that_talks_sport() -> None:
    text = ("The striker, who joined Harrowgate for a record fee, leads the squad.\n"
            "Coach Ana Vela said the former Kelmarton skipper was ready, and Dunmore's Ian Brandt agreed.")
    ms = _typed(text, "GPE", "Harrowgate", "Kelmarton", "Dunmore")
    got = _labels(club_places, text, ms)
    assert got == {"Harrowgate": {"ORG"}, "Kelmarton": {"ORG"}, "Dunmore": {"ORG"}}


def test_outside_sport_a_country_or_a_runner_stays_as_it_was() -> None:
    text = "She moved to Harrowgate last year.\nShe joined Kenya for talks.\n"
    assert _labels(club_places, text, _typed(text, "GPE", "Harrowgate", "Kenya")) == {"Harrowgate": {"GPE"}, "Kenya": {"GPE"}}
    text = "The squad watched the relay: Kelly ran well, beating Samira, the sprint favourite, again.\n"
    assert _labels(club_places, text, _typed(text, "PERSON", "Samira")) == {"Samira": {"PERSON"}}


def test_a_name_before_a_facility_noun_ending_its_phrase_is_a_facility() -> None:
    text = ("He walked out of the T4 prison late on Friday; fans left the Eschenau stadium, and a\n"
            "Kelmar port spokesman said the Kelmar port authority and the English port of Dover agreed.")
    ms = _typed(text, "ORG", "T4") + _typed(text, "ORG", "Kelmar") + _typed(text, "LANGUAGE", "English")
    got = [(m.text(text), m.label) for m in facilities.apply(sorted(ms, key=lambda m: m.start), text, LineMap(text))]
    assert got == [("T4", "FAC"), ("Eschenau", "FAC"), ("Kelmar", "ORG"), ("Kelmar", "ORG"), ("English", "LANGUAGE")]


def test_a_regnal_number_is_part_of_the_name_but_a_lone_letter_or_a_company_is_not() -> None:
    text = "Pope Leo XIV met Harlow Vane III and Ana I. Later Tomas Vane II Holdings and Ana Vela X sold."
    ms = _typed(text, "PERSON", "Leo", "Harlow Vane", "Ana", "Tomas Vane", "Ana Vela")
    ms = [m for m in ms if not (m.text(text) == "Ana" and text[m.start : m.start + 8] == "Ana Vela")]
    got = [m.text(text) for m in regnal.apply(sorted(ms, key=lambda m: m.start), text, LineMap(text))]
    assert got == ["Leo XIV", "Harlow Vane III", "Ana", "Tomas Vane", "Ana Vela"]


def test_an_initial_or_a_wrapped_line_that_goes_on_keeps_the_dot() -> None:
    assert _ends("The study is chaired by Ana R.\nVela, its head.", "Ana R.", "PERSON") == "Ana R."
    assert _ends("Shares were sold to Harlow Corp.\n  said a trader.", "Harlow Corp.") == "Harlow Corp."
