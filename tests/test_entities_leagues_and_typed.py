"""Sports leagues are ORG (entities.leagues); a country the gazetteer finds keeps its possessive
outside; a type noun before a name types it (entities.typed); a person's surname opening a
sentence before an adverb is that person (entities.names)."""

from __future__ import annotations

from article_annotator.entities import gazetteer, leagues, names, typed
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def _apply(rule, text: str, mentions=()) -> list[tuple[str, str]]:
    return texts_and_labels(rule.apply(list(mentions), text, LineMap(text)), text)


def test_a_league_read_as_a_place_or_missed_is_an_org() -> None:
    text = "Osvaldo scored in the Bundesliga on Friday before the Premier League restarted."
    got = _apply(leagues, text, [mention_at(text, "Osvaldo", "PERSON"), mention_at(text, "Bundesliga", "GPE")])
    assert got == [("Osvaldo", "PERSON"), ("Bundesliga", "ORG"), ("Premier League", "ORG")]


def test_a_league_takes_in_the_pieces_inside_it_and_keeps_a_possessive_outside() -> None:
    text = "The Indian Premier League's auction ran late, and LaLiga's chief spoke."
    got = _apply(leagues, text, [mention_at(text, "Indian", "NORP")])
    assert got == [("Indian Premier League", "ORG"), ("LaLiga", "ORG")]


def test_a_league_name_glued_to_other_words_or_inside_a_longer_mention_stays() -> None:
    text = "The MLSE group and the NFLPA met at the Premier League Hall of Fame."
    hall = [mention_at(text, "Premier League Hall of Fame", "FAC")]
    assert _apply(leagues, text, hall) == [("Premier League Hall of Fame", "FAC")]


def test_a_league_in_a_whole_story(annotate_entities) -> None:
    items = annotate_entities("Quenby remain 14th in LaLiga after Saturday's defeat, the club said.")
    assert ("LaLiga", "ORG") in [(e["text"], e["label"]) for e in items]


def test_a_country_the_gazetteer_adds_leaves_its_possessive_out() -> None:
    text = "Officials said Nigeria's central bank and Kenya’s treasury would meet."
    assert _apply(gazetteer, text) == [("Nigeria", "GPE"), ("Kenya", "GPE")]


def test_an_industry_tracker_or_consultancy_before_a_name_types_it_org() -> None:
    text = "Sales rose 4%, according to industry tracker Vendlyx, and analysts at consultancy Marrow Keele agreed."
    got = _apply(typed, text)
    assert ("Vendlyx", "ORG") in got and ("Marrow Keele", "ORG") in got


def test_a_surname_opening_a_sentence_before_an_adverb_is_the_person() -> None:
    text = "Talia Swift toured Ohio. Swift also thanked fans. Swift action was needed."
    mentions = [mention_at(text, "Talia Swift", "PERSON")]
    got = _apply(names, text, mentions)
    assert got == [("Talia Swift", "PERSON"), ("Swift", "PERSON")]
    assert names.apply(list(mentions), text, LineMap(text))[1].start == text.index("Swift also")
