"""Supervised worker processes for `-j N`: a dead or stuck worker costs one document at most.

Each worker is a spawned process holding its own Pipeline, fed one batch at a time over a
pipe. The parent keeps input order, keeps at most `2 * jobs` batches in flight, and watches:
- a worker that dies (killed, segfault, `os._exit` in a plugin) is replaced; its batch is
  retried one document at a time on fresh workers, and a document that kills a worker a
  second time becomes an input error ("worker died while annotating this document");
- a worker that outlives its batch's time budget (a hang the in-worker timer could not
  interrupt, e.g. in C code) is killed and replaced the same way, and the document that hangs
  alone becomes an input error ("took longer than ...");
- every worker asks the kernel to kill it when the parent dies (Linux PR_SET_PDEATHSIG), and
  the parent kills them all when the run ends, however it ends, so none outlives the run.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Iterator

from . import collector
from .deadline import budget_for, describe
from .document import Document
from .errors import AnnotateError, InputError

WORKER_DIED = "worker died while annotating this document"
GRACE_SECONDS = 30.0
"""Added to a batch's budget before the parent kills its worker: the worker's own timer goes first."""


@dataclass
class Task:
    """Some documents of batch `seq`, starting at `offset` within it."""

    seq: int
    offset: int
    items: list
    died_before: bool = False


@dataclass
class Worker:
    process: Any
    conn: Connection
    ready: bool = False
    task: Task | None = None
    deadline: float | None = None


@dataclass
class Slots:
    """The results of one batch, filled as its tasks finish."""

    items: list
    missing: int = field(init=False)

    def __post_init__(self) -> None:
        self.missing = len(self.items)


def run_supervised(batches: Iterator[list], jobs: int, settings: tuple, timeout: float) -> Iterator[Any]:
    """The annotated items of `batches`, in order, computed by `jobs` supervised workers."""
    pool = _Pool(jobs, settings, timeout)
    try:
        yield from pool.run(batches)
    finally:
        pool.close()


class _Pool:
    def __init__(self, jobs: int, settings: tuple, timeout: float) -> None:
        self.jobs = jobs
        self.settings = settings
        self.timeout = timeout
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[Worker] = []
        self.queue: deque[Task] = deque()
        self.results: dict[int, Slots] = {}

    def run(self, batches: Iterator[list]) -> Iterator[Any]:
        next_seq = emitted = 0
        exhausted = False
        while True:
            while not exhausted and next_seq - emitted < 2 * self.jobs:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                self.results[next_seq] = Slots([None] * len(batch))
                self.queue.append(Task(next_seq, 0, batch))
                next_seq += 1
            while emitted in self.results and self.results[emitted].missing == 0:
                yield from self.results.pop(emitted).items
                emitted += 1
            if exhausted and emitted == next_seq:
                return
            if not self.queue and all(w.task is None for w in self.workers):
                continue  # all emitted: room in the window again, read further
            self._assign()
            self._wait()

    def _assign(self) -> None:
        while len(self.workers) < self.jobs:
            self.workers.append(self._start())
        for worker in self.workers:
            if worker.ready and worker.task is None and self.queue:
                task = self.queue.popleft()
                worker.task = task
                budget = sum(budget_for(self.timeout, len(d.text)) for d in task.items if isinstance(d, Document))
                worker.deadline = time.monotonic() + budget * 1.5 + GRACE_SECONDS if budget else None
                worker.conn.send(task.items)

    def _start(self) -> Worker:
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(target=_worker_main, args=(child_end, self.settings), daemon=True)
        process.start()
        child_end.close()
        return Worker(process, parent_end)

    def _wait(self) -> None:
        deadlines = [w.deadline for w in self.workers if w.task is not None and w.deadline is not None]
        pause = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers], pause)
        for worker in list(self.workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                self._receive(worker)
            elif worker.task is not None and worker.deadline is not None and time.monotonic() > worker.deadline:
                self._replace(worker, hung=True)

    def _receive(self, worker: Worker) -> None:
        try:
            message = worker.conn.recv() if worker.conn.poll() else None
        except (EOFError, OSError):
            message = None
        if message is None:
            self._replace(worker, hung=False)
        elif message[0] == "ready":
            worker.ready = True
        elif message[0] == "failed":
            raise AnnotateError(f"a worker process could not start: {message[1]}")
        elif message[0] == "done" and worker.task is not None:
            self._fill(worker.task, message[1])
            worker.task = worker.deadline = None

    def _fill(self, task: Task, items: list) -> None:
        slots = self.results[task.seq]
        for index, item in enumerate(items, start=task.offset):
            slots.items[index] = item
        slots.missing -= len(items)

    def _replace(self, worker: Worker, hung: bool) -> None:
        """Kill `worker`, start no replacement yet (`_assign` does), and deal with its task."""
        _kill(worker)
        self.workers.remove(worker)
        task = worker.task
        if task is None:
            if not worker.ready and not hung:
                raise AnnotateError(f"a worker process died while starting (exit code {worker.process.exitcode})")
            return
        if len(task.items) > 1:  # which document was it? retry them one at a time
            singles = [Task(task.seq, task.offset + i, [item], died_before=not hung) for i, item in enumerate(task.items)]
            self.queue.extendleft(reversed(singles))
        elif hung or task.died_before:
            self._fill(task, [_failed(task.items[0], hung, self.timeout)])
        else:
            self.queue.appendleft(Task(task.seq, task.offset, task.items, died_before=True))

    def close(self) -> None:
        """Stop every worker at once: the run is over (finished, interrupted or failed)."""
        for worker in self.workers:
            _kill(worker)
        self.workers.clear()


def _failed(item: Any, hung: bool, timeout: float) -> Any:
    if not isinstance(item, Document):
        return item
    path = str(item.source.get("path", item.id))
    reason = describe(budget_for(timeout, len(item.text))) if hung else WORKER_DIED
    return InputError(path, reason, item.source.get("line"))


def _kill(worker: Worker) -> None:
    try:
        worker.conn.close()
    except OSError:
        pass
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(5)


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent exits (a no-op elsewhere)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_main(conn: Connection, settings: tuple) -> None:
    """A worker's life: load the pipeline, say ready, annotate batches until told to stop."""
    _die_with_parent()
    parent = os.getppid()
    for signum in (signal.SIGINT, signal.SIGHUP):  # the parent handles these and then kills us
        signal.signal(signum, signal.SIG_IGN)
    from .pipeline import Pipeline

    names, model, batch_size, timeout = settings
    collector.hold()  # start-up makes long-lived objects only: no collections until the model is in
    try:
        pipeline = Pipeline(names, model=model, batch_size=batch_size, timeout=timeout, freeze_model=True)
        pipeline.nlp  # load the model before saying ready, so its time is not a batch's
    except Exception as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    collector.release()  # loading the model did it already; a pipeline without one needs it here
    conn.send(("ready",))
    while os.getppid() == parent:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(("done", pipeline.process_batch(batch)))
