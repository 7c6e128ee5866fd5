"""Entities without junk and one name per person (issue 12): rules tested on our own sentences."""

from __future__ import annotations

import pytest

from article_annotator.entities import title_lines
from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention
from tests.mentions import mention_at, texts_and_labels


@pytest.fixture(scope="module")
def annotate(annotate_entities):
    return annotate_entities


HEADLINE = "Moreno Signs Pact With Harbour Unions\n\nAna Moreno signed the agreement on Tuesday.\n"


def test_a_title_case_headline_standing_alone_is_one() -> None:
    assert title_lines.is_title_line("Moreno Signs Pact With Harbour Unions")
    assert title_lines.is_title_line("Kenya Raises Duties on Imported Sugar")
    assert not title_lines.is_title_line("Ann Example, Li Wen, Carla Brennan")  # a list of names
    assert not title_lines.is_title_line("Ana Moreno signed the agreement on Tuesday.")
    assert title_lines.stands_alone(HEADLINE, 0, HEADLINE.index("\n"))
    wrapped = "Some prose here\nMoreno Signs Pact With Harbour Unions\nand more prose."
    start = wrapped.index("Moreno")
    assert not title_lines.stands_alone(wrapped, start, wrapped.index("\n", start))
    linked = "prose.\nRELATED: Dockers Strike Halts Shipments Through Rotterdam\nMore prose."
    start = linked.index("RELATED")
    assert title_lines.stands_alone(linked, start, linked.index("\n", start))


def test_headline_verbs_do_not_fuse_into_a_name() -> None:
    mentions = [mention_at(HEADLINE, "Moreno Signs", "PERSON"), mention_at(HEADLINE, "Ana Moreno", "PERSON")]
    out = title_lines.apply(mentions, HEADLINE, LineMap(HEADLINE))
    assert texts_and_labels(out, HEADLINE) == [("Moreno", "PERSON"), ("Ana Moreno", "PERSON")]


def test_a_country_in_a_headline_span_keeps_only_the_country() -> None:
    text = "Kenya Raises Duties on Imported Sugar\n\nThe finance ministry said so on Monday.\n"
    out = title_lines.apply([mention_at(text, "Kenya Raises", "ORG")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Kenya", "GPE")]


def test_an_unsupported_headline_span_goes_and_prose_is_untouched() -> None:
    text = "Copper Ships Race to Beat the Deadline\n\nTraders in Lima said Copper Ships Race was a rumour.\n"
    mentions = [mention_at(text, "Copper Ships", "ORG"), mention_at(text, "Lima", "GPE")]
    out = title_lines.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Lima", "GPE")]
    named = mentions + [mention_at(text, "Copper Ships", "ORG", nth=1)]
    assert len(title_lines.apply(named, text, LineMap(text))) == 3  # prose names it: kept


def test_outlets_platforms_and_bodies_are_org() -> None:
    from article_annotator.entities import outlets

    text = "Ana Moreno wrote on her Truth Social page and told TASS that the WHO was wrong.\n"
    mentions = [mention_at(text, "Ana Moreno", "PERSON"), mention_at(text, "Truth Social", "FAC")]
    out = outlets.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Ana Moreno", "PERSON"), ("Truth Social", "ORG"), ("TASS", "ORG"), ("WHO", "ORG")]
    text = "The fine followed a complaint from Spotify.\n"  # the model read a streaming platform as a place
    out = outlets.apply([mention_at(text, "Spotify", "GPE")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Spotify", "ORG")]


def test_the_platform_x_is_read_from_its_context_only() -> None:
    from article_annotator.entities import outlets

    text = "She posted on X after an X-ray. An X post followed; X = 4 on the chart, said Player X.\n"
    out = outlets.apply([], text, LineMap(text))
    assert [m.start for m in out] == [text.index("on X") + 3, text.index("An X post") + 3]


def test_a_listed_word_inside_a_persons_name_stays_a_name() -> None:
    from article_annotator.entities import outlets

    text = "Michael Bloomberg spoke. Bloomberg said he would fund the plan.\n"
    mentions = [mention_at(text, "Michael Bloomberg", "PERSON"), mention_at(text, "Bloomberg", "PERSON", nth=1)]
    out = outlets.apply(mentions, text, LineMap(text))
    assert [m.label for m in out] == ["PERSON", "PERSON"]
    caps = "WHO WILL PAY FOR IT\nThe plan was costed.\n"
    assert outlets.apply([], caps, LineMap(caps)) == []  # the pronoun in a headline


def test_particle_surnames_and_hyphen_pieces_join_the_name() -> None:
    from article_annotator.entities.repair import join_name_rests

    text = "Ursula von der Leyen met Yoon Suk-yeol and a Smith-led team; Faisal bin Farhan came."
    mentions = [mention_at(text, "Ursula", "PERSON"), mention_at(text, "Leyen", "GPE"), mention_at(text, "Yoon Suk", "PERSON"),
                mention_at(text, "Smith", "PERSON"), mention_at(text, "Faisal", "PERSON")]
    out = join_name_rests(mentions, text)
    assert texts_and_labels(out, text) == [("Ursula von der Leyen", "PERSON"), ("Yoon Suk-yeol", "PERSON"),
                                 ("Smith", "PERSON"), ("Faisal bin Farhan", "PERSON")]


def test_a_name_of_given_names_only_grows_over_the_surnames_after_it() -> None:
    from article_annotator.entities.repair import join_name_rests

    text = ("Opposition leader Maria Corina Alvarado won, Carlos Alberto Mendoza Ruiz said, "
            "and Anna Maria Signs Pact was a headline; Anna Maria Monday came, as did Mary Ann Smith Tuesday.")
    mentions = [mention_at(text, "Maria Corina", "PERSON"), mention_at(text, "Carlos Alberto", "PERSON"),
                mention_at(text, "Anna Maria", "PERSON"), mention_at(text, "Anna Maria", "PERSON", nth=1),
                mention_at(text, "Mary Ann Smith", "PERSON")]
    out = join_name_rests(mentions, text)
    assert texts_and_labels(out, text) == [
        ("Maria Corina Alvarado", "PERSON"), ("Carlos Alberto Mendoza Ruiz", "PERSON"),
        ("Anna Maria", "PERSON"), ("Anna Maria", "PERSON"), ("Mary Ann Smith", "PERSON"),
    ]


def test_the_surname_read_apart_as_a_place_follows_the_grown_name(annotate) -> None:
    text = ("Opposition leader Maria Corina Alvarado won the prize, the committee said in Oslo. "
            "Alvarado dedicated it to her supporters.")
    people = [(i["text"], i["canonical"]) for i in annotate(text) if i["label"] == "PERSON"]
    assert people == [("Maria Corina Alvarado", "Maria Corina Alvarado"), ("Alvarado", "Maria Corina Alvarado")]


def test_two_person_spans_with_one_blank_between_are_one_name() -> None:
    from article_annotator.entities import repair

    text = "President Amara Toure Okafor was sworn in, and Dev Moss, Ana Brandt attended."
    mentions = [mention_at(text, "Amara Toure", "PERSON"), mention_at(text, "Okafor", "PERSON"),
                mention_at(text, "Dev Moss", "PERSON"), mention_at(text, "Ana Brandt", "PERSON")]
    out = repair.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Amara Toure Okafor", "PERSON"), ("Dev Moss", "PERSON"), ("Ana Brandt", "PERSON")]


def test_a_surname_opening_a_sentence_before_a_verb_joins_the_person(annotate) -> None:
    text = ("Prime Minister Pedro Sanchez rejected the target. Sanchez spoke after a cabinet meeting, "
            "and Sanchez has since called for talks.")
    people = [(i["text"], i["canonical"]) for i in annotate(text) if i["label"] == "PERSON"]
    assert people.count(("Sanchez", "Pedro Sanchez")) == 2


def test_a_surname_the_model_typed_apart_right_after_the_person_joins_it() -> None:
    from article_annotator.entities import repair

    text = "Minister Amara Toure Okafor's home was looted, and Dev Moss Kenya's envoy and Ana Vela Tower spoke."
    mentions = [mention_at(text, "Amara Toure", "PERSON"), mention_at(text, "Okafor", "ORG"),
                mention_at(text, "Dev Moss", "PERSON"), mention_at(text, "Kenya", "GPE"),
                mention_at(text, "Ana Vela", "PERSON"), mention_at(text, "Tower", "FAC")]
    out = repair.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text)[:3] == [("Amara Toure Okafor", "PERSON"), ("Dev Moss", "PERSON"), ("Kenya", "GPE")]
    assert ("Ana Vela", "PERSON") in texts_and_labels(out, text)


def test_a_short_surname_and_a_surname_before_an_adverb_join_the_person(annotate) -> None:
    text = "Premier Li Qiang met Pedro Sanchez in Madrid. Li later flew home, and Sanchez also left."
    people = [(i["text"], i["canonical"]) for i in annotate(text) if i["label"] == "PERSON"]
    assert ("Li", "Li Qiang") in people and ("Sanchez", "Pedro Sanchez") in people


def test_a_capitalised_word_glued_to_a_prefix_or_inside_a_word_does_not_open_the_name() -> None:
    from article_annotator.entities import repair

    text = "The pro-European Union of Kelmar met, and KelmarCorp United Inc said so."
    mentions = [mention_at(text, "Union of Kelmar", "ORG"), mention_at(text, "United Inc", "ORG")]
    out = repair.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Union of Kelmar", "ORG"), ("KelmarCorp United Inc", "ORG")]


def test_a_name_of_three_short_syllables_cut_after_two_grows_whole() -> None:
    from article_annotator.entities.repair import join_name_rests

    text = "Prosecutors charged Park Min Seo on Friday; Aung Tin Suu Kyi and Tim Cook Inc staff watched."
    mentions = [mention_at(text, "Park Min", "PERSON"), mention_at(text, "Aung Tin", "PERSON"),
                mention_at(text, "Tim Cook", "PERSON")]
    out = join_name_rests(mentions, text)
    assert texts_and_labels(out, text) == [("Park Min Seo", "PERSON"), ("Aung Tin", "PERSON"), ("Tim Cook", "PERSON")]


def test_a_growth_that_would_cut_another_mention_is_not_made() -> None:
    from article_annotator.entities.repair import join_name_rests

    text = "A report by Maria Corina Alvarado Holdings was published."
    mentions = [mention_at(text, "Maria Corina", "PERSON"), mention_at(text, "Alvarado Holdings", "ORG")]
    assert texts_and_labels(join_name_rests(mentions, text), text) == [("Maria Corina", "PERSON"), ("Alvarado Holdings", "ORG")]


def test_a_short_form_without_the_arabic_article_joins_the_full_name(annotate) -> None:
    text = "President Abdel Karim al-Harawi welcomed the envoys. Harawi said the ceasefire must hold."
    people = [(i["text"], i["canonical"]) for i in annotate(text) if i["label"] == "PERSON"]
    assert ("Harawi", "Abdel Karim al-Harawi") in people


def test_a_leader_known_by_surname_read_as_a_place_is_a_person_unless_it_names_one() -> None:
    from article_annotator.entities import leaders

    text = "Indonesia's Prabowo attended, and so did the mayor of Clinton, Iowa."
    mentions = [mention_at(text, "Prabowo", "GPE"), mention_at(text, "Clinton", "GPE")]
    out = leaders.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Prabowo", "PERSON"), ("Clinton", "GPE")]


def test_a_country_fused_after_a_person_splits_off() -> None:
    from article_annotator.entities.repair import split_country_tail

    text = "The vote makes Okafor Kenya's next leader. Grace Okafor thanked voters."
    fused = mention_at(text, "Okafor Kenya", "PERSON")
    assert texts_and_labels(split_country_tail(fused, text, LineMap(text)), text) == [("Okafor", "PERSON"), ("Kenya", "GPE")]
    once = "Michael Jordan scored forty points that night."
    whole = mention_at(once, "Michael Jordan", "PERSON")
    assert split_country_tail(whole, once, LineMap(once)) == [whole]  # the person is named only here


def test_a_particle_surname_alone_joins_the_full_name(annotate) -> None:
    text = "European Commission President Ursula von der Leyen met farmers in Brussels. Von der Leyen promised aid."
    items = annotate(text)
    people = [(i["text"], i["canonical"]) for i in items if i["label"] == "PERSON"]
    assert people == [("Ursula von der Leyen", "Ursula von der Leyen"), ("Von der Leyen", "Ursula von der Leyen")]


def test_laws_budgets_measures_portfolios_and_currencies_are_no_organisations() -> None:
    from article_annotator.entities import junk

    text = ("The Clean Harbours Act and the Union Budget set Anti-Dumping Duties worth USD 4 billion, "
            "the Secretary of Commerce and the Finance Minister said; Commerce said so too.")
    mentions = [mention_at(text, p, "ORG") for p in ("Clean Harbours Act", "Union Budget", "Anti-Dumping Duties",
                                                 "USD", "Commerce", "Finance", "Commerce")]
    mentions[-1] = mention_at(text, "Commerce", "ORG", nth=1)
    out = junk.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Clean Harbours Act", "LAW"), ("Union Budget", "LAW"), ("Commerce", "ORG")]
    assert out[-1].start == text.index("Commerce said")


def test_a_common_noun_of_the_document_after_an_article_is_no_person() -> None:
    from article_annotator.entities import junk

    text = "The approved Bill is softer than the first bill. The regime of Saddam fell; the former Bill spoke."
    mentions = [mention_at(text, "Bill", "PERSON"), mention_at(text, "Saddam", "PERSON")]
    assert texts_and_labels(junk.apply(mentions, text, LineMap(text)), text) == [("Saddam", "PERSON")]
    other = "The approved Bill is softer than the first draft."
    kept = [mention_at(other, "Bill", "PERSON")]
    assert len(junk.apply(kept, other, LineMap(other))) == 1  # never written in lower case here


def test_brand_shaped_names_are_companies() -> None:
    from article_annotator.lexicon.names import brand_shaped

    assert brand_shaped("SpaceX") and brand_shaped("OpenAI") and brand_shaped("BlackRock")
    assert not any(brand_shaped(w) for w in ("MacArthur", "DeSantis", "McDonald", "LeBron", "Smith", "FitzGerald"))


def test_a_lone_brand_shaped_person_becomes_org(annotate) -> None:
    text = "SpaceX launched another rocket on Sunday. SpaceX said the booster was caught."
    assert {i["label"] for i in annotate(text) if i["text"] == "SpaceX"} == {"ORG"}


def test_a_country_has_one_canonical_across_records(annotate) -> None:
    first = annotate("Officials in the US said talks would resume. The US delegation flew home.")
    second = annotate("Officials in the U.S. said talks would resume, and the UK agreed.")
    names = {(i["text"], i["canonical"]) for i in first + second if i["country"] and i["label"] == "GPE"}
    assert names == {("US", "United States"), ("U.S.", "United States"), ("UK", "United Kingdom")}


def test_a_leading_the_is_not_taken_back_into_a_name_but_a_title_keeps_it() -> None:
    from article_annotator.entities import repair

    text = "LIMA (Wire) - The Andean Trade Council met. Her film \" The Quiet Harbour \" opened."
    mentions = [mention_at(text, "Andean Trade Council", "ORG"), mention_at(text, "Quiet Harbour", "WORK_OF_ART")]
    out = repair.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Andean Trade Council", "ORG"), ("The Quiet Harbour", "WORK_OF_ART")]


def test_generic_heading_words_alone_are_no_names() -> None:
    from article_annotator.entities import junk

    text = "Home news: the Radio show won Best drama, and Lord spoke to the Digital team."
    mentions = [mention_at(text, w, lab) for w, lab in (("Home", "ORG"), ("Radio", "ORG"), ("Best", "FAC"),
                                                   ("Lord", "PERSON"), ("Digital", "ORG"))]
    assert junk.apply(mentions, text, LineMap(text)) == []


def test_a_photo_credit_splits_into_name_and_agency() -> None:
    from article_annotator.entities.spans import split_credits

    text = "Ana Moreno/Reuters and AC/DC"
    credit = split_credits(mention_at(text, "Ana Moreno/Reuters", "PERSON"), text)
    assert texts_and_labels(credit, text) == [("Ana Moreno", "PERSON"), ("Reuters", "ORG")]
    band = mention_at(text, "AC/DC", "ORG")
    assert split_credits(band, text) == [band]


def test_page_chrome_is_no_name() -> None:
    from article_annotator.entities import junk

    text = "Share\n\nContact Us\n\nPhoto: the port at dawn.\n"
    mentions = [mention_at(text, "Share", "ORG"), mention_at(text, "Contact Us", "ORG"), mention_at(text, "Photo", "ORG")]
    assert junk.apply(mentions, text, LineMap(text)) == []


def test_hyphenated_compounds_give_their_country_parts() -> None:
    from article_annotator.entities.gazetteer import hyphen_parts

    assert hyphen_parts("EU-China") == [(0, 2, "ORG"), (3, 8, "GPE")]
    assert hyphen_parts("U.S.-made") == [(0, 4, "GPE")]
    assert hyphen_parts("China-related") == [(0, 5, "GPE")]
    assert hyphen_parts("Franco-German") == [] and hyphen_parts("Chester-le-Street") == []


def test_an_acronym_in_brackets_is_what_it_abbreviates() -> None:
    from article_annotator.entities import definitions

    text = ("The Harbour Access Deal (HAD) and the new transit duties (TD) came after the Ports "
            "Authority of Lima (PAL) and the Union of Farmers in Peru (UFP) agreed.")
    mentions = [mention_at(text, "HAD", "ORG"), mention_at(text, "TD", "ORG"), mention_at(text, "Ports Authority of Lima", "ORG"),
                mention_at(text, "PAL", "ORG"), mention_at(text, "Peru", "GPE"), mention_at(text, "UFP", "ORG")]
    out = definitions.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("HAD", "LAW"), ("Ports Authority of Lima", "ORG"), ("PAL", "ORG"),
                                 ("Peru", "GPE"), ("UFP", "ORG")]
    assert definitions.defined_words("AD", "the Anti-Dumping (AD)", 17) == (4, 16)


def test_a_listed_body_opening_a_longer_name_is_not_added() -> None:
    from article_annotator.entities import outlets

    text = "Members adopted the WHO Pandemic Agreement, said the WHO Director-General."
    out = outlets.apply([], text, LineMap(text))
    assert [m.start for m in out] == [text.index("WHO Director")]


def test_a_name_after_a_title_and_a_post_signature_are_people() -> None:
    from article_annotator.entities import typed

    text = ("“Jobs are saved,” said PM Keir Starmer.\nThe rocket landed.\n— Ana Moreno (@anamoreno) May 3\n"
            "General Motors and Senator Rose Hill met.")
    out = typed.apply([], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Keir Starmer", "PERSON"), ("Ana Moreno", "PERSON")]


def test_signature_search_stays_linear_on_one_endless_word() -> None:
    import time

    from article_annotator.entities.typed import titled_names

    text = "A" * 200_000 + " (@x)"
    t0 = time.perf_counter()
    list(titled_names(text, LineMap(text)))
    assert time.perf_counter() - t0 < 2.0


def test_a_title_is_no_part_of_a_name_and_is_cut_off_late_too() -> None:
    from article_annotator.entities.names import is_name_part, person_parts
    from article_annotator.entities.spans import without_titles

    text = "Lord Hutton reported. The Lord Chancellor and Lord Woolf agreed."
    parts = person_parts([mention_at(text, "Lord Hutton", "PERSON")], text, LineMap(text))
    assert parts == {"Lord Hutton": "full", "Hutton": "part"} and not is_name_part("Lord")
    late = without_titles(mention_at(text, "Lord Hutton", "PERSON", origin="evidence"), text)
    assert late.text(text) == "Hutton"


def test_short_forms_of_organisations() -> None:
    from article_annotator.entities import org_forms
    from article_annotator.entities.clusters import cluster

    forms = org_forms.short_forms([("Zentrix Inc.", "ORG"), ("Lima Condors", "ORG"), ("Lima", "GPE"),
                                   ("Harbour Trust", "ORG")], {"Lima"})
    assert forms == {"Zentrix": "Zentrix Inc.", "Condors": "Lima Condors"}
    text = "The Lima Condors beat Cusco. Lima cheered as the Condors won; Zentrix Inc. and Zentrix paid."
    mentions = [mention_at(text, "Lima Condors", "ORG"), mention_at(text, "Lima", "GPE", nth=1),
                mention_at(text, "Condors", "GPE", nth=1), mention_at(text, "Zentrix Inc.", "ORG"), mention_at(text, "Zentrix", "ORG", nth=1)]
    out = org_forms.apply(mentions, text, LineMap(text))
    items = {(i["text"], i["start"]): i for i in cluster(out, text)}
    condors = items[("Condors", text.index("Condors won"))]
    assert condors["label"] == "ORG" and condors["canonical"] == "Lima Condors"
    assert items[("Zentrix", text.index("Zentrix paid"))]["canonical"] == "Zentrix Inc."
    assert items[("Lima", text.index("Lima cheered"))]["label"] == "GPE"


def test_a_name_before_a_product_noun_is_a_product() -> None:
    from article_annotator.entities import products

    text = ("Orbex flew its Skylark 3 boosters again, and the Skylark rocket landed. The Tidewave maker said "
            "so. Tidewave Ltd. and Zentrix, its partner, agreed.")
    mentions = [mention_at(text, "Orbex", "ORG"), mention_at(text, "Skylark", "ORG"), mention_at(text, "Skylark", "PERSON", nth=1),
                mention_at(text, "Tidewave", "ORG"), mention_at(text, "Zentrix", "ORG")]
    out = products.apply(mentions, text, LineMap(text))
    assert [m.label for m in out] == ["ORG", "PRODUCT", "PRODUCT", "ORG", "ORG"]  # "Tidewave Ltd.": a company


def test_agency_and_colon_datelines_name_the_place() -> None:
    from article_annotator.entities import datelines

    text = ("LIMA (AP) — Port workers struck on Monday.\n\nMEXICO CITY: The Senate approved the bill on "
            "Wednesday after a long debate.\n\nBREAKING NEWS: The vote was held late at night in the chamber.\n"
            "ISSUE: Bonds for the harbour authority were sold in two parts to local banks.\n")
    out = datelines.apply([], text, LineMap(text))
    assert texts_and_labels(out, text) == [("LIMA", "GPE"), ("MEXICO CITY", "GPE")]
    wire = "OSLO, July 10 (Reuters) - Norway cut its duties on salmon feed on Thursday.\n"
    assert texts_and_labels(datelines.apply([mention_at(wire, "OSLO", "ORG")], wire, LineMap(wire)), wire) == [("OSLO", "GPE")]


def test_the_date_of_an_agency_dateline_names_no_one() -> None:
    from article_annotator.entities import datelines

    text = "BEIJING, Oct 2 (Reuters) - Factory activity in Henvale shrank for a third month.\n"
    typed = [mention_at(text, "BEIJING", "GPE"), mention_at(text, "Oct", "PERSON"), mention_at(text, "Reuters", "ORG")]
    assert texts_and_labels(datelines.apply(typed, text, LineMap(text)), text) == [("BEIJING", "GPE"), ("Reuters", "ORG")]


def test_table_words_months_and_sentence_initial_plurals_are_no_names() -> None:
    from article_annotator.entities import junk

    text = "Attendance: 3,900\nScorer: Ana Moreno (12th)\nAutomakers asked for delays in July.\nDemocrats agreed.\n"
    mentions = [mention_at(text, "Attendance", "PERSON"), mention_at(text, "Scorer", "PERSON"), mention_at(text, "Ana Moreno", "PERSON"),
                mention_at(text, "Automakers", "GPE"), mention_at(text, "July", "ORG"), mention_at(text, "Democrats", "NORP")]
    out = junk.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Ana Moreno", "PERSON"), ("Democrats", "NORP")]


def test_a_makers_name_before_its_goods_stays_the_maker() -> None:
    from article_annotator.entities import org_forms, products

    text = "Owners of Nokia smartphones and Falcon 9 rockets agree. CALGARY, Alberta - Alberta Energy Co. rose."
    mentions = [mention_at(text, "Nokia", "ORG"), mention_at(text, "Falcon", "ORG"), mention_at(text, "Alberta", "GPE"),
                mention_at(text, "Alberta Energy Co.", "ORG")]
    out = org_forms.apply(products.apply(mentions, text, LineMap(text)), text, LineMap(text))
    assert [m.label for m in out] == ["ORG", "PRODUCT", "GPE", "ORG"]


def test_no_possessive_phrase_after_a_title_and_no_team_pair_split_as_a_credit() -> None:
    from article_annotator.entities import typed
    from article_annotator.entities.spans import split_credits

    text = "He was sure Mr Okafor's Budget would pass. Luton v Hinckley/Brentford"
    assert typed.apply([], text, LineMap(text)) == []
    pair = mention_at(text, "Hinckley/Brentford", "PERSON")
    assert split_credits(pair, text) == [pair]


def test_an_office_of_the_budget_is_a_body() -> None:
    from article_annotator.entities import junk

    text = "The Office of Management and Budget said so."
    out = junk.apply([mention_at(text, "Office of Management and Budget", "ORG")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Office of Management and Budget", "ORG")]


def test_a_place_a_team_beats_or_a_player_joins_is_a_club_in_a_sports_story() -> None:
    from article_annotator.entities import sports

    text = ("Kent beat Norfolk by an innings on Friday, and the striker joined Lancaster from Wigan. "
            "The bowler took four wickets in the match and the coach praised the innings of the season.")
    mentions = [mention_at(text, "Norfolk", "GPE"), mention_at(text, "Lancaster", "GPE"), mention_at(text, "Wigan", "GPE")]
    out = sports.apply(mentions, text, LineMap(text))
    assert [m.label for m in out] == ["ORG", "ORG", "GPE"]


def test_a_person_fused_behind_a_government_word_or_typed_org_splits() -> None:
    from article_annotator.entities.repair import split_person_tail

    text = "The Kenyan Government Joseph Mwangi refused the flights; Mwangi said no."
    fused = mention_at(text, "Government Joseph Mwangi", "ORG")
    assert texts_and_labels(split_person_tail(fused, text, frozenset()), text) == [("Joseph Mwangi", "PERSON")]
    norp = mention_at(text, "Kenyan Government Joseph Mwangi", "GPE")
    assert texts_and_labels(split_person_tail(norp, text, frozenset()), text) == [("Kenyan", "NORP"), ("Joseph Mwangi", "PERSON")]
    bare = mention_at(text, "Joseph Mwangi", "ORG")
    assert texts_and_labels(split_person_tail(bare, text, frozenset({"Mwangi"})), text) == [("Joseph Mwangi", "PERSON")]
    assert split_person_tail(bare, text, frozenset()) == [bare]  # nothing here reads Mwangi as a person


def test_brand_and_bank_names_are_no_persons() -> None:
    from article_annotator.entities.repair import split_person_tail

    text = "Clients of Bank Julius Baer and Charles Schwab moved funds; Wells Fargo did not."
    for piece in ("Bank Julius Baer", "Charles Schwab", "Wells Fargo"):
        org = mention_at(text, piece, "ORG")
        assert split_person_tail(org, text, frozenset()) == [org]
    wells = mention_at(text, "Wells Fargo", "ORG")
    assert split_person_tail(wells, text, frozenset({"Fargo"})) == [wells]  # "Wells" is a dictionary word


def test_a_surname_the_model_read_as_a_place_follows_the_split_person() -> None:
    from article_annotator.entities import rules

    text = ("Rain fell on Nairobi. The talks ended after the Government Joseph Mwangi refused to sign. "
            "Later Mwangi spoke to reporters, and Mwangi said the deal was dead.")
    mentions = [mention_at(text, "Nairobi", "GPE"), mention_at(text, "Joseph Mwangi", "ORG"),
                mention_at(text, "Mwangi", "GPE", nth=1), mention_at(text, "Mwangi", "PERSON", nth=2)]
    out = rules.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Nairobi", "GPE"), ("Joseph Mwangi", "PERSON"), ("Mwangi", "PERSON"),
                                 ("Mwangi", "PERSON")]


def test_a_place_written_only_in_capitals_gets_its_usual_case() -> None:
    from article_annotator.entities.clusters import cluster, place_case

    assert place_case("PORT LOUIS") == "Port Louis"
    assert place_case("TRINIDAD AND TOBAGO") == "Trinidad and Tobago"
    assert place_case("UAE") == "UAE" and place_case("Nairobi") == "Nairobi"
    text = "NAIROBI, March 3 - Traders met the NASA team in Nairobi. KISUMU was calm."
    items = cluster([mention_at(text, "NAIROBI", "GPE"), mention_at(text, "NASA", "ORG"),
                     mention_at(text, "Nairobi", "GPE"), mention_at(text, "KISUMU", "GPE")], text)
    assert [(i["text"], i["canonical"]) for i in items] == [
        ("NAIROBI", "Nairobi"), ("NASA", "NASA"), ("Nairobi", "Nairobi"), ("KISUMU", "Kisumu")]


def test_a_given_name_left_out_before_a_surname_typed_org_joins_it() -> None:
    from article_annotator.entities.repair import join_given_name

    text = "Rain stopped play.\nTomasz Wrzesniak's header won it. Then striker Tomasz Wrzesniak scored."
    mentions = [mention_at(text, "Wrzesniak", "ORG"), mention_at(text, "Wrzesniak", "GPE", nth=1)]
    assert texts_and_labels(join_given_name(mentions, text), text) == [("Tomasz Wrzesniak", "PERSON"), ("Tomasz Wrzesniak", "PERSON")]


def test_no_given_name_join_after_a_capitalised_word_a_title_shape_or_a_dictionary_surname() -> None:
    from article_annotator.entities.repair import join_given_name

    text = "Clients of Bank Julius Baer met Dr Reddy, then Victoria Falls and Joseph Kenya."
    mentions = [mention_at(text, "Baer", "ORG"), mention_at(text, "Reddy", "ORG"), mention_at(text, "Falls", "LOC"),
                mention_at(text, "Kenya", "GPE")]
    assert join_given_name(mentions, text) == mentions


def test_a_name_known_by_an_inner_word_joins_the_full_name() -> None:
    from article_annotator.entities.clusters import cluster

    text = ("Marta Ines Lobo da Costa won the vote. Lobo thanked her party. Paulo Reis Junior spoke; "
            "Reis agreed. Rui Prado Neto and Lia Prado Lima met; Prado left.")
    people = ("Marta Ines Lobo da Costa", "Lobo", "Paulo Reis Junior", "Reis", "Rui Prado Neto", "Lia Prado Lima")
    mentions = [mention_at(text, p, "PERSON") for p in people]
    mentions.append(mention_at(text, "Prado", "PERSON", nth=2))
    items = {i["text"]: i["canonical"] for i in cluster(mentions, text)}
    assert items["Lobo"] == "Marta Ines Lobo da Costa"  # an inner word of one fuller name
    assert items["Reis"] == "Paulo Reis Junior"
    assert items["Prado"] == "Prado"  # inner to two names: it may be either, so it joins neither


def test_a_name_held_as_shares_is_a_company() -> None:
    from article_annotator.entities import markets

    text = ("Shares of Zorvex rose 4% and Kalmora's stock price fell. Frankfurt shares slipped, Tokyo's stock "
            "market closed, and Ardent bought a stake in Brazil. Zorvex said demand was strong.")
    mentions = [mention_at(text, "Zorvex", "GPE"), mention_at(text, "Kalmora", "GPE"), mention_at(text, "Frankfurt", "GPE"),
                mention_at(text, "Tokyo", "GPE"), mention_at(text, "Brazil", "GPE"), mention_at(text, "Zorvex", "GPE", nth=1)]
    out = markets.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Zorvex", "ORG"), ("Kalmora", "ORG"), ("Frankfurt", "GPE"), ("Tokyo", "GPE"),
                                 ("Brazil", "GPE"), ("Zorvex", "ORG")]  # every mention of the string turns


def test_a_leader_named_by_surname_is_a_person() -> None:
    from article_annotator.entities import leaders

    text = "She spoke with Modi by phone, and Sheinbaum called later."
    out = leaders.apply([mention_at(text, "Modi", "ORG"), mention_at(text, "Sheinbaum", "GPE")], text, LineMap(text))
    assert texts_and_labels(out, text) == [("Modi", "PERSON"), ("Sheinbaum", "PERSON")]  # no place is named so


def test_a_lone_letter_before_a_full_stop_is_no_abbreviation() -> None:
    from article_annotator.entities.spans import trim

    text = "She said so in a post on X. Prices rose at Acme Co. on Monday."
    assert trim(mention_at(text, "X.", "ORG"), text).text(text) == "X"
    assert trim(mention_at(text, "Acme Co.", "ORG"), text).text(text) == "Acme Co."


def test_a_place_that_leads_wins_or_is_played_for_is_a_club_in_a_sports_story() -> None:
    from article_annotator.entities import sports

    text = ("Dale Korn homered for Portland. Portland's lead over Tacoma grew, and Tacoma has won 4 of its last 9. "
            "Later Salem tied it in the ninth inning. The pitcher threw a shutout in the season's final match. "
            "Fans flew to Reno for the tournament; Reno's casinos were full.")
    names = ("Portland", "Portland's", "Tacoma has", "Salem", "Reno for", "Reno's")
    mentions = []
    for n in names:
        s = text.index(n)
        w = n.split("'")[0].split()[0]
        mentions.append(Mention(s, s + len(w), "GPE"))
    out = sports.apply(mentions, text, LineMap(text))
    assert [m.label for m in out] == ["ORG", "ORG", "ORG", "ORG", "GPE", "GPE"]


def test_a_mostly_person_comma_list_is_a_list_of_people() -> None:
    from article_annotator.entities import rosters

    text = ("Squad: Eva Lind, Otto Brandl, Karl Sieber, Ilse van Kern, Norway.\n"
            "Shares of Acme Steel, Delta Power, Orion Foods, Vista Bank rose.\n")
    mentions = [mention_at(text, "Eva Lind", "PERSON"), mention_at(text, "Otto Brandl", "PERSON"), mention_at(text, "Karl Sieber", "ORG"),
                mention_at(text, "Acme Steel", "ORG"), mention_at(text, "Delta Power", "PERSON"), mention_at(text, "Orion Foods", "ORG")]
    got = {m.text(text): m.label for m in rosters.apply(mentions, text, LineMap(text))}
    assert got["Karl Sieber"] == got["Ilse van Kern"] == "PERSON"
    assert got["Acme Steel"] == got["Orion Foods"] == "ORG" and "Vista Bank" not in got  # one person in four: no roster
    hostile = "Aa Bb, " * 3 + "Cc " * 20000
    assert rosters.apply([], hostile, LineMap(hostile)) == []


def test_an_unknown_place_with_an_age_is_a_person() -> None:
    from article_annotator.entities import evidence

    text = "Zorvath, 45, takes on Belkin on Saturday. Zorvath said he was fit. Lyon, 45, was sunny. Kessam, 45, and the town of Kessam."
    mentions = [mention_at(text, "Zorvath", "GPE"), mention_at(text, "Zorvath", "GPE", nth=1), mention_at(text, "Lyon", "GPE"),
                mention_at(text, "Kessam", "GPE"), mention_at(text, "Kessam", "GPE", nth=1)]
    got = [(m.text(text), m.label) for m in evidence.apply(mentions, text, LineMap(text))]
    assert got[:2] == [("Zorvath", "PERSON"), ("Zorvath", "PERSON")]
    assert got[2:] == [("Lyon", "GPE"), ("Kessam", "GPE"), ("Kessam", "GPE")]  # a known city; a place cue


def test_bond_fractions_and_model_numbers_are_no_match_scores() -> None:
    from article_annotator.entities.sports import is_sports

    business = ("The 10-year bond rose to 99-7/8 from 99-1/4, and the 30-year bond to 4-1/4 pct. "
                "Halvrix ordered ten 747-400 jets.")
    assert not is_sports(business)
    assert is_sports("Harbour City beat Vellmark 3-1 on Saturday and drew 0-0 with Ostra on Tuesday.")


def test_every_particle_of_the_lexicon_joins_a_name_in_a_list_of_names(annotate) -> None:
    """The rules that read names in lists, tables and prose share `lexicon.names.SURNAME_PARTICLES`:
    a particle added there ("ter") reaches the roster rule too."""
    text = "The squad: Jan ter Horst, Piet Blok, Kees Smit, Joop Vink and Ruud Gullit will travel on Monday."
    people = [i["text"] for i in annotate(text) if i["label"] == "PERSON"]
    assert people[0] == "Jan ter Horst"
    assert "Horst" not in people
