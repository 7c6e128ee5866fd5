"""The seam every annotator plugs into: built-ins and third-party plugins alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .document import Document


@runtime_checkable
class Annotator(Protocol):
    """An annotator fills one list in the output record.

    Attributes are read before any document is parsed, so the pipeline can load only the
    spaCy components that the chosen annotators need and run them in dependency order.
    """

    name: str
    """The record key it fills, e.g. "dates". Lowercase snake_case."""
    version: str
    description: str
    requires: frozenset[str]
    """spaCy components it reads: {"ner"}, {"parser"}, {"tokenizer"} or empty (text only)."""
    depends_on: tuple[str, ...]
    """Annotators whose results it reads from `doc.results`: quotes -> ("entities",)."""
    # Optional: `runs_after: tuple[str, ...]`, annotators that run first when they are chosen
    # too, without being added (dates -> ("entities",): it drops dates inside names).

    def annotate(self, doc: Document) -> list[dict]:
        """Return items, each with exact `start`, `end`, `text` into `doc.text`."""
        ...
