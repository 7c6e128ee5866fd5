"""Scoring annotator output against labelled articles: the library behind `annotate eval`.

    from article_annotator.evaluation import evaluate, read_gold
    documents = [d for d in read_gold(Path("gold.jsonl")) if not isinstance(d, InputError)]
    ...attach predictions (records.attach), then
    reports = evaluate(documents, ["dates"], {})

One module per kind (`entities`, `dates`, `quotes`, `tariffs`), each with a `score(documents)`
function that other code can call directly; scorers are found through the entry-point group
`article_annotator.scorers` (see `registry`). Metric definitions: docs/eval.md.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from . import registry
from .records import EvalDocument, attach, kinds_labelled, read_gold, read_predictions
from .report import KindReport, Miss, Row

__all__ = [
    "EvalDocument", "KindReport", "Miss", "Row", "attach", "evaluate", "kinds_labelled",
    "read_gold", "read_predictions", "registry",
]


def evaluate(documents: Sequence[EvalDocument], kinds: Sequence[str], options: Mapping[str, Any]) -> list[KindReport]:
    """One report per kind, in the order given; each kind needs an installed scorer."""
    scorers = [registry.load(kind) for kind in kinds]
    return [scorer.score(documents, options) for scorer in scorers]
