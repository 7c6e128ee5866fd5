"""Quotes in a headline: the quoted words of the title line, said by the headline's subject.

Headlines quote without a speech verb and often in single marks ("Minister hails ‘historic’
deal", "Ortega tells voters 'the fight is ours'"), so neither the attribution reader nor the
quotation-length test finds them. The conventions (docs/quotes.md): the first line of a
document is its headline when it reads as one (no sentence end, a few words, not opening
with a quotation mark); every marked
stretch in it that is not a name or a title (all its words capitalised: ‘Squid Game’) is
quoted wording; the item is `mixed`, its span the headline, its `verbatim` the stretches; the
speaker is the first person, organisation or country named before the first stretch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .marks import QUOTE_CHARS, Marked

MAX_HEADLINE_WORDS = 30
"""A first line longer than this is body text, not a headline."""
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""Entity labels that can be a headline's speaking subject ("China slams ‘bullying’ tariffs")."""

_WORD = re.compile(r"[\w’'-]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class HeadlineQuote:
    """The headline's span, its quoted stretches and the mention that speaks them (or None)."""

    start: int
    end: int
    stretches: tuple[Marked, ...]
    speaker: tuple[int, int] | None


def headline_line(text: str) -> tuple[int, int] | None:
    """The first non-blank line, trimmed, when it reads as a headline."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    line = text[start:end]
    if not line or len(_WORD.findall(line)) > MAX_HEADLINE_WORDS or _SENTENCE_END.search(line):
        return None
    if line[0] in QUOTE_CHARS:
        return None  # a quotation line ("“…” ― Name"), which the other readers attribute
    return start, end


def _quoted_wording(text: str, m: Marked) -> bool:
    """A closed stretch with words, not all of them capitalised (a name or a title)."""
    words = _WORD.findall(text[m.start:m.end])
    return m.closed and bool(words) and not all(w[:1].isupper() or w[:1].isdigit() for w in words)


def find_headline_quote(text: str, marks: Sequence[Marked], mentions: Sequence) -> HeadlineQuote | None:
    """The headline's quote, or None when the headline quotes nobody (or there is none).

    `marks` are every marked stretch of the text in order; `mentions` the entity mentions
    (anything with start, end and label), in order."""
    line = headline_line(text)
    if line is None:
        return None
    start, end = line
    stretches = tuple(m for m in marks if start <= m.start and m.end <= end and _quoted_wording(text, m))
    if not stretches:
        return None
    first_mark = stretches[0].open_at if stretches[0].open_at is not None else stretches[0].start
    speaker = next(((m.start, m.end) for m in mentions
                    if start <= m.start and m.end <= first_mark and m.label in SPEAKER_LABELS), None)
    return HeadlineQuote(start, end, stretches, speaker)
