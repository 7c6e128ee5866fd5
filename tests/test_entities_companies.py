"""Companies the words around them name (issue 12): type nouns, lists, appositions, "said its".
Our own sentences; the companies are made up."""

from __future__ import annotations

from article_annotator.entities import evidence, markets, names, typed
from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention
from article_annotator.entities.spans import without_titles


def _all(text: str, name: str, label: str) -> list[Mention]:
    out, start = [], text.find(name)
    while start >= 0:
        out.append(Mention(start, start + len(name), label))
        start = text.find(name, start + 1)
    return out


def _labels(mentions: list[Mention], text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in mentions:
        out.setdefault(m.text(text), set()).add(m.label)
    return out


def test_a_one_word_name_after_a_type_noun_is_added_and_found_again() -> None:
    text = "Investors backed AI startup Halvrix this week. Engineers at Halvrix built a chatbot.\n"
    lines = LineMap(text)
    found = names.apply(typed.apply([], text, lines), text, lines)
    assert [(m.text(text), m.label) for m in found] == [("Halvrix", "ORG"), ("Halvrix", "ORG")]


def test_a_dictionary_noun_or_a_word_written_in_lower_case_is_not_added() -> None:
    text = "The firm Chairman resigned.\n"
    assert typed.apply([], text, LineMap(text)) == []
    text = "The company Ubiquitous said ubiquitous tools sell.\n"  # written in lower case here
    assert typed.apply([], text, LineMap(text)) == []


def test_a_type_noun_reads_no_name_on_the_next_line() -> None:
    text = "Retailers rethink their supply chain\n\nNearly 20% more firms now report it.\n"
    assert typed.apply([], text, LineMap(text)) == []


def test_names_listed_after_a_plural_type_noun_are_companies() -> None:
    text = "Online retailers Vendora, Quillo and Tesk Group cut prices. Vendora said demand fell.\n"
    mentions = _all(text, "Vendora", "PERSON") + _all(text, "Quillo", "PERSON")
    found = typed.apply(sorted(mentions, key=lambda m: m.start), text, LineMap(text))
    assert _labels(found, text) == {"Vendora": {"ORG"}, "Quillo": {"ORG"}, "Tesk Group": {"ORG"}}


def test_a_person_in_a_list_after_a_plural_noun_keeps_a_title() -> None:
    text = "Banks Lloydmore and Mr Quillo's firm lost. Mr Quillo said so.\n"
    found = typed.apply(_all(text, "Quillo", "PERSON"), text, LineMap(text))
    assert _labels(found, text)["Quillo"] == {"PERSON"}


def test_a_person_after_a_maker_or_broadcaster_stays_a_person() -> None:
    text = "The documentary maker Ana Moreno and broadcaster Tom Reyes spoke.\n"
    mentions = _all(text, "Ana Moreno", "PERSON") + _all(text, "Tom Reyes", "PERSON")
    found = evidence.apply(typed.apply(mentions, text, LineMap(text)), text, LineMap(text))
    assert {m.label for m in found} == {"PERSON"}


def test_a_capitalised_type_noun_is_no_part_of_the_name() -> None:
    text = "Chipmaker Halvrix said profits rose.\n"
    m = without_titles(Mention(0, len("Chipmaker Halvrix"), "ORG"), text)
    assert m.text(text) == "Halvrix"
    kept = without_titles(Mention(0, 9, "ORG"), "Chipmaker rules")  # nothing after it: left alone
    assert (kept.start, kept.end) == (0, 9)


def test_a_place_reading_turns_when_the_text_calls_it_a_company() -> None:
    text = "Zentravia, the Dutch chipmaker, said it would appeal. Zentravia shares fell.\n"
    found = markets.apply(_all(text, "Zentravia", "GPE"), text, LineMap(text))
    assert _labels(found, text) == {"Zentravia": {"ORG"}}
    before = "Orders went to chipmaker Zentravia on Monday.\n"
    assert _labels(markets.apply(_all(before, "Zentravia", "GPE"), before, LineMap(before)), before) == {"Zentravia": {"ORG"}}


def test_a_place_inside_a_longer_name_after_a_type_noun_stays_a_place() -> None:
    text = "The lobby group Marrowby Human Rights Watch said Marrowby is cold.\n"
    found = markets.apply(_all(text, "Marrowby", "GPE"), text, LineMap(text))
    assert {m.label for m in found if m.text(text) == "Marrowby"} == {"GPE"}


def test_a_lone_name_saying_its_plans_is_a_company() -> None:
    text = "Quillo said its prices would rise next year.\n"
    found = evidence.apply(_all(text, "Quillo", "PERSON"), text, LineMap(text))
    assert _labels(found, text) == {"Quillo": {"ORG"}}
    person = "Mr Quillo said its prices were too high.\n"  # a title keeps the person
    found = evidence.apply(_all(person, "Quillo", "PERSON"), person, LineMap(person))
    assert _labels(found, person) == {"Quillo": {"PERSON"}}


def test_a_dictionary_adjective_called_a_company_is_found_again_but_not_at_a_sentence_start() -> None:
    text = "Buyers liked EV startup Lucid this year. Lucid makes cars, and engineers at Lucid agree.\n"
    lines = LineMap(text)
    found = names.apply(typed.apply([], text, lines), text, lines)
    starts = [m.start for m in found if m.text(text) == "Lucid"]
    assert starts == [text.index("Lucid"), text.rindex("Lucid")]  # "Lucid makes" opens a sentence


def test_a_name_speaking_of_itself_as_it_is_a_company() -> None:
    text = "Halvrix said on Monday it would cut jobs. Then, Quillo says its sales rose.\n"
    found = typed.apply([], text, LineMap(text))
    assert [(m.text(text), m.label) for m in found] == [("Halvrix", "ORG"), ("Quillo", "ORG")]


def test_it_after_a_person_a_dictionary_word_or_a_longer_name_adds_nothing() -> None:
    for text in (
        "Ana Okafor arrived late. Okafor said it was a long day.\n",  # a given name before it elsewhere
        "Maria said it was fun.\n",  # a given name
        "Analysts said it would fall.\n",  # a dictionary word
        "The Bank of Wessex said it would hold rates. Halvrix Aluminium Zorg said it sold.\n",
    ):
        assert typed.apply([], text, LineMap(text)) == [], text


def test_each_speaker_and_listed_name_is_judged_once_per_document(monkeypatch) -> None:
    calls: list[str] = []
    real_forename, real_cues = typed._has_forename, typed.cues
    monkeypatch.setattr(typed, "_has_forename", lambda w, t, l: calls.append(w) or real_forename(w, t, l))
    monkeypatch.setattr(typed, "cues", lambda w, t, l: calls.append(w) or real_cues(w, t, l))
    text = "Halvrix said it would grow. " * 300 + "Online retailers Vendora and Quillo cut prices. " * 300
    mentions = _all(text, "Vendora", "PERSON")
    found = typed.apply(mentions, text, LineMap(text))
    assert sorted(calls) == ["Halvrix", "Vendora"]  # not once per occurrence: linear on hostile text
    assert {m.label for m in found if m.text(text) in ("Halvrix", "Vendora", "Quillo")} == {"ORG"}


def test_a_union_a_grid_operator_or_a_regulator_in_apposition_is_an_organisation() -> None:
    text = (
        "Velmarko, the national grid operator, said repairs would take weeks. Arbeidsfelt, the "
        "country's largest industrial union, said it would fight the cuts. Ofkorr, the media "
        "regulator, opened an inquiry.\n"
    )
    mentions = sorted(_all(text, "Velmarko", "PERSON") + _all(text, "Arbeidsfelt", "PERSON") + _all(text, "Ofkorr", "PERSON"), key=lambda m: m.start)
    out = evidence.apply(mentions, text, LineMap(text))
    assert _labels(out, text) == {"Velmarko": {"ORG"}, "Arbeidsfelt": {"ORG"}, "Ofkorr": {"ORG"}}
