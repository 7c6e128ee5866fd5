"""One flattening of a record, shared by every tabular view (table, CSV, SQLite, summary, HTML).

A record is `{id, source, meta, errors, [text], <annotator>: [item, ...], ...}`. Every key that
is not one of the record's own keys and holds a list is an annotator's items, so a plugin's
fields flow into every view without the views knowing its name.
"""

from __future__ import annotations

from typing import Any, Iterable

import orjson

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


LIST_SEPARATOR = "; "
"""How a list becomes one cell in CSV and in the plain-text code columns: "CA; US"."""

CODE_COLUMNS = {"imposer": "imposer_codes", "target": "target_codes"}
"""Fields holding country codes, given a plain-text twin column in SQLite for easy filtering."""


def declared_fields(kind: str) -> list[str]:
    """The item fields the record schema declares for a built-in annotator, in schema order.

    Empty for an annotator the schema does not describe (a plugin): its columns come from its
    items. Reading the schema keeps the columns in step with the contract.
    """
    from .schemas import record_schema

    schema = record_schema()
    ref = (schema["properties"].get(kind) or {}).get("items", {}).get("$ref", "")
    definition = schema["$defs"].get(ref.rsplit("/", 1)[-1]) if ref else None
    return list((definition or {}).get("properties", {}))


def columns_for(kind: str, items: Iterable[dict[str, Any]] = ()) -> list[str]:
    """Columns for one annotator's items: span fields, the declared fields, then any other key seen."""
    columns = list(SPAN_FIELDS)
    for name in declared_fields(kind):
        if name not in columns:
            columns.append(name)
    for column in item_columns(items):
        if column not in columns:
            columns.append(column)
    return columns


def joined(value: Any) -> Any:
    """A cell for CSV: lists joined with "; ", objects as JSON, scalars as they are."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_scalar_text(v) for v in value)
    if isinstance(value, dict):
        return orjson.dumps(value).decode()
    return value


def as_json(value: Any) -> Any:
    """A cell for SQLite: lists and objects as JSON text (SQLite's JSON functions read them)."""
    if isinstance(value, (list, dict)):
        return orjson.dumps(value).decode()
    return value


def codes_text(value: Any) -> str | None:
    """Country codes as plain text, "CA; US", whether the field holds one code or a list."""
    if value is None or value == []:
        return None
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def _scalar_text(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return orjson.dumps(value).decode()
    return "" if value is None else str(value)


def item_rows(record: dict[str, Any], kind: str, cell=joined, with_codes: bool = False) -> Iterable[dict[str, Any]]:
    """One flat row per item of annotator `kind`, the document id first; `cell` flattens values.

    `with_codes` adds the plain-text twins of the country-code fields (`imposer_codes`).
    """
    for item in record.get(kind) or []:
        row: dict[str, Any] = {"document_id": record.get("id")}
        for key, value in item.items():
            row[key] = cell(value)
        if with_codes:
            for field, twin in CODE_COLUMNS.items():
                if field in item:
                    row[twin] = codes_text(item[field])
        yield row
