"""Exact offsets, whatever the text: a property test through the whole pipeline."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from article_annotator.document import Document
from article_annotator.pipeline import Pipeline
from conftest import assert_exact_offsets

NEWSY = st.sampled_from(
    ["Trump", " said", " “", "”", '"', "'", " on Thursday", " 25%", " tariff", " on Indian goods", "\n\n",
     " the U.S.", " Jaishankar", " next month", " Feb 4-5", " pct", " duties", "’s", " ", ".", "\r\n", "@X"]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(NEWSY, max_size=40).map("".join))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, dated=st.booleans())
def test_every_span_is_exactly_its_slice(pipeline, text, dated):
    doc = pipeline.annotate(Document(id="p", text=text, meta={"date": "2026-01-30" if dated else None}))
    assert doc.errors == []
    assert_exact_offsets(doc.results, text)
