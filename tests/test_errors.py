"""The coded error table: every code is raised from it, and the README lists exactly the table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from article_annotator import registry
from article_annotator.errors import ERRORS, AnnotateError, error_codes_markdown

ROOT = Path(__file__).resolve().parents[1]


def test_readme_lists_exactly_the_error_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert error_codes_markdown() in readme
    listed = set(re.findall(r"^- `(E\d{3})`", readme, re.M))
    assert listed == set(ERRORS)


def test_every_code_in_the_source_is_in_the_table() -> None:
    used: set[str] = set()
    for folder in ("annotators", "cli"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(re.findall(r"\bE0\d\d\b", path.read_text(encoding="utf-8")))
    assert used == set(ERRORS)


def test_unknown_annotator_message_comes_from_the_table() -> None:
    with pytest.raises(AnnotateError) as info:
        registry.load("no-such-annotator")
    assert info.value.code == "E011"
    assert str(info.value).startswith("E011 no annotator named 'no-such-annotator'; installed: ")
    assert "annotate annotators" in str(info.value)
