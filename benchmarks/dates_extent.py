"""Extent conventions of the dates gold sets: which modifiers each set puts inside a timex.

    python benchmarks/dates_extent.py

For each modifier class below ("earlier" in "earlier this week", "the" in "the past 20 years"),
counts the gold timexes that hold the modifier at their edge (in) and those that have it right
outside (out), and the same for our spans, on the two tuning sets: TBAQ dev, split into its two
parts (TimeBank and AQUAINT, by each record's `meta.source`), and the modern dev set. A class
whose gold majority differs from ours is marked `<<`. Only counts are printed, no text.

The two TBAQ parts follow different conventions (docs/dates.md, "Spans"), so a class is worth
changing only where the parts and the modern set agree against us. Only tuning sets are read;
the reporting set (te3-platinum) is never looked at here.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
ANNOTATE = Path(sys.executable).parent / "annotate"
SETS = {"tbaq-dev": EVAL / "dates" / "tbaq-dev.jsonl", "dates-modern-dev": EVAL / "modern" / "dates-modern-dev.jsonl"}
PARTS = ("TimeBank", "AQUAINT", "modern")


@dataclass(frozen=True)
class ModifierClass:
    """A modifier that may stand inside or just outside a timex: `side` "L" (before) or "R"."""

    name: str
    side: str
    words: str  # a regular expression for the modifier
    example: str


CLASSES = (
    ModifierClass("the", "L", r"the", "[the past 20 years]"),
    ModifierClass("earlier/later", "L", r"earlier|later", "[earlier this week]"),
    ModifierClass("early/late/mid", "L", r"early|late|mid-?", "[early March]"),
    ModifierClass("approximator", "L", r"nearly|almost|about|around|roughly|at least|more than|less than|up to",
                  "[nearly five months]"),
    ModifierClass("right/just", "L", r"right|just", "[right now]"),
    ModifierClass("a/an", "L", r"an?", "[a week] earlier"),
    ModifierClass("part of day", "R", r"night|morning|afternoon|evening", "[Friday night]"),
    ModifierClass("this/next/last year", "R", r"(?:this|next|last) year", "[February this year]"),
    ModifierClass("ago/earlier/later", "R", r"ago|earlier|later", "[two years ago]"),
    ModifierClass("or so/or two", "R", r"or (?:so|two)", "[a year or two]"),
)


def _position(cls: ModifierClass, text: str, start: int, end: int) -> str | None:
    """ "in" when the span holds the modifier at its edge, "out" when it stands right outside."""
    span = text[start:end]
    if cls.side == "L":
        if re.match(rf"(?i)(?:{cls.words})[\s-]+\S", span):
            return "in"
        return "out" if re.search(rf"(?i)(?<![\w-])(?:{cls.words})[\s-]+$", text[max(0, start - 30):start]) else None
    if re.search(rf"(?i)\S\s+(?:{cls.words})$", span):
        return "in"
    return "out" if re.match(rf"(?i)\s+(?:{cls.words})(?!\w)", text[end:end + 30]) else None


def _part(record: dict) -> str:
    source = (record.get("meta") or {}).get("source", "")
    return next((p for p in PARTS[:2] if p in source), "modern")


def _predict(gold: Path, out: Path) -> dict[str, list[dict]]:
    """Our dates for every record of `gold`, by id (`annotate -a dates`, no model loaded)."""
    with out.open("w", encoding="utf-8") as f:
        subprocess.run([str(ANNOTATE), str(gold), "-a", "dates", "-f", "jsonl", "-q"], stdout=f, check=True)
    return {r["id"]: r.get("dates") or [] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def count(records: list[dict], preds: dict[str, list[dict]]) -> Counter:
    """(class, part, "gold"/"ours", "in"/"out") -> number of timexes."""
    counts: Counter = Counter()
    for rec in records:
        text, part = rec["text"], _part(rec)
        for who, items in (("gold", rec["gold"]["dates"]), ("ours", preds.get(rec["id"], []))):
            for item in items:
                for cls in CLASSES:
                    pos = _position(cls, text, item["start"], item["end"])
                    if pos:
                        counts[(cls.name, part, who, pos)] += 1
    return counts


def _row(cls: ModifierClass, counts: Counter) -> str:
    cells, flag = [], ""
    for part in PARTS:
        g = (counts[(cls.name, part, "gold", "in")], counts[(cls.name, part, "gold", "out")])
        o = (counts[(cls.name, part, "ours", "in")], counts[(cls.name, part, "ours", "out")])
        cells.append(f"{g[0]:4d}/{g[1]:<4d} {o[0]:4d}/{o[1]:<4d}")
        if sum(g) and (g[0] > g[1]) != (o[0] > o[1]):
            flag += f" <<{part}"
    return f"{cls.name:22s} {'  |  '.join(cells)}{flag}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.parse_args()
    if not all(p.exists() for p in SETS.values()):
        print("../shared/eval is absent: nothing to measure")
        return 0
    counts: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold in SETS.items():
            records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
            counts += count(records, _predict(gold, Path(tmp) / f"{name}.jsonl"))
    print(f"{'class':22s} " + "  |  ".join(f"{p:>9s} gold in/out ours in/out" for p in PARTS))
    for cls in CLASSES:
        print(_row(cls, counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
