"""Cluster throughput: `-j 1`, `-j 2` and `--cluster local:2` side by side, alternated.

Reads the first N articles of ../shared/corpus/news.jsonl (says so and exits 0 when it is
absent). Each contender is a whole `annotate run` in its own process, start-up included
(model loads, and for the cluster the LocalCluster start), run in alternation for several
rounds; the best round of each is reported. CPU seconds are user+system of the command and
every process it started (the cluster's workers included). The split size gives each of
the 2 workers at least 4 splits. On a shared machine absolute rates drift; ratios less so.

    python benchmarks/cluster_throughput.py [--docs 2000] [--rounds 2] [--annotators LIST]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
ANNOTATE = Path(sys.executable).parent / "annotate"

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(seconds, usage.ru_utime + usage.ru_stime, code)
"""


def measure(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command, measured by a fresh parent process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds, cpu, code = out.stdout.split()
    if code not in ("0", "1"):  # 1: some input failed, still a complete run
        raise SystemExit(f"command failed ({code}): {' '.join(command)}")
    return float(seconds), float(cpu)


def sample(count: int, folder: Path) -> Path:
    path = folder / f"news-{count}.jsonl"
    with CORPUS.open("rb") as source, path.open("wb") as target:
        target.writelines(islice(source, count))
    return path


def contenders(source: Path, folder: Path, annotators: str, split_size: int) -> dict[str, callable]:
    base = [str(ANNOTATE), "run", str(source), "-a", annotators, "-q"]

    def cluster(round_: int) -> list[str]:
        return base + ["--cluster", "local:2", "--split-size", str(split_size), "-o", str(folder / f"out-{round_}")]

    return {
        "-j 1": lambda r: base + ["-j", "1", "-o", str(folder / "j1.jsonl")],
        "-j 2": lambda r: base + ["-j", "2", "-o", str(folder / "j2.jsonl")],
        "--cluster local:2": cluster,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--annotators", default="entities,dates,quotes,tariffs")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: nothing to measure (it is not shipped with the tool)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = sample(args.docs, folder)
        split_size = max(1, source.stat().st_size // 8)  # >= 4 splits per worker
        runs = contenders(source, folder, args.annotators, split_size)
        best: dict[str, tuple[float, float]] = {}
        for round_ in range(args.rounds):
            for name, command in runs.items():
                seconds, cpu = measure(command(round_))
                print(f"round {round_ + 1}  {name:<18} {seconds:7.1f} s  {cpu:7.1f} CPU s", flush=True)
                if name not in best or seconds < best[name][0]:
                    best[name] = (seconds, cpu)
        report(best, args.docs, split_size, folder)


def report(best: dict[str, tuple[float, float]], docs: int, split_size: int, folder: Path) -> None:
    merged = subprocess.run([str(ANNOTATE), "merge", str(folder / "out-0")], capture_output=True, check=True).stdout
    same = merged == (folder / "j1.jsonl").read_bytes()
    base = docs / best["-j 1"][0]
    print(f"\n{docs} articles of {CORPUS.name}, split size {split_size:,} bytes, best of the rounds:")
    print(f"{'run':<18} {'docs/s':>8} {'CPU s':>8} {'x -j 1':>7}")
    for name, (seconds, cpu) in best.items():
        rate = docs / seconds
        print(f"{name:<18} {rate:8.1f} {cpu:8.1f} {rate / base:7.2f}")
    cluster, j2 = best["--cluster local:2"][0], best["-j 2"][0]
    print(f"--cluster local:2 / -j 2 speed: {j2 / cluster:.2f}")
    print(f"merged cluster parts byte-identical to -j 1: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
