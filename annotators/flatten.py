"""One flattening of a record, shared by every tabular view (table, CSV, SQLite, summary, HTML).

A record is `{id, source, meta, errors, [text], <annotator>: [item, ...], ...}`. Every key that
is not one of the record's own keys and holds a list is an annotator's items, so a plugin's
fields flow into every view without the views knowing its name.
"""

from __future__ import annotations

from typing import Any, Iterable

RECORD_KEYS = frozenset({"id", "source", "meta", "errors", "text"})
SPAN_FIELDS = ("start", "end", "text")


def annotator_lists(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The annotators' item lists of one record, in record order."""
    return {
        key: value
        for key, value in record.items()
        if key not in RECORD_KEYS and isinstance(value, list)
    }


def document_row(record: dict[str, Any]) -> dict[str, Any]:
    """The document-level fields of a record as one flat row."""
    source = record.get("source") or {}
    meta = record.get("meta") or {}
    return {
        "id": record.get("id"),
        "path": source.get("path"),
        "line": source.get("line"),
        "date": meta.get("date"),
        "date_source": meta.get("date_source"),
        "title": meta.get("title"),
        "errors": len(record.get("errors") or []),
    }


def item_columns(items: Iterable[dict[str, Any]]) -> list[str]:
    """Column names for a list of items: the span fields first, then every other key as first seen."""
    columns = list(SPAN_FIELDS)
    for item in items:
        for key in item:
            if key not in columns:
                columns.append(key)
    return columns
