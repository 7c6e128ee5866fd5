"""PERSON canonical right: how often a person's `canonical` is the fullest name the gold gives it.

    python benchmarks/entities_canonical.py GOLD.jsonl PRED.jsonl

GOLD is a file with `gold.entities` holding `cluster` (the fullest name of each mention's
referent), as ../shared/eval/modern/entities-modern-dev.jsonl does. For every gold PERSON
mention, the prediction of the same span (else the first overlapping one) is looked up; the
mention counts as right when that prediction's `canonical` equals the gold `cluster`. A gold
mention with no overlapping prediction counts as wrong (a missed person has no name at all).
`--label GPE` (or ORG) checks that label's mentions instead. Prints the share right over all
PERSON mentions, over the short forms only (gold cluster
differs from the mention's own text), and the first wrong ones with `--errors N`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _records(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def _match(gold: dict, predicted: list[dict]) -> dict | None:
    """The predicted entity with the gold span, else the first one overlapping it."""
    overlapping = [p for p in predicted if p["start"] < gold["end"] and gold["start"] < p["end"]]
    exact = [p for p in overlapping if p["start"] == gold["start"] and p["end"] == gold["end"]]
    return (exact or overlapping or [None])[0]


def score(gold_path: Path, pred_path: Path, label: str = "PERSON") -> tuple[dict, list[tuple]]:
    golds, preds = _records(gold_path), _records(pred_path)
    counts = {"person": 0, "right": 0, "short": 0, "short_right": 0}
    wrong: list[tuple] = []
    for doc_id, record in golds.items():
        predicted = preds.get(doc_id, {}).get("entities", [])
        for g in record["gold"]["entities"]:
            if g["label"] != label:
                continue
            p = _match(g, predicted)
            ok = p is not None and p.get("canonical") == g["cluster"]
            short = g["cluster"] != g["text"]
            counts["person"] += 1
            counts["right"] += ok
            counts["short"] += short
            counts["short_right"] += ok and short
            if not ok:
                wrong.append((doc_id, g["text"], g["cluster"], p and p.get("canonical")))
    return counts, wrong


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--label", default="PERSON", help="the gold label to check (GPE and ORG carry clusters too)")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"entities_canonical: {args.gold} is absent; nothing to measure.")
        return 0
    c, wrong = score(args.gold, args.pred, args.label)
    for doc_id, text, cluster, got in wrong[: args.errors]:
        print(f"{doc_id}: {text!r} gold {cluster!r} got {got!r}", file=sys.stderr)
    key = args.label.lower()
    print(json.dumps({
        f"{key}_mentions": c["person"],
        f"{key}_canonical_right": round(c["right"] / max(c["person"], 1), 4),
        "short_forms": c["short"],
        "short_form_canonical_right": round(c["short_right"] / max(c["short"], 1), 4),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
