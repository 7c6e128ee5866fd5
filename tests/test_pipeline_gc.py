"""A process that runs only our pipeline moves the loaded model out of the garbage collector's way;
a library user's process is left as it is."""

from __future__ import annotations

import gc

from article_annotator.document import Document
from article_annotator.pipeline import Pipeline


def _frozen_after_load(pipeline: Pipeline) -> int:
    gc.unfreeze()
    try:
        assert pipeline.nlp is not None
        return gc.get_freeze_count()
    finally:
        gc.unfreeze()


def test_a_pipeline_asked_to_freeze_moves_the_model_out_of_the_collectors_generations():
    assert _frozen_after_load(Pipeline(["entities"], freeze_model=True)) > 10_000


def test_a_library_pipeline_leaves_the_collector_alone():
    assert _frozen_after_load(Pipeline(["entities"])) == 0


def test_a_frozen_pipeline_still_annotates():
    pipeline = Pipeline(["entities"], freeze_model=True)
    try:
        doc = pipeline.annotate(Document(id="a", text="Angela Merkel visited Paris on Monday."))
    finally:
        gc.unfreeze()
    assert {e["text"] for e in doc.results["entities"]} >= {"Angela Merkel", "Paris"}
