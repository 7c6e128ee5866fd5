"""Items checked before they reach a record: plugins are checked, not trusted.

Every annotator's items must be JSON objects whose `start`/`end` are integer offsets into
the document and whose `text` is exactly that slice; an annotator that declares
`item_schema` (a JSON Schema for one item) has its items validated against it too. An
invalid item is dropped and named in that document's errors; the valid ones are kept.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import orjson

MAX_PROBLEMS_SHOWN = 3


def item_problem(item: Any, text: str) -> str | None:
    """Why one item cannot go into a record, or None when it is valid."""
    if not isinstance(item, dict):
        return f"an item is a {type(item).__name__}, not an object"
    start, end = item.get("start"), item.get("end")
    if not (_is_int(start) and _is_int(end)):
        return f"item {_short(item)} lacks integer start and end"
    if not 0 <= start <= end <= len(text):
        return f"item {_short(item)} has offsets {start}-{end} outside the text (0-{len(text)})"
    if item.get("text") != text[start:end]:
        return f"item {_short(item)} has a text that is not the document's slice {start}-{end}"
    try:
        orjson.dumps(item)
    except TypeError as exc:
        return f"item {_short(item)} cannot be written as JSON: {exc}"
    return None


def check_items(items: Any, text: str, schema: dict | None = None) -> tuple[list[dict], list[str]]:
    """The valid items and the problems of the invalid ones."""
    if isinstance(items, (str, bytes, dict)) or not hasattr(items, "__iter__"):
        return [], [f"returned a {type(items).__name__}, not a list of items"]
    valid: list[dict] = []
    problems: list[str] = []
    validator = _validator(orjson.dumps(schema)) if schema else None
    for item in items:
        problem = item_problem(item, text)
        if problem is None and validator is not None:
            error = next(iter(validator.iter_errors(item)), None)
            if error is not None:
                problem = f"item {_short(item)} does not match the annotator's item_schema: {error.message}"
        if problem is None:
            valid.append(item)
        else:
            problems.append(problem)
    return valid, problems


def summary(problems: list[str]) -> str:
    """One error message for all of a document's dropped items."""
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    more = f" (and {len(problems) - MAX_PROBLEMS_SHOWN} more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
    noun = "item" if len(problems) == 1 else "items"
    return f"{len(problems)} invalid {noun} dropped: {shown}{more}"


@lru_cache(maxsize=32)
def _validator(schema_json: bytes):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(orjson.loads(schema_json))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _short(item: dict) -> str:
    shown = repr({k: item[k] for k in list(item)[:3]})
    return shown if len(shown) <= 60 else shown[:59] + "…"
