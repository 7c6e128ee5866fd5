"""A time budget per document: `--doc-timeout`, enforced with a real-time timer (SIGALRM).

The timer interrupts Python code and the regex engine alike. `DocumentTimeout` derives from
BaseException so that no `except Exception` in an annotator or plugin can swallow it.
Outside the main thread (a library user's thread) no timer can be set and no budget applies;
worker processes of `-j` run their loop in their main thread, so the budget holds there too.
"""

from __future__ import annotations

import math
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

DEFAULT_TIMEOUT = 60.0
"""Seconds per document (per 100,000 characters for longer ones) unless --doc-timeout says."""
BUDGET_CHARS = 100_000


class DocumentTimeout(BaseException):
    """One document took longer than its budget."""


def budget_for(timeout: float, length: int) -> float:
    """A document's budget: `timeout` seconds per started 100,000 characters; 0 means none."""
    if timeout <= 0:
        return 0.0
    return timeout * max(1, math.ceil(length / BUDGET_CHARS))


def describe(seconds: float) -> str:
    """The input error of a document over budget."""
    return f"took longer than {seconds:g} s (--doc-timeout); skipped"


def _expired(signum: int, frame: object) -> None:
    raise DocumentTimeout


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the block once `seconds` have passed (no limit when 0)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
