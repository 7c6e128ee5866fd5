"""Paths as a user types them to the files to read: files, folders, globs and `-`.

Folders are walked recursively in natural order (reut-1022 before reut-10209), hidden files and
folders skipped, so a run over the same tree always gives the same order. Everything is a generator: a folder of a
million files is never listed into memory at once (one directory's names at a time).
"""

from __future__ import annotations

import errno
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
            yield InputError(path, missing_reason(path))


def missing_reason(path: str) -> str:
    """Why a path that does not exist cannot be read: a loop, a broken link, or nothing there."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if os.path.islink(path):
            return f"broken symbolic link (to {os.readlink(path)!r})"
        return (exc.strerror or "no such file or directory").lower()
    return "no such file or directory"


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


def walk(folder: str, _seen: set[str] | None = None, _root: str | None = None) -> Iterator[str | InputError]:
    """Files under `folder`, depth first in sorted name order, hidden entries skipped.

    Symbolic links to folders are followed only when they stay inside the folder the user
    named (`dir/up -> ..` would walk the parent), and each folder once. A link that loops or
    points nowhere is named as such.
    """
    seen = _seen if _seen is not None else set()
    root = _root if _root is not None else os.path.realpath(folder)
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
            if os.path.islink(path) and not _inside(os.path.realpath(path), root):
                yield InputError(path, "symbolic link to a folder outside the one given; not followed", severity="warning")
                continue
            yield from walk(path, seen, root)
        elif os.path.isfile(path):
            yield path
        elif os.path.islink(path):
            yield InputError(path, missing_reason(path))


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)
