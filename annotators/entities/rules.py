"""The order in which the document-level rules run."""

from __future__ import annotations

from annotators.entities import (
    acronyms,
    datelines,
    events,
    evidence,
    gazetteer,
    headlines,
    junk,
    names,
    repair,
    sports,
    tables,
    typed,
)
from annotators.entities.lines import LineMap
from annotators.entities.mention import Mention


def dedupe(mentions: list[Mention]) -> list[Mention]:
    """Sorted, with overlapping spans resolved in favour of the earlier-listed (more trusted) one."""
    kept: list[Mention] = []
    for m in mentions:
        if not any(k.overlaps(m.start, m.end) for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    mentions = dedupe(mentions)
    mentions = junk.apply(mentions, text, lines)
    mentions = repair.apply(mentions, text, lines)
    mentions = tables.apply(mentions, text, lines)
    mentions = datelines.apply(mentions, text, lines)
    mentions = sports.apply(mentions, text, lines)
    mentions = headlines.apply(mentions, text, lines)
    mentions = evidence.apply(mentions, text, lines)
    mentions = typed.apply(mentions, text, lines)
    mentions = names.apply(mentions, text, lines)
    mentions = events.apply(mentions, text, lines)
    mentions = gazetteer.apply(mentions, text, lines)
    mentions = acronyms.apply(mentions, text, lines)
    return dedupe(mentions)
