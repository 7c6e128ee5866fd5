"""Cities and home nations the model reads as people (issue 12, generalisation round): our own sentences."""

from __future__ import annotations

from article_annotator.entities import evidence
from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention
from article_annotator.entities.sports import talks_sport
from article_annotator.lexicon.places import CITIES, is_city, is_home_nation


def _persons(text: str, *names: str) -> list[Mention]:
    """Every occurrence of each name, typed PERSON as the model would."""
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(Mention(start, start + len(name), "PERSON", "model"))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.start)


def _labels(text: str, mentions: list[Mention]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in evidence.apply(mentions, text, LineMap(text)):
        out.setdefault(m.text(text), set()).add(m.label)
    return out


def test_city_lookup_folds_accents_and_case_but_refuses_lowercase() -> None:
    assert is_city("Bogotá") and is_city("Bogota") and is_city("KRAKÓW") and is_city("Sao Paulo")
    assert not is_city("nice") and not is_city("reading") and not is_city("Atlantis")
    assert is_home_nation("Wales") and is_home_nation("SCOTLAND") and not is_home_nation("wales")


def test_names_that_are_as_often_people_are_not_listed() -> None:
    for name in ("Paris", "Sydney", "Florence", "Houston", "Hague", "Santiago", "Washington"):
        assert name not in CITIES and not is_city(name)


def test_a_listed_city_read_as_a_person_is_a_place() -> None:
    text = "The envoy flew from Bogotá to Kraków on Monday. Officials in Medellín said Kraków had agreed."
    labels = _labels(text, _persons(text, "Bogotá", "Kraków", "Medellín"))
    assert labels == {"Bogotá": {"GPE"}, "Kraków": {"GPE"}, "Medellín": {"GPE"}}


def test_a_two_word_city_read_as_a_person_is_a_place() -> None:
    text = "Prices rose fastest in Porto Alegre and Belo Horizonte, the bureau said."
    assert _labels(text, _persons(text, "Porto Alegre", "Belo Horizonte")) == {
        "Porto Alegre": {"GPE"}, "Belo Horizonte": {"GPE"},
    }


def test_a_person_cue_or_a_fuller_name_keeps_a_person() -> None:
    text = "Dr Lagos told the panel that costs had doubled. Lagos added that staff were tired."
    assert _labels(text, _persons(text, "Lagos")) == {"Lagos": {"PERSON"}}
    text = "Maria Denver chairs the board. Denver said the vote would be held in June."
    assert _labels(text, _persons(text, "Maria Denver", "Denver")) == {"Maria Denver": {"PERSON"}, "Denver": {"PERSON"}}


def test_in_a_story_that_talks_sport_a_city_is_its_club_unless_it_is_a_place_there() -> None:
    text = "The striker scored twice as Exeter were beaten. The squad flew home to Glasgow after the replay."
    assert talks_sport(text)
    assert _labels(text, _persons(text, "Exeter", "Glasgow")) == {"Exeter": {"ORG"}, "Glasgow": {"GPE"}}


def test_a_home_nation_read_as_a_person_is_a_place() -> None:
    text = "Civil servants across Wales walked out on Friday, and offices in Wales were shut."
    assert not talks_sport(text)
    assert _labels(text, _persons(text, "Wales")) == {"Wales": {"GPE"}}


def test_an_organisation_named_again_without_its_name_tail_is_its_short_form() -> None:
    from article_annotator.entities.org_forms import short_forms

    pairs = [("Harwell Party", "ORG"), ("Quillon Networks", "ORG"), ("Brandt Air Lines", "ORG"), ("Oxley", "ORG")]
    forms = short_forms(pairs, set())
    assert forms["Harwell"] == "Harwell Party" and forms["Quillon"] == "Quillon Networks"
    assert forms["Brandt"] == "Brandt Air Lines" and "Oxley" not in forms
    tech = short_forms([("Velmora AI", "ORG"), ("Quarrix Games", "ORG"), ("Sunvale Therapeutics", "ORG")], set())
    assert tech == {"Velmora": "Velmora AI", "Quarrix": "Quarrix Games", "Sunvale": "Sunvale Therapeutics"}


def test_a_city_or_an_adjective_before_a_name_tail_keeps_its_label() -> None:
    from article_annotator.entities import org_forms

    text = "Shares fell on the Glasgow Stock Exchange in Glasgow. Harwell MPs backed the Harwell Party."
    mentions = [
        Mention(text.index("Glasgow Stock Exchange"), text.index("Glasgow Stock Exchange") + 22, "ORG", "model"),
        Mention(text.index("in Glasgow") + 3, text.index("in Glasgow") + 10, "GPE", "model"),
        Mention(text.index("Harwell MPs"), text.index("Harwell MPs") + 7, "NORP", "model"),
        Mention(text.index("Harwell Party"), text.index("Harwell Party") + 13, "ORG", "model"),
    ]
    out = org_forms.apply(mentions, text, LineMap(text))
    assert [(m.text(text), m.label) for m in out] == [
        ("Glasgow Stock Exchange", "ORG"), ("Glasgow", "GPE"), ("Harwell", "NORP"), ("Harwell Party", "ORG"),
    ]


def test_the_short_form_joins_the_full_name_and_takes_its_canonical(annotate_entities) -> None:
    items = annotate_entities("Brandt Air Lines cancelled 40 flights. A spokesman for Brandt said the storm was to blame.")
    names = {e["text"]: (e["canonical"], e["cluster"]) for e in items if e["label"] == "ORG"}
    assert names["Brandt"] == names["Brandt Air Lines"] == ("Brandt Air Lines", names["Brandt"][1])


def test_a_word_many_people_bear_as_a_given_name_is_one_whatever_its_gender() -> None:
    from article_annotator.lexicon.firstnames import may_be_given_name

    assert may_be_given_name("Jordan") and may_be_given_name("Sydney") and may_be_given_name("Maria")
    assert not may_be_given_name("Glasgow") and not may_be_given_name("Edinburgh")


def test_a_name_opened_by_a_place_that_is_nobody_s_given_name_is_an_organisation() -> None:
    from article_annotator.entities.evidence import place_headed

    assert place_headed("Glasgow Rugby") and place_headed("Manchester Rovers") and place_headed("Wales Office")
    assert not place_headed("Jordan Pickford") and not place_headed("Kent Marlow")  # given names
    assert not place_headed("Porto Alegre") and not place_headed("Lib Dem Treasury")  # a city, a party
    text = "Glasgow Rugby signed two forwards. Glasgow Rugby said the deal was done."
    assert _labels(text, _persons(text, "Glasgow Rugby")) == {"Glasgow Rugby": {"ORG"}}


def test_the_rest_of_a_city_headed_organisation_is_its_short_form() -> None:
    from article_annotator.entities.org_forms import short_forms

    forms = short_forms([("Manchester Rovers", "ORG"), ("Milan Kovac", "ORG")], set())
    assert forms["Rovers"] == "Manchester Rovers" and "Kovac" not in forms  # "Milan" is a given name


def test_an_occupation_before_a_name_is_no_part_of_it() -> None:
    from article_annotator.entities.spans import person_start

    text = "Rapper Kendra Vale headlined the show."
    assert text[person_start(text, 0, len("Rapper Kendra Vale")) :].startswith("Kendra Vale")
    text = "Tycoon Arjun Mehta denied it."
    assert text[person_start(text, 0, len("Tycoon Arjun Mehta")) :].startswith("Arjun Mehta")


def test_a_name_after_a_capitalised_occupation_is_a_person_the_model_missed() -> None:
    from article_annotator.entities.typed import titled_names

    text = "The launch slipped again. Billionaire Elon Musk said the rocket would fly in May."
    assert [text[s:e] for s, e in titled_names(text, LineMap(text))] == ["Elon Musk"]
    text = "Singer Bill Evans sang."  # a dictionary word first: left to the model
    assert list(titled_names(text, LineMap(text))) == []


def _orgs(text: str, *names: str) -> list[Mention]:
    return [Mention(m.start, m.end, "ORG", "model") for m in _persons(text, *names)]


def test_a_listed_city_read_as_an_organisation_is_a_place_unless_a_body_is_meant() -> None:
    text = "Drones hit Belgorod overnight. Campaigners in Swansea have written to the council."
    labels = {}
    for m in evidence.apply(_orgs(text, "Belgorod", "Swansea"), text, LineMap(text)):
        labels[m.text(text)] = m.label
    assert labels == {"Belgorod": "GPE", "Swansea": "GPE"}
    text = "The striker left in the summer. His best season came at Coventry, whom he led to the cup final."
    assert [m.label for m in evidence.apply(_orgs(text, "Coventry"), text, LineMap(text))] == ["ORG"]
    text = "Belgorod shares fell 3% in Moscow trading."
    assert [m.label for m in evidence.apply(_orgs(text, "Belgorod"), text, LineMap(text))] == ["ORG"]


def test_a_listed_city_the_model_missed_or_read_as_a_region_is_added_as_a_place() -> None:
    from article_annotator.entities import gazetteer

    text = "Flooding in Porto Alegre forced thousands from their homes. Rescuers reached Bucharest."
    city = text.index("Bucharest")
    out = gazetteer.apply([Mention(city, city + 9, "LOC", "model")], text, LineMap(text))
    assert sorted((m.text(text), m.label) for m in out) == [("Bucharest", "GPE"), ("Porto Alegre", "GPE")]


def test_a_missed_city_after_a_club_verb_or_in_sport_without_a_place_word_is_not_added() -> None:
    from article_annotator.entities import gazetteer

    text = "Chelsea beat Portsmouth on Monday, the club said."
    assert gazetteer.apply([], text, LineMap(text)) == []
    text = "The striker said the squad was ready. Exeter host Leeds, and fans from Glasgow travel."
    assert [m.text(text) for m in gazetteer.apply([], text, LineMap(text))] == ["Glasgow"]


def test_a_place_whose_name_opens_with_the_keeps_it_and_others_drop_it() -> None:
    from article_annotator.entities.spans import trim

    text = "Judges in The Hague and officials in the Netherlands met. THE HAGUE, May 2 - More."
    for piece, label, want in (("Hague", "GPE", "The Hague"), ("the Netherlands", "GPE", "Netherlands"),
                               ("HAGUE", "GPE", "THE HAGUE"), ("Hague", "PERSON", "Hague")):
        start = text.index(piece)
        assert trim(Mention(start, start + len(piece), label, "model"), text).text(text) == want


def test_in_a_story_that_talks_sport_a_region_read_as_a_person_is_its_club() -> None:
    text = "The striker was booked as Somerset held on. The squad meets again on Monday."
    assert not evidence.is_sports(text) and talks_sport(text)
    assert _labels(text, _persons(text, "Somerset")) == {"Somerset": {"ORG"}}
    text = "The striker thanked Kent for the pass. The squad meets again on Monday."  # a given name too
    assert _labels(text, _persons(text, "Kent")) == {"Kent": {"PERSON"}}


def test_a_country_the_model_read_as_a_region_is_a_gpe() -> None:
    from article_annotator.entities import gazetteer

    text = "Ivory Coast and the Marshall Islands signed, while the Sahel region waited.\n"
    typed = [Mention(0, 11, "LOC", "model"), Mention(text.index("Marshall"), text.index(" signed"), "LOC", "model"),
             Mention(text.index("Sahel"), text.index("Sahel") + 5, "LOC", "model")]
    out = gazetteer.apply(typed, text, LineMap(text))
    assert [(m.text(text), m.label) for m in out] == [("Ivory Coast", "GPE"), ("Marshall Islands", "GPE"), ("Sahel", "LOC")]
