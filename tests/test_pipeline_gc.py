"""A process that runs only our pipeline moves the loaded model out of the garbage collector's way;
a library user's process is left as it is."""

from __future__ import annotations

import gc

import pytest

from article_annotator import collector
from article_annotator.document import Document
from article_annotator.pipeline import Pipeline
from conftest import SAMPLES, invoke


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


@pytest.mark.parametrize("args", [
    ["-a", "entities", "-f", "jsonl"],            # a model loads: its load turns the collector back on
    ["-a", "dates", "-f", "jsonl"],               # no model: on again at once
    ["-a", "entities", "-f", "jsonl", "-j", "2"],  # the model loads in the workers only
])
def test_the_command_leaves_the_collector_on(runner, args):
    gc.unfreeze()
    try:
        result = invoke(runner, str(SAMPLES / "city-hall-budget-vote.txt"), *args)
        assert result.exit_code == 0, result.stderr
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_a_run_that_stops_before_the_model_loads_leaves_the_collector_on(runner, tmp_path):
    result = invoke(runner, str(tmp_path / "missing.txt"), "-a", "entities")
    assert result.exit_code != 0
    assert gc.isenabled()


def test_a_held_collector_stays_held_when_a_library_switches_it_off_and_on():
    # srsly (spaCy's reader of lookup tables and models) calls gc.disable() then gc.enable()
    # around every read; a hold made with gc.disable() alone was undone by the first read.
    import srsly

    collector.hold()
    try:
        srsly.msgpack_loads(srsly.msgpack_dumps({"held": True}))
        assert collector.is_held()
    finally:
        collector.release()
    assert not collector.is_held()
    assert gc.get_threshold()[0] > 0


def test_the_command_runs_no_collection_from_its_start_up_to_the_frozen_model(runner, monkeypatch):
    # The model is loaded afresh by each run, and its load reads tables through srsly.
    seen: list[int] = []
    started = []
    hold = collector.hold
    monkeypatch.setattr(collector, "hold", lambda: (started.append(True), hold()))

    def record(phase: str, info: dict) -> None:
        if phase == "start" and started:
            seen.append(gc.get_freeze_count())

    gc.unfreeze()
    gc.callbacks.append(record)
    try:
        result = invoke(runner, str(SAMPLES / "city-hall-budget-vote.txt"), "-a", "entities", "-f", "jsonl")
    finally:
        gc.callbacks.remove(record)
        gc.unfreeze()
    assert result.exit_code == 0, result.stderr
    assert started
    assert [frozen for frozen in seen if frozen == 0] == []
