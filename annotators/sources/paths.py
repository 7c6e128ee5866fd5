"""Paths as a user types them to the files to read: files, folders, globs and `-`.

Folders are walked recursively in natural order (reut-1022 before reut-10209), hidden files and
folders skipped, so a run over the same tree always gives the same order. Everything is a generator: a folder of a
million files is never listed into memory at once (one directory's names at a time).
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator

from ..errors import InputError

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Each input path in turn as files to read ("-" for stdin), or an InputError."""
    for path in paths:
        path = os.fspath(path)
        if path == STDIN:
            yield STDIN
        elif path.startswith(("http://", "https://")):
            yield path  # fetched when its turn comes (sources/web.py)
        elif os.path.isdir(path):
            yield from _walk_named(path)
        elif os.path.exists(path):
            yield path
        elif _GLOB_CHARS & set(path):
            yield from _expand_glob(path)
        else:
            yield InputError(path, "no such file or directory")


def natural_key(name: str) -> tuple[list[str | int], str]:
    """Sort key putting numbers in number order: "reut-1022" before "reut-10209"."""
    parts = re.split(r"(\d+)", name)
    return [int(p) if i % 2 else p.lower() for i, p in enumerate(parts)], name


def _walk_named(folder: str) -> Iterator[str | InputError]:
    """A folder the user named: its files, or an error saying it holds none."""
    found = False
    for item in walk(folder):
        found = found or isinstance(item, str)
        yield item
    if not found:
        yield InputError(folder, "folder holds no files to read (hidden files are skipped)")


def _expand_glob(pattern: str) -> Iterator[str | InputError]:
    matches = sorted(glob.iglob(pattern, recursive=True), key=natural_key)
    if not matches:
        yield InputError(pattern, "no such file")
        return
    for match in matches:
        if os.path.isdir(match):
            yield from walk(match)
        else:
            yield match


def walk(folder: str, _seen: set[str] | None = None) -> Iterator[str | InputError]:
    """Files under `folder`, depth first in sorted name order, hidden entries skipped.

    Symbolic links to folders are followed once (a link back up the tree would loop).
    """
    seen = _seen if _seen is not None else set()
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        names = sorted((name for name in os.listdir(folder) if not name.startswith(".")), key=natural_key)
    except OSError as exc:
        yield InputError(folder, exc.strerror or str(exc))
        return
    for name in names:
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            yield from walk(path, seen)
        elif os.path.isfile(path):
            yield path
