"""`annotate merge FOLDER`: the parts of a cluster run as one ordered JSONL, checked first.

Every part listed in `_manifest.json` must exist and match its sha256 (and its done-file)
before a byte is written: a folder of an unfinished or altered run is refused, naming
the part and the reason.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import IO, Optional

import typer
from rich.console import Console

from article_annotator.cluster.manifest import MANIFEST, read_manifest
from article_annotator.cluster.parts import file_sha256

from .output import AtomicFile

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def _say(message: str) -> None:
    _stderr.print(f"annotate: {message}", markup=False)


def problems(folder: Path) -> list[str]:
    """What is wrong with a run folder, one line each; empty when it can be merged."""
    try:
        manifest = read_manifest(folder)
    except FileNotFoundError:
        return [f"{folder}: no {MANIFEST}: the run did not finish (rerun it with --resume)"]
    except (OSError, ValueError) as exc:
        return [f"{folder / MANIFEST}: unreadable: {exc}"]
    found = []
    for part in manifest.get("parts", []):
        path = folder / part["name"]
        digest = file_sha256(path)
        if digest is None:
            found.append(f"{path}: missing")
        elif digest != part["sha256"]:
            found.append(f"{path}: sha256 does not match the manifest (the part changed after the run)")
    return found


def merge(
    folder: Path = typer.Argument(..., help="The -o folder of an `annotate run --cluster`."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to FILE atomically instead of stdout."),
) -> None:
    """Join the parts of a cluster run into one JSONL file, in input order, after checking their hashes."""
    if not folder.is_dir():
        _say(f"{folder}: not a directory")
        raise typer.Exit(EXIT_USAGE)
    found = problems(folder)
    for problem in found:
        _say(problem)
    if found:
        _say("refusing to merge")
        raise typer.Exit(EXIT_FAILED)
    names = [part["name"] for part in read_manifest(folder)["parts"]]
    try:
        sink = AtomicFile(output) if output else None
    except OSError as exc:
        _say(f"{output}: cannot write there: {(exc.strerror or str(exc)).lower()}")
        raise typer.Exit(EXIT_USAGE)
    _copy(folder, names, sink.stream if sink else sys.stdout.buffer)
    if sink:
        sink.commit()


def _copy(folder: Path, names: list[str], stream: IO[bytes]) -> None:
    for name in names:
        with open(folder / name, "rb") as part:
            shutil.copyfileobj(part, stream)
    stream.flush()


def register(app: typer.Typer) -> None:
    app.command("merge")(merge)
