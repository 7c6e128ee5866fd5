"""Quotes cost: work a document cannot need is not done, and answers asked again are not recomputed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from article_annotator.document import Document
from article_annotator.entities import EntitiesAnnotator
from article_annotator.quotes import marks, speakers
from article_annotator.quotes.join import _Builder
from article_annotator.tree import Tree


@pytest.fixture(scope="module")
def nlp(parser_and_ner_model):
    return parser_and_ner_model


@pytest.fixture(scope="module")
def build(nlp):
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
    assert b.resolver._subjects == {} and b.resolver._plurals is None


def test_a_pronoun_speaker_finds_its_antecedent_among_the_subjects(build):
    """ "She said" asks for the subjects: the earlier subject "Ana Ruiz" is the speaker."""
    b = build("Mary Ruiz opened the new bridge on Monday. She said the repairs had taken two years.")
    assert b.speakers[-1].canonical == "Mary Ruiz"
    assert b.resolver._subjects.get(0) is True  # "Mary Ruiz" heads the subject of "opened"


def test_the_subject_test_is_asked_only_of_mentions_a_pronoun_looks_back_over(build, monkeypatch):
    """Each mention is tested once however many pronouns look back over it, and a mention
    more than 1,500 characters before every pronoun is never tested."""
    asked: list[int] = []
    subject = speakers._is_subject_mention
    monkeypatch.setattr(speakers, "_is_subject_mention", lambda sdoc, m: asked.append(m.start) or subject(sdoc, m))
    far = "Tom Hale visited Berlin in March. "
    filler = "The committee met again and the members talked about the budget for the year. " * 25
    b = build(far + filler + "Mary Ruiz opened the bridge on Monday. She said the repairs took two years. "
              "She said the cost was high.")
    assert b.speakers[-1].canonical == "Mary Ruiz"
    assert asked and len(asked) == len(set(asked))
    assert 0 not in asked  # "Tom Hale", far before both pronouns


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


def _marked_by_stretch_scans(text: str) -> list[marks.Marked]:
    """`find_marked` as it was: every stretch outside the double quotations scanned again."""
    found: list[marks.Marked] = []
    pos, left_open = 0, False
    for para in text.split("\n"):
        lo, hi = pos, pos + len(para)
        pos = hi + 1
        if not para.strip():
            continue
        doubles = marks._pair(text, marks._marks(text, lo, hi), hi, True)
        first_mark = lo + len(para) - len(para.lstrip())
        for a, b, o, c in doubles:
            a2, b2 = marks._trimmed(text, a, b)
            if a2 < b2:
                found.append(marks.Marked(a2, b2, o, c, True, continues=left_open and o == first_mark))
        left_open = bool(doubles) and doubles[-1][3] is None and doubles[-1][1] == hi
        gaps, cur = [], lo
        for a, b, o, c in doubles:
            gaps.append((cur, o))
            cur = (c + 1) if c is not None else b
        gaps.append((cur, hi))
        for glo, ghi in gaps:
            for a, b, o, c in marks._pair(text, marks._marks(text, glo, ghi), ghi, False):
                a2, b2 = marks._trimmed(text, a, b)
                if a2 < b2:
                    found.append(marks.Marked(a2, b2, o, c, False))
    found.sort(key=lambda m: m.start)
    return found


@pytest.mark.parametrize("text", [
    "He called it ''a disgrace'' 'really' and left.",
    "The sign read ''closed''' for now' in red.",  # after a closing '' its stretch is scanned again
    "''It's over,'' she said. 'Maybe,' he said, ''''no''.",
    "“We won,” she said, and the fans' chant — 'again' — rose.\n\nNo marks here at all.",
    "'90s rock 'n' roll, the Clintons' house and “an ‘inner’ quote” in «French».",
])
def test_one_scan_per_paragraph_reads_the_marks_as_a_scan_per_stretch(text):
    assert marks.find_marked(text) == _marked_by_stretch_scans(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["'", "''", '"', "“", "”", "‘", "’", "„", "«", "»", "``", "a", "s", " ", "\n", ",",
                                 "9"]), max_size=40).map("".join))
def test_find_marked_equals_the_scan_per_stretch_on_any_marks(text):
    assert marks.find_marked(text) == _marked_by_stretch_scans(text)


def test_the_tree_finds_depths_and_ranks_when_first_asked(nlp):
    """Only the heads are read up front; depths and span-root ranks come on first use, the same."""
    doc = nlp("The mayor, who spoke on Monday, said the bridge would reopen.")
    tree = Tree(doc)
    assert tree._depths is None and tree._ranks is None
    for span in (doc[1:7], doc[0:2], doc[3:9]):
        assert tree.root(span).i == span.root.i
    assert tree._ranks is not None
    assert [tree.depths[t.i] for t in doc if t.dep_ == "ROOT"] == [0]


def test_a_single_cue_needs_no_depths(build):
    """One cue has no order to sort by depth: the tree's depths are not computed."""
    b = build("The mayor said the bridge would reopen.")
    assert len(b.atts) == 1
    assert b.sdoc.user_data["article_annotator.quotes.reading"].tree(b.sdoc)._depths is None


@pytest.mark.parametrize("text, verb, cue", [
    ("The senator said in a statement that the bill was dead.", "said", "said in a statement"),
    ("The senator said in the morning that the bill was dead.", "said", "said"),
    ("Ms. Vale wrote on her blog that prices would fall.", "wrote", "wrote on her blog"),
    ("Officials pointed out that the bill was dead.", "pointed", "pointed out"),
])
def test_cue_span_reaches_a_venue_phrase_and_nothing_else(nlp, text, verb, cue):
    """A prep phrase with no venue word is skipped before its clauses are cut: the cue stays
    the verb; one with a venue word still joins the cue."""
    from article_annotator.quotes.parse import cue_span
    sdoc = nlp(text)
    tok = next(t for t in sdoc if t.text == verb)
    start, end = cue_span(tok)
    assert text[start:end] == cue


@pytest.mark.parametrize("text, content, clause", [
    ("The mayor said the bridge would reopen.", "the bridge would reopen", True),
    ("She warned the tariffs could hurt farmers.", "the tariffs could hurt farmers", True),
    ("The police urged residents to stay indoors.", "residents to stay indoors", True),
    ("The council welcomed the ruling.", "the ruling", False),
    ("The council welcomed the long awaited ruling.", "the long awaited ruling", False),
    ("The mayor of the old town said so.", "The mayor of the old town", False),  # its verb is outside
])
def test_is_clause_wants_a_subject_modal_or_to_inside_the_piece(nlp, text, content, clause):
    """A clause word counts only when it and the word it depends on are both in the piece:
    "the tariffs" hung on "warned" still leaves "could" under "hurt"; a noun phrase has none."""
    from article_annotator.quotes.parse import is_clause
    sdoc = nlp(text)
    start = text.index(content)
    assert is_clause(sdoc, (start, start + len(content))) is clause
