"""Accuracy: run `annotate` on every gold set in ../shared/eval and print each scorer's headline.

    python benchmarks/accuracy.py [--kinds dates,entities,quotes,tariffs]

Each gold file is valid input; its scorer (`../shared/eval/<kind>/score.py`) prints a JSON
object as its last line, shown here per file. Says so and exits 0 when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
ANNOTATE = Path(sys.executable).parent / "annotate"

# kind -> (gold files, extra scorer arguments, headline keys)
SETS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "dates": (("tbaq-dev", "te3-platinum"), (), ("strict_f1", "relaxed_f1", "value_f1")),
    "entities": (("conll-dev", "conll-test", "uner-pud-news"), ("--map", "conll"), ("f1", "per_org_loc_f1", "per_label_f1")),
    "quotes": (("quotes-dev", "quotes-test"), (), ("overlap_f1", "overlap_f1_direct", "speaker_acc", "e2e_f1")),
    "tariffs": (("tariffs-dev",), (), ("mention_f1", "e2e_f1", "acc_imposer", "acc_target", "acc_action")),
}


def score(kind: str, name: str, scorer_args: tuple[str, ...], folder: Path) -> dict:
    gold = EVAL / kind / f"{name}.jsonl"
    pred = folder / f"{kind}-{name}.jsonl"
    with pred.open("wb") as out:
        subprocess.run([str(ANNOTATE), str(gold), "-a", kind, "-f", "jsonl", "-q"], stdout=out, check=False)
    done = subprocess.run(
        [sys.executable, str(EVAL / kind / "score.py"), str(gold), str(pred), *scorer_args],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(SETS))
    args = parser.parse_args()
    if not EVAL.exists():
        print(f"skipped: {EVAL} is absent (the shared evaluation sets sit beside the checkout)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            names, scorer_args, keys = SETS[kind]
            for name in names:
                headline = score(kind, name, scorer_args, Path(tmp))
                shown = {k: headline[k] for k in keys if k in headline} if keys else headline
                print(f"{kind:<9} {name:<15} {json.dumps(shown)}")


if __name__ == "__main__":
    main()
