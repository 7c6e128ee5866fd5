"""What a scorer returns: headline figures, table rows and the misses behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Miss severities, worst first: `--errors N` shows the N misses with the highest cost.
MISSED, SPURIOUS, WRONG, BOUNDARY = 3, 2, 1, 0


@dataclass
class Counts:
    """Gold items, predicted items and how many of them were matched (micro-averaged)."""

    gold: int = 0
    pred: int = 0
    matched: int = 0

    def add(self, gold: int, pred: int, matched: int) -> None:
        self.gold += gold
        self.pred += pred
        self.matched += matched

    def prf(self) -> tuple[float, float, float]:
        """Precision = matched / predicted, recall = matched / gold, F1 their harmonic mean."""
        return prf(self.matched, self.pred, self.gold)


def prf(matched: int | float, pred: int, gold: int) -> tuple[float, float, float]:
    precision = matched / pred if pred else 0.0
    recall = matched / gold if gold else 0.0
    return precision, recall, harmonic(precision, recall)


def harmonic(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Row:
    """One line of the table: a P/R/F1 measure with its counts, or an accuracy over pairs."""

    measure: str
    counts: Counts | None = None
    scores: tuple[float, float, float] | None = None  # P, R, F1
    accuracy: float | None = None
    pairs: int | None = None

    @classmethod
    def of(cls, measure: str, counts: Counts) -> "Row":
        return cls(measure, counts=counts, scores=counts.prf())

    @classmethod
    def rate(cls, measure: str, correct: int | float, pairs: int) -> "Row":
        return cls(measure, accuracy=correct / pairs if pairs else 0.0, pairs=pairs)


@dataclass
class Miss:
    """One disagreement between gold and prediction, with the sentence it sits in."""

    doc: str
    error: str  # "missed", "spurious", "wrong label", "boundary", "value", ...
    cost: int
    offset: int
    gold: str | None
    predicted: str | None
    sentence: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "error": self.error,
            "gold": self.gold,
            "predicted": self.predicted,
            "sentence": self.sentence,
        }


@dataclass
class KindReport:
    """A scorer's result for one annotator over a whole gold file."""

    kind: str
    headline: dict[str, Any]
    rows: list[Row] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def worst(self, n: int) -> list[Miss]:
        """The n worst misses: highest cost first, then in document order."""
        order = {doc: i for i, doc in enumerate(dict.fromkeys(m.doc for m in self.misses))}
        ranked = sorted(self.misses, key=lambda m: (-m.cost, order[m.doc], m.offset))
        return ranked[:n]

    def as_dict(self, errors: int = 0) -> dict[str, Any]:
        out: dict[str, Any] = {k: _rounded(v) for k, v in self.headline.items()}
        if self.notes:
            out["notes"] = list(self.notes)
        if errors:
            out["misses"] = [m.as_dict() for m in self.worst(errors)]
        return out


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value
