"""`annotate view INPUTS|RECORDS.jsonl -o page.html`: look at what was found, on the article.

Given records written earlier with `--include-text` (JSON Lines), it draws those; given
articles (files, folders, globs), it annotates them first. Either way the page is built from
records, so a plugin's spans show too.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator, List, Optional

import orjson
import typer
from rich.console import Console

from article_annotator.document import Document
from article_annotator.errors import AnnotateError
from article_annotator.html import render_page

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def view(
    paths: List[str] = typer.Argument(..., help="Articles to annotate, or one JSON Lines file of records written with --include-text."),
    output: Path = typer.Option(..., "-o", "--output", help="The HTML file to write."),
    annotators: Optional[str] = typer.Option(None, "-a", "--annotators", help="Annotators to run on articles (default: all)."),
    model: Optional[str] = typer.Option(None, "--model", envvar="ANNOTATE_MODEL", help="spaCy pipeline to use on articles."),
    title: str = typer.Option("Annotated articles", "--title", help="The page title."),
) -> None:
    """Write one self-contained HTML page showing what the annotators found on each article."""
    try:
        records = list(_records_of(paths, annotators, model))
    except AnnotateError as exc:
        stderr.print(f"annotate: {exc}", markup=False)
        raise typer.Exit(2)
    if not records:
        stderr.print("annotate: no documents to show", markup=False)
        raise typer.Exit(1)
    missing = [r.get("id") for r in records if not isinstance(r.get("text"), str)]
    if missing:
        stderr.print(f"annotate: {len(missing)} records carry no text (write them with --include-text), "
                     f"e.g. {missing[0]!r}", markup=False)
        raise typer.Exit(1)
    temp = output.with_name(f".{output.name}.tmp")
    temp.write_text(render_page(records, title=title), encoding="utf-8")
    temp.replace(output)
    stderr.print(f"annotate: {len(records)} document{'s' if len(records) != 1 else ''} drawn in {output}", markup=False)


def _records_of(paths: List[str], annotators: Optional[str], model: Optional[str]) -> Iterator[dict[str, Any]]:
    if len(paths) == 1 and _holds_records(Path(paths[0])):
        with open(paths[0], "rb") as stream:
            for line in stream:
                if line.strip():
                    yield orjson.loads(line)
        return
    from article_annotator.pipeline import Pipeline
    from article_annotator.sources import read_documents

    names = [n.strip() for n in annotators.split(",") if n.strip()] if annotators else None
    pipeline = Pipeline(names, model=model)
    for item in pipeline.run(read_documents(paths)):
        if isinstance(item, Document):
            yield item.to_record(include_text=True)
        else:
            stderr.print(f"annotate: {item.location}: {item.reason}", markup=False)


def _holds_records(path: Path) -> bool:
    """A JSON Lines file whose first line is an annotate record (it has `source` and `errors`)."""
    if path.suffix != ".jsonl" or not path.is_file():
        return False
    with open(path, "rb") as stream:
        first = stream.readline()
    try:
        record = orjson.loads(first)
    except orjson.JSONDecodeError:
        return False
    return isinstance(record, dict) and "errors" in record and "source" in record


def register(app: typer.Typer) -> None:
    app.command("view")(view)
