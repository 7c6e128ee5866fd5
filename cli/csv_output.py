"""`-f csv`: one row per item of one annotator, for spreadsheets and pandas.

The header is the document id and date, then every field the record schema declares for that
annotator (a plugin's own fields when the schema does not know it), so the columns are the same
in every file of a corpus. Lists are joined with "; ". Written with the standard csv module, so
Excel, LibreOffice and `pandas.read_csv` read it as it is.
"""

from __future__ import annotations

import csv
import io
from typing import IO, Any

from article_annotator.flatten import columns_for, item_rows, joined

LEAD_COLUMNS = ("document_id", "document_date")


class CsvWriter:
    """Rows of one annotator's items; the header is written with the first record."""

    def __init__(self, stream: IO[bytes], annotator: str) -> None:
        self.stream = stream
        self.annotator = annotator
        self.text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
        self.writer: csv.DictWriter | None = None

    def write(self, record: dict[str, Any]) -> None:
        items = record.get(self.annotator) or []
        if self.writer is None:
            self._start(items)
        assert self.writer is not None
        date = (record.get("meta") or {}).get("date")
        for row in item_rows(record, self.annotator, cell=joined):
            self.writer.writerow({"document_date": date, **row})
        self.text.flush()

    def _start(self, items: list[dict[str, Any]]) -> None:
        fields = [*LEAD_COLUMNS, *columns_for(self.annotator, items)]
        self.writer = csv.DictWriter(self.text, fieldnames=fields, extrasaction="ignore")
        self.writer.writeheader()

    def close(self) -> None:
        if self.writer is None:
            self._start([])
        self.text.flush()
        self.text.detach()
