"""Split the inputs of a run into units of work that together read every document once.

A large JSON Lines file is cut into newline-aligned byte ranges: a split owns the lines that
*start* inside its range and knows the number of its first line, so `source.line` and
default ids are exactly what `annotate -j 1` gives. Other files (and small JSONL files, and
`.gz` or UTF-16 files, which cannot be cut by bytes) go whole, in runs up to the split size.
Splits are numbered in input order, so their parts concatenated are the `-j 1` output.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass, field, replace
from typing import Any, BinaryIO, Iterable, Iterator

import orjson

from ..errors import InputError
from ..sources.decoding import bom_encoding, looks_binary
from ..sources.formats import kind_of
from ..sources.paths import STDIN, expand

DEFAULT_SPLIT_SIZE = 16 * 1024 * 1024  # about several minutes of annotation per split
_SNIFF = 8192
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Split:
    """One unit of work: a byte range of one JSONL file, or a run of whole files.

    `items` narrows a split to the items [lo, hi) of its document stream; it is set only
    when a split that kills workers is halved to find the document that does it.
    """

    index: int
    files: tuple[str, ...] = ()
    path: str | None = None
    start: int = 0
    end: int = 0
    first_line: int = 1
    fingerprint: tuple[tuple[str, int, int], ...] = ()
    items: tuple[int, int] | None = None
    key: str = field(default="", compare=False)

    @property
    def is_range(self) -> bool:
        return self.path is not None

    def with_key(self, options: str) -> "Split":
        """The split with its key: a hash of what it reads and how (the run options)."""
        body = orjson.dumps({**self.as_dict(), "key": None, "options": options}, option=orjson.OPT_SORT_KEYS)
        return replace(self, key=hashlib.sha256(body).hexdigest())

    def narrowed(self, lo: int, hi: int) -> "Split":
        return replace(self, items=(lo, hi))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Split":
        data = dict(data)
        data["files"] = tuple(data.get("files") or ())
        data["fingerprint"] = tuple(tuple(f) for f in data.get("fingerprint") or ())
        data["items"] = tuple(data["items"]) if data.get("items") else None
        return cls(**data)


def plan_inputs(paths: Iterable[str], split_size: int = DEFAULT_SPLIT_SIZE,
                options: str = "") -> Iterator[Split | InputError]:
    """Splits in input order, and InputErrors for paths that do not exist, in their place."""
    if split_size < 1:
        raise ValueError("split size must be at least 1 byte")
    index = 0
    for unit in _units(paths, split_size):
        if isinstance(unit, InputError):
            yield unit
            continue
        yield replace(unit, index=index).with_key(options)
        index += 1


def _units(paths: Iterable[str], split_size: int) -> Iterator[Split | InputError]:
    run: list[str] = []
    run_bytes = 0
    for item in expand(paths):
        if isinstance(item, InputError) or item == STDIN:
            yield from _flush(run)
            run, run_bytes = [], 0
            yield item if isinstance(item, InputError) else InputError(STDIN, "stdin cannot be split")
            continue
        size = _size(item)
        if size > split_size and _can_cut(item):
            yield from _flush(run)
            run, run_bytes = [], 0
            yield from _ranges(item, size, split_size)
            continue
        run.append(item)
        run_bytes += size
        if run_bytes >= split_size:
            yield from _flush(run)
            run, run_bytes = [], 0
    yield from _flush(run)


def _flush(run: list[str]) -> Iterator[Split]:
    if run:
        yield Split(index=0, files=tuple(run), fingerprint=tuple(_fingerprint(p) for p in run))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # read_path names the problem when the split is read


def _fingerprint(path: str) -> tuple[str, int, int]:
    try:
        stat = os.stat(path)
    except OSError:
        return (path, -1, -1)
    return (path, stat.st_size, stat.st_mtime_ns)


def _can_cut(path: str) -> bool:
    """A JSONL file in UTF-8 (or ASCII) can be cut at newlines; anything else is read whole."""
    if kind_of(path) != "jsonl" or path.lower().endswith(".gz"):
        return False
    try:
        with open(path, "rb") as stream:
            head = stream.read(_SNIFF)
    except OSError:
        return False
    bom = bom_encoding(head)
    return not looks_binary(head) and (not bom or bom[0] == "utf-8")


def _ranges(path: str, size: int, split_size: int) -> Iterator[Split]:
    """Newline-aligned byte ranges of about `split_size`; a longer line stays whole."""
    fingerprint = (_fingerprint(path),)
    with open(path, "rb") as stream:
        start, line = 0, 1
        while start < size:
            end = _next_line_start(stream, start + split_size, size)
            yield Split(index=0, path=path, start=start, end=end, first_line=line, fingerprint=fingerprint)
            line += _count_newlines(stream, start, end)
            start = end


def _next_line_start(stream: BinaryIO, target: int, size: int) -> int:
    """The offset just past the first newline at or after `target - 1` (or the file's end)."""
    if target >= size:
        return size
    stream.seek(target - 1)
    offset = target - 1
    while chunk := stream.read(_CHUNK):
        found = chunk.find(b"\n")
        if found >= 0:
            return offset + found + 1
        offset += len(chunk)
    return size


def _count_newlines(stream: BinaryIO, start: int, end: int) -> int:
    stream.seek(start)
    count, left = 0, end - start
    while left > 0 and (chunk := stream.read(min(_CHUNK, left))):
        count += chunk.count(b"\n")
        left -= len(chunk)
    return count


def range_lines(split: Split) -> Iterator[bytes]:
    """The raw lines a range split owns, each with its line ending, read from disk."""
    assert split.path is not None
    with open(split.path, "rb") as stream:
        stream.seek(split.start)
        position = split.start
        while position < split.end:
            raw = stream.readline()
            if not raw:
                return
            position += len(raw)
            yield raw


def plan_hash(splits: Iterable[Split]) -> str:
    """One hash for a whole plan: the keys of its splits, in order."""
    digest = hashlib.sha256()
    for split in splits:
        digest.update(split.key.encode("ascii") + b"\n")
    return digest.hexdigest()
