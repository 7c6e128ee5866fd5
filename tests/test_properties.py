"""Property tests over random Unicode for every built-in annotator: never raises, offsets exact,
records valid against the schema. Example counts are modest so the suite stays fast."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from article_annotator.chunking import pieces
from article_annotator.pipeline import Pipeline
from article_annotator.sources.formats import make_document, read_jsonl_lines
from conftest import assert_exact_offsets

WORDS = ["Merkel", "said", "tariff", "25%", "May", "June", "\u201c", "\u201d", '"', "Berlin", "\n\n", "on Monday", "EU", "a\u0301"]
hostile_text = st.one_of(
    st.text(min_size=1, max_size=300),  # any code points: controls, combining marks, astral
    st.lists(st.sampled_from(WORDS) | st.text(max_size=5), min_size=1, max_size=80).map(" ".join),
    st.integers(200, 3000).map(lambda n: "x" * n),  # one long token
)
PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(["dates", "entities", "quotes", "tariffs"], timeout=0)


@PROPERTY
@given(text=hostile_text)
def test_every_built_in_annotator_takes_any_text(pipeline, validator, text):
    text = text.encode("utf-8", "replace").decode("utf-8")  # a Document's text is always decodable
    document = make_document("p", text, {"path": "p.txt"}, {}, "2026-01-15", None)
    if not text.strip():
        return  # an empty document is a warning, never annotated
    (document,) = pipeline.run([document])
    record = document.to_record()
    validator.validate(record)
    assert record["errors"] == []
    assert_exact_offsets(record, text)


@PROPERTY
@given(text=st.text(max_size=60))
def test_jsonl_lines_with_any_text_or_lone_surrogates_give_a_document_or_a_named_error(validator, text):
    escaped = orjson.dumps({"id": "s", "text": text}) if text else b'{"id": "s", "text": "\\ud800 lone"}'
    for raw in (escaped, b'{"id": "s", "text": "a \\udc80 b"}'):
        (item,) = read_jsonl_lines("in.jsonl", [raw], None)
        assert item.__class__.__name__ in {"Document", "InputError"}


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n\t\u2029"), max_size=400), limit=st.integers(4, 60))
def test_pieces_join_back_to_the_text_and_respect_the_limit(text, limit):
    parts = list(pieces(text, limit))
    assert "".join(parts) == text
    assert all(len(p) <= limit for p in parts)


def test_a_long_document_parsed_in_pieces_keeps_offsets_and_whole_document_entities(validator, monkeypatch):
    from article_annotator import pipeline as module
    paragraph = "Angela Merkel met Emmanuel Macron in Paris on Monday. Merkel said the talks went well.\n\n"
    text = paragraph * 30
    monkeypatch.setattr(module, "PIECE_CHARS", 600)  # pieces of at most 600 characters
    (document,) = Pipeline(["entities"], timeout=0).run([make_document("long", text, {"path": "long.txt"}, {}, None, None)])
    record = document.to_record()
    validator.validate(record)
    assert_exact_offsets(record, text)
    merkel = [e for e in record["entities"] if e["text"] in {"Angela Merkel", "Merkel"}]
    assert len(merkel) == 60 and len({e["cluster"] for e in merkel}) == 1  # one cluster across pieces
