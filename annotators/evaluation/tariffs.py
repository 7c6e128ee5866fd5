"""Tariffs: mention F1 by overlap, per-field accuracy over matched mentions, products F1,
and record F1 (a mention counts only when matched with its rate, imposer and target right).

A predicted and a gold mention of one document can pair when their spans share a character;
pairs are chosen one to one, the largest overlap first (then the closer start).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from .context import sentence_around
from .records import EvalDocument
from .report import MISSED, SPURIOUS, WRONG, Counts, KindReport, Miss, Row, harmonic
from .tariff_fields import SCORED_FIELDS, field_equal, products_f1

NAME = "tariffs"
DESCRIPTION = "mention F1 by overlap, field accuracy, products F1, record F1"
RECORD_CORE = ("rate", "imposer", "target")


class TariffsScorer:
    name = NAME
    description = DESCRIPTION

    def score(self, documents: Sequence[EvalDocument], options: Mapping) -> KindReport:
        return score(documents)


@dataclass
class _Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    core_right: int = 0
    all_right: int = 0
    fields_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_FIELDS, 0))
    products: float = 0.0
    negative_docs: int = 0
    negative_docs_hit: int = 0
    unusable: int = 0


def score(documents: Sequence[EvalDocument]) -> KindReport:
    total = _Tally()
    groups: dict[str, _Tally] = {}
    misses: list[Miss] = []
    for doc in documents:
        gold, _ = _mentions(doc.gold_items(NAME))
        pred, unusable = _mentions(doc.predicted_items(NAME))
        total.unusable += unusable
        group = groups.setdefault(str((doc.meta or {}).get("group") or "all"), _Tally())
        pairs = match(gold, pred)
        for tally in (total, group):
            _count(tally, gold, pred, pairs)
        misses += _misses(doc, gold, pred, pairs)
    report = KindReport(NAME, _headline(total), _rows(total, groups), misses)
    if total.unusable:
        report.notes.append(f"{total.unusable} predicted mentions without a usable span were left out")
    return report


def _mentions(items: list[dict]) -> tuple[list[dict], int]:
    good, bad = [], 0
    for item in items:
        try:
            start, end = int(item["start"]), int(item["end"])
        except (KeyError, TypeError, ValueError):
            bad += 1
            continue
        if end > start:
            good.append(dict(item, start=start, end=end))
        else:
            bad += 1
    return good, bad


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if shared > 0:
                candidates.append((-shared, abs(g["start"] - p["start"]), i, j))
    pairs, used_gold, used_pred = [], set(), set()
    for _, _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def _count(t: _Tally, gold: list[dict], pred: list[dict], pairs: list[tuple[int, int]]) -> None:
    t.gold += len(gold)
    t.pred += len(pred)
    t.matched += len(pairs)
    if not gold:
        t.negative_docs += 1
        t.negative_docs_hit += bool(pred)
    for i, j in pairs:
        right = {name: field_equal(name, gold[i], pred[j]) for name in SCORED_FIELDS}
        for name, ok in right.items():
            t.fields_right[name] += ok
        products = products_f1(gold[i], pred[j])
        t.products += products
        t.core_right += all(right[name] for name in RECORD_CORE)
        t.all_right += all(right.values()) and products == 1.0


def _prf(matched: int, pred: int, gold: int) -> tuple[float, float, float]:
    """P/R/F1 where an empty side is perfect when the other is empty too."""
    p = matched / pred if pred else (1.0 if gold == 0 else 0.0)
    r = matched / gold if gold else (1.0 if pred == 0 else 0.0)
    return p, r, harmonic(p, r)


def _headline(t: _Tally) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, right in (("mention", t.matched), ("e2e", t.core_right), ("all_fields", t.all_right)):
        p, r, f = _prf(right, t.pred, t.gold)
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    for name in SCORED_FIELDS:
        out[f"acc_{name}"] = t.fields_right[name] / t.matched if t.matched else 0.0
    out["products_f1"] = t.products / t.matched if t.matched else 0.0
    out.update({"gold": t.gold, "pred": t.pred, "matched": t.matched, "e2e_correct": t.core_right,
                "negative_docs": t.negative_docs, "negative_docs_with_predictions": t.negative_docs_hit})
    return out


def _rows(t: _Tally, groups: dict[str, _Tally]) -> list[Row]:
    rows = [
        Row("mention (overlap)", Counts(t.gold, t.pred, t.matched), _prf(t.matched, t.pred, t.gold)),
        Row("record (rate, imposer, target)", Counts(t.gold, t.pred, t.core_right), _prf(t.core_right, t.pred, t.gold)),
        Row("record (every field)", Counts(t.gold, t.pred, t.all_right), _prf(t.all_right, t.pred, t.gold)),
    ]
    rows += [Row.rate(f"  {name}", t.fields_right[name], t.matched) for name in SCORED_FIELDS]
    rows.append(Row.rate("  products (mean F1)", t.products, t.matched))
    if len(groups) > 1:
        for name in sorted(groups):
            g = groups[name]
            rows.append(Row(f"mention, group {name}", Counts(g.gold, g.pred, g.matched), _prf(g.matched, g.pred, g.gold)))
    return rows


def _misses(doc: EvalDocument, gold: list[dict], pred: list[dict], pairs: list[tuple[int, int]]) -> list[Miss]:
    paired_gold = {i for i, _ in pairs}
    paired_pred = {j for _, j in pairs}
    misses = [_miss(doc, "missed", MISSED, g, None) for i, g in enumerate(gold) if i not in paired_gold]
    misses += [_miss(doc, "spurious", SPURIOUS, None, p) for j, p in enumerate(pred) if j not in paired_pred]
    for i, j in pairs:
        wrong = [name for name in SCORED_FIELDS if not field_equal(name, gold[i], pred[j])]
        if products_f1(gold[i], pred[j]) < 1.0:
            wrong.append("products")
        if wrong:
            cost = WRONG + sum(name in RECORD_CORE for name in wrong)  # a wrong core field is worse
            misses.append(_miss(doc, ", ".join(wrong), min(cost, SPURIOUS), gold[i], pred[j]))
    return misses


def _miss(doc: EvalDocument, error: str, cost: int, g: dict | None, p: dict | None) -> Miss:
    where = g or p
    assert where is not None
    return Miss(doc.id, error, cost, where["start"], _show(doc.text, g), _show(doc.text, p),
                sentence_around(doc.text, where["start"], where["end"]))


def _show(text: str, m: dict | None) -> str | None:
    if m is None:
        return None
    fields = ", ".join(f"{name} {m.get(name)!r}" for name in (*SCORED_FIELDS, "products") if m.get(name) not in (None, []))
    return f"{text[m['start']:m['end']]!r} [{m['start']}:{m['end']}] {fields}".strip()
