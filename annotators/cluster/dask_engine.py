"""The Dask adapter: one Pipeline per worker (built in a worker plugin), one task per split.

    from distributed import Client
    from article_annotator.cluster.dask_engine import annotate_to_dir
    manifest = annotate_to_dir(Client("tcp://sched:8786"), ["news.jsonl"], "out/")

Workers need the same paths as the client (a shared file system): they read the inputs and
write the parts themselves, and send back only a small summary. A task whose worker dies is
rescheduled by Dask (`distributed.scheduler.allowed-failures` times); after that, Dask
raises KilledWorker and the split is halved until the one document that does it is found.
A single document is named only when it kills its worker with nothing else in flight: a
task merely queued on a worker that another task killed is not taken for the culprit.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any, Callable, Iterable

from distributed import Client, Future, KilledWorker, WorkerPlugin, as_completed, get_worker

from ..pipeline import DEFAULT_BATCH_SIZE, Pipeline
from .plan import DEFAULT_SPLIT_SIZE, Split
from .run import RunPlan, finish_run, plan_run
from .task import RunOptions, annotate_split
from .tracker import Tracker


class PipelinePlugin(WorkerPlugin):
    """Builds the Pipeline, model loaded, once per worker process, in `setup`."""

    def __init__(self, names: list[str], model: str | None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.names, self.model, self.batch_size = names, model, batch_size
        self.pipeline: Pipeline | None = None

    @property
    def plugin_name(self) -> str:
        """Same settings, same name: a second run on the cluster reuses the loaded model."""
        body = repr((type(self).__qualname__, self.names, self.model, self.batch_size)).encode()
        return "article-annotator-" + hashlib.sha256(body).hexdigest()[:16]

    def build(self) -> Pipeline:
        return Pipeline(self.names, model=self.model, batch_size=self.batch_size)

    def setup(self, worker: Any) -> None:
        self.pipeline = self.build()
        _ = self.pipeline.nlp  # load the model now, not inside the first task


def _run_split(plugin_name: str, split: dict[str, Any], out_dir: str, options: dict[str, Any]) -> dict[str, Any]:
    """The task: annotate one split on this worker with the plugin's Pipeline."""
    plugin = get_worker().plugins[plugin_name]
    return annotate_split(plugin.pipeline, Split.from_dict(split), out_dir, RunOptions(**options))


def annotate_to_dir(
    client: Client,
    paths: Iterable[str],
    out_dir: str | Path,
    annotators: list[str] | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    split_size: int = DEFAULT_SPLIT_SIZE,
    options: RunOptions = RunOptions(),
    resume: bool = False,
    plugin: PipelinePlugin | None = None,
    on_plan: Callable[[RunPlan], None] | None = None,
    on_done: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Annotate `paths` on the cluster into `out_dir`; return the manifest.

    Raises AnnotateError for a usage problem (an unknown annotator, a folder not empty
    without `resume`). Ctrl-C cancels the pending tasks; finished parts stay for `resume`.
    """
    local = Pipeline(annotators, model=model, batch_size=batch_size)  # resolves names; loads nothing
    plugin = plugin or PipelinePlugin(local.names, local.model_name, batch_size)
    run = plan_run(local, paths, out_dir, options, split_size=split_size, resume=resume)
    if on_plan:
        on_plan(run)
    tracker = Tracker(run.out_dir, run.splits, run.kept, options.ref_date, on_done)
    todo = tracker.start()
    if todo:
        client.register_plugin(plugin, name=plugin.plugin_name)
        _run_on_cluster(client, plugin.plugin_name, tracker, todo, str(run.out_dir), options)
    return finish_run(run, tracker.ordered_dones())


def _run_on_cluster(client: Client, plugin_name: str, tracker: Tracker, todo: list[Split],
                    out_dir: str, options: RunOptions) -> None:
    """Submit the splits; on KilledWorker, halve; suspects last, one at a time, alone."""
    pieces: dict[str, tuple[Split, bool]] = {}

    def submit(split: Split, alone: bool = False) -> Future:
        key = f"annotate-{split.index:05d}-{split.items}-{uuid.uuid4().hex[:8]}"
        future = client.submit(_run_split, plugin_name, split.as_dict(), out_dir, options.as_dict(), key=key, pure=False)
        pieces[future.key] = (split, alone)
        return future

    queue = as_completed([submit(split) for split in todo])
    try:
        while True:
            for future in queue:
                piece, alone = pieces.pop(future.key)
                try:
                    tracker.finished(piece, future.result())
                except KilledWorker:
                    for half in tracker.died(piece, alone=alone):
                        queue.add(submit(half))
            if not tracker.suspects:
                return
            queue = as_completed([submit(tracker.suspects.pop(0), alone=True)])
    except BaseException:
        client.cancel(list(queue.futures))  # Ctrl-C or a failure: drop what is pending
        raise
