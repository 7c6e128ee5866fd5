"""Cost of each built-in annotator on pathological text, at growing sizes, in one process.

Each pattern is repeated to 5k, 50k and 500k characters (`--sizes`). For each annotator the
text is parsed once with the components that annotator requires (long texts in pieces, as
the pipeline does), its dependencies run, and then the annotator alone is timed under a
per-case cap (`--cap`, default 60 s: a case over the cap is reported as "> cap" and the
larger sizes of that pattern are skipped). Printed per case: the annotator's own seconds,
the parse seconds, the annotator's peak memory above what was resident before it (MB), and the growth
ratio against the previous size. Goal (issue 19): 50k costs at most 15x the 5k cost and at
most 10 s; 500k of ordinary news with all four annotators at most 12x its 50k cost.

    python benchmarks/adversarial.py [--sizes 5k,50k] [--annotators dates,tariffs]
                                     [--patterns news,months] [--cap 60] [--pipeline]

`--pipeline` (or `--pipeline-only`) then runs the whole `annotate` command, all four
annotators, start-up included, on ordinary news of 50k, 100k, 500k and 1M characters, and
prints the time ratio 500k / 50k (goal <= 12x) and the peak-memory ratio 1M / 100k (goal <= 2x,
which the parse in pieces of `chunking.PIECE_CHARS` is for).

The texts are written here (no corpus needed); the ordinary news paragraph is our own.
"""

from __future__ import annotations

import argparse
import gc
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

NEWS = (
    "The city council of Millbrook voted 7-2 on Tuesday to raise the parking levy by 4% from "
    "March 1, Mayor Dana Whitfield said. \"We held the line for three years,\" Whitfield told "
    "reporters at City Hall. Opponents, led by councillor Ray Okafor, said the increase would "
    "hurt shops on Harbour Street. The European Commission said on Friday it would impose a 25% "
    "tariff on imports of Chinese steel wire from next month, after a review found dumping.\n\n"
)

PATTERNS: dict[str, str] = {
    "tariff-words": "tariff ",
    "tariff-rates": "a 25% tariff, ",
    "months": "May June March ",
    "percents": "25% ",
    "quote-marks": "\u201cHe \"said\u201d ' \u2018so\u2019 \" and ",
    "capitalised": "Zorvath Quimbly Vextor Ardenne ",
    "speech-verbs": "said told added says warned ",
    "all-caps-lines": "BREAKING NEWS FROM THE WIRE TODAY\n",
    "newlines": "\n",
    "endless-word": "x",
    "news": NEWS,
}
ANNOTATORS = ("dates", "entities", "quotes", "tariffs")
REPEATS = 5
"""A case under REPEAT_BELOW seconds is run this many times and the fastest run is shown:
at a few milliseconds, one run's noise (a garbage collection, a busy neighbour) would decide
the growth ratio."""
REPEAT_BELOW = 1.0


class OverCap(BaseException):
    """The case ran longer than its cap (a BaseException, so no `except Exception` eats it)."""


@dataclass
class Case:
    seconds: float | None  # None: over the cap
    parse_seconds: float
    peak_mb: float
    items: int


class PeakMemory:
    """Peak resident memory added since creation: Linux's VmHWM, reset through clear_refs.

    Counts C allocations too (spaCy, numpy) at no cost to the timing; elsewhere falls back
    to tracemalloc (Python allocations only, and slower).
    """

    def __init__(self) -> None:
        try:
            with open("/proc/self/clear_refs", "w") as fh:
                fh.write("5")  # reset the high-water mark to the current RSS
            self.base = _status_kb("VmRSS")
            self.traced = False
        except OSError:
            tracemalloc.start()
            self.traced = True

    def peak_mb(self) -> float:
        if self.traced:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            return peak / 1e6
        return max(0, _status_kb("VmHWM") - self.base) / 1e3


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise OSError(f"no {field} in /proc/self/status")


def _size(label: str) -> int:
    label = label.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(label[-1], 1)
    return int(float(label.rstrip("km")) * factor)


def text_of(pattern: str, size: int) -> str:
    unit = PATTERNS[pattern]
    return (unit * (size // len(unit) + 1))[:size]


class Runner:
    """Models loaded once per component set; annotators loaded once."""

    def __init__(self) -> None:
        from article_annotator import registry
        from article_annotator.model import load_model, resolve_model_name

        self.model = resolve_model_name()
        self.annotators = {a.name: a for a in registry.resolve(ANNOTATORS)}
        self._nlps: dict[frozenset, object] = {}
        self._load = load_model
        self._text: str | None = None
        self._docs: dict = {}

    def nlp(self, requires: frozenset):
        if requires not in self._nlps:
            self._nlps[requires] = self._load(self.model, requires)
        return self._nlps[requires]

    def chain(self, name: str) -> list:
        from article_annotator import registry

        return [a for a in registry.resolve([name])]

    def parsed(self, requires: frozenset, text: str):
        """The Doc of `text` for a component set, parsed once per text (the last text only)."""
        from article_annotator.chunking import parse

        if self._text is not text:
            self._text, self._docs = text, {}
        if requires not in self._docs:
            started = time.perf_counter()
            doc = parse(self.nlp(requires), text) if requires else None
            self._docs[requires] = (doc, time.perf_counter() - started)
        return self._docs[requires]

    def run(self, name: str, text: str, cap: float) -> Case:
        from article_annotator.document import Document

        chain = self.chain(name)
        requires = frozenset().union(*(a.requires for a in chain))
        doc = Document(id="bench", text=text, meta={"date": "2026-01-15"})
        doc.spacy, parse_seconds = self.parsed(requires, text)
        for dependency in chain[:-1]:
            doc.results[dependency.name] = list(dependency.annotate(doc))
        gc.collect()
        memory = PeakMemory()
        items, seconds = self._timed(chain[-1], doc, cap)
        peak = memory.peak_mb()
        for _ in range(REPEATS - 1):  # short cases: the best of a few runs, as timeit does
            if seconds is None or seconds > REPEAT_BELOW:
                break
            seconds = min(seconds, self._timed(chain[-1], doc, cap)[1] or seconds)
        return Case(seconds, parse_seconds, peak, len(items))

    @staticmethod
    def _timed(annotator, doc, cap: float) -> tuple[list, float | None]:
        """The annotator's items and seconds, or no items and None when it ran over `cap`."""
        gc.collect()
        signal.setitimer(signal.ITIMER_REAL, cap)
        started = time.perf_counter()
        try:
            items = list(annotator.annotate(doc))
            return items, time.perf_counter() - started
        except OverCap:
            return [], None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)


MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def whole_command(size: int, folder: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one `annotate` run, all four annotators, on `size` chars of news.

    Run in a fresh process, start-up included, as a user would; `--doc-timeout 0` so the
    budget does not cut the measurement short.
    """
    path = folder / f"news-{size}.txt"
    path.write_text(text_of("news", size), encoding="utf-8")
    annotate = Path(sys.executable).parent / "annotate"
    command = [str(annotate), str(path), "-a", ",".join(ANNOTATORS), "-f", "jsonl", "-q", "--doc-timeout", "0"]
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds, rss_kib, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"annotate failed ({code}) on {path}")
    return float(seconds), int(rss_kib) / 1e3


def pipeline_goals() -> None:
    """The whole command on ordinary news: time 50k -> 500k, peak memory 100k -> 1M."""
    with tempfile.TemporaryDirectory() as tmp:
        runs = {size: whole_command(size, Path(tmp)) for size in (50_000, 100_000, 500_000, 1_000_000)}
    print(f"\n{'whole annotate, news':22} {'chars':>9} {'seconds':>8} {'peak MB':>8}")
    for size, (seconds, peak) in runs.items():
        print(f"{'':22} {size:>9} {seconds:>8.2f} {peak:>8.0f}")
    time_ratio = runs[500_000][0] / runs[50_000][0]
    memory_ratio = runs[1_000_000][1] / runs[100_000][1]
    print(f"time 500k / 50k: {time_ratio:.1f}x (goal <= 12x); "
          f"peak memory 1M / 100k: {memory_ratio:.2f}x (goal <= 2x)")


def _over_cap(signum, frame):  # noqa: ANN001
    raise OverCap


def _row(name: str, pattern: str, size: int, case: Case, previous: float | None, cap: float) -> str:
    shown = f"> {cap:g}" if case.seconds is None else f"{case.seconds:.3f}"
    ratio = f"{case.seconds / max(previous, 1e-3):.1f}x" if case.seconds is not None and previous else ""
    return (f"{name:9} {pattern:15} {size:>8} {shown:>9} {ratio:>7} {case.parse_seconds:>8.2f} "
            f"{case.peak_mb:>8.1f} {case.items:>7}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5k,50k,500k", help="comma-separated sizes, e.g. 5k,50k")
    ap.add_argument("--annotators", default=",".join(ANNOTATORS))
    ap.add_argument("--patterns", default=",".join(PATTERNS))
    ap.add_argument("--cap", type=float, default=60.0, help="seconds per case before it is cut off")
    ap.add_argument("--pipeline", action="store_true",
                    help="also time the whole annotate command on news at 50k-1M characters")
    ap.add_argument("--pipeline-only", action="store_true", help="only the whole-command runs")
    args = ap.parse_args(argv)
    if args.pipeline_only:
        pipeline_goals()
        return 0
    sizes = [_size(s) for s in args.sizes.split(",")]
    names = [n for n in args.annotators.split(",") if n]
    patterns = [p for p in args.patterns.split(",") if p]
    unknown = [p for p in patterns if p not in PATTERNS] + [n for n in names if n not in ANNOTATORS]
    if unknown:
        ap.error(f"unknown: {', '.join(unknown)}")
    signal.signal(signal.SIGALRM, _over_cap)
    runner = Runner()
    print(f"{'annotator':9} {'pattern':15} {'chars':>8} {'seconds':>9} {'ratio':>7} {'parse s':>8} {'peak MB':>8} {'items':>7}")
    previous: dict[tuple[str, str], float | None] = {}
    for pattern in patterns:
        for size in sizes:
            text = text_of(pattern, size)
            for name in names:
                key = (name, pattern)
                if key in previous and previous[key] is None:
                    continue  # over the cap at a smaller size: larger ones would be too
                case = runner.run(name, text, args.cap)
                print(_row(name, pattern, size, case, previous.get(key), args.cap), flush=True)
                previous[key] = case.seconds
    if args.pipeline:
        pipeline_goals()
    return 0


if __name__ == "__main__":
    sys.exit(main())
