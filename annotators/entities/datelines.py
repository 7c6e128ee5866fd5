"""Datelines ("BELGRADE 1996-08-30", "DUBAI, United Arab Emirates 1996-12-06",
"NEW DELHI, Jan 30"): the places before the date are GPE mentions; so is the capitalised place
of an agency or colon dateline opening a paragraph ("WASHINGTON (AP) — ", "MEXICO CITY: "). No
mention lies in an agency dateline's date ("Oct 2" of "LONDON, Oct 2 (Reuters) - ")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicon.countries import country_code, is_subdivision
from ..lexicon.datelines import AGENCY_DATELINE, COLON_DATELINE, COLON_LABELS, DASH_DATELINE, DATE_AT_END
from .index import SpanIndex
from .lexicon import is_dictionary_form
from .lines import DATELINE, PROSE, LineMap
from .mention import Mention

_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*")
_CREDIT_DASH = re.compile(r"\) ?[—–-]")
"""The agency credit's closing bracket and the dash after it ("(AP) — ", "(Reuters) - "), which
every agency dateline holds: without one, no agency dateline (a scan that jumps from bracket to
bracket, before the dateline pattern's)."""


_DATE_DASH = re.compile(r"\d ?(?:—|–|--|-) ")
"""A day number and a dash, which every dated dateline without a credit holds ("Dec 14 - ")."""


@lru_cache(maxsize=1)
def paragraph_datelines(text: str, lines: LineMap) -> tuple[re.Match, ...]:
    """The paragraph datelines of `text` (`_paragraph_datelines`), found once per document: the
    datelines rule and the dateline openers both read them (cached for the last text)."""
    return tuple(_paragraph_datelines(text, lines))


def _paragraph_datelines(text: str, lines: LineMap) -> Iterator[re.Match]:
    """Agency datelines, dated datelines without a credit ("SANTIAGO, Dec 14 - "), and colon datelines opening a prose line whose place has no label
    word and looks like a place ("MEXICO CITY: ", not "BREAKING NEWS: " nor "ISSUE: ")."""
    if _CREDIT_DASH.search(text):
        yield from AGENCY_DATELINE.finditer(text)
    if _DATE_DASH.search(text):
        yield from DASH_DATELINE.finditer(text)
    if ": " not in text:  # nor a colon dateline without its colon
        return
    for m in COLON_DATELINE.finditer(text):
        place = m.group("place")
        if lines.kind(m.start("place")) == PROSE and not COLON_LABELS.intersection(place.split()) and _placelike(place):
            yield m


def _placelike(place: str) -> bool:
    """Some word is no dictionary word ("NORTHALLERTON"), or a word names a country or a
    region ("MEXICO CITY", "WASHINGTON"): not a label such as "ISSUE"."""
    words = [w.title() for w in place.split()]
    return any(not is_dictionary_form(w) or country_code(w) or is_subdivision(w) for w in words)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    index = SpanIndex(mentions)
    for ln in lines.lines:
        if ln.kind != DATELINE:
            continue
        line = text[ln.start : ln.end]
        date = DATE_AT_END.search(line)
        head = line[: date.start()] if date else line
        for m in _PLACE.finditer(head):
            index.replace(Mention(ln.start + m.start(), ln.start + m.end(), "GPE", "dateline"))
    for m in paragraph_datelines(text, lines):
        s, e = m.span("place")
        for old in list(index.overlapping(s, e)):
            if old.start >= s and old.end <= e:
                index.remove(old)
        if not index.any_overlap(s, e):
            index.add(Mention(s, e, "GPE", "dateline"))
        if m.groupdict().get("date"):  # agency datelines name their date group; colon ones have none
            _drop_inside(index, *m.span("date"))
    return list(index)


def _drop_inside(index: SpanIndex, start: int, end: int) -> None:
    """The date of an agency dateline names no one: "Oct 2" of "LONDON, Oct 2 (Reuters) -",
    which the model can read as a person, goes."""
    for old in list(index.overlapping(start, end)):
        if old.start >= start and old.end <= end:
            index.remove(old)
