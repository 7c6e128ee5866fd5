"""Quotes: span F1 (exact and by overlap), by kind, speaker accuracy and end-to-end F1.

Spans on both sides are first trimmed of surrounding whitespace and quotation marks, so a
prediction may include the marks or not. Exact: trimmed offsets equal. Overlap: the shared
characters are at least half of the longer trimmed span; pairs are chosen one to one, best
ratio first. Speaker accuracy is over overlap pairs whose gold speaker is reliable
(`speaker_reliable` not false); end-to-end counts a quote only when it is overlap-matched and
its speaker is right, leaving out gold quotes with an unreliable speaker and the predictions
matched to them. Per kind: a prediction counts under the kind of the gold quote it matched,
else under the kind its own span shows in the text (see `kind_in_text`).

`score(documents)` is the entry point for other modules too: convert predicted items first
(e.g. fragments of a mixed quote into quote items of their own), then call it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from .context import sentence_around
from .records import EvalDocument
from .report import BOUNDARY, MISSED, SPURIOUS, WRONG, Counts, KindReport, Miss, Row
from .speakers import same_speaker

NAME = "quotes"
DESCRIPTION = "exact and overlap span F1 by kind, speaker accuracy, end-to-end F1"
KINDS = ("direct", "mixed", "indirect")
MIN_OVERLAP = 0.5

MARKS = frozenset("\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u300c\u300d")
DOUBLE_MARKS = frozenset("\"\u201c\u201d\u201e\u201f\u00ab\u00bb")
OPENING = frozenset("\"\u201c\u201e\u201f\u00ab")
CLOSING = frozenset("\"\u201d\u201f\u00bb")
BEFORE_CLOSING = frozenset(",.?!;:")


class QuotesScorer:
    name = NAME
    description = DESCRIPTION

    def score(self, documents: Sequence[EvalDocument], options: Mapping) -> KindReport:
        return score(documents)


@dataclass
class Quote:
    start: int
    end: int
    speaker: Any = None
    kind: str | None = None
    alternatives: list = field(default_factory=list)
    reliable: bool = True


@dataclass
class _Tallies:
    spans: dict[str, Counts] = field(default_factory=dict)
    speaker: dict[str, list[int]] = field(default_factory=dict)  # name -> [correct, pairs]
    unusable: int = 0
    kinds_labelled: bool = False

    def counts(self, name: str) -> Counts:
        return self.spans.setdefault(name, Counts())

    def judge(self, name: str, ok: bool) -> None:
        cell = self.speaker.setdefault(name, [0, 0])
        cell[0] += ok
        cell[1] += 1


def score(documents: Sequence[EvalDocument]) -> KindReport:
    tallies = _Tallies()
    misses: list[Miss] = []
    for doc in documents:
        gold = _gold_quotes(doc)
        pred = _predicted_quotes(doc, tallies)
        tallies.kinds_labelled |= any(q.kind for q in gold)
        misses += _score_document(doc.text, gold, pred, tallies, doc.id)
    report = KindReport(NAME, _headline(tallies), _rows(tallies), misses)
    if tallies.unusable:
        report.notes.append(f"{tallies.unusable} predicted quotes without a usable span were left out")
    return report


# ---------------------------------------------------------------- spans
def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace and quotation marks."""
    while start < end and (text[start].isspace() or text[start] in MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in MARKS):
        end -= 1
    return start, end


def place(text: str, item: dict, taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """Offsets of a quote: its own when valid, else the first untaken occurrence of its text."""
    start, end = _as_int(item.get("start")), _as_int(item.get("end"))
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    words = item.get("text")
    if not isinstance(words, str) or not words.strip():
        return None
    words = words.strip()
    at = text.find(words)
    while at >= 0 and (at, at + len(words)) in taken:
        at = text.find(words, at + 1)
    return (at, at + len(words)) if at >= 0 else None


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _gold_quotes(doc: EvalDocument) -> list[Quote]:
    quotes = []
    for item in doc.gold_items(NAME):
        where = place(doc.text, item, set())
        if where is None:
            continue
        start, end = trim(doc.text, *where)
        if start < end:
            quotes.append(Quote(start, end, item.get("speaker"), item.get("kind") or None,
                                list(item.get("speaker_alternatives") or []),
                                item.get("speaker_reliable", True) is not False))
    return quotes


def _predicted_quotes(doc: EvalDocument, tallies: _Tallies) -> list[Quote]:
    quotes, taken = [], set()
    for item in doc.predicted_items(NAME):
        where = place(doc.text, item, taken)
        if where is not None:
            taken.add(where)
            start, end = trim(doc.text, *where)
            if start < end:
                quotes.append(Quote(start, end, item.get("speaker")))
                continue
        tallies.unusable += 1
    return quotes


def kind_in_text(text: str, start: int, end: int) -> str:
    """direct when an opening mark precedes the span and a closing mark follows it (a comma or
    full stop may sit before the closing mark) with no double mark inside; mixed when only some
    of that holds; indirect when no mark is near or in it."""
    before = start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    opened = before >= 0 and text[before] in OPENING
    closed = after < len(text) and (
        text[after] in CLOSING
        or (text[after] in BEFORE_CLOSING and after + 1 < len(text) and text[after + 1] in CLOSING)
    )
    inside = any(text[k] in DOUBLE_MARKS for k in range(start, end))
    if opened and closed and not inside:
        return "direct"
    return "mixed" if opened or closed or inside else "indirect"


# ------------------------------------------------------------- matching
def match_exact(gold: list[Quote], pred: list[Quote]) -> dict[int, int]:
    """predicted index -> gold index, for identical trimmed spans, one to one in order."""
    free: dict[tuple[int, int], list[int]] = {}
    for i, g in enumerate(gold):
        free.setdefault((g.start, g.end), []).append(i)
    pairs = {}
    for j, p in enumerate(pred):
        waiting = free.get((p.start, p.end))
        if waiting:
            pairs[j] = waiting.pop(0)
    return pairs


def match_overlap(gold: list[Quote], pred: list[Quote]) -> dict[int, int]:
    """predicted index -> gold index: pairs sharing >= MIN_OVERLAP of the longer span, best first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = min(g.end, p.end) - max(g.start, p.start)
            if shared > 0:
                ratio = shared / max(g.end - g.start, p.end - p.start)
                if ratio >= MIN_OVERLAP:
                    candidates.append((-ratio, i, j))
    pairs: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in pairs:
            used_gold.add(i)
            pairs[j] = i
    return pairs


# -------------------------------------------------------------- scoring
def _score_document(text: str, gold: list[Quote], pred: list[Quote], t: _Tallies, doc_id: str) -> list[Miss]:
    exact = match_exact(gold, pred)
    overlap = match_overlap(gold, pred)
    t.counts("exact").add(len(gold), len(pred), len(exact))
    t.counts("overlap").add(len(gold), len(pred), len(overlap))
    right = {}
    for j, i in overlap.items():
        ok = same_speaker(pred[j].speaker, gold[i].speaker, gold[i].alternatives)
        right[i] = ok
        t.judge("all", ok)
        if gold[i].reliable:
            t.judge("reliable", ok)
            if gold[i].kind:
                t.judge(f"reliable/{gold[i].kind}", ok)
    t.counts("e2e_all").add(len(gold), len(pred), sum(right.values()))
    reliable_pred = sum(1 for j in range(len(pred)) if j not in overlap or gold[overlap[j]].reliable)
    reliable_right = sum(1 for i, ok in right.items() if ok and gold[i].reliable)
    t.counts("e2e").add(sum(g.reliable for g in gold), reliable_pred, reliable_right)
    if t.kinds_labelled:
        _by_kind(text, gold, pred, exact, overlap, right, t)
    return _misses(doc_id, text, gold, pred, overlap, right)


def _by_kind(text, gold, pred, exact, overlap, right, t: _Tallies) -> None:
    own = [kind_in_text(text, p.start, p.end) for p in pred]
    for scheme, pairs in (("exact", exact), ("overlap", overlap)):
        found = set(pairs.values())
        for i, g in enumerate(gold):
            t.counts(f"{scheme}/{g.kind or 'unlabelled'}").add(1, 0, i in found)
        for j in range(len(pred)):
            kind = (gold[pairs[j]].kind or "unlabelled") if j in pairs else own[j]
            t.counts(f"{scheme}/{kind}").add(0, 1, 0)
    for i, g in enumerate(gold):
        if g.reliable:
            t.counts(f"e2e/{g.kind or 'unlabelled'}").add(1, 0, bool(right.get(i)))
    for j in range(len(pred)):
        if j not in overlap:
            t.counts(f"e2e/{own[j]}").add(0, 1, 0)
        elif gold[overlap[j]].reliable:
            t.counts(f"e2e/{gold[overlap[j]].kind or 'unlabelled'}").add(0, 1, 0)


def _misses(doc_id, text, gold, pred, overlap, right) -> list[Miss]:
    matched = {i: j for j, i in overlap.items()}
    misses = []
    for i, g in enumerate(gold):
        if i not in matched:
            misses.append(_miss(doc_id, text, "missed", MISSED, g, None))
        elif not right[i] and g.reliable:
            misses.append(_miss(doc_id, text, "speaker", WRONG, g, pred[matched[i]]))
        elif (g.start, g.end) != (pred[matched[i]].start, pred[matched[i]].end):
            misses.append(_miss(doc_id, text, "boundary", BOUNDARY, g, pred[matched[i]]))
    misses += [_miss(doc_id, text, "spurious", SPURIOUS, None, p) for j, p in enumerate(pred) if j not in overlap]
    return misses


def _miss(doc_id: str, text: str, error: str, cost: int, g: Quote | None, p: Quote | None) -> Miss:
    where = g or p
    assert where is not None
    return Miss(doc_id, error, cost, where.start, _show(text, g), _show(text, p),
                sentence_around(text, where.start, where.end))


def _show(text: str, q: Quote | None) -> str | None:
    if q is None:
        return None
    words = text[q.start:q.end]
    words = words if len(words) <= 120 else words[:117] + "..."
    kind = f" {q.kind}" if q.kind else ""
    return f"{words!r}{kind} - speaker {q.speaker!r} [{q.start}:{q.end}]"


# -------------------------------------------------------------- figures
def _ordered_kinds(t: _Tallies) -> list[str]:
    seen = {name.split("/", 1)[1] for name in t.spans if "/" in name}
    return [k for k in KINDS if k in seen] + sorted(seen - set(KINDS))


def _headline(t: _Tallies) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("exact", "overlap", "e2e", "e2e_all"):
        p, r, f = t.counts(name).prf()
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    for name, key in (("reliable", "speaker_acc"), ("all", "speaker_acc_all")):
        correct, pairs = t.speaker.get(name, [0, 0])
        out[key] = correct / pairs if pairs else 0.0
    for kind in _ordered_kinds(t):
        if f"overlap/{kind}" in t.spans:
            _, r, f = t.spans[f"overlap/{kind}"].prf()
            out[f"overlap_f1_{kind}"], out[f"overlap_r_{kind}"] = f, r
        if f"exact/{kind}" in t.spans:
            out[f"exact_f1_{kind}"] = t.spans[f"exact/{kind}"].prf()[2]
        if f"e2e/{kind}" in t.spans:
            out[f"e2e_f1_{kind}"] = t.spans[f"e2e/{kind}"].prf()[2]
    out["gold"], out["pred"] = t.counts("overlap").gold, t.counts("overlap").pred
    return out


def _rows(t: _Tallies) -> list[Row]:
    rows = []
    for name in ("exact", "overlap", "e2e", "e2e_all"):
        rows.append(Row.of(name.replace("_", " "), t.counts(name)))
        rows += [Row.of(f"  {kind}", t.spans[f"{name}/{kind}"]) for kind in _ordered_kinds(t) if f"{name}/{kind}" in t.spans]
    for name in ("reliable", "all"):
        correct, pairs = t.speaker.get(name, [0, 0])
        rows.append(Row.rate(f"speaker ({name})", correct, pairs))
    return rows
