"""Long documents parsed in pieces: split at paragraph boundaries, parse, join into one Doc.

spaCy's memory grows steeply with the length of one text (about 1 GB per 100k characters for
the parser), so a text longer than `PIECE_CHARS` is cut into pieces at blank lines (else at
line breaks, else after a sentence's end, else at a space, else anywhere), each piece keeping
its trailing whitespace. The pieces are parsed with `nlp.pipe` and joined with
`Doc.from_docs(ensure_whitespace=False)`, so the joined Doc's text is the input text exactly:
every character offset is the same as if it had been parsed whole, and annotators (entity
clusters, quote speakers) still see the whole document.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

PIECE_CHARS = 100_000
"""A document longer than this is parsed in pieces of at most this many characters."""
MAX_DOCUMENT_CHARS = 5_000_000
"""The longest document accepted (documented in the README); longer ones are input errors."""

# Best boundary first: a blank line, a line break, a sentence end, any whitespace.
_BOUNDARIES = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


def pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[str]:
    """Consecutive pieces of `text`, each at most `limit` characters, that join back to it."""
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start, start + limit)
        yield text[start:cut]
        start = cut
    if start < len(text) or not text:
        yield text[start:]


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece starting at `start`: after the last good boundary before `stop`.

    Only the second half of the window is searched, so each piece is at least half the limit
    and the whole split stays linear in the text.
    """
    low = start + (stop - start) // 2
    window = text[low:stop]
    for boundary in _BOUNDARIES:
        last = None
        for last in boundary.finditer(window):
            pass
        if last is not None:
            return low + last.end()
    return stop


def parse(nlp: Any, text: str, limit: int = PIECE_CHARS) -> Any:
    """The spaCy Doc of `text`, parsed whole when short, else in pieces joined into one Doc."""
    if len(text) <= limit:
        return nlp(text)
    from spacy.tokens import Doc

    # one piece at a time: a batch of pieces would cost the memory of parsing them all at once
    parts = list(nlp.pipe(pieces(text, limit), batch_size=1))
    joined = Doc.from_docs(parts, ensure_whitespace=False)
    if joined.text != text:  # never hand annotators a Doc whose offsets differ from the text
        raise ValueError("the pieces of a long document did not join back to its text")
    return joined


def is_parse_of(parse: Any, text: str) -> bool:
    """Whether a spaCy `Doc` is a parse of exactly `text`: its length and its end tokens line up.
    The pipeline only ever parses a document's own text (and `parse` checks the joined pieces);
    this guards library callers that pass some other Doc, without `Doc.text`, which joins every
    token's text again."""
    if len(parse) == 0:
        return text == ""
    first, last = parse[0], parse[-1]
    return (last.idx + len(last.text_with_ws) == len(text) and text.startswith(first.text, first.idx)
            and text.startswith(last.text, last.idx))
