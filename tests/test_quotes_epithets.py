"""Speakers named by an epithet ("the Spaniard said", "the 22-year-old said"): the one person
the text gave that age or nationality, or the one person named just before; refused when two
people could be meant, when the epithet holds a name, or when the person is not named in full."""

from __future__ import annotations

import pytest

from article_annotator.document import Document
from article_annotator.entities import EntitiesAnnotator
from article_annotator.quotes import QuotesAnnotator
from article_annotator.quotes.epithets import Epithet, parse_epithet


@pytest.fixture(scope="module")
def quotes(parser_and_ner_model):
    nlp = parser_and_ner_model
    ann, entities = QuotesAnnotator(), EntitiesAnnotator()

    def run(text: str) -> list[dict]:
        doc = Document(id="t", text=text, spacy=nlp(text))
        doc.results["entities"] = entities.annotate(doc)
        return ann.annotate(doc)

    return run


def _canonical(items: list[dict], speaker: str) -> str | None:
    (it,) = [it for it in items if it["speaker"] == speaker]
    assert it["speaker_start"] is not None
    return it["speaker_canonical"]


def test_parse_epithet() -> None:
    assert parse_epithet("the 24-year-old Swiss") == Epithet(24, "CH")
    assert parse_epithet("The Spaniard") == Epithet(None, "ES")
    assert parse_epithet("the veteran") == Epithet()
    assert parse_epithet("the Scot") == Epithet(None, "Scotland")
    assert parse_epithet("the 28-year-old Moreno") is None  # a name in the epithet
    assert parse_epithet("the Americans") is None  # a people, not a person
    assert parse_epithet("the minister") is None


def test_nationality_given_before(quotes) -> None:
    text = ('Spaniard Rafael Example beat Tom Sample 6-3 6-4 in the final on Sunday. '
            '"I played well today," the Spaniard said.')
    assert _canonical(quotes(text), "the Spaniard") == "Rafael Example"


def test_age_given_before(quotes) -> None:
    text = 'Maria Testova, 22, won her first title in Paris. "It is a dream," the 22-year-old said.'
    assert _canonical(quotes(text), "the 22-year-old") == "Maria Testova"


def test_one_person_in_previous_sentence(quotes) -> None:
    text = 'Jon Placeholder scored twice for the visitors. The veteran said: "We deserved it."'
    assert _canonical(quotes(text), "The veteran") == "Jon Placeholder"


def test_two_people_refused(quotes) -> None:
    text = 'Ann Carter beat Beth Dower in three sets. "I was tired," the American said.'
    assert _canonical(quotes(text), "the American") == "American"


def test_other_nationality_refused(quotes) -> None:
    text = ('Frenchman Luc Exemple won the stage on Tuesday. '
            '"The climb was hard," the Spaniard said.')
    assert _canonical(quotes(text), "the Spaniard") == "Spaniard"


def test_other_age_given_refused(quotes) -> None:
    text = 'Maria Testova, 22, won her first title in Paris.\n\nThe 31-year-old said the wind had made the match hard.'
    assert _canonical(quotes(text), "The 31-year-old") == "The 31-year-old"


def test_short_name_refused(quotes) -> None:
    text = 'Placeholder scored twice for the visitors. The veteran said: "We deserved it."'
    assert _canonical(quotes(text), "The veteran") != "Placeholder"


def test_linear_on_many_epithets() -> None:
    """Thousands of "American X" names and "the American said" quotes: one pass each, no rescans."""
    import time

    from article_annotator.quotes.epithets import tie_epithets
    from article_annotator.quotes.speakers import Mention

    unit = 'American Ann Ex{} won. "Yes," the American said. '
    parts, mentions, items, sents, pos = [], [], [], [], 0
    for k in range(4000):
        name = "Ann Ex" + "".join(chr(97 + int(d)) for d in str(k))
        piece = unit.format(name[6:])
        start = pos + len("American ")
        mentions.append(Mention(start, start + len(name), name, "PERSON", k, name))
        q = pos + piece.index("Yes")
        sp = pos + piece.index("the American")
        items.append({"start": q, "end": q + 4, "kind": "direct", "speaker": "the American", "speaker_start": sp,
                      "speaker_end": sp + 12, "speaker_cluster": None, "speaker_canonical": "American",
                      "speaker_type": "named"})
        sents += [(pos, pos + piece.index(" \"") + 1), (pos + piece.index("\""), pos + len(piece))]
        parts.append(piece)
        pos += len(piece)
    text = "".join(parts)
    began = time.perf_counter()
    tie_epithets(text, items, mentions, sents)
    assert time.perf_counter() - began < 5
    assert text[items[0]["speaker_start"]:items[0]["speaker_end"]] == "the American"
    assert items[0]["speaker_canonical"] == "Ann Exa"  # the only American before it
    assert items[1]["speaker_canonical"] == "American"  # two Americans named before: refused


def test_pronoun_before_the_name_refused(quotes) -> None:
    """ "She" opens the sentence before: someone named earlier, not the one person named there."""
    text = ('Kim Placer found her rhythm after a slow start. She will now face Dana Sample in the final. '
            '"Bring it on," said the 23-year-old.')
    items = quotes(text)
    assert _canonical(items, "the 23-year-old") not in ("Dana Sample", "Kim Placer")


def test_third_person_in_quote_refused(quotes) -> None:
    """A quote about "he" brings in another person: the manager quoted is not the only candidate."""
    text = ('Tim Exempel spoke after training on Friday. "He could be back for the derby," Exempel said.'
            '\n\nThe 28-year-old said the injury was healing well.')
    assert _canonical(quotes(text), "The 28-year-old") == "The 28-year-old"


def test_club_read_as_person_is_no_full_name() -> None:
    from article_annotator.quotes.epithets import _full_people
    from article_annotator.quotes.speakers import Mention

    people = _full_people([Mention(0, 9, "St Helens", "PERSON", 0, "St Helens"),
                           Mention(20, 28, "Everton", "PERSON", 1, "Everton"),
                           Mention(30, 40, "Ann Sample", "PERSON", 2, "Ann Sample"),
                           Mention(50, 60, "Ann Sample", "ORG", 2, "Ann Sample")])
    assert people == {}
