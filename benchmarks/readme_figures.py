"""Re-measure the README's speed figures and write them in, between its figure markers.

    python benchmarks/readme_figures.py [--docs 500] [--dry-run]

Runs `benchmarks/dates_speed.py` and `benchmarks/throughput.py` (each measures side by side in
one run), reads their printed figures and rewrites the lines between `<!-- speed:start -->` and
`<!-- speed:end -->` in README.md, so no figure there is typed by hand. Says so and exits 0
when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
START, END = "<!-- speed:start -->", "<!-- speed:end -->"


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args],
                          capture_output=True, text=True, check=True)
    return done.stdout


def measure(docs: int) -> str:
    """The README's speed lines, from fresh measurements."""
    dates = _run("dates_speed.py")
    rate = float(re.search(r"-> ([\d.]+) docs/s", dates).group(1))
    heidel = re.search(r"HeidelTime 2\.2\.1: ([\d.]+) docs/s \(README, platinum\) -> ours is ([\d,]+)x", dates)
    throughput = _run("throughput.py", "--docs", str(docs))
    rates = json.loads(throughput.strip().splitlines()[-1])
    memory = re.search(r"peak memory, -j 1: (\d+) MiB for (\d+) docs, (\d+) MiB for (\d+) docs \(ratio ([\d.]+)\)", throughput)
    bare = rates["bare nlp.pipe"]
    one, two = rates["annotate -j 1"], rates["annotate -j 2"]
    return "\n".join([
        f"- dates alone: **{rate:.0f} docs/s** on TempEval-3 dev (tbaq-dev), in process, no statistical model",
        f"  loaded; HeidelTime: {heidel.group(1)} docs/s, so about {heidel.group(2)}x slower; `python benchmarks/dates_speed.py`.",
        f"- all four annotators against bare `nlp.pipe` with the same components ({docs:,} corpus articles,",
        f"  start-up included; `python benchmarks/throughput.py --docs {docs}`): bare {bare:.1f} docs/s; `-j 1`",
        f"  {one:.1f} docs/s ({one / bare:.2f}x bare); `-j 2` {two:.1f} docs/s ({two / bare:.2f}x bare, {two / one:.2f}x `-j 1`).",
        f"  Peak memory: {memory.group(1)} MiB for {memory.group(2)} inputs, {memory.group(3)} MiB for {memory.group(4)}"
        f" (ratio {memory.group(5)}).",
    ])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--dry-run", action="store_true", help="print the lines, leave README.md alone")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"skipped: {SHARED} is absent (the shared sets sit beside the checkout)")
        return 0
    lines = measure(args.docs)
    print(lines)
    if args.dry_run:
        return 0
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"README.md has no {START} … {END} markers", file=sys.stderr)
        return 1
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{START}\n{lines}\n{END}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
