"""The output folder's index: `_plan.jsonl` first, `_errors.jsonl` and `_manifest.json` last.

The manifest names the versions that made the records (tool, spaCy, model), the counts,
and each part's sha256, so `annotate merge` can check a folder before it joins the parts.
"""

from __future__ import annotations

import datetime
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable

import orjson

from .. import __version__
from .parts import write_atomic_lines, write_json
from .plan import Split, plan_hash

PLAN = "_plan.jsonl"
ERRORS = "_errors.jsonl"
MANIFEST = "_manifest.json"


def write_plan(out_dir: Path, splits: list[Split], header: dict[str, Any]) -> None:
    """The plan: one header line (options, plan hash), then one line per split."""
    first = {"plan_hash": plan_hash(splits), "splits": len(splits), **header}
    lines = [orjson.dumps(first, option=orjson.OPT_APPEND_NEWLINE)]
    lines += [orjson.dumps(s.as_dict(), option=orjson.OPT_APPEND_NEWLINE) for s in splits]
    write_atomic_lines(out_dir / PLAN, lines)


def write_errors(out_dir: Path, errors: Iterable[dict[str, Any]]) -> int:
    """All input errors of the run, in input order; returns how many."""
    lines = [orjson.dumps(e, option=orjson.OPT_APPEND_NEWLINE) for e in errors]
    write_atomic_lines(out_dir / ERRORS, lines)
    return len(lines)


def build_manifest(splits: list[Split], dones: list[dict[str, Any]], header: dict[str, Any],
                   plan_errors: int) -> dict[str, Any]:
    return {
        "tool": "article-annotator",
        "versions": versions(header.get("model")),
        **header,
        "plan_hash": plan_hash(splits),
        "documents": sum(d["documents"] for d in dones),
        "errors": plan_errors + sum(d["errors"] for d in dones),
        "warnings": sum(d["warnings"] for d in dones),
        "parts": [{"name": d["part"], "sha256": d["sha256"], "bytes": d["bytes"], "documents": d["documents"],
                   "errors": d["errors"]} for d in dones],
        "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    write_json(out_dir / MANIFEST, manifest)


def read_manifest(out_dir: str | Path) -> dict[str, Any]:
    """The manifest of a finished run folder (raises OSError or ValueError when unreadable)."""
    return orjson.loads((Path(out_dir) / MANIFEST).read_bytes())


def versions(model: str | None) -> dict[str, str | None]:
    return {"article-annotator": __version__, "spacy": _version("spacy"),
            "model": model, "model_version": _version(model) if model else None}


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        try:
            return metadata.version(distribution.replace("_", "-"))
        except metadata.PackageNotFoundError:
            return None
