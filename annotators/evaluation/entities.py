"""Entities: exact span-and-label precision, recall and F1, per label, untyped, and PER+ORG+LOC.

An entity is the tuple (document, start, end, label); a predicted tuple is right when the same
tuple is in gold (duplicates count once). Untyped drops the label. `label_map` renames
predicted labels first (gold labels are never renamed); `labels` keeps only those labels on
both sides, for a gold file that labels only some classes.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping, Sequence

from .context import sentence_around
from .labels import CORE, MAPS
from .records import EvalDocument
from .report import BOUNDARY, MISSED, SPURIOUS, WRONG, Counts, KindReport, Miss, Row

Entity = tuple[str, int, int, str]

NAME = "entities"
DESCRIPTION = "exact span+label P/R/F1, per label, untyped, PER+ORG+LOC"


class EntitiesScorer:
    name = NAME
    description = DESCRIPTION

    def score(self, documents: Sequence[EvalDocument], options: Mapping) -> KindReport:
        mapping = MAPS[options["map"]] if options.get("map") else None
        return score(documents, mapping, options.get("labels"))


def score(
    documents: Sequence[EvalDocument],
    label_map: Mapping[str, str | None] | None = None,
    labels: Iterable[str] | None = None,
) -> KindReport:
    keep = frozenset(labels) if labels else None
    gold: set[Entity] = set()
    pred: set[Entity] = set()
    renamed = _Renamer(label_map)
    for doc in documents:
        gold |= {e for e in _entities(doc, doc.gold_items(NAME)) if _kept(e, keep)}
        found = (renamed(e) for e in _entities(doc, doc.predicted_items(NAME)))
        pred |= {e for e in found if e is not None and _kept(e, keep)}
    report = _figures(gold, pred)
    report.misses = _misses(documents, gold, pred)
    report.notes = renamed.notes() + _missing_note(documents)
    return report


def _entities(doc: EvalDocument, items: list[dict]) -> Iterable[Entity]:
    for item in items:
        start, end = _int(item.get("start")), _int(item.get("end"))
        if start is not None and end is not None and isinstance(item.get("label"), str):
            yield (doc.id, start, end, item["label"])


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _kept(entity: Entity, keep: frozenset[str] | None) -> bool:
    return keep is None or entity[3] in keep


class _Renamer:
    """Applies a label map to predicted entities and counts what it dropped or did not know."""

    def __init__(self, label_map: Mapping[str, str | None] | None) -> None:
        self.map = label_map
        self.dropped: Counter[str] = Counter()
        self.unknown: Counter[str] = Counter()

    def __call__(self, entity: Entity) -> Entity | None:
        if self.map is None:
            return entity
        label = entity[3]
        if label not in self.map:
            self.unknown[label] += 1
            return entity
        new = self.map[label]
        if new is None:
            self.dropped[label] += 1
            return None
        return entity[:3] + (new,)

    def notes(self) -> list[str]:
        notes = []
        if self.dropped:
            notes.append("label map dropped: " + ", ".join(f"{k} {n}" for k, n in sorted(self.dropped.items())))
        if self.unknown:
            notes.append("labels not in the map (kept, so always wrong): "
                         + ", ".join(f"{k} {n}" for k, n in sorted(self.unknown.items())))
        return notes


def _missing_note(documents: Sequence[EvalDocument]) -> list[str]:
    missing = sum(1 for d in documents if d.predicted is None)
    return [f"{missing} gold documents have no prediction record (scored as predicting nothing)"] if missing else []


def _counts(gold: set, pred: set) -> Counts:
    return Counts(len(gold), len(pred), len(gold & pred))


def _figures(gold: set[Entity], pred: set[Entity]) -> KindReport:
    exact = _counts(gold, pred)
    untyped = _counts({e[:3] for e in gold}, {e[:3] for e in pred})
    core = _counts({e for e in gold if e[3] in CORE}, {e for e in pred if e[3] in CORE})
    rows = [Row.of("exact", exact), Row.of("PER+ORG+LOC", core), Row.of("untyped", untyped)]
    per_label = {}
    for label in sorted({e[3] for e in gold | pred}):
        counts = _counts({e for e in gold if e[3] == label}, {e for e in pred if e[3] == label})
        rows.append(Row.of(f"  {label}", counts))
        p, r, f = counts.prf()
        per_label[label] = {"p": p, "r": r, "f1": f, "gold": counts.gold, "pred": counts.pred, "tp": counts.matched}
    p, r, f = exact.prf()
    headline = {
        "p": p, "r": r, "f1": f,
        "per_org_loc_f1": core.prf()[2],
        "untyped_f1": untyped.prf()[2],
        "per_label_f1": {label: v["f1"] for label, v in per_label.items()},
        "per_label": per_label,
        "gold": exact.gold, "pred": exact.pred, "tp": exact.matched,
    }
    return KindReport(NAME, headline, rows)


def _misses(documents: Sequence[EvalDocument], gold: set[Entity], pred: set[Entity]) -> list[Miss]:
    texts = {d.id: d.text for d in documents}
    by_doc: dict[str, list[Entity]] = {}
    for e in pred:
        by_doc.setdefault(e[0], []).append(e)
    gold_by_doc: dict[str, list[Entity]] = {}
    for e in gold:
        gold_by_doc.setdefault(e[0], []).append(e)
    misses = [_gold_miss(g, by_doc.get(g[0], []), texts[g[0]]) for g in sorted(gold - pred)]
    for p in sorted(pred - gold):
        if not any(_overlap(p, g) for g in gold_by_doc.get(p[0], [])):
            misses.append(Miss(p[0], "spurious", SPURIOUS, p[1], None, _show(p, texts[p[0]]),
                               sentence_around(texts[p[0]], p[1], p[2])))
    return misses


def _gold_miss(g: Entity, candidates: list[Entity], text: str) -> Miss:
    same = sorted(p for p in candidates if p[1:3] == g[1:3])
    near = sorted(p for p in candidates if _overlap(p, g))
    if same:
        error, cost, shown = "wrong label", WRONG, same
    elif near:
        error, cost, shown = "boundary", BOUNDARY, near
    else:
        error, cost, shown = "missed", MISSED, []
    predicted = "; ".join(_show(p, text) for p in shown) or None
    return Miss(g[0], error, cost, g[1], _show(g, text), predicted, sentence_around(text, g[1], g[2]))


def _overlap(a: Entity, b: Entity) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def _show(e: Entity, text: str) -> str:
    return f"{text[e[1]:e[2]]!r} {e[3]} [{e[1]}:{e[2]}]"
