"""Annotate one split into one part file: the unit of work any engine runs on a worker.

Workers return a small summary (counts, the part's hash, the input errors to report),
never spaCy Docs or the model; the records go straight into the part file.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterator

from ..document import Document
from ..errors import InputError
from ..pipeline import Item, Pipeline
from ..records import document_line
from ..sources.formats import read_jsonl_lines, read_path
from .parts import part_name, piece_name, write_atomic_lines, write_done
from .plan import Split, range_lines

WORKER_DIED = "worker died while annotating this document"


@dataclass(frozen=True)
class RunOptions:
    """What changes the records of a run, besides the inputs and the annotators."""

    include_text: bool = False
    debug: bool = False
    ref_date: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_split(split: Split, ref_date: str | None = None) -> Iterator[Item]:
    """The documents (and input errors) of a split, exactly as `annotate -j 1` reads them."""
    items = _read_whole(split, ref_date)
    if split.items is not None:
        lo, hi = split.items
        return islice(items, lo, hi)
    return items


def _read_whole(split: Split, ref_date: str | None) -> Iterator[Item]:
    if split.is_range:
        assert split.path is not None
        yield from read_jsonl_lines(split.path, range_lines(split), ref_date, first_line=split.first_line)
        return
    for path in split.files:
        yield from read_path(path, ref_date)


def annotate_split(pipeline: Pipeline, split: Split, out_dir: str | Path, options: RunOptions) -> dict[str, Any]:
    """Annotate a split into its part file (or, when narrowed, a piece file); return its summary.

    A whole split also gets its done-file, written after the part: a part without one is
    never taken for a whole part.
    """
    out = Path(out_dir)
    summary = Summary()
    lines = (summary.line(item, options) for item in pipeline.run(read_split(split, options.ref_date)))
    name = piece_name(split.index, *split.items) if split.items else part_name(split.index)
    sha, size = write_atomic_lines(out / name, (line for line in lines if line is not None))
    done = summary.as_done(split, name, sha, size)
    if split.items is None:
        write_done(out, split.index, done)
    return done


class Summary:
    """Counts what a split produced, and keeps the messages the CLI shows on stderr."""

    def __init__(self) -> None:
        self.documents = self.errors = self.warnings = 0
        self.input_errors: list[dict[str, Any]] = []
        self.failures: list[dict[str, Any]] = []

    def line(self, item: Item, options: RunOptions) -> bytes | None:
        if isinstance(item, InputError):
            self.input_error(item)
            return None
        self.documents += 1
        for error in item.errors:
            self.errors += 1
            self.failures.append({"location": _location(item), "annotator": error["annotator"], "message": error["message"]})
        return document_line(item, include_text=options.include_text, debug=options.debug)

    def input_error(self, error: InputError) -> None:
        if error.is_warning:
            self.warnings += 1
        else:
            self.errors += 1
        self.input_errors.append(asdict(error))

    def as_done(self, split: Split, name: str, sha: str, size: int) -> dict[str, Any]:
        return {
            "part": name, "index": split.index, "split_key": split.key, "sha256": sha, "bytes": size,
            "documents": self.documents, "errors": self.errors, "warnings": self.warnings,
            "input_errors": self.input_errors, "failures": self.failures,
        }


def _location(doc: Document) -> str:
    path = doc.source.get("path", doc.id)
    line = doc.source.get("line")
    return f"{path}:{line}" if line is not None else str(path)


def count_items(split: Split, ref_date: str | None = None) -> int:
    """How many items a split's stream holds (read without annotating: cheap)."""
    return sum(1 for _ in read_split(split, ref_date))


def died_error(split: Split, index: int, ref_date: str | None = None) -> InputError:
    """The input error for item `index` of a split, the one that kept killing workers."""
    item = next(islice(_read_whole(split, ref_date), index, None))
    if isinstance(item, InputError):
        return InputError(item.path, WORKER_DIED, item.line)
    return InputError(str(item.source.get("path", item.id)), WORKER_DIED, item.source.get("line"))
