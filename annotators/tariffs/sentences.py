"""Sentences for newswire text: spaCy's, split again at headlines and paragraph breaks.

Reuters bodies keep their line breaks, and the parser often runs a headline into the
dateline sentence. A blank line, or a line break followed by indentation, always ends a
sentence here.
"""

from __future__ import annotations

import re

from spacy.attrs import IDX

from ..lexicon.headlines import is_all_caps

_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]{2,})")


def sentence_spans(sdoc, text: str | None = None) -> list[tuple[int, int]]:
    """Token ranges [start, end) of sentences, never crossing a paragraph break; `text` is the
    parsed text when the caller has it (`Doc.text` joins every token again)."""
    text = sdoc.text if text is None else text
    breaks = sorted({m.end() for m in _BREAK.finditer(text)})
    out: list[tuple[int, int]] = []
    try:
        sents = [(s.start, s.end) for s in sdoc.sents]
    except ValueError:
        sents = [(0, len(sdoc))]
    starts = sdoc.to_array(IDX).tolist() if len(sdoc) else []  # `sdoc[i]` builds a Token per token
    bi = 0
    for s, e in sents:
        cur = s
        for i in range(s, e):
            # a break falls inside this whitespace token or just before this token
            while bi < len(breaks) and breaks[bi] <= starts[i]:
                bi += 1
                if i > cur:
                    out.append((cur, i))
                    cur = i
        if e > cur:
            out.append((cur, e))
    return [(s, e) for s, e in (_trim(sdoc, s, e) for s, e in out) if e > s]


def _trim(sdoc, s: int, e: int) -> tuple[int, int]:
    while s < e and sdoc[s].is_space:
        s += 1
    while e > s and sdoc[e - 1].is_space:
        e -= 1
    return s, e


def is_headline(sdoc, s: int, e: int) -> bool:
    """An all-capitals sentence (a Reuters TITLE), by the shared headline test."""
    return is_all_caps(sdoc[s:e].text)
