"""Decide what an output folder already holds: whole parts to keep, the rest to redo.

Without `resume`, a folder with anything in it is refused (nothing is clobbered). With it,
a part is kept when its done-file names the same split key (same inputs, same options) and
its hash matches; every other part, piece, done-file or temporary file is removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import AnnotateError
from .manifest import MANIFEST
from .parts import is_whole, sweep_temps
from .plan import Split

_OURS = ("part-", "piece-", "_plan.jsonl", "_errors.jsonl", MANIFEST)


def prepare(out_dir: Path, splits: list[Split], resume: bool) -> dict[int, dict[str, Any]]:
    """Make `out_dir` ready; return the done-files of the parts kept, by split index."""
    if out_dir.exists() and not out_dir.is_dir():
        raise AnnotateError(f"{out_dir}: not a directory; --cluster writes a folder of parts")
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = [p for p in out_dir.iterdir()]
    if entries and not resume:
        raise AnnotateError(f"{out_dir}: not empty; use --resume to finish an earlier run there, or another folder")
    sweep_temps(out_dir)
    kept = {s.index: done for s in splits if (done := is_whole(out_dir, s.index, s.key))}
    _remove_stale(out_dir, kept)
    return kept


def _remove_stale(out_dir: Path, kept: dict[int, dict[str, Any]]) -> None:
    keep = {done["part"] for done in kept.values()}
    keep |= {done["part"].removesuffix(".jsonl") + ".done.json" for done in kept.values()}
    for path in out_dir.iterdir():
        if path.is_file() and path.name.startswith(_OURS) and path.name not in keep:
            path.unlink()
