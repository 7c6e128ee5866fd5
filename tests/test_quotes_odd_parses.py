"""The quotes rules climb a parse by its heads; a parse whose root carries an odd label must not
make them climb for ever (a spaCy Token is built anew on each access, so only indices tell a
root from its head)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from article_annotator.deadline import deadline
from article_annotator.document import Document
from article_annotator.quotes import QuotesAnnotator
from article_annotator.quotes.parse import subject_of


@pytest.fixture(scope="module")
def vocab(parser_and_ner_model):
    return parser_and_ner_model.vocab


@pytest.mark.parametrize("root_label", ["dobj", "pobj", "conj", "ccomp", "acl", "appos", "pcomp"])
def test_a_root_with_an_odd_label_ends_the_climb(vocab, root_label):
    words = ["Officials", "said", "talks", "would", "resume", "saying", "so", "."]
    heads = [1, 1, 4, 4, 1, 1, 5, 1]  # "said" is its own head: the root
    deps = ["nsubj", root_label, "nsubj", "aux", "ccomp", "advcl", "advmod", "punct"]
    doc = Doc(vocab, words=words, spaces=[True] * 6 + [False, False], heads=heads, deps=deps)
    document = Document(id="odd", text=doc.text, spacy=doc)
    document.results["entities"] = []
    with deadline(10):  # an endless climb fails the test with DocumentTimeout instead of hanging
        for tok in doc:
            subject_of(tok)
        assert isinstance(QuotesAnnotator().annotate(document), list)
