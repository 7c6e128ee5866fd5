"""The mutable mention the entity rules pass along, before it becomes an output item."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
)
"""OntoNotes name types. Numeric types (DATE, MONEY, CARDINAL, ...) are left to the dates and
tariffs annotators: a journalist asking for entities means names."""


@dataclass
class Mention:
    """A labelled span of the document text; `origin` says which rule made it (for debugging)."""

    start: int
    end: int
    label: str
    origin: str = "model"

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def model_mentions(sp) -> list[Mention]:
    """The model's entity spans, in text order (spaCy's own `doc.ents`, built in Cython: about
    half the cost of reading the token arrays and joining their IOB tags in Python)."""
    return [Mention(e.start_char, e.end_char, e.label_) for e in sp.ents]


def join_neighbours(mentions: list[Mention], joins: Callable[[Mention, Mention], bool], label: str,
                    origin: str) -> list[Mention]:
    """The mentions in text order, each pair of neighbours that `joins` accepts made one mention
    `label` from the first's start to the second's end (a mention joins at most once)."""
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if after is not None and joins(m, after):
            out.append(Mention(m.start, after.end, label, origin))
            k += 2
            continue
        out.append(m)
        k += 1
    return out
