"""Throughput: `annotate` against bare `nlp.pipe` with the same model and components, in one run.

Reads the first N articles of ../shared/corpus/news.jsonl (says so and exits 0 when it is
absent). Each contender runs as a whole command in its own process, start-up included, so
the ratios compare like with like on this machine at this moment. The contenders run in turn,
A B C A B C, `--repeat` times, and each figure is the median of its runs. Besides wall-clock
seconds the CPU seconds of each command (user + system, its children included) are printed:
on a machine that other work shares, wall time swings with the load, CPU time much less, so the
`-j 1` ratio is given both ways (for `-j 2` only wall time says anything: it spends more CPU to
finish sooner). Peak memory (max RSS) is printed for N and 4N inputs to show that it does not
grow with the number of inputs.

The package's bytecode is compiled first, as `pip install` does for an installed package: an
editable checkout run with PYTHONDONTWRITEBYTECODE set would otherwise compile every module
from source on every start, which spaCy's own (installed, compiled) modules never pay.

    python benchmarks/throughput.py [--docs 1000] [--repeat 3] [--annotators entities,dates,quotes,tariffs]
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
ANNOTATE = Path(sys.executable).parent / "annotate"

# The bare contender loads only spaCy and the model: the model name and the components the
# annotators require are worked out here, in the parent, so the import of our own annotator
# modules (their word lists and patterns) is counted against `annotate`, not against bare spaCy.
BARE = """
import sys, orjson
from article_annotator.model import load_model
nlp = load_model(sys.argv[2], frozenset(sys.argv[3].split(",")))
texts = (orjson.loads(line)["text"] for line in open(sys.argv[1], "rb"))
count = sum(1 for _ in nlp.pipe(texts, batch_size=32))
print(count, file=sys.stderr)
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)
"""


@dataclass(frozen=True)
class Run:
    seconds: float  # wall clock
    cpu: float  # user + system CPU seconds of the command and its children
    rss: float  # peak MiB


def measure(command: list[str]) -> Run:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one command, measured by a fresh parent process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds, cpu, rss_kib, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"command failed ({code}): {' '.join(command)}")
    return Run(float(seconds), float(cpu), int(rss_kib) / 1024)


def median_run(runs: list[Run]) -> Run:
    return Run(statistics.median(r.seconds for r in runs), statistics.median(r.cpu for r in runs),
               max(r.rss for r in runs))


def sample(count: int, folder: Path) -> Path:
    path = folder / f"news-{count}.jsonl"
    with CORPUS.open("rb") as source, path.open("wb") as target:
        target.writelines(islice(source, count))
    return path


def bare_model(annotators: str) -> tuple[str, str]:
    """The model name and the comma-joined spaCy components that these annotators require."""
    from article_annotator.pipeline import Pipeline

    pipeline = Pipeline(annotators.split(","))
    return pipeline.model_name, ",".join(sorted(pipeline.requires))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--annotators", default="entities,dates,quotes,tariffs")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each contender, taken in turn")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the shared corpus sits beside the checkout)")
        return
    for folder in ("annotators", "cli", "schemas"):
        if (ROOT / folder).is_dir():
            compileall.compile_dir(ROOT / folder, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        small, large = sample(args.docs, Path(tmp)), sample(4 * args.docs, Path(tmp))
        docs = sum(1 for _ in small.open("rb"))
        commands = {
            "bare nlp.pipe": [sys.executable, "-c", BARE, str(small), *bare_model(args.annotators)],
            "annotate -j 1": [str(ANNOTATE), str(small), "-a", args.annotators, "-q", "-j", "1"],
            "annotate -j 2": [str(ANNOTATE), str(small), "-a", args.annotators, "-q", "-j", "2"],
        }
        runs: dict[str, list[Run]] = {name: [] for name in commands}
        for _ in range(max(1, args.repeat)):
            for name, command in commands.items():
                runs[name].append(measure(command))
        results = {name: median_run(found) for name, found in runs.items()}
        large_run = measure([str(ANNOTATE), str(large), "-a", args.annotators, "-q", "-j", "1"])
    bare = results["bare nlp.pipe"]
    print(f"{docs} documents from {CORPUS.name}, annotators {args.annotators}; medians of {max(1, args.repeat)} runs each")
    print(f"{'run':<16}{'seconds':>9}{'docs/s':>9}{'vs bare':>9}{'CPU s':>8}{'CPU vs bare':>13}{'peak MiB':>10}")
    for name, run in results.items():
        cpu_ratio = f"{bare.cpu / run.cpu:.2f}" if name != "annotate -j 2" else "-"
        print(f"{name:<16}{run.seconds:>9.1f}{docs / run.seconds:>9.1f}{bare.seconds / run.seconds:>9.2f}"
              f"{run.cpu:>8.1f}{cpu_ratio:>13}{run.rss:>10.0f}")
    rss_small = results["annotate -j 1"].rss
    print(f"peak memory, -j 1: {rss_small:.0f} MiB for {docs} docs, {large_run.rss:.0f} MiB for {4 * docs} docs "
          f"(ratio {large_run.rss / rss_small:.2f})")
    print(json.dumps({name: round(docs / run.seconds, 2) for name, run in results.items()}))


if __name__ == "__main__":
    main()
