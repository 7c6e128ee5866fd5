"""Engine-neutral bookkeeping of a run: which splits are done, and halving killer splits.

An engine submits the pieces `start()` hands out, and reports each as `finished` (with the
summary the task returned) or `died` (the worker kept dying on it). A piece that died is
halved by items until the one document that kills workers is found; that document becomes
an input error, and its split's part is assembled from the pieces that did finish.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

from .parts import assemble, part_name, write_done
from .plan import Split
from .task import Summary, count_items, died_error


class Tracker:
    """The state of a run over its plan: done-files by split index, pieces in flight."""

    def __init__(self, out_dir: Path, splits: list[Split], kept: dict[int, dict[str, Any]],
                 ref_date: str | None = None, on_done: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.out_dir = out_dir
        self.splits = {s.index: s for s in splits}
        self.dones: dict[int, dict[str, Any]] = dict(kept)
        self.ref_date = ref_date
        self.on_done = on_done or (lambda done: None)
        self.halved: dict[int, dict[tuple[int, int], dict[str, Any] | None]] = {}
        self.suspects: list[Split] = []

    def start(self) -> list[Split]:
        """The splits still to do."""
        return [s for i, s in sorted(self.splits.items()) if i not in self.dones]

    @property
    def complete(self) -> bool:
        return len(self.dones) == len(self.splits)

    def finished(self, piece: Split, done: dict[str, Any]) -> None:
        if piece.items is None:
            self._record(done)
            return
        self.halved[piece.index][piece.items] = done
        self._maybe_assemble(piece.index)

    def died(self, piece: Split, alone: bool = False) -> list[Split]:
        """The pieces to submit instead of one the workers kept dying on.

        A single document that died may only have been queued on a worker another piece
        killed, so it becomes a suspect, run again `alone` (nothing else in flight) by the
        engine; only a document that kills its worker when alone is the culprit.
        """
        lo, hi = piece.items or (0, count_items(piece, self.ref_date))
        pieces = self.halved.setdefault(piece.index, {})
        pieces.pop(piece.items, None)
        if hi - lo == 1 and not alone:
            pieces[(lo, hi)] = None
            self.suspects.append(piece.narrowed(lo, hi))
            return []
        if hi - lo <= 1:
            if hi > lo:
                pieces[(lo, hi)] = {"killer": asdict(died_error(piece, lo, self.ref_date))}
            self._maybe_assemble(piece.index)
            return []
        middle = (lo + hi) // 2
        halves = [piece.narrowed(lo, middle), piece.narrowed(middle, hi)]
        for half in halves:
            pieces[half.items] = None
        return halves

    def _maybe_assemble(self, index: int) -> None:
        pieces = self.halved[index]
        if any(done is None for done in pieces.values()):
            return
        ordered = [pieces[key] for key in sorted(pieces)]
        sha, size = assemble(self.out_dir, index, [d["part"] for d in ordered if "killer" not in d])
        summary = Summary()
        for done in ordered:
            if "killer" in done:
                summary.errors += 1
                summary.input_errors.append(done["killer"])
                continue
            summary.documents += done["documents"]
            summary.errors += done["errors"]
            summary.warnings += done["warnings"]
            summary.input_errors += done["input_errors"]
            summary.failures += done["failures"]
        done = summary.as_done(self.splits[index], part_name(index), sha, size)
        write_done(self.out_dir, index, done)
        del self.halved[index]
        self._record(done)

    def _record(self, done: dict[str, Any]) -> None:
        self.dones[done["index"]] = done
        self.on_done(done)

    def ordered_dones(self) -> list[dict[str, Any]]:
        return [self.dones[i] for i in sorted(self.dones)]
