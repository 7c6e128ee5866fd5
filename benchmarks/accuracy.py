"""Accuracy: run `annotate` on every gold set in ../shared/eval and score it two ways.

    python benchmarks/accuracy.py [--kinds dates,entities,quotes,tariffs] [--sets quotes-dev,...] [--model NAME]

For each set the annotators run once (`annotate GOLD -a KIND -f jsonl`); the records are then
scored by `annotate eval GOLD --pred PRED` and by the set folder's own scorer
(`../shared/eval/<kind>/score.py`, whose last output line is a JSON headline). Both figures are
printed side by side, as fractions, with their difference in points; the script exits 1 when
they differ by more than 0.1 points on any headline figure. Says so and exits 0 when ../shared
is absent. `--model NAME` annotates with another installed spaCy pipeline (a package name or
a path, as `annotate --model`), with the same rules, so pipelines can be compared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
ANNOTATE = Path(sys.executable).parent / "annotate"
TOLERANCE = 0.1  # points (hundredths)
MODERN_ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP")  # the five the modern set labels


@dataclass(frozen=True)
class GoldSet:
    name: str
    folder: str  # under ../shared/eval
    eval_args: tuple[str, ...] = ()  # for `annotate eval`
    scorer_args: tuple[str, ...] = ()  # for the folder's score.py
    only_labels: tuple[str, ...] = ()  # predictions the folder's scorer sees keep only these labels
    mixed_as_verbatim: bool = False  # the set labels a mixed quote by its quoted words, not its clause


CONLL = ("--map", "conll")
SETS: dict[str, tuple[tuple[GoldSet, ...], tuple[str, ...]]] = {
    "dates": ((GoldSet("tbaq-dev", "dates"), GoldSet("te3-platinum", "dates"), GoldSet("dates-modern-dev", "modern")),
              ("strict_f1", "relaxed_f1", "type_f1", "value_f1")),
    "entities": ((GoldSet("conll-dev", "entities", CONLL, CONLL), GoldSet("conll-test", "entities", CONLL, CONLL),
                  GoldSet("conllpp-test", "entities", CONLL, CONLL), GoldSet("uner-pud-news", "entities", CONLL, CONLL),
                  GoldSet("entities-modern-dev", "modern", ("--labels", ",".join(MODERN_ENTITY_LABELS)),
                          only_labels=MODERN_ENTITY_LABELS)),
                 ("f1", "per_org_loc_f1", "untyped_f1", "per_label_f1")),
    "quotes": ((GoldSet("quotes-dev", "quotes"), GoldSet("quotes-test", "quotes"), GoldSet("quotes-modern-dev", "modern", mixed_as_verbatim=True)),
               ("exact_f1", "overlap_f1", "overlap_f1_direct", "overlap_f1_mixed", "overlap_f1_indirect",
                "speaker_acc", "e2e_f1")),
    "tariffs": ((GoldSet("tariffs-dev", "tariffs"), GoldSet("tariffs-modern-dev", "modern")),
                ("mention_f1", "e2e_f1", "acc_rate", "acc_imposer", "acc_target", "acc_action", "products_f1")),
}
PERCENT_SCORERS = {"quotes"}  # folder scorers that print percentages rather than fractions


def annotate(kind: str, gold: Path, pred: Path, model: str | None = None) -> None:
    """The records of `kind` for the gold texts, with `model` when one is named."""
    chosen = ["--model", model] if model else []
    with pred.open("wb") as out:
        done = subprocess.run([str(ANNOTATE), str(gold), "-a", kind, "-f", "jsonl", "-q", *chosen],
                              stdout=out, stderr=subprocess.PIPE, text=False, check=False)
    if done.returncode not in (0, 1):  # 1: some documents failed, the rest is scored
        sys.exit(f"annotate failed on {gold.name}: {done.stderr.decode(errors='replace').strip()}")


def ours(kind: str, gold: Path, pred: Path, args: tuple[str, ...]) -> dict:
    done = subprocess.run([str(ANNOTATE), "eval", str(gold), "--pred", str(pred), "-a", kind, "-f", "json", *args],
                          capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"annotate eval failed on {gold.name}: {done.stderr.strip()}")
    return json.loads(done.stdout)["annotators"][kind]


def folders(kind: str, gold: Path, pred: Path, s: GoldSet, tmp: Path) -> dict:
    if s.only_labels:
        pred = keep_labels(pred, tmp / f"{s.name}-labels.jsonl", set(s.only_labels))
    done = subprocess.run([sys.executable, str(EVAL / kind / "score.py"), str(gold), str(pred), *s.scorer_args],
                          capture_output=True, text=True, check=True)
    head = json.loads(done.stdout.strip().splitlines()[-1])
    return {k: _scaled(v, 0.01 if kind in PERCENT_SCORERS else 1.0) for k, v in head.items()}


def keep_labels(pred: Path, out: Path, labels: set[str]) -> Path:
    """The predictions with only the given entity labels (how the modern set's README scores)."""
    with pred.open() as src, out.open("w") as dst:
        for line in src:
            record = json.loads(line)
            record["entities"] = [e for e in record.get("entities", []) if e.get("label") in labels]
            dst.write(json.dumps(record) + "\n")
    return out


def mixed_as_verbatim(pred: Path, out: Path) -> Path:
    """The predictions with each mixed quote replaced by its `verbatim` stretches, each one a
    mixed quote of the same speaker: how the modern quotes set labels mixed quotes (its
    README, convention 4). A mixed quote without stretches stays as it is."""
    with pred.open() as src, out.open("w") as dst:
        for line in src:
            record = json.loads(line)
            record["quotes"] = [piece for q in record.get("quotes", []) for piece in _as_verbatim(q)]
            dst.write(json.dumps(record) + "\n")
    return out


def _as_verbatim(quote: dict) -> list[dict]:
    if quote.get("kind") != "mixed" or not quote.get("verbatim"):
        return [quote]
    return [{**quote, "start": v["start"], "end": v["end"], "text": v["text"]} for v in quote["verbatim"]]


def _scaled(value, factor: float):
    if isinstance(value, dict):
        return {k: _scaled(v, factor) for k, v in value.items()}
    return value * factor if isinstance(value, float) else value


def figures(headline: dict, keys: tuple[str, ...]) -> dict[str, float]:
    """key -> value for the shown keys; a dict of figures (per label) is spread out."""
    out = {}
    for key in keys:
        value = headline.get(key)
        if isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        elif value is not None:
            out[key] = value
    return out


def compare(kind: str, s: GoldSet, keys: tuple[str, ...], tmp: Path, model: str | None = None) -> float:
    gold = EVAL / s.folder / f"{s.name}.jsonl"
    pred = tmp / f"{kind}-{s.name}.jsonl"
    annotate(kind, gold, pred, model)
    if s.mixed_as_verbatim:
        pred = mixed_as_verbatim(pred, tmp / f"{kind}-{s.name}-verbatim.jsonl")
    mine, theirs = figures(ours(kind, gold, pred, s.eval_args), keys), figures(folders(kind, gold, pred, s, tmp), keys)
    worst = 0.0
    for key in sorted(set(mine) | set(theirs), key=lambda k: (k.split(".")[0] not in keys, k)):
        a, b = mine.get(key), theirs.get(key)
        diff = abs(a - b) * 100 if a is not None and b is not None else float("inf")
        worst = max(worst, diff)
        print(f"{kind:<9} {s.name:<20} {key:<26} {_show(a):>8} {_show(b):>8} {diff:>7.3f}")
    return worst


def _show(value) -> str:
    return "-" if value is None else f"{value:.4f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(SETS))
    parser.add_argument("--sets", default="", help="only these sets by name, e.g. quotes-dev,quotes-modern-dev")
    parser.add_argument("--model", default=None, help="spaCy pipeline to annotate with (default: annotate's own choice)")
    args = parser.parse_args()
    if not EVAL.exists():
        print(f"skipped: {EVAL} is absent (the shared evaluation sets sit beside the checkout)")
        return 0
    print("figures as fractions: 'eval' = annotate eval, 'folder' = the set folder's own score.py, "
          "'diff' = |eval - folder| in points (the folder scorers round to 4 decimals, so up to 0.005 is rounding)")
    if args.model:
        print(f"model: {args.model}")
    print(f"{'kind':<9} {'set':<20} {'figure':<26} {'eval':>8} {'folder':>8} {'diff':>7}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            sets, keys = SETS[kind]
            for s in sets:
                if args.sets and s.name not in args.sets.split(","):
                    continue
                worst = max(worst, compare(kind, s, keys, Path(tmp), args.model))
    agree = worst <= TOLERANCE
    print(f"largest difference: {worst:.3f} points; {'agree' if agree else 'DISAGREE'} within {TOLERANCE} points")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
