"""Junk entities in bulk: run the entities annotator over corpus articles and count the
mentions that cannot be names.

    python benchmarks/entities_junk.py [--docs 2000] [--worst 10] [--strings 20] [--model NAME]

Articles come from ../shared/corpus: every Reuters trade file (reuters-trade/*.txt), then the
BBC files (bbc/<category>/*.txt) taken in turn from each category, then news.jsonl if more
are asked for. They are read with the project's own reader and parsed once with the NER
component only. A mention is counted as junk when it is

- `function_word`: a closed-class word alone ("the", "The", "of"; lexicon.function_words);
- `number`: made of digits and punctuation, or a number word ("three", "Twelve");
- `lowercase`: written without any capital letter ("tariffs");
- `common_noun`: one capitalised dictionary word the same document also writes in lower case
  ("Bill" beside "the bill", "Budget" beside "the budget"): a common noun there, not a name
  (country names and demonyms excepted: "British" beside a "british-made" slug);
- `party_person`: a political party or party group labelled PERSON ("Labour", "Lib Dems").

A mention counts once, under the first kind that fits. Prints the totals, the "the"-entities
(which should be zero), the most repeated junk strings with their labels, and the documents
with the most junk. Says so and exits 0 when ../shared/corpus is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from itertools import islice, zip_longest
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
KINDS = ("function_word", "number", "lowercase", "common_noun", "party_person")
_NUMBER = re.compile(r"[\d\s.,:/%+()-]+")


def corpus_paths(corpus: Path) -> list[Path]:
    """Reuters trade files, then BBC files round-robin over the categories."""
    trade = sorted((corpus / "reuters-trade").glob("*.txt"))
    bbc_folders = sorted(p for p in (corpus / "bbc").glob("*") if p.is_dir())
    per_category = [sorted(folder.glob("*.txt")) for folder in bbc_folders]
    bbc = [p for row in zip_longest(*per_category) for p in row if p is not None]
    return trade + bbc


def documents(corpus: Path, n: int) -> Iterator:
    """Up to `n` Documents: the files first, then news.jsonl records."""
    from article_annotator.document import Document
    from article_annotator.sources import read_documents

    paths = [str(p) for p in corpus_paths(corpus)[:n]]
    if len(paths) < n and (corpus / "news.jsonl").exists():
        paths.append(str(corpus / "news.jsonl"))
    for item in islice(read_documents(paths), n):
        if isinstance(item, Document):
            yield item


def junk_kind(item: dict, text: str, lower_words: set[str]) -> str | None:
    """Which kind of junk an output entity is, or None for a plausible name."""
    from article_annotator.entities.lexicon import is_common_word
    from article_annotator.lexicon.calendar import NUMBER_WORDS
    from article_annotator.lexicon.countries import country_code
    from article_annotator.lexicon.function_words import is_function_word
    from article_annotator.lexicon.organisations import is_party

    t = item["text"]
    if is_function_word(t):
        return "function_word"
    if _NUMBER.fullmatch(t) or t.lower() in NUMBER_WORDS:
        return "number"
    if not any(ch.isupper() for ch in t) and any(ch.isalpha() for ch in t):
        return "lowercase"
    if re.fullmatch(r"[A-Z][a-z]+", t) and t.lower() in lower_words and is_common_word(t) and not country_code(t):
        return "common_noun"
    if item["label"] == "PERSON" and is_party(t):
        return "party_person"
    return None


def lowercase_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--worst", type=int, default=10, help="documents to list")
    ap.add_argument("--strings", type=int, default=20, help="junk strings to list")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the annotate default)")
    args = ap.parse_args(argv)
    if not (CORPUS / "reuters-trade").exists() and not (CORPUS / "news.jsonl").exists():
        print(f"entities_junk: {CORPUS} is absent; nothing to measure.")
        return 0

    from article_annotator.entities import EntitiesAnnotator
    from article_annotator.model import load_model, resolve_model_name

    nlp = load_model(resolve_model_name(args.model), frozenset({"ner"}))
    annotator = EntitiesAnnotator()
    docs = list(documents(CORPUS, args.docs))
    totals: Counter = Counter()
    strings: Counter = Counter()
    string_docs: dict[tuple[str, str], set[str]] = {}
    per_doc: list[tuple[int, str, Counter]] = []
    mentions = 0
    for doc, sp in zip(docs, nlp.pipe((d.text for d in docs), batch_size=32)):
        doc.spacy = sp
        items = annotator.annotate(doc)
        mentions += len(items)
        lower = lowercase_words(doc.text)
        found: Counter = Counter()
        for item in items:
            kind = junk_kind(item, doc.text, lower)
            if kind is None:
                continue
            totals[kind] += 1
            key = (item["text"], item["label"])
            strings[key] += 1
            string_docs.setdefault(key, set()).add(doc.id)
            found[key] += 1
        per_doc.append((sum(found.values()), doc.id, found))
    report(len(docs), mentions, totals, strings, string_docs, per_doc, args)
    return 0


def report(n_docs, mentions, totals, strings, string_docs, per_doc, args) -> None:
    junk = sum(totals.values())
    the = sum(n for (t, _), n in strings.items() if t.lower() == "the")
    print(f"documents {n_docs}  entity mentions {mentions}  junk {junk} ({junk / max(mentions, 1):.2%})")
    print("  " + "  ".join(f"{k} {totals[k]}" for k in KINDS))
    the_docs = {d for (t, _), ids in string_docs.items() if t.lower() == "the" for d in ids}
    print(f'"the"-entities: {the} in {len(the_docs)} documents')
    print(f"\nmost repeated junk strings (mentions, documents):")
    for (t, label), n in strings.most_common(args.strings):
        print(f"  {n:>5} {len(string_docs[(t, label)]):>4}  {label:<8} {t!r}")
    print(f"\nworst documents:")
    for n, doc_id, found in sorted(per_doc, key=lambda r: (-r[0], r[1]))[: args.worst]:
        if n == 0:
            break
        top = ", ".join(f"{t!r} {label} x{k}" for (t, label), k in found.most_common(4))
        print(f"  {n:>4}  {doc_id}: {top}")


if __name__ == "__main__":
    sys.exit(main())
