"""How often the first-name table agrees with the document's own pronouns, on quoted people.

    .venv/bin/python benchmarks/speaker_gender.py [N_DOCS]

Reads the first N documents (default 84) of ../shared/eval/quotes/quotes-dev.jsonl and the
modern dev set (by path; exits 0 with a note when ../shared is absent), annotates quotes,
and for every distinct person quoted in a document whose gender the document itself shows
(a he/she source for them, or pronouns and titles around their name) compares that with
what the first-name table alone says for their first name. Prints coverage (how many of
those people the table knows) and agreement (how often it is right when it answers).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SETS = (SHARED / "quotes" / "quotes-dev.jsonl", SHARED / "modern" / "quotes-modern-dev.jsonl")


def people_with_pronouns(text: str, items: list[dict], gender_by_text) -> dict[str, str]:
    """canonical name -> "m"/"f" from the document only (he/she sources, then the text)."""
    out: dict[str, set[str]] = {}
    for it in items:
        name = it.get("speaker_canonical") or ""
        if len(name.split()) < 2 or it.get("speaker_cluster") is None:
            continue
        said = text[it["speaker_start"]:it["speaker_end"]].lower() if it.get("speaker_start") is not None else ""
        g = {"he": "m", "she": "f"}.get(said) or gender_by_text(text, " ".join(name.split()[-2:]))
        if g:
            out.setdefault(name, set()).add(g)
    return {name: gs.pop() for name, gs in out.items() if len(gs) == 1}


@dataclass(frozen=True)
class _Person:
    """A PERSON entity as the gender evidence reads it."""

    start: int
    end: int
    text: str
    label: str


def main() -> int:
    if not all(p.exists() for p in SETS):
        print(f"skipped: {SHARED} is absent")
        return 0
    limit = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 84
    from article_annotator import registry
    from article_annotator.document import Document
    from article_annotator.model import load_model, resolve_model_name
    from article_annotator.lexicon.firstnames import table_gender
    from article_annotator.quotes.genders import GenderEvidence
    from article_annotator.quotes.parse import Ranges

    entities, quotes = registry.resolve(["entities", "quotes"])
    nlp = load_model(resolve_model_name(), entities.requires | quotes.requires)
    known = answered = right = 0
    for path in SETS:
        with path.open(encoding="utf-8") as fh:
            for line in islice(fh, limit):
                rec = json.loads(line)
                doc = Document(id=rec["id"], text=rec["text"], spacy=nlp(rec["text"]))
                doc.results["entities"] = list(entities.annotate(doc))
                persons = [_Person(e["start"], e["end"], e["text"], e["label"]) for e in doc.results["entities"]
                           if e["label"] == "PERSON"]
                evidence = GenderEvidence(rec["text"], Ranges([]), persons)
                by_text = lambda _text, name, evidence=evidence: evidence.of_name(name)  # noqa: E731
                for name, g in people_with_pronouns(rec["text"], quotes.annotate(doc), by_text).items():
                    known += 1
                    guess = table_gender(name.split()[0])
                    answered += guess is not None
                    right += guess == g
                    if guess is not None and guess != g and "-v" in sys.argv:
                        print("  disagree:", name, "text", g, "table", guess)
    print(f"people quoted whose gender the text shows: {known}")
    print(f"first-name table answers for {answered} ({answered / max(known, 1):.1%}); "
          f"right on {right} of those ({right / max(answered, 1):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
