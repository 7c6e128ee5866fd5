"""What writing SQLite costs over writing JSON Lines, for the same records, in one run.

    python benchmarks/formats_cost.py [--docs 1000] [--rounds 3]

Annotates the first N articles of ../shared/corpus/news.jsonl once (says so and exits 0 when it is
absent), then writes those same records with each writer, alternating JSONL and SQLite for several
rounds, and prints the median seconds of each and the ratio of the writing time to the annotation
time. The goal: SQLite adds at most 10% to a run's time over JSONL.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def annotate(n: int) -> tuple[list[dict], float]:
    from article_annotator.document import Document
    from article_annotator.pipeline import Pipeline
    from article_annotator.sources import read_documents

    started = time.perf_counter()
    pipeline = Pipeline(None)
    out = [item.to_record() for item in pipeline.run(islice(read_documents([str(CORPUS)]), n)) if isinstance(item, Document)]
    return out, time.perf_counter() - started


def write_jsonl(records: list[dict], folder: Path) -> float:
    from article_annotator.cli.output import JsonlWriter

    started = time.perf_counter()
    with open(folder / "out.jsonl", "wb") as stream:
        writer = JsonlWriter(stream)
        for record in records:
            writer.write(record)
        writer.close()
    return time.perf_counter() - started


def write_sqlite(records: list[dict], folder: Path) -> float:
    from article_annotator.cli.sqlite_output import SqliteWriter

    path = folder / "out.db"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    writer = SqliteWriter(path)
    for record in records:
        writer.write(record)
    writer.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the shared corpus sits beside the checkout)")
        return
    records, annotating = annotate(args.docs)
    times: dict[str, list[float]] = {"jsonl": [], "sqlite": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.rounds):
            times["jsonl"].append(write_jsonl(records, Path(tmp)))
            times["sqlite"].append(write_sqlite(records, Path(tmp)))
    jsonl, sqlite = (statistics.median(times[k]) for k in ("jsonl", "sqlite"))
    print(f"{len(records)} records; annotating them took {annotating:.1f} s")
    print(f"writing JSONL   {jsonl:7.3f} s (median of {args.rounds})")
    print(f"writing SQLite  {sqlite:7.3f} s (median of {args.rounds})")
    print(f"a run writing SQLite takes {(annotating + sqlite) / (annotating + jsonl):.3f}x a run writing JSONL (goal <= 1.10)")


if __name__ == "__main__":
    sys.exit(main())
