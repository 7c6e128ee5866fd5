"""Inputs to Documents: paths, folders, globs and stdin; decoding; HTML; JSON Lines; the date.

`read_documents` is the one entry point. It streams: each file is read when its turn comes,
JSON Lines line by line, so memory stays flat however many inputs there are. Problems with
one input (missing, binary, a bad JSONL line) are yielded as InputErrors in input order and
the rest is still read; empty documents are InputErrors with severity "warning".
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..document import Document
from ..errors import InputError
from .docdate import filename_date, header_date, parse_date
from .formats import read_bytes, read_path, read_stdin
from .paths import STDIN, expand
from .web import fetch, is_url

__all__ = ["read_documents", "parse_date", "header_date", "filename_date"]


def read_documents(
    paths: Iterable[str],
    ref_date: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Documents (or InputErrors) from the given paths, in order.

    `ref_date` overrides every document's date (any form `parse_date` reads); an invalid one
    raises ValueError at once, before anything is read. `stdin` is the byte stream for `-`
    (default: the process's standard input).
    """
    iso = None
    if ref_date is not None:
        iso = parse_date(ref_date)
        if iso is None:
            raise ValueError(f"invalid reference date {ref_date!r}: expected YYYY-MM-DD")
    return _read(paths, iso, stdin)


def _read(paths: Iterable[str], ref_date: str | None, stdin: BinaryIO | None) -> Iterator[Document | InputError]:
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
        elif item == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, ref_date)
        elif is_url(item):
            page = fetch(item)
            if isinstance(page, InputError):
                yield page
            else:
                yield from read_bytes(item, page, "html", ref_date)
        else:
            yield from read_path(item, ref_date)
