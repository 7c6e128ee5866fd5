"""Dates: TempEval-3 Task A figures for temporal expressions (TIMEX3 spans, type, value).

Alignment, per document: gold expressions are taken in text order; each one takes an unused
predicted span with the very same offsets if there is one, else the leftmost unused predicted
span sharing at least one character with it. An aligned pair is a relaxed match, and a strict
match when the offsets are identical. Type and value are judged on relaxed matches:
accuracy = right / relaxed matches, and attribute P, R, F1 = accuracy x relaxed P, R, F1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from .context import sentence_around
from .records import EvalDocument
from .report import BOUNDARY, MISSED, SPURIOUS, WRONG, Counts, KindReport, Miss, Row, prf

NAME = "dates"
DESCRIPTION = "TempEval-3: strict and relaxed span F1, type and value accuracy and F1"
ATTRIBUTES = ("type", "value")


class DatesScorer:
    name = NAME
    description = DESCRIPTION

    def score(self, documents: Sequence[EvalDocument], options: Mapping) -> KindReport:
        return score(documents)


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str | None
    value: str | None

    def overlaps(self, other: "Timex") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class _Tally:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0
    unusable: int = 0


def score(documents: Sequence[EvalDocument]) -> KindReport:
    tally = _Tally()
    misses: list[Miss] = []
    for doc in documents:
        gold, _ = _timexes(doc.gold_items(NAME))
        pred, unusable = _timexes(doc.predicted_items(NAME))
        tally.unusable += unusable
        tally.gold += len(gold)
        tally.pred += len(pred)
        pairs = align(gold, pred)
        for i, j in pairs:
            g, p = gold[i], pred[j]
            tally.relaxed += 1
            tally.strict += (g.start, g.end) == (p.start, p.end)
            tally.type += same_type(g, p)
            tally.value += same_value(g, p)
        misses += _misses(doc, gold, pred, pairs)
    report = KindReport(NAME, _headline(tally), _rows(tally), misses)
    if tally.unusable:
        report.notes.append(f"{tally.unusable} predicted dates without a usable span were left out")
    return report


def _timexes(items: list[dict]) -> tuple[list[Timex], int]:
    """Items with integer start < end, sorted by position; and how many were unusable."""
    good, bad = [], 0
    for item in items:
        start, end = _integer(item.get("start")), _integer(item.get("end"))
        if start is None or end is None or end <= start:
            bad += 1
            continue
        good.append(Timex(start, end, item.get("type"), item.get("value")))
    return sorted(good, key=lambda t: (t.start, t.end)), bad


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def align(gold: list[Timex], pred: list[Timex]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs; both lists sorted by (start, end)."""
    taken = [False] * len(pred)
    first = 0  # predictions before `first` are taken or end before every gold still to come
    pairs = []
    for i, g in enumerate(gold):
        while first < len(pred) and (taken[first] or pred[first].end <= g.start):
            first += 1
        chosen = None
        for j in range(first, len(pred)):
            p = pred[j]
            if p.start >= g.end:
                break
            if taken[j] or not g.overlaps(p):
                continue
            if (p.start, p.end) == (g.start, g.end):
                chosen = j
                break
            if chosen is None:
                chosen = j
        if chosen is not None:
            taken[chosen] = True
            pairs.append((i, chosen))
    return pairs


def same_type(g: Timex, p: Timex) -> bool:
    """Types compare without case or surrounding space; a missing type is never right."""
    return isinstance(p.type, str) and isinstance(g.type, str) and p.type.strip().upper() == g.type.strip().upper()


def same_value(g: Timex, p: Timex) -> bool:
    """Values compare verbatim but for surrounding space; a missing value is never right."""
    if p.value is None or g.value is None:
        return False
    return str(p.value).strip() == str(g.value).strip()


def _headline(t: _Tally) -> dict[str, Any]:
    strict = prf(t.strict, t.pred, t.gold)
    relaxed = prf(t.relaxed, t.pred, t.gold)
    out: dict[str, Any] = {}
    for name, (p, r, f) in (("strict", strict), ("relaxed", relaxed)):
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    for name in ATTRIBUTES:
        accuracy = getattr(t, name) / t.relaxed if t.relaxed else 0.0
        out.update({f"{name}_p": accuracy * relaxed[0], f"{name}_r": accuracy * relaxed[1],
                    f"{name}_f1": accuracy * relaxed[2], f"{name}_accuracy": accuracy})
    if t.gold == 0 and t.pred == 0:  # nothing to find and nothing found: perfect, not zero
        out = {k: 1.0 for k in out}
    out.update({"gold": t.gold, "pred": t.pred, "strict": t.strict, "relaxed": t.relaxed,
                "type_correct": t.type, "value_correct": t.value})
    return out


def _rows(t: _Tally) -> list[Row]:
    rows = [Row.of("strict span", Counts(t.gold, t.pred, t.strict)),
            Row.of("relaxed span", Counts(t.gold, t.pred, t.relaxed))]
    for name in ATTRIBUTES:
        row = Row.of(name, Counts(t.gold, t.pred, getattr(t, name)))
        row.accuracy, row.pairs = (getattr(t, name) / t.relaxed if t.relaxed else 0.0), t.relaxed
        rows.append(row)
    return rows


def _misses(doc: EvalDocument, gold: list[Timex], pred: list[Timex], pairs: list) -> list[Miss]:
    paired_gold = {i for i, _ in pairs}
    paired_pred = {j for _, j in pairs}
    misses = [_miss(doc, "missed", MISSED, g, None) for i, g in enumerate(gold) if i not in paired_gold]
    misses += [_miss(doc, "spurious", SPURIOUS, None, p) for j, p in enumerate(pred) if j not in paired_pred]
    for g, p in ((gold[i], pred[j]) for i, j in pairs):
        wrong = [n for n, ok in (("value", same_value(g, p)), ("type", same_type(g, p))) if not ok]
        if (g.start, g.end) != (p.start, p.end):
            wrong.append("span")
        if wrong:
            misses.append(_miss(doc, " + ".join(wrong), WRONG if wrong != ["span"] else BOUNDARY, g, p))
    return misses


def _miss(doc: EvalDocument, error: str, cost: int, g: Timex | None, p: Timex | None) -> Miss:
    where = g or p
    assert where is not None
    return Miss(doc.id, error, cost, where.start, _show(doc.text, g), _show(doc.text, p),
                sentence_around(doc.text, where.start, where.end))


def _show(text: str, t: Timex | None) -> str | None:
    if t is None:
        return None
    return f"{text[t.start:t.end]!r} {t.type} {t.value} [{t.start}:{t.end}]"
