"""The parse and the annotator order: one spaCy pass per document, then each annotator.

A `Pipeline` streams: it takes an iterable of documents (and input errors, passed through
in place), parses them in batches with `nlp.pipe`, runs the annotators in dependency order
and yields each document as soon as its batch is done. With `jobs > 1` the batches go to
supervised worker processes (`workers.py`); output keeps input order and at most a few
batches are in flight, so memory does not grow with the number of inputs.

Every document has a time budget (`timeout`, see `deadline.py`): one over it becomes an
input error and the batch goes on. Documents longer than `chunking.PIECE_CHARS` are parsed
in pieces; longer than `chunking.MAX_DOCUMENT_CHARS` they are refused with a reason.
Annotator output is validated (`validate.py`) before it reaches a record.
"""

from __future__ import annotations

import traceback
from itertools import islice
from typing import Iterable, Iterator, Sequence, Union

from . import collector, registry
from .chunking import MAX_DOCUMENT_CHARS, PIECE_CHARS, parse
from .deadline import DEFAULT_TIMEOUT, DocumentTimeout, budget_for, deadline, describe
from .document import Document
from .errors import InputError
from .model import load_model, resolve_model_name
from .protocol import Annotator
from .validate import check_items, summary

Item = Union[Document, InputError]

DEFAULT_BATCH_SIZE = 32


class Pipeline:
    """Chosen annotators, their dependencies, and the spaCy model they need (loaded lazily).

    `names=None` means every installed annotator that loads; `skipped` then says which
    plugins were left out and why.
    """

    def __init__(
        self,
        names: Sequence[str] | None = None,
        model: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        timeout: float = DEFAULT_TIMEOUT,
        freeze_model: bool = False,
    ) -> None:
        self.skipped: list[str] = []
        if names:
            self.annotators: list[Annotator] = registry.resolve(names)
        else:
            self.annotators, self.skipped = registry.resolve_installed()
        self.requires: frozenset[str] = frozenset().union(*(a.requires for a in self.annotators))
        # Resolve the name now, so a missing model is a usage error before any input is read.
        self.model_name: str | None = resolve_model_name(model) if self.requires else None
        self.batch_size = batch_size
        self.timeout = timeout
        self.freeze_model = freeze_model
        self._nlp = None

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.annotators]

    @property
    def nlp(self):
        """The spaCy pipeline with only the required components; loaded on first use.

        With `freeze_model` (for a process that runs only this pipeline: the CLI, a worker)
        everything alive once the model is loaded, the model's hundred thousand objects above
        all, is moved out of the cyclic garbage collector's generations and collections are
        released (`collector.release`): such a process holds them during its start-up.
        """
        if self._nlp is None and self.model_name is not None:
            self._nlp = load_model(self.model_name, self.requires)
            if self.freeze_model:
                collector.release(freeze=True)
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
                yield from self.process_batch(batch)
        else:
            from .workers import run_supervised

            settings = (self.names, self.model_name, self.batch_size, self.timeout)
            yield from run_supervised(batches, jobs, settings, self.timeout)

    def process_batch(self, batch: list[Item]) -> list[Item]:
        """Parse and annotate one batch; each document comes back annotated or as an InputError."""
        batch = [_too_long(item) for item in batch]
        if self.nlp is not None:
            batch = self._parse(batch)
        return [self._annotate_within_budget(item) if isinstance(item, Document) else item for item in batch]

    def _parse(self, batch: list[Item]) -> list[Item]:
        """Attach a spaCy Doc to each document; one that cannot be parsed becomes an InputError.

        Short documents are parsed together with `nlp.pipe` under the batch's summed budget;
        on any failure or timeout each is parsed alone under its own, to find the culprit.
        """
        short = [item for item in batch if isinstance(item, Document) and len(item.text) <= PIECE_CHARS]
        budget = sum(budget_for(self.timeout, len(d.text)) for d in short)
        try:
            with deadline(budget):
                for document, parsed in zip(short, self.nlp.pipe(d.text for d in short)):
                    document.spacy = parsed
        except (Exception, DocumentTimeout):
            for document in short:
                document.spacy = None
        return [self._parse_alone(item) if isinstance(item, Document) and item.spacy is None else item for item in batch]

    def _parse_alone(self, document: Document) -> Item:
        seconds = budget_for(self.timeout, len(document.text))
        try:
            with deadline(seconds):
                document.spacy = parse(self.nlp, document.text, PIECE_CHARS)
        except DocumentTimeout:
            return _unparsable(document, describe(seconds))
        except Exception as exc:
            return _unparsable(document, f"spaCy could not parse it: {type(exc).__name__}: {exc}")
        return document

    def _annotate_within_budget(self, document: Document) -> Item:
        seconds = budget_for(self.timeout, len(document.text))
        try:
            with deadline(seconds):
                self._annotate_parsed(document)
        except DocumentTimeout:
            return _unparsable(document, describe(seconds))
        finally:
            document.spacy = None  # the Doc is large; the record no longer needs it
        return document

    def _annotate_parsed(self, document: Document) -> None:
        for annotator in self.annotators:
            try:
                items, problems = check_items(
                    annotator.annotate(document), document.text, getattr(annotator, "item_schema", None)
                )
            except (KeyboardInterrupt, DocumentTimeout):
                raise
            except BaseException as exc:  # SystemExit too: a failure costs only its own field
                document.results[annotator.name] = []
                document.errors.append(_failure(annotator.name, f"{type(exc).__name__}: {exc}", traceback.format_exc()))
                continue
            document.results[annotator.name] = items
            if problems:
                document.errors.append(_failure(annotator.name, summary(problems)))


def _failure(name: str, message: str, trace: str = "") -> dict:
    error = {"annotator": name, "message": message}
    if trace:
        error["traceback"] = trace
    return error


def _too_long(item: Item) -> Item:
    if isinstance(item, Document) and len(item.text) > MAX_DOCUMENT_CHARS:
        return _unparsable(
            item, f"document has {len(item.text):,} characters, more than the limit of {MAX_DOCUMENT_CHARS:,}; split it"
        )
    return item


def _unparsable(document: Document, reason: str) -> InputError:
    return InputError(str(document.source.get("path", document.id)), reason, document.source.get("line"))


def _batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
