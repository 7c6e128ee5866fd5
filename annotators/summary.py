"""A corpus in a few tables: who is quoted and named most, which tariff measures, dates by month.

`Summary.add(record)` takes one record at a time, so any earlier output (JSON Lines or a
database written with `-o corpus.db`) can be summarised as a stream: memory grows with the number
of distinct names and measures, never with the number of documents or items.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import orjson

from .flatten import SPAN_FIELDS

PLACE_LABELS = frozenset({"GPE", "LOC"})
ENTITY_GROUPS = {"people": frozenset({"PERSON"}), "organisations": frozenset({"ORG"}), "places": PLACE_LABELS}


@dataclass
class Tally:
    """Mentions and articles of one key; articles counted without storing document ids
    (records arrive document by document, so a key seen again in the same one is not recounted)."""

    mentions: int = 0
    articles: int = 0
    last_document: Any = None
    genders: Counter = field(default_factory=Counter)

    def count(self, document_id: Any, gender: str | None = None) -> None:
        self.mentions += 1
        if document_id != self.last_document:
            self.articles += 1
            self.last_document = document_id
        if gender:
            self.genders[gender] += 1


@dataclass
class Summary:
    documents: int = 0
    speakers: dict[str, Tally] = field(default_factory=dict)
    entities: dict[str, dict[str, Tally]] = field(default_factory=lambda: {g: {} for g in ENTITY_GROUPS})
    measures: dict[tuple, dict[str, Any]] = field(default_factory=dict)
    months: Counter = field(default_factory=Counter)

    def add(self, record: dict[str, Any]) -> None:
        """Count one record."""
        self.documents += 1
        doc_id = record.get("id")
        for quote in record.get("quotes") or []:
            # An unresolved pronoun ("he") names no one; a resolved one counts under its person.
            name = quote.get("speaker_canonical") or (quote.get("speaker") if quote.get("speaker_type") != "pronoun" else None)
            if name:
                self.speakers.setdefault(name, Tally()).count(doc_id, quote.get("speaker_gender"))
        for entity in record.get("entities") or []:
            for group, labels in ENTITY_GROUPS.items():
                if entity.get("label") in labels:
                    key = entity.get("canonical") or entity.get("text")
                    self.entities[group].setdefault(key, Tally()).count(doc_id)
        for tariff in record.get("tariffs") or []:
            self._add_measure(doc_id, tariff)
        for date in record.get("dates") or []:
            value = date.get("value") or ""
            if date.get("type") in ("DATE", "TIME") and len(value) >= 7 and value[:4].isdigit() and value[4] == "-" and value[5:7].isdigit():
                self.months[value[:7]] += 1

    def _add_measure(self, doc_id: Any, tariff: dict[str, Any]) -> None:
        key = (_codes(tariff.get("imposer")), _codes(tariff.get("target")), tariff.get("action"), tariff.get("rate"))
        entry = self.measures.setdefault(key, {"mentions": 0, "articles": Tally(), "products": Counter(),
                                               "effective": None, "first_article": doc_id})
        entry["mentions"] += 1
        entry["articles"].count(doc_id)
        entry["products"].update(p.lower() for p in tariff.get("products") or [])
        entry["effective"] = entry["effective"] or tariff.get("effective")

    def as_dict(self, top: int = 10) -> dict[str, Any]:
        """The summary as one JSON-ready object, each list cut to its `top` entries."""
        return {
            "documents": self.documents,
            "speakers": [
                {"speaker": name, "quotes": t.mentions, "articles": t.articles,
                 "gender": t.genders.most_common(1)[0][0] if t.genders else None}
                for name, t in _top(self.speakers, top)
            ],
            **{group: [{"name": name, "mentions": t.mentions, "articles": t.articles} for name, t in _top(tallies, top)]
               for group, tallies in self.entities.items()},
            "tariffs": [
                {"imposer": list(k[0]), "target": list(k[1]), "action": k[2], "rate": k[3],
                 "mentions": e["mentions"], "articles": e["articles"].articles,
                 "products": [p for p, _ in e["products"].most_common(5)], "effective": e["effective"],
                 "article": e["first_article"]}
                for k, e in sorted(self.measures.items(), key=lambda kv: (-kv[1]["articles"].articles, -kv[1]["mentions"], str(kv[0])))[:top]
            ],
            "dates_by_month": [{"month": m, "dates": n} for m, n in sorted(self.months.items())],
        }


def _top(tallies: dict[str, Tally], top: int) -> list[tuple[str, Tally]]:
    return sorted(tallies.items(), key=lambda kv: (-kv[1].mentions, -kv[1].articles, kv[0]))[:top]


def _codes(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return (str(value),)


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """Records from JSON Lines or from a database written with `-o FILE.db`."""
    if path.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
        yield from _database_records(path)
        return
    with open(path, "rb") as stream:
        for line in stream:
            if line.strip():
                yield orjson.loads(line)


def _database_records(path: Path) -> Iterator[dict[str, Any]]:
    """Each document of the database with its items, list columns read back from JSON."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        tables = [name for (name,) in connection.execute("select name from sqlite_master where type = 'table'")
                  if name != "documents" and _has_column(connection, name, "document_id")]
        for document in connection.execute("select * from documents order by rowid"):
            record: dict[str, Any] = {"id": document["id"], "meta": {"date": document["date"]}}
            for table in tables:
                rows = connection.execute(f"select * from [{table}] where document_id = ? order by rowid", (document["id"],))
                record[table] = [_item(dict(row)) for row in rows]
            yield record
    finally:
        connection.close()


def _has_column(connection: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in connection.execute(f"pragma table_info([{table}])"))


def _item(row: dict[str, Any]) -> dict[str, Any]:
    row.pop("document_id", None)
    for key, value in row.items():
        if key not in SPAN_FIELDS and isinstance(value, str) and value[:1] in "[{":
            try:
                row[key] = orjson.loads(value)
            except orjson.JSONDecodeError:
                pass
    return row
