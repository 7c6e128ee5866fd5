"""Stopping a run cleanly: SIGINT, SIGTERM and SIGHUP end it between two records.

`timeout`, CI cancellation and `docker stop` send SIGTERM; a closed terminal sends SIGHUP.
Each is handled as Ctrl-C is: the record being written is finished, the records so far are
kept in FILE.partial, a message says so, and the exit code is 128 + the signal's number
(130, 143, 129). A second signal while the first is being handled ends the run at once.
"""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager
from typing import Any, Callable, Iterator

STOP_SIGNALS = tuple(s for s in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None)


class Interrupted(KeyboardInterrupt):
    """The run was asked to stop by a signal; `code` is the exit code to end with."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def code(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


class WholeRecords:
    """Stop signals end the run between records, never in the middle of writing one.

    `on_second` runs before a second signal ends the process at once (to kill workers).
    """

    def __init__(self, on_second: Callable[[], None] | None = None) -> None:
        self.busy = False
        self.pending: int | None = None
        self.received: int | None = None
        self.previous: dict[int, Any] = {}
        self.on_second = on_second

    def __enter__(self) -> "WholeRecords":
        try:
            for signum in STOP_SIGNALS:
                self.previous[signum] = signal.signal(signum, self._handle)
        except ValueError:  # not the main thread: leave signals alone
            self.previous.clear()
        return self

    def __exit__(self, *exc: Any) -> None:
        # Until the process exits, a further signal still ends it at once.
        for signum in self.previous:
            signal.signal(signum, self._handle if self.received else self.previous[signum])

    def _handle(self, signum: int, frame: Any) -> None:
        if self.received is not None:  # the second one: no more waiting
            if self.on_second:
                self.on_second()
            os._exit(128 + signum)
        self.received = signum
        if self.busy:
            self.pending = signum
        else:
            raise Interrupted(signum)

    @contextmanager
    def writing(self) -> Iterator[None]:
        self.busy = True
        try:
            yield
        finally:
            self.busy = False
        if self.pending is not None:
            raise Interrupted(self.pending)
