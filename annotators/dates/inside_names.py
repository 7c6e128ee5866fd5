"""Dates inside names: "May" in "Theresa May", "April" in "April Ryan", "Sunday" in "the
Sunday Times" are part of a name, not a date.

When the entities annotator ran first (the dates annotator lists it in `runs_after`, a soft
ordering: dates still runs alone, without any model), a date that lies wholly inside a
PERSON, ORG or WORK_OF_ART entity is dropped. Other labels keep their dates: an EVENT such
as "the 2024 Olympics" holds a real year.
"""

from __future__ import annotations

from bisect import bisect_right

NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART"})


def name_spans(entities: list[dict] | None) -> list[tuple[int, int]]:
    """The sorted (start, end) of the entities that swallow dates; empty when none ran."""
    return sorted((e["start"], e["end"]) for e in entities or () if e.get("label") in NAME_LABELS)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of the sorted, non-overlapping `spans`."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def drop_inside_names(dates: list[dict], entities: list[dict] | None) -> list[dict]:
    """`dates` without those lying inside a PERSON, ORG or WORK_OF_ART entity."""
    spans = name_spans(entities)
    if not spans:
        return dates
    return [d for d in dates if not inside(spans, d["start"], d["end"])]
