"""The sentence around a span, for showing a miss to a reader (bounded work per call)."""

from __future__ import annotations

import re

WINDOW = 200  # characters looked at on each side of the span
_ENDS = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
_SPACE = re.compile(r"\s+")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end], cut to WINDOW characters a side."""
    left = max(0, start - WINDOW)
    before = text[left:start]
    cut = max(before.rfind("\n"), _last_end(before))
    if cut >= 0:
        left += cut + 1
    right = min(len(text), end + WINDOW)
    after = text[end:right]
    stop = _first_end(after)
    if stop >= 0:
        right = end + stop
    return _SPACE.sub(" ", text[left:right]).strip()


def _last_end(chunk: str) -> int:
    """Index of the last character of the last sentence end in chunk, or -1."""
    found = -1
    for match in _ENDS.finditer(chunk):
        found = match.end() - 1
    return found


def _first_end(chunk: str) -> int:
    """Length up to and including the first sentence end (or line break) in chunk, or -1."""
    line = chunk.find("\n")
    match = _ENDS.search(chunk)
    ends = [i for i in (line, match.end() - 1 if match else -1) if i >= 0]
    return min(ends) if ends else -1
