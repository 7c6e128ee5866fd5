"""CSV, SQLite and `annotate summarize`: the same records, item for item, in every format."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections import Counter
from pathlib import Path

import orjson
import pytest

from article_annotator.flatten import columns_for
from conftest import SAMPLES, invoke, records


@pytest.fixture(scope="module")
def sample_records() -> list[dict]:
    from typer.testing import CliRunner

    result = invoke(CliRunner(), str(SAMPLES), "-f", "jsonl", "-q")
    assert result.exit_code == 0
    return records(result.stdout)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, sample_records) -> Path:
    from typer.testing import CliRunner

    path = tmp_path_factory.mktemp("db") / "corpus.db"
    result = invoke(CliRunner(), str(SAMPLES), "-o", str(path), "-q")
    assert result.exit_code == 0, result.stderr
    return path


def _query(path: Path, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, args).fetchall()


def test_sqlite_holds_every_item_of_the_jsonl(sample_db: Path, sample_records: list[dict]) -> None:
    for kind in ("entities", "dates", "quotes", "tariffs"):
        expected = sorted((r["id"], i["start"], i["end"], i["text"]) for r in sample_records for i in r[kind])
        got = sorted(_query(sample_db, f"select document_id, start, [end], text from {kind}"))
        assert got == expected, kind
    documents = _query(sample_db, "select id, date, date_source from documents order by id")
    assert documents == sorted((r["id"], r["meta"].get("date"), r["meta"].get("date_source")) for r in sample_records)


def test_sqlite_keeps_lists_as_json_and_codes_as_text(sample_db: Path, sample_records: list[dict]) -> None:
    rows = _query(sample_db, "select document_id, start, products, imposer_codes, target_codes, imposer from tariffs")
    by_span = {(r["id"], t["start"]): t for r in sample_records for t in r["tariffs"]}
    assert rows
    for doc_id, start, products, imposer_codes, target_codes, imposer in rows:
        item = by_span[(doc_id, start)]
        assert orjson.loads(products) == item["products"]
        codes = item["imposer"] if isinstance(item["imposer"], list) else [item["imposer"]] if item["imposer"] else []
        assert (imposer_codes or "") == "; ".join(codes)


def test_a_second_run_replaces_rows_and_never_duplicates(runner, tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    for _ in range(2):
        assert invoke(runner, str(SAMPLES), "-o", str(path), "-q").exit_code == 0
    one_run = invoke(runner, str(SAMPLES), "-f", "jsonl", "-q")
    quotes = sum(len(r["quotes"]) for r in records(one_run.stdout))
    assert _query(path, "select count(*) from quotes") == [(quotes,)]
    assert _query(path, "select count(*) from documents") == [(len(records(one_run.stdout)),)]


def test_resume_skips_documents_already_in_the_database(runner, tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    seed = SAMPLES / "india-us-jaishankar-gor-2026-01-30.txt"
    assert invoke(runner, str(seed), "-o", str(path), "-q").exit_code == 0
    result = invoke(runner, str(SAMPLES), "-o", str(path), "--resume")
    assert result.exit_code == 0
    assert "1 documents already in" in result.stderr or "1 document already in" in result.stderr
    assert len(_query(path, "select id from documents")) == len(list(SAMPLES.iterdir()))


def test_full_text_search_finds_a_quoted_word(sample_db: Path, sample_records: list[dict]) -> None:
    word = "lights"
    expected = sorted(q["text"] for r in sample_records for q in r["quotes"] if word in q["text"].lower())
    assert expected, "the samples quote the word"
    got = _query(sample_db, "select quotes.text from quotes_fts join quotes on quotes.rowid = quotes_fts.rowid "
                            "where quotes_fts match ?", word)
    assert sorted(t for (t,) in got) == expected


def test_csv_has_the_header_and_one_row_per_item(runner, sample_records: list[dict]) -> None:
    result = invoke(runner, str(SAMPLES), "-a", "tariffs", "-f", "csv", "-q")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = result.stdout.splitlines()[0].split(",")
    assert header[:2] == ["document_id", "document_date"]
    assert header[2:] == columns_for("tariffs")
    expected = [(r["id"], str(t["start"]), t["text"]) for r in sample_records for t in r["tariffs"]]
    assert [(row["document_id"], row["start"], row["text"]) for row in rows] == expected
    for row, item in zip(rows, (t for r in sample_records for t in r["tariffs"])):
        assert row["products"] == "; ".join(item["products"])


def test_csv_is_chosen_by_extension_and_needs_exactly_one_annotator(runner, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    assert invoke(runner, str(SAMPLES), "-a", "quotes", "-o", str(out), "-q").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("document_id,document_date,start,end,text,")
    several = invoke(runner, str(SAMPLES), "-a", "quotes,dates", "-f", "csv")
    assert several.exit_code == 2 and "exactly one" in several.stderr
    none = invoke(runner, str(SAMPLES), "-f", "csv")
    assert none.exit_code == 2


def test_sqlite_format_needs_a_file(runner) -> None:
    result = invoke(runner, str(SAMPLES), "-f", "sqlite")
    assert result.exit_code == 2 and "-o FILE.db" in result.stderr


def _expected_summary(sample_records: list[dict]) -> tuple[Counter, Counter, Counter]:
    speakers: Counter = Counter()
    people: Counter = Counter()
    months: Counter = Counter()
    for record in sample_records:
        for q in record["quotes"]:
            name = q.get("speaker_canonical") or (q.get("speaker") if q.get("speaker_type") != "pronoun" else None)
            if name:
                speakers[name] += 1
        for e in record["entities"]:
            if e["label"] == "PERSON":
                people[e.get("canonical") or e["text"]] += 1
        for d in record["dates"]:
            v = d["value"] or ""
            if d["type"] in ("DATE", "TIME") and len(v) >= 7 and v[:4].isdigit() and v[4] == "-" and v[5:7].isdigit():
                months[v[:7]] += 1
    return speakers, people, months


def test_summarize_counts_what_the_records_hold(runner, tmp_path: Path, sample_records: list[dict], sample_db: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in sample_records))
    result = invoke(runner, "summarize", str(path), "--top", "100", "--json")
    assert result.exit_code == 0
    summary = orjson.loads(result.stdout)
    speakers, people, months = _expected_summary(sample_records)
    assert summary["documents"] == len(sample_records)
    assert {s["speaker"]: s["quotes"] for s in summary["speakers"]} == dict(speakers)
    assert {p["name"]: p["mentions"] for p in summary["people"]} == dict(people)
    assert {m["month"]: m["dates"] for m in summary["dates_by_month"]} == dict(months)
    from_db = invoke(runner, "summarize", str(sample_db), "--top", "100", "--json")
    assert orjson.loads(from_db.stdout) == summary


def test_summarize_names_a_file_it_cannot_read(runner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    result = invoke(runner, "summarize", str(bad))
    assert result.exit_code == 1 and "bad.jsonl" in result.stderr
