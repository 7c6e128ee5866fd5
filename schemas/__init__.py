"""The JSON Schema of an output record: the public contract of `annotate`."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any

SCHEMA_FILE = "record.schema.json"


def record_schema_text() -> str:
    """The schema as written in the file, for `annotate schema`."""
    return files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The schema as a dict, for validators."""
    return json.loads(record_schema_text())
