"""Model spans fused across a role or a possessive unit are cut (issue 12): our own sentences."""

from __future__ import annotations

from article_annotator.entities.mention import Mention
from article_annotator.entities.spans import pieces, split_locatives, split_possessive, split_roles


def _cut(text: str, span: str, label: str, split) -> list[tuple[str, str]]:
    s = text.index(span)
    return [(m.text(text), m.label) for m in split(Mention(s, s + len(span), label), text)]


def test_a_role_in_capitals_parts_a_team_from_its_player() -> None:
    text = "Marlins QB Dev Okafor threw twice.\n"
    assert _cut(text, "Marlins QB Dev Okafor", "ORG", split_roles) == [("Marlins", "ORG"), ("Dev Okafor", "PERSON")]


def test_a_role_at_the_end_leaves_the_body_or_the_person() -> None:
    text = "The Halvrix CEO resigned, and Ana Okafor MP spoke.\n"
    assert _cut(text, "Halvrix CEO", "FAC", split_roles) == [("Halvrix", "ORG")]
    assert _cut(text, "Ana Okafor MP", "PERSON", split_roles) == [("Ana Okafor", "PERSON")]


def test_a_people_before_a_role_is_norp() -> None:
    text = "Kenyan MP Joseph Mwangi objected.\n"
    assert _cut(text, "Kenyan MP Joseph Mwangi", "PERSON", split_roles) == [("Kenyan", "NORP"), ("Joseph Mwangi", "PERSON")]


def test_a_role_word_inside_another_word_is_no_role() -> None:
    text = "The CEOS Group and Mpala Trust met.\n"
    m = Mention(text.index("CEOS"), text.index("CEOS") + len("CEOS Group"), "ORG")
    assert split_roles(m, text) == [m]


def test_a_unit_after_a_possessive_is_a_body_of_its_own() -> None:
    text = "The Treasury’s Office of Border Levies and the Ministry of Ports's Audit and Review Unit met.\n"
    assert _cut(text, "Treasury’s Office of Border Levies", "ORG", split_possessive) == [
        ("Treasury", "ORG"), ("Office of Border Levies", "ORG")
    ]
    assert _cut(text, "Ministry of Ports's Audit and Review Unit", "ORG", split_possessive) == [
        ("Ministry of Ports", "ORG"), ("Audit and Review Unit", "ORG")
    ]


def test_a_possessive_that_is_part_of_the_name_stays() -> None:
    text = "Halvry's Investors Service and the Data Commissioner's Office and Kenya's Farmers Board spoke.\n"
    for span in ("Halvry's Investors Service", "Data Commissioner's Office"):
        s = text.index(span)
        m = Mention(s, s + len(span), "ORG")
        assert split_possessive(m, text) == [m]


def test_pieces_apply_every_cut() -> None:
    text = "Zentrix CEO Ana Moreno/Reuters\n"
    assert [(m.text(text), m.label) for m in pieces(Mention(0, len(text) - 1, "PERSON"), text)] == [
        ("Zentrix", "ORG"), ("Ana Moreno", "PERSON"), ("Reuters", "ORG")
    ]


def test_a_span_running_on_into_a_place_gives_the_name_and_the_place() -> None:
    text = "Pupils at Glenburn High School in Inverness and People in Wales sang.\n"
    assert _cut(text, "Glenburn High School in Inverness", "ORG", split_locatives) == [
        ("Glenburn High School", "ORG"), ("Inverness", "GPE")
    ]
    assert _cut(text, "People in Wales", "WORK_OF_ART", split_locatives) == [("Wales", "GPE")]  # a common word alone goes


def test_a_span_running_on_into_a_weekday_loses_it() -> None:
    text = "MPs voted in the Commons on Monday and met Dorset on Boxing Day.\n"
    assert _cut(text, "Commons on Monday", "ORG", split_locatives) == [("Commons", "ORG")]
    assert _cut(text, "Dorset on Boxing Day", "LAW", split_locatives) == [("Dorset", "LAW")]


def test_in_before_no_place_keeps_the_name_whole() -> None:
    text = "The Centre for Women in Film and Human Rights in Zentravia met.\n"
    for span in ("Centre for Women in Film", "Human Rights in Zentravia"):
        s = text.index(span)
        m = Mention(s, s + len(span), "ORG")
        assert split_locatives(m, text) == [m]


def test_a_side_read_with_its_score_as_a_product_is_the_side() -> None:
    from article_annotator.entities.spans import score_cut

    text = "Harbour City beat Vellmark 2-1, and Spain beat Norway 110-102. Orbis 737-800 jets flew."
    got = [score_cut(Mention(text.index(name), text.index(name) + len(name), label), text)
           for name, label in [("Vellmark 2-1", "PRODUCT"), ("Norway 110-102", "WORK_OF_ART"),
                               ("Orbis 737-800", "PRODUCT"), ("Harbour City", "ORG")]]
    assert [(m.text(text), m.label) for m in got] == [
        ("Vellmark", "ORG"), ("Norway", "GPE"), ("Orbis 737-800", "PRODUCT"), ("Harbour City", "ORG")]
