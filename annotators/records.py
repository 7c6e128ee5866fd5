"""The one serialisation of a record as a JSON line, shared by every JSONL writer.

The `-o FILE.jsonl` writer and the cluster's part files use this same function, so the
concatenated parts of a cluster run are byte-identical to `annotate -j 1`.
"""

from __future__ import annotations

from typing import Any

import orjson

from .document import Document


def record_line(record: dict[str, Any]) -> bytes:
    """One compact JSON object and its newline."""
    return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)


def document_line(doc: Document, include_text: bool = False, debug: bool = False) -> bytes:
    """The JSON line of an annotated document, as `annotate run` writes it."""
    return record_line(doc.to_record(include_text=include_text, include_tracebacks=debug))
