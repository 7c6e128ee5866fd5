"""The cyclic garbage collector in a process that runs one pipeline: held while it starts, then
everything alive frozen.

A CLI run or a worker makes only long-lived objects while it starts: modules, compiled
patterns, word lists, and the model's hundred thousand objects. Collections then would only walk
them, again and again, and every full collection after would walk them all once more. So
automatic collections are held off until the model is in (`hold`); then what is alive is moved
out of the collector's generations (`gc.freeze`) and collections come back (`release`).

Held means a zero threshold, not `gc.disable()`: srsly, which spaCy uses to read its lookup
tables and the model, calls `gc.disable()` and then `gc.enable()` around every read, whatever
the state was before, and so switched collections back on halfway through start-up (measured: a
full collection of 107,000 objects and about seventy young ones, a fifth of a second of each
run). It never touches the thresholds. A library user's process is never held.
"""

from __future__ import annotations

import gc

_held: tuple[int, int, int] | None = None  # the thresholds to restore, while held


def hold() -> None:
    """No automatic collections until `release` (a second call changes nothing)."""
    global _held
    if _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(0)


def release(freeze: bool = False) -> None:
    """Automatic collections as before `hold`; with `freeze`, everything alive now is first
    moved out of the collector's generations (it lives as long as the process anyway)."""
    global _held
    if freeze:
        gc.freeze()
    if _held is not None:
        gc.set_threshold(*_held)
        _held = None
    gc.enable()


def is_held() -> bool:
    """True between `hold` and `release`: no automatic collection can run."""
    return gc.get_threshold()[0] == 0 or not gc.isenabled()
