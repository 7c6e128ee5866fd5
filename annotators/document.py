"""The document an annotator reads, and the record it becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Document:
    """One article: its text, where it came from, its metadata and what was found so far.

    `meta["date"]` is the ISO document date used to anchor relative dates (or None).
    `spacy` is the parsed spaCy `Doc`, present only when a chosen annotator requires a
    component. `results` holds the lists of the annotators that already ran.
    """

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)
    spacy: Any = None
    results: dict[str, list[dict]] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        """The ISO document date (YYYY-MM-DD), or None when none is known."""
        return self.meta.get("date")

    def to_record(self, include_text: bool = False, include_tracebacks: bool = False) -> dict[str, Any]:
        """The output record: stable keys, one list per annotator that ran.

        Tracebacks of failed annotators stay out of the data unless asked for (--debug).
        """
        record: dict[str, Any] = {"id": self.id, "source": self.source, "meta": self.meta}
        if include_text:
            record["text"] = self.text
        record.update(self.results)
        record["errors"] = (
            self.errors if include_tracebacks else [{k: v for k, v in e.items() if k != "traceback"} for e in self.errors]
        )
        return record
