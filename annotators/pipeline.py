"""The parse and the annotator order: one spaCy pass per document, then each annotator.

A `Pipeline` streams: it takes an iterable of documents (and input errors, passed through
in place), parses them in batches with `nlp.pipe`, runs the annotators in dependency order
and yields each document as soon as its batch is done. With `jobs > 1` the batches go to
worker processes; output keeps input order and at most a few batches are in flight, so
memory does not grow with the number of inputs.
"""

from __future__ import annotations

import multiprocessing
import signal
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Iterable, Iterator, Sequence, Union

from . import registry
from .document import Document
from .errors import InputError
from .model import load_model, resolve_model_name
from .protocol import Annotator

Item = Union[Document, InputError]

DEFAULT_BATCH_SIZE = 32


class Pipeline:
    """Chosen annotators, their dependencies, and the spaCy model they need (loaded lazily)."""

    def __init__(
        self,
        names: Sequence[str] | None = None,
        model: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self.annotators: list[Annotator] = registry.resolve(names or registry.available())
        self.requires: frozenset[str] = frozenset().union(*(a.requires for a in self.annotators))
        # Resolve the name now, so a missing model is a usage error before any input is read.
        self.model_name: str | None = resolve_model_name(model) if self.requires else None
        self.batch_size = batch_size
        self._nlp = None

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.annotators]

    @property
    def nlp(self):
        """The spaCy pipeline with only the required components; loaded on first use."""
        if self._nlp is None and self.model_name is not None:
            self._nlp = load_model(self.model_name, self.requires)
        return self._nlp

    def annotate(self, doc: Document) -> Document:
        """Parse and annotate a single document (convenience for library users)."""
        return next(self.annotate_documents([doc]))

    def annotate_documents(self, documents: Iterable[Document]) -> Iterator[Document]:
        """Annotate documents in batches, yielding each one in input order."""
        for item in self.run(documents):
            if isinstance(item, Document):
                yield item

    def run(self, items: Iterable[Item], jobs: int = 1) -> Iterator[Item]:
        """Annotate a stream of documents, passing input errors through in their place."""
        batches = _batched(items, self.batch_size)
        if jobs <= 1:
            for batch in batches:
                yield from self._process_batch(batch)
        else:
            yield from self._run_parallel(batches, jobs)

    def _process_batch(self, batch: list[Item]) -> list[Item]:
        if self.nlp is not None:
            batch = self._parse(batch)
        for document in batch:
            if isinstance(document, Document):
                self._annotate_parsed(document)
                document.spacy = None  # the Doc is large; the record no longer needs it
        return batch

    def _parse(self, batch: list[Item]) -> list[Item]:
        """Attach a spaCy Doc to each document; one that cannot be parsed becomes an InputError."""
        limit = self.nlp.max_length
        batch = [
            _unparsable(item, f"document has {len(item.text):,} characters, more than the model's limit of {limit:,}; split it")
            if isinstance(item, Document) and len(item.text) > limit else item
            for item in batch
        ]
        documents = [item for item in batch if isinstance(item, Document)]
        try:
            for document, parsed in zip(documents, self.nlp.pipe(d.text for d in documents)):
                document.spacy = parsed
        except Exception:  # find the culprit: parse one by one, keep the others
            for index, item in enumerate(batch):
                if isinstance(item, Document) and item.spacy is None:
                    try:
                        item.spacy = self.nlp(item.text)
                    except Exception as exc:
                        batch[index] = _unparsable(item, f"spaCy could not parse it: {type(exc).__name__}: {exc}")
        return batch

    def _annotate_parsed(self, document: Document) -> None:
        for annotator in self.annotators:
            try:
                document.results[annotator.name] = list(annotator.annotate(document))
            except Exception as exc:  # an annotator's failure costs only its own field
                document.results[annotator.name] = []
                document.errors.append(
                    {
                        "annotator": annotator.name,
                        "message": f"{type(exc).__name__}: {exc}",
                        "traceback": traceback.format_exc(),
                    }
                )

    def _run_parallel(self, batches: Iterator[list[Item]], jobs: int) -> Iterator[Item]:
        context = multiprocessing.get_context("spawn")
        init_args = (self.names, self.model_name, self.batch_size)
        pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=init_args)
        pending: deque[Future] = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(_work, batch))
                if len(pending) >= 2 * jobs:  # bounded: never read far ahead of the writer
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            # On a closed pipe or Ctrl-C, drop the batches not yet started.
            pool.shutdown(wait=True, cancel_futures=True)


def _unparsable(document: Document, reason: str) -> InputError:
    return InputError(str(document.source.get("path", document.id)), reason, document.source.get("line"))


def _batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


_worker_pipeline: Pipeline | None = None


def _init_worker(names: list[str], model: str | None, batch_size: int) -> None:
    global _worker_pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker_pipeline = Pipeline(names, model=model, batch_size=batch_size)


def _work(batch: list[Item]) -> list[Item]:
    assert _worker_pipeline is not None
    return _worker_pipeline._process_batch(batch)
