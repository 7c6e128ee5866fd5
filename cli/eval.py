"""`annotate eval`: score the annotators on labelled articles (a gold JSONL file).

Without --pred it annotates the gold texts itself; with --pred it scores a file of records the
tool wrote earlier. A table on a terminal, one JSON object otherwise. Metrics: docs/eval.md.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import orjson
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from article_annotator.errors import AnnotateError, InputError, coded_error
from article_annotator.evaluation import (
    EvalDocument, KindReport, attach, evaluate, kinds_labelled, read_gold, read_predictions, registry,
)
from article_annotator.evaluation.labels import MAPS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


class LabelMap(str, Enum):
    conll = "conll"


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)


def eval_command(
    gold_path: Path = typer.Argument(..., metavar="GOLD.jsonl", help="Labelled articles: JSONL records with a `gold` object (docs/eval.md)."),
    pred_path: Optional[Path] = typer.Option(None, "--pred", metavar="PRED.jsonl", help="Score these records instead of annotating the gold texts."),
    annotators: Optional[str] = typer.Option(None, "-a", "--annotators", help="Comma-separated annotators to score. Default: every kind the gold labels."),
    errors: int = typer.Option(0, "--errors", min=0, metavar="N", help="Also show the N worst misses per annotator, with their sentences."),
    label_map: Optional[LabelMap] = typer.Option(None, "--map", help="Rename predicted entity labels first (conll: OntoNotes to PER/ORG/LOC/MISC)."),
    labels: Optional[str] = typer.Option(None, "--labels", help="Score only these entity labels (comma-separated), in gold and predictions."),
    fmt: Optional[EvalFormat] = typer.Option(None, "-f", "--format", help="table or json. Default: table on a terminal, else json."),
    model: Optional[str] = typer.Option(None, "--model", envvar="ANNOTATE_MODEL", help="spaCy pipeline to annotate with (without --pred)."),
) -> None:
    """Score annotators against labelled articles: P/R/F1 and the worst misses."""
    failed = False
    documents, bad = _gold(gold_path)
    failed |= bad
    kinds = _kinds(documents, annotators, gold_path)
    if pred_path is not None:
        unknown, bad = _attach_file(documents, pred_path)
        failed |= bad
    else:
        unknown, bad = 0, _annotate(documents, kinds, gold_path, model)
        failed |= bad
    options = {"map": label_map.value if label_map else None,
               "labels": [x.strip() for x in labels.split(",") if x.strip()] if labels else None}
    try:
        reports = evaluate(documents, kinds, options)
    except AnnotateError as exc:
        _fail_usage(str(exc))
    summary = _summary(gold_path, pred_path, documents, unknown, options)
    if (fmt.value if fmt else _default_format()) == "json":
        _write_json(summary, reports, errors)
    else:
        _print_tables(summary, reports, errors)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


# ------------------------------------------------------------------ input
def _gold(path: Path) -> tuple[list[EvalDocument], bool]:
    if not path.is_file():
        _fail_usage(f"{_plain(str(path))}: no such gold file")
    documents, bad = [], False
    for item in read_gold(path):
        if isinstance(item, InputError):
            _report(item)
            bad = True
        else:
            documents.append(item)
    if not documents:
        _fail_usage(f"{_plain(str(path))}: no usable gold records")
    return documents, bad


def _kinds(documents: list[EvalDocument], annotators: Optional[str], path: Path) -> list[str]:
    labelled = kinds_labelled(documents)
    scorable = set(registry.available())
    if annotators:
        chosen = [n.strip() for n in annotators.split(",") if n.strip()]
        for name in chosen:
            if name not in scorable:
                _fail_usage(str(coded_error("E040", name=name, installed=", ".join(sorted(scorable)))))
            if name not in labelled:
                _fail_usage(f"{_plain(str(path))}: the gold labels no {name!r} (it labels {', '.join(labelled) or 'nothing'})")
        return chosen
    chosen = [k for k in labelled if k in scorable]
    for kind in labelled:
        if kind not in scorable:
            _say(f"{_plain(str(path))}: no scorer installed for gold {kind!r}; not scored")
    if not chosen:
        _fail_usage(f"{_plain(str(path))}: the gold labels nothing a scorer knows ({', '.join(sorted(scorable))})")
    return chosen


def _attach_file(documents: list[EvalDocument], path: Path) -> tuple[int, bool]:
    if not path.is_file():
        _fail_usage(f"{_plain(str(path))}: no such prediction file")
    records, bad = [], False
    for item in read_predictions(path):
        if isinstance(item, InputError):
            _report(item)
            bad = True
        else:
            records.append(item)
    return attach(documents, records), bad


def _annotate(documents: list[EvalDocument], kinds: list[str], path: Path, model: Optional[str]) -> bool:
    from article_annotator.document import Document
    from article_annotator.evaluation.predict import predict

    bad = False
    try:
        for item in predict(documents, kinds, str(path), model):
            if isinstance(item, InputError):
                _report(item)
                bad |= not item.is_warning
            elif isinstance(item, Document):
                for error in item.errors:
                    _say(f"{_plain(item.id)}: annotator {error['annotator']} failed: {_plain(error['message'])}")
                    bad = True
    except AnnotateError as exc:
        _fail_usage(str(exc))
    return bad


# ----------------------------------------------------------------- output
def _summary(gold: Path, pred: Optional[Path], documents: list[EvalDocument], unknown: int,
             options: dict[str, Any]) -> dict[str, Any]:
    return {
        "gold": str(gold),
        "predictions": str(pred) if pred else None,
        "documents": len(documents),
        "documents_without_prediction": sum(1 for d in documents if d.predicted is None),
        "predictions_without_gold": unknown,
        "map": options["map"],
        "labels": options["labels"],
    }


def _default_format() -> str:
    return "table" if sys.stdout.isatty() else "json"


def _write_json(summary: dict[str, Any], reports: list[KindReport], errors: int) -> None:
    out = dict(summary, annotators={r.kind: r.as_dict(errors) for r in reports})
    sys.stdout.buffer.write(orjson.dumps(out, option=orjson.OPT_APPEND_NEWLINE))
    sys.stdout.flush()


def _print_tables(summary: dict[str, Any], reports: list[KindReport], errors: int) -> None:
    console = Console(highlight=False)
    source = f"predictions {summary['predictions']}" if summary["predictions"] else "annotated now"
    head = f"{summary['gold']}: {summary['documents']} documents, {source}"
    if summary["documents_without_prediction"]:
        head += f", {summary['documents_without_prediction']} without a prediction (scored as empty)"
    console.print(Text(_plain(head)))
    for report in reports:
        console.print(_scores_table(report))
        for note in report.notes:
            console.print(Text(_plain(f"  {note}"), style="dim"))
        if errors:
            console.print(_misses_table(report, errors))


def _scores_table(report: KindReport) -> Table:
    table = Table(title=Text(report.kind, style="bold"), title_justify="left")
    for column in ("measure", "gold", "pred", "match", "P", "R", "F1", "accuracy", "pairs"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for row in report.rows:
        counts = row.counts
        cells = [Text(_plain(row.measure))]
        cells += [str(counts.gold), str(counts.pred), _count(counts.matched)] if counts else ["", "", ""]
        cells += [f"{100 * v:.2f}" for v in row.scores] if row.scores else ["", "", ""]
        cells += [f"{100 * row.accuracy:.2f}" if row.accuracy is not None else "", str(row.pairs) if row.pairs is not None else ""]
        table.add_row(*cells)
    return table


def _count(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def _misses_table(report: KindReport, n: int) -> Table:
    table = Table(title=f"{report.kind}: {n} worst misses", title_justify="left", show_lines=True)
    for column in ("document", "error", "gold", "predicted", "sentence"):
        table.add_column(column, overflow="fold")
    for miss in report.worst(n):
        table.add_row(*(Text(_plain(v or "")) for v in (miss.doc, miss.error, miss.gold, miss.predicted, miss.sentence)))
    return table


# ----------------------------------------------------------------- errors
def _plain(text: str) -> str:
    """Text safe for a terminal: control characters (escape sequences) shown as \\xNN."""
    return "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" for c in text)


def _say(message: str) -> None:
    stderr.print(Text(f"annotate: {message}"))


def _report(error: InputError) -> None:
    prefix = "warning: " if error.is_warning else ""
    _say(f"{_plain(error.location)}: {prefix}{_plain(error.reason)}")


def _fail_usage(message: str) -> None:
    _say(message)
    raise typer.Exit(EXIT_USAGE)
