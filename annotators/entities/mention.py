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
    """The model's entity spans, read from token arrays (cheaper than building `doc.ents`)."""
    from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH

    if len(sp) == 0:
        return []
    arr = sp.to_array([ENT_IOB, ENT_TYPE, IDX, LENGTH])
    iob_col = arr[:, 0]
    rows = arr[(iob_col == 1) | (iob_col == 3)]
    positions = ((iob_col == 1) | (iob_col == 3)).nonzero()[0].tolist()
    strings = sp.vocab.strings
    out: list[Mention] = []
    cur: Mention | None = None
    last = -2
    for pos, (iob, etype, idx, length) in zip(positions, rows.tolist()):
        if pos != last + 1:
            cur = None  # an O token came between
        last = pos
        if iob == 3 or (iob == 1 and cur is None):  # B, or I without an open span
            cur = Mention(idx, idx + length, strings[etype])
            out.append(cur)
        elif iob == 1 and cur is not None:
            cur.end = idx + length
        else:
            cur = None
    return out
