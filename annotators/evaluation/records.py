"""Gold files and prediction files: JSON Lines in, one `EvalDocument` per gold record out.

A gold record is an input record (`id`, `text`, `meta`) with a `gold` object whose lists are
named like the record's (`entities`, `dates`, `quotes`, `tariffs`). A prediction record is
the tool's own output, matched to gold by `id`. A line that cannot be used is reported as an
InputError naming the file and line, and reading goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import orjson

from ..errors import InputError


@dataclass
class EvalDocument:
    """One gold document, and the prediction record of the same id (None when there is none)."""

    id: str
    text: str
    meta: dict[str, Any]
    gold: dict[str, list]
    predicted: dict[str, Any] | None = None
    line: int | None = field(default=None, compare=False)

    def gold_items(self, kind: str) -> list[dict]:
        return [item for item in self.gold.get(kind) or [] if isinstance(item, dict)]

    def predicted_items(self, kind: str) -> list[dict]:
        """The predicted list named `kind`; a record shaped like gold (`gold.<kind>`) also works."""
        record = self.predicted or {}
        items = record.get(kind)
        if not isinstance(items, list) and isinstance(record.get("gold"), dict):
            items = record["gold"].get(kind)
        return [item for item in items or [] if isinstance(item, dict)]


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """(line number, object) for each non-blank line; an InputError for one that is not an object."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                value = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                yield number, InputError(str(path), f"not JSON: {exc}", number)
                continue
            if not isinstance(value, dict):
                yield number, InputError(str(path), "not a JSON object", number)
                continue
            yield number, value


def read_gold(path: Path) -> Iterator[EvalDocument | InputError]:
    """Gold documents in file order; a record without id, text or a gold object is an error."""
    seen: set[str] = set()
    for number, value in read_jsonl(path):
        if isinstance(value, InputError):
            yield value
            continue
        problem = _gold_problem(value)
        if problem is None and str(value["id"]) in seen:
            problem = f"id {value['id']!r} appears twice"
        if problem:
            yield InputError(str(path), f"not a gold record: {problem}", number)
            continue
        seen.add(str(value["id"]))
        gold = {k: v for k, v in value["gold"].items() if isinstance(v, list)}
        meta = value.get("meta") if isinstance(value.get("meta"), dict) else {}
        yield EvalDocument(str(value["id"]), value["text"], meta, gold, line=number)


def _gold_problem(value: dict[str, Any]) -> str | None:
    if "id" not in value:
        return "no id"
    if not isinstance(value.get("text"), str):
        return "no text"
    if not isinstance(value.get("gold"), dict):
        return "no gold object (lists named entities, dates, quotes, tariffs)"
    return None


def read_predictions(path: Path) -> Iterator[dict[str, Any] | InputError]:
    """Prediction records (objects with an id) in file order, errors in their place."""
    for number, value in read_jsonl(path):
        if isinstance(value, dict) and "id" not in value:
            value = InputError(str(path), "record has no id", number)
        yield value


def attach(documents: list[EvalDocument], predictions: Iterable[dict[str, Any]]) -> int:
    """Give each gold document its prediction record; returns how many records had no gold id.

    When two records share an id, the later one counts (as a rerun would overwrite it).
    """
    by_id = {doc.id: doc for doc in documents}
    unknown = 0
    for record in predictions:
        doc = by_id.get(str(record["id"]))
        if doc is None:
            unknown += 1
        else:
            doc.predicted = record
    return unknown


def kinds_labelled(documents: Iterable[EvalDocument]) -> list[str]:
    """The annotation kinds a gold file labels, in order of first appearance."""
    kinds: dict[str, None] = {}
    for doc in documents:
        kinds.update(dict.fromkeys(doc.gold))
    return list(kinds)
