"""A party before a political role is a mention of its own (issue 12): our own sentences."""

from __future__ import annotations

from article_annotator.entities.mention import Mention
from article_annotator.entities.parties import party_before_role


def _run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions = []
    for span, label in spans:
        s = text.index(span)
        mentions.append(Mention(s, s + len(span), label))
    return [(m.text(text), m.label) for m in party_before_role(mentions, text)]


def test_a_party_fused_with_role_and_person_gives_the_party_and_the_person() -> None:
    text = "Labour MP Sarah Whitcombe said the plan was wrong.\n"
    assert _run(text, [("Labour MP Sarah Whitcombe", "PERSON")]) == [("Labour", "ORG"), ("Sarah Whitcombe", "PERSON")]


def test_a_missed_party_adjective_before_a_role_is_norp() -> None:
    text = "Former Tory MP Dev Okafor agreed, and Republican Sen. Jim Harlan said no.\n"
    got = _run(text, [("Dev Okafor", "PERSON"), ("Jim Harlan", "PERSON")])
    assert got == [("Tory", "NORP"), ("Dev Okafor", "PERSON"), ("Republican", "NORP"), ("Jim Harlan", "PERSON")]


def test_a_plural_role_is_no_part_of_a_person() -> None:
    text = "The rebellion grew after Labour MPs voted against it.\n"
    assert _run(text, [("Labour MPs", "PERSON")]) == [("Labour", "ORG")]


def test_a_split_two_word_party_is_one_mention() -> None:
    text = "The Liberal Democrat leader Ana Moss spoke.\n"
    got = _run(text, [("Liberal", "ORG"), ("Democrat", "NORP"), ("Ana Moss", "PERSON")])
    assert got == [("Liberal Democrat", "NORP"), ("Ana Moss", "PERSON")]


def test_a_party_inside_a_longer_name_is_left_alone() -> None:
    text = "He met the Welsh Labour leader. Scottish Conservative Party leader Iain Ross spoke.\n"
    spans = [("Welsh Labour", "ORG"), ("Scottish Conservative Party", "ORG"), ("Iain Ross", "PERSON")]
    assert _run(text, spans) == spans


def test_a_party_word_inside_a_hyphenated_word_is_no_party() -> None:
    text = "The ex-Labour leader and the Labourite MPs left.\n"
    assert _run(text, []) == []


def test_a_name_ending_in_punctuation_or_a_possessive_is_no_part_of_the_party() -> None:
    text = "Ms Roche, Labour MP for Hove, spoke. It was said by Mr Lamb. Tory MPs left. Ana Begg's Labour MP wrote.\n"
    got = _run(text, [("Roche", "PERSON"), ("Lamb", "PERSON"), ("Ana Begg", "PERSON")])
    assert ("Labour", "ORG") in got and ("Tory", "NORP") in got and got.count(("Labour", "ORG")) == 2


def _whole(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from article_annotator.entities import parties
    from article_annotator.entities.lines import LineMap

    mentions = []
    for span, label in spans:
        s = text.index(span)
        mentions.append(Mention(s, s + len(span), label))
    return [(m.text(text), m.label) for m in parties.apply(mentions, text, LineMap(text))]


def test_a_party_the_model_cut_short_runs_on_to_its_whole_name() -> None:
    text = "The Liberal Democrats said they would vote against it.\n"
    assert _whole(text, [("Democrats", "NORP")]) == [("Liberal Democrats", "NORP")]
    text = "Senior figures in the Green Party met.\n"
    assert _whole(text, [("Green", "ORG")]) == [("Green Party", "ORG")]
    text = "The Christian Democrats agreed.\n"  # the model's two pieces become one
    assert _whole(text, [("Christian", "NORP"), ("Democrats", "NORP")]) == [("Christian Democrats", "NORP")]


def test_a_party_name_is_not_stretched_over_other_words() -> None:
    text = "Voters in Ohio backed Democrats, said Liberal analysts. Democrats won.\n"
    assert _whole(text, [("Ohio", "GPE"), ("Democrats", "NORP")]) == [("Ohio", "GPE"), ("Democrats", "NORP")]


def test_a_party_name_with_a_link_word_is_made_whole_over_the_place_inside_it() -> None:
    from article_annotator.entities.parties import whole_party_name

    text = "The far-right Alternative for Germany voted against the bill."
    germany = text.index("Germany")
    whole = whole_party_name(Mention(germany, germany + len("Germany"), "GPE"), text)
    assert (whole.text(text), whole.label) == ("Alternative for Germany", "ORG")
