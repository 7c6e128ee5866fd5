"""The sentence around a span, for showing a miss to a reader (bounded work per call).

A sentence ends at . ! or ? (with any closing quote or bracket) before whitespace, or at a
paragraph break: a blank line or a line break before indentation. A single line break inside
a paragraph is taken as wrapping (newswire is hard-wrapped), not as an end.
"""

from __future__ import annotations

import re

WINDOW = 200  # characters looked at on each side of the span
_ENDS = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)|\n(?=\s)")
_SPACE = re.compile(r"\s+")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], cut to WINDOW characters a side."""
    left = max(0, start - WINDOW)
    ends_before = [m.end() for m in _ENDS.finditer(text, left, start)]
    if ends_before:
        left = ends_before[-1]
    right = min(len(text), end + WINDOW)
    found = _ENDS.search(text, end, right)
    if found:
        right = found.end()
    return _SPACE.sub(" ", text[left:right]).strip()
