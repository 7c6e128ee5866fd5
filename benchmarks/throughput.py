"""Throughput: `annotate` against bare `nlp.pipe` with the same model and components, in one run.

Reads the first N articles of ../shared/corpus/news.jsonl (says so and exits 0 when it is
absent). Each contender runs as a whole command in its own process, start-up included, so
the ratios compare like with like on this machine at this moment; absolute seconds drift on
a shared machine, the ratios much less. Peak memory (max RSS) is printed for N and 4N inputs
to show that it does not grow with the number of inputs.

    python benchmarks/throughput.py [--docs 1000] [--annotators entities,dates,quotes,tariffs]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
ANNOTATE = Path(sys.executable).parent / "annotate"

BARE = """
import sys, orjson
from article_annotator.model import load_model
from article_annotator.pipeline import Pipeline
pipeline = Pipeline(sys.argv[2].split(","))
nlp = load_model(pipeline.model_name, pipeline.requires)
texts = (orjson.loads(line)["text"] for line in open(sys.argv[1], "rb"))
count = sum(1 for _ in nlp.pipe(texts, batch_size=32))
print(count, file=sys.stderr)
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def measure(command: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one command, measured by a fresh parent process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds, rss_kib, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"command failed ({code}): {' '.join(command)}")
    return float(seconds), int(rss_kib) / 1024


def sample(count: int, folder: Path) -> Path:
    path = folder / f"news-{count}.jsonl"
    with CORPUS.open("rb") as source, path.open("wb") as target:
        target.writelines(islice(source, count))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--annotators", default="entities,dates,quotes,tariffs")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the shared corpus sits beside the checkout)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        small, large = sample(args.docs, Path(tmp)), sample(4 * args.docs, Path(tmp))
        docs = sum(1 for _ in small.open("rb"))
        runs = {
            "bare nlp.pipe": [sys.executable, "-c", BARE, str(small), args.annotators],
            "annotate -j 1": [str(ANNOTATE), str(small), "-a", args.annotators, "-q", "-j", "1"],
            "annotate -j 2": [str(ANNOTATE), str(small), "-a", args.annotators, "-q", "-j", "2"],
        }
        results = {name: measure(command) for name, command in runs.items()}
        _, rss_large = measure([str(ANNOTATE), str(large), "-a", args.annotators, "-q", "-j", "1"])
    bare_seconds = results["bare nlp.pipe"][0]
    print(f"{docs} documents from {CORPUS.name}, annotators {args.annotators}")
    print(f"{'run':<16}{'seconds':>9}{'docs/s':>9}{'vs bare':>9}{'peak MiB':>10}")
    for name, (seconds, rss) in results.items():
        print(f"{name:<16}{seconds:>9.1f}{docs / seconds:>9.1f}{bare_seconds / seconds:>9.2f}{rss:>10.0f}")
    rss_small = results["annotate -j 1"][1]
    print(f"peak memory, -j 1: {rss_small:.0f} MiB for {docs} docs, {rss_large:.0f} MiB for {4 * docs} docs "
          f"(ratio {rss_large / rss_small:.2f})")
    print(json.dumps({name: round(docs / s, 2) for name, (s, _) in results.items()}))


if __name__ == "__main__":
    main()
