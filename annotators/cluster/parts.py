"""Part files and their done-files: written whole or not at all.

Each file is written under a hidden temporary name in the output folder, fsynced and
renamed into place (atomic on one file system, shared ones included), so a killed attempt
leaves at most a `.part-….tmp` file, which `sweep_temps` removes.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

import orjson

TEMP_PREFIX = ".part-"
TEMP_SUFFIX = ".tmp"


def part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def done_name(index: int) -> str:
    return f"part-{index:05d}.done.json"


def piece_name(index: int, lo: int, hi: int) -> str:
    """A piece of a halved split, assembled into its part once all pieces are done."""
    return f"piece-{index:05d}-{lo:09d}-{hi:09d}.jsonl"


def write_atomic_lines(path: Path, lines: Iterable[bytes]) -> tuple[str, int]:
    """Write lines to `path` atomically; return the sha256 and size of what was written."""
    digest, size = hashlib.sha256(), 0
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX + path.name + ".", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            for line in lines:
                stream.write(line)
                digest.update(line)
                size += len(line)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return digest.hexdigest(), size


def write_json(path: Path, data: Any) -> None:
    write_atomic_lines(path, [orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)])


def write_done(out_dir: Path, index: int, done: dict[str, Any]) -> None:
    write_json(out_dir / done_name(index), done)


def read_done(out_dir: Path, index: int) -> dict[str, Any] | None:
    """The done-file of a part, or None when it is missing or unreadable."""
    try:
        return orjson.loads((out_dir / done_name(index)).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def is_whole(out_dir: Path, index: int, key: str) -> dict[str, Any] | None:
    """The done-file of a part that is whole: done for this split key, hash matching."""
    done = read_done(out_dir, index)
    if not done or done.get("split_key") != key:
        return None
    if file_sha256(out_dir / part_name(index)) != done.get("sha256"):
        return None
    return done


def sweep_temps(out_dir: Path) -> list[Path]:
    """Remove the temporary files of killed or interrupted attempts; return what was removed."""
    removed = []
    for path in out_dir.glob(TEMP_PREFIX + "*" + TEMP_SUFFIX):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def assemble(out_dir: Path, index: int, pieces: list[str]) -> tuple[str, int]:
    """Concatenate the pieces of a halved split into its part, then remove the pieces."""
    def lines() -> Iterable[bytes]:
        for name in pieces:
            with open(out_dir / name, "rb") as stream:
                yield from stream
    result = write_atomic_lines(out_dir / part_name(index), lines())
    # Every piece of this split goes, not only the ones used: a task whose worker died after
    # writing its piece was halved and redone, and its piece file is no longer part of the plan.
    for path in out_dir.glob(f"piece-{index:05d}-*.jsonl"):
        path.unlink(missing_ok=True)
    return result


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
