"""How many documents the inputs hold, when that is cheap to know, for a progress bar's total.

Files from folders and globs count one each (HTML and text) and JSON Lines files count their
lines, by counting newline bytes in large blocks: no parsing, no decoding. Standard input cannot
be counted (None). The count runs beside the annotation, never before it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import InputError
from .formats import kind_of
from .paths import STDIN, expand

BLOCK = 1 << 20


def count_documents(paths: Iterable[str]) -> int | None:
    """The number of documents the paths hold (about: blank JSONL lines count), or None for stdin."""
    total = 0
    for item in expand(paths):
        if isinstance(item, InputError):
            continue
        if item == STDIN:
            return None
        total += _lines(item) if kind_of(item) == "jsonl" else 1
    return total


def _lines(path: str) -> int:
    count = 0
    last = b"\n"
    try:
        with open(path, "rb") as stream:
            while block := stream.read(BLOCK):
                count += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 0
    return count + (last != b"\n")
