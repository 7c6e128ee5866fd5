"""Errors with codes a user can act on: bad inputs and annotator failures."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputError:
    """An input that could not become a document. The run goes on without it.

    `path` names the file ("-" for stdin), `line` the JSONL line (1-based) when there is one.
    `severity` is "error" (the run exits 1) or "warning" (e.g. an empty document: reported,
    no record, but not a failure).
    """

    path: str
    reason: str
    line: int | None = None
    severity: str = "error"

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


class AnnotateError(Exception):
    """A usage or set-up problem that stops the run (exit code 2), e.g. no model installed."""
