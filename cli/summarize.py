"""`annotate summarize RECORDS.jsonl|corpus.db`: a corpus in a few tables.

Rich tables on a terminal, one JSON object in a pipe (or with --json). Reads records, so it
works on any earlier output, and streams: memory does not grow with the corpus.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import orjson
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from article_annotator.summary import Summary, read_records

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

SECTIONS = (
    ("speakers", "Most-quoted speakers", ("speaker", "quotes", "articles", "gender")),
    ("people", "Most-named people", ("name", "mentions", "articles")),
    ("organisations", "Most-named organisations", ("name", "mentions", "articles")),
    ("places", "Most-named places", ("name", "mentions", "articles")),
    ("tariffs", "Tariff measures", ("imposer", "target", "action", "rate", "products", "effective", "articles", "article")),
    ("dates_by_month", "Dates by month", ("month", "dates")),
)


def summarize(
    path: Path = typer.Argument(..., help="Records: a JSON Lines file written by annotate, or a database written with -o FILE.db."),
    top: int = typer.Option(10, "--top", min=1, help="Rows per table."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object, also the default when stdout is not a terminal."),
) -> None:
    """Summarise annotated records: speakers, people, organisations, places, tariffs, dates by month."""
    summary = Summary()
    try:
        for record in read_records(path):
            summary.add(record)
    except (OSError, ValueError) as exc:  # a missing file, a line that is not JSON, not a database
        Console(stderr=True, highlight=False).print(f"annotate: {path}: cannot read records: {exc}", markup=False)
        raise typer.Exit(1)
    result = summary.as_dict(top)
    if as_json or not sys.stdout.isatty():
        sys.stdout.buffer.write(orjson.dumps(result) + b"\n")
        return
    console = Console(highlight=False)
    console.print(f"{result['documents']} document{'s' if result['documents'] != 1 else ''}", markup=False)
    for key, title, columns in SECTIONS:
        if result[key]:
            console.print(_table(title, columns, result[key]))


def _table(title: str, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    return table


def _cell(value: Any) -> Text:
    """Plain text, never markup; control characters shown as escapes, never sent raw."""
    if value is None:
        return Text("")
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return Text(_CONTROL.sub(lambda m: repr(m.group())[1:-1], text))


def register(app: typer.Typer) -> None:
    app.command("summarize")(summarize)
