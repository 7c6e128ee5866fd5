"""Dates speed: docs/s of the dates annotator on tbaq-dev, against HeidelTime's figures.

    .venv/bin/python benchmarks/dates_speed.py [--repeat N] [--cli]

Reads ../shared/eval/dates/tbaq-dev.jsonl (256 TempEval-3 articles), runs `DatesAnnotator`
in-process N times (default 3, best run reported) and prints our docs/s and the ratio to
HeidelTime's rates from that folder's README (0.19 docs/s on te3-platinum, one JVM; 0.44
docs/s on tbaq-dev, two JVMs). With --cli it also times the whole command
`annotate FILE -a dates -f jsonl -q` end to end (start-up included; no spaCy model is
loaded for dates alone). Exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "dates"
GOLD = EVAL / "tbaq-dev.jsonl"
README = EVAL / "README.md"
HEIDELTIME_PLATINUM = 0.19  # fallbacks if the README cannot be read
HEIDELTIME_TBAQ = 0.44


def heideltime_rates() -> tuple[float, float]:
    """HeidelTime docs/s on platinum and on tbaq-dev, read from the README tables."""
    plat, tbaq = HEIDELTIME_PLATINUM, HEIDELTIME_TBAQ
    try:
        for line in README.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not cells or not re.match(r"heideltime", cells[0], re.I) or not re.fullmatch(r"[\d.]+", cells[-1]):
                continue
            if cells[0].startswith("HeidelTime 2.2.1"):
                plat = float(cells[-1])
            elif cells[0] == "heideltime":
                tbaq = float(cells[-1])
    except OSError:
        pass
    return plat, tbaq


def main() -> int:
    if not GOLD.exists():
        print(f"{GOLD} not found (../shared is absent); nothing to measure")
        return 0
    from article_annotator.dates import DatesAnnotator
    from article_annotator.document import Document

    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    with GOLD.open(encoding="utf-8") as fh:
        docs = [Document(id=d["id"], text=d["text"], meta=d["meta"]) for d in map(json.loads, fh)]
    ann = DatesAnnotator()
    best = float("inf")
    n_items = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n_items = sum(len(ann.annotate(doc)) for doc in docs)
        best = min(best, time.perf_counter() - t0)
    rate = len(docs) / best
    plat, tbaq = heideltime_rates()
    print(f"dates annotator, in-process: {len(docs)} docs, {n_items} items, {best:.2f} s -> {rate:.1f} docs/s")
    print(f"HeidelTime 2.2.1: {plat} docs/s (README, platinum) -> ours is {rate / plat:,.0f}x faster")
    print(f"HeidelTime 2.2.1: {tbaq} docs/s (README, tbaq-dev, 2 JVMs) -> ours is {rate / tbaq:,.0f}x faster")
    if "--cli" in sys.argv:
        exe = ROOT / ".venv" / "bin" / "annotate"
        t0 = time.perf_counter()
        done = subprocess.run([str(exe), str(GOLD), "-a", "dates", "-f", "jsonl", "-q"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        wall = time.perf_counter() - t0
        print(f"annotate -a dates, end to end (start-up included): {wall:.2f} s -> {len(docs) / wall:.1f} docs/s"
              f" (exit {done.returncode})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
