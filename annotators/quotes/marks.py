"""Find text inside quotation marks: pair marks per paragraph, skip apostrophes, recover.

Works on characters, not tokens, so it never depends on how the tokenizer split a mark.
Every style is handled: “ ” ‘ ’ " ' '' « » „ “ ‹ ›. A paragraph whose quotation is never
closed runs to the paragraph end (the news convention for a quotation that goes on in the
next paragraph); a stray mark only ends the quotation it interrupts. Nothing here raises.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

# `''` (two apostrophes) is a double mark in some wire copy, so it is matched first.
_MARK = re.compile(r"''|``|[\"“”„‟«»‹›‘’‚']")
DOUBLE = frozenset({'"', "''", "``", "“", "”", "„", "‟", "«", "»"})
QUOTE_CHARS = "\"'“”„‟«»‹›‘’‚`"
_OPEN_BEFORE = set(" \t([{<—–-/\u00a0") | set(QUOTE_CHARS)
_CLOSE_AFTER = set(" \t)]}>.,;:!?—–-/\u00a0") | set(QUOTE_CHARS)


@dataclass
class Marked:
    """The content between a pair of marks (`start`/`end` exclude marks and whitespace)."""

    start: int
    end: int
    open_at: int | None  # offset of the opening mark, None when the paragraph opened it
    close_at: int | None  # offset of the closing mark, None when left open
    double: bool
    continues: bool = False  # reopens a quotation left open at the previous paragraph end

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def _is_apostrophe(text: str, i: int, mark: str) -> bool:
    """True for ’ and ' used inside or at the edge of a word (don't, Clintons', 'n', '90s)."""
    if mark not in ("'", "’", "‘"):
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # don't, O'Brien
    if text[i + 1:i + 3] == "n'" or text[i - 2:i] == "'n":
        return True  # rock 'n' roll
    if not prev.isalnum() and nxt.isdigit() and text[i + 1:i + 4].rstrip("s").isdigit():
        return True  # '90s
    if prev in "sS" and i > 1 and text[i - 2].isalpha() and not nxt.isalnum():
        return None  # type: ignore[return-value]  # Clintons' — maybe a closer
    return False


def _role(text: str, i: int, mark: str) -> str:
    """'open', 'close' or 'either' for a mark at offset i."""
    if mark == "“" and i > 0 and text[i - 1] in ",.?!" and (i + 1 >= len(text) or text[i + 1] in " \t\n\u00a0"):
        return "close"  # “It's unusual,“ said Ann Lee — an opening mark typed where the closer goes
    if mark in ("“", "„", "«", "‹", "‘", "‚", "``"):
        return "open"
    if mark in ("”", "»", "›", "’"):
        return "close"
    prev = text[i - 1] if i > 0 else " "
    after = i + len(mark)
    nxt = text[after] if after < len(text) else " "
    left = prev in _OPEN_BEFORE or prev == "\n"
    right = nxt in _CLOSE_AFTER or nxt == "\n"
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either"


def _closes(opener: str, mark: str) -> bool:
    """Whether `mark` can close a quotation opened with `opener`."""
    if opener == "„":
        return mark in ("“", "”", '"')
    if opener == "«":
        return mark == "»"
    if opener == "‹":
        return mark == "›"
    if opener in ("‘", "'", "‚"):
        return mark in ("’", "'", "‘")
    return mark in ("”", '"', "''", "“", "‟") and not (opener == '"' and mark == "''")


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """The marks in text[lo:hi] as (offset, mark), as a scan of that stretch reads them."""
    return [(m.start(), m.group()) for m in _MARK.finditer(text, lo, hi)]


def _pair(text: str, found: list[tuple[int, str]], hi: int,
          double: bool) -> list[tuple[int, int, int | None, int | None]]:
    """Pair the marks of one level among `found` (`_marks` of a stretch ending at `hi`):
    (content start, end, open mark, close mark)."""
    marks = []
    for start, mk in found:
        if (mk in DOUBLE) != double:
            continue
        if not double:
            apo = _is_apostrophe(text, start, mk)
            if apo:
                continue
            role = "close" if apo is None else _role(text, start, mk)
        else:
            role = _role(text, start, mk)
        marks.append((start, mk, role))
    out = []
    opened: tuple[int, str] | None = None
    for pos, mk, role in marks:
        if opened is None:
            if role != "close":
                opened = (pos, mk)
            continue
        opos, omk = opened
        if (role != "open" or omk == "„") and _closes(omk, mk):
            out.append((opos + len(omk), pos, opos, pos))
            opened = None
        elif role != "close":
            # a new opener while one is open: the first never closed; end it here
            if double:
                out.append((opos + len(omk), pos, opos, None))
            opened = (pos, mk)
    if opened is not None and double:
        opos, omk = opened
        out.append((opos + len(omk), hi, opos, None))
    return out


def find_marked(text: str) -> list[Marked]:
    """All quoted stretches of `text`, in order; single-mark ones only outside double ones."""
    found: list[Marked] = []
    every = _marks(text, 0, len(text))  # no mark spans a line break: each paragraph's are a slice
    if not every:
        return found
    starts = [at for at, _ in every]
    pos = 0
    left_open = False
    for para in text.split("\n"):
        lo, hi = pos, pos + len(para)
        pos = hi + 1
        if not para.strip():
            continue
        marks = every[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]  # both levels
        if not marks:
            left_open = False
            continue
        doubles = _pair(text, marks, hi, True)
        first_mark = lo + len(para) - len(para.lstrip())
        for a, b, o, c in doubles:
            a2, b2 = _trimmed(text, a, b)
            if a2 < b2:
                found.append(Marked(a2, b2, o, c, True, continues=left_open and o == first_mark))
        left_open = bool(doubles) and doubles[-1][3] is None and doubles[-1][1] == hi
        for glo, ghi, singles in _single_gaps(text, lo, hi, marks, doubles):
            for a, b, o, c in _pair(text, singles, ghi, False):
                a2, b2 = _trimmed(text, a, b)
                if a2 < b2:
                    found.append(Marked(a2, b2, o, c, False))
    found.sort(key=lambda m: m.start)
    return found


def _single_gaps(text: str, lo: int, hi: int, marks: list[tuple[int, str]],
                 doubles: list[tuple[int, int, int | None, int | None]]) -> Iterator[tuple[int, int, list[tuple[int, str]]]]:
    """The stretches of a paragraph outside its double quotations, each with its single marks
    as a scan of that stretch alone reads them: the paragraph's own, except after a closing
    `''`, where the stretch starts at its second apostrophe and is scanned again."""
    singles = [(pos, mk) for pos, mk in marks if mk not in DOUBLE]
    starts = [pos for pos, _ in singles]
    gaps, cur, rescan = [], lo, False
    for a, b, o, c in doubles:
        gaps.append((cur, o, rescan))
        cur = (c + 1) if c is not None else b
        rescan = c is not None and text.startswith("''", c)
    gaps.append((cur, hi, rescan))
    for glo, ghi, rescan in gaps:
        if rescan:
            yield glo, ghi, _marks(text, glo, ghi)
        elif singles:
            yield glo, ghi, singles[bisect.bisect_left(starts, glo):bisect.bisect_left(starts, ghi)]


def strip_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b) past whitespace, quotation marks and edge punctuation that is not content."""
    while a < b and (text[a].isspace() or text[a] in QUOTE_CHARS or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in QUOTE_CHARS or text[b - 1] in ",;:—–-"):
        b -= 1
    return a, b
