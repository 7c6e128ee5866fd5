"""`-o corpus.db`: records into SQLite, ready for Datasette, sqlite3 and pandas.

Tables: `documents` (one row per record, `id` the primary key) and one table per annotator that
ran (`entities`, `quotes`, `dates`, `tariffs`, a plugin's own), each row an item with its
`document_id`, span and fields; lists and objects are JSON text, and tariffs also carry
`imposer_codes` / `target_codes` as plain text ("CA; US"). Item tables are indexed on
`document_id`; quote text and titles have full-text search.

Writing a record replaces that document's rows (an upsert by id), so a second run over the
same inputs never duplicates anything. Records are committed in batches, in transactions: an
interrupted run leaves whole documents only, never half of one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from article_annotator.flatten import annotator_lists, as_json, document_row, item_rows

BATCH = 200
"""Records per transaction."""

FTS = {"quotes": ["text"], "documents": ["title"]}
"""Full-text search: table -> its searchable columns."""


class SqliteWriter:
    """Upserts each record's document row and item rows, `BATCH` records per transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite_utils.Database(path)
        self.pending: list[dict[str, Any]] = []
        self.tables: set[str] = set(self.db.table_names())
        self.item_tables = {t for t in self.tables if t != "documents" and "document_id" in self.db[t].columns_dict}

    def known_ids(self) -> set[str]:
        """Ids of the documents already in the database (for --resume)."""
        if "documents" not in self.tables:
            return set()
        return {row["id"] for row in self.db.query("select id from documents")}

    def write(self, record: dict[str, Any]) -> None:
        self.pending.append(record)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pending records in one transaction: their old rows go, their new rows come."""
        if not self.pending:
            return
        documents = [document_row(record) for record in self.pending]
        items: dict[str, list[dict[str, Any]]] = {}
        for record in self.pending:
            for kind in annotator_lists(record):
                items.setdefault(kind, []).extend(item_rows(record, kind, cell=as_json, with_codes=True))
        ids = [row["id"] for row in documents]
        with self.db.conn:  # one transaction: all of these records or none
            self._delete_items_of(ids)
            self.db["documents"].upsert_all(documents, pk="id", alter=True)
            self.tables.add("documents")
            for kind, rows in items.items():
                self._ensure_table(kind, rows)
                if rows:
                    self.db[kind].insert_all(rows, alter=True, batch_size=1000)
        self.pending = []

    def _delete_items_of(self, ids: list[str]) -> None:
        """Remove the item rows of these documents (an upsert replaces, never duplicates)."""
        marks = ", ".join("?" for _ in ids)
        for table in self.item_tables:
            self.db.execute(f"delete from [{table}] where document_id in ({marks})", ids)

    def _ensure_table(self, kind: str, rows: list[dict[str, Any]]) -> None:
        if kind in self.tables:
            return
        columns = {"document_id": str, "start": int, "end": int, "text": str}
        self.db[kind].create(columns, foreign_keys=[("document_id", "documents", "id")])
        if rows:
            self.db[kind].add_missing_columns(rows)
        self.db[kind].create_index(["document_id"], if_not_exists=True)
        self.tables.add(kind)
        self.item_tables.add(kind)

    def close(self) -> None:
        self.flush()
        for table, columns in FTS.items():
            if table in self.tables and not self.db[table].detect_fts():
                self.db[table].enable_fts(columns, create_triggers=True)
        self.db.close()


def is_sqlite_path(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() in (".db", ".sqlite", ".sqlite3")
