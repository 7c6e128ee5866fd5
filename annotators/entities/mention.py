"""The mutable mention the entity rules pass along, before it becomes an output item."""

from __future__ import annotations

from dataclasses import dataclass

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
