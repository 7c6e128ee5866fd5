"""`annotate run -o FILE.jsonl --resume` without a cluster: skip what FILE already holds.

The records of FILE and of its `.partial` (left by an interrupted run) are copied first
into the new output, in that order, each id once, a torn last line dropped; documents whose
id is among them are not annotated again. So an interrupted run resumed gives the same
file as a run never interrupted.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable, Iterator

import orjson

from article_annotator.document import Document


def partial_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial")


def copy_done(output: Path, stream: IO[bytes]) -> set[str]:
    """Copy the whole records of FILE, then FILE.partial, into `stream`; return their ids."""
    seen: set[str] = set()
    for path in (output, partial_path(output)):
        for line, record_id in _records(path):
            if record_id not in seen:
                seen.add(record_id)
                stream.write(line)
    stream.flush()
    return seen


def _records(path: Path) -> Iterator[tuple[bytes, str]]:
    try:
        stream = open(path, "rb")
    except FileNotFoundError:
        return
    with stream:
        for line in stream:
            if not line.endswith(b"\n"):
                return  # a torn last line: that document is annotated again
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                yield line, record["id"]


def skip_done(items: Iterable, done: set[str]) -> Iterator:
    """The stream without the documents already written."""
    for item in items:
        if not (isinstance(item, Document) and item.id in done):
            yield item


def finish(output: Path) -> None:
    """After a committed resumed run, the `.partial` it took records from is no longer needed."""
    partial_path(output).unlink(missing_ok=True)
