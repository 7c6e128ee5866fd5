"""The steps of a run around any engine: plan and prepare the folder first, index it last."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

import orjson

from ..errors import InputError
from ..pipeline import Pipeline
from .manifest import build_manifest, write_errors, write_manifest, write_plan
from .parts import sweep_temps
from .plan import DEFAULT_SPLIT_SIZE, Split, plan_inputs
from .resume import prepare
from .task import RunOptions


@dataclass
class RunPlan:
    """A planned run: its folder, splits, the errors found while planning, the parts kept."""

    out_dir: Path
    splits: list[Split]
    plan_errors: list[InputError]
    kept: dict[int, dict[str, Any]]
    header: dict[str, Any]


def plan_run(pipeline: Pipeline, paths: Iterable[str], out_dir: str | Path, options: RunOptions,
             split_size: int = DEFAULT_SPLIT_SIZE, resume: bool = False) -> RunPlan:
    """Plan the splits, check the folder (refused when not empty, unless resuming), write `_plan.jsonl`."""
    header = {"annotators": pipeline.names, "model": pipeline.model_name, "options": options.as_dict(),
              "split_size": split_size}
    key = orjson.dumps({**header, "split_size": None}, option=orjson.OPT_SORT_KEYS).decode()
    splits: list[Split] = []
    errors: list[InputError] = []
    for unit in plan_inputs(paths, split_size, options=key):
        (errors if isinstance(unit, InputError) else splits).append(unit)
    folder = Path(out_dir)
    kept = prepare(folder, splits, resume)
    write_plan(folder, splits, header)
    return RunPlan(folder, splits, errors, kept, header)


def finish_run(run: RunPlan, dones: list[dict[str, Any]]) -> dict[str, Any]:
    """Sweep temporary files, write `_errors.jsonl` and, last, `_manifest.json`; return it."""
    sweep_temps(run.out_dir)
    errors = [asdict(e) for e in run.plan_errors] + [e for d in dones for e in d["input_errors"]]
    write_errors(run.out_dir, errors)
    manifest = build_manifest(run.splits, dones, run.header, plan_errors=sum(not e.is_warning for e in run.plan_errors))
    write_manifest(run.out_dir, manifest)
    return manifest
