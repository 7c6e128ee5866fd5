"""Annotate past one machine: plan splits, annotate each into a part file, merge the parts.

The core here is engine-neutral (plain functions over paths and a `Pipeline`); an engine
adapter such as `dask_engine` only ships splits to workers and collects their results.
"""

from .manifest import read_manifest
from .plan import DEFAULT_SPLIT_SIZE, Split, plan_inputs
from .task import annotate_split

__all__ = ["DEFAULT_SPLIT_SIZE", "Split", "annotate_split", "plan_inputs", "read_manifest"]
