"""Shared test helper for the dates tests: find one timex by its text."""

from __future__ import annotations

from article_annotator.dates import find_dates
from article_annotator.dates.annotator import parse_anchor


def one_timex(text: str, phrase: str, anchor: str) -> dict:
    """The item whose text is `phrase`, with `anchor` as the document date (fails with the full list otherwise)."""
    items = find_dates(text, parse_anchor(anchor))
    found = [d for d in items if d["text"] == phrase]
    assert found, f"{phrase!r} not found in {items}"
    return found[0]
