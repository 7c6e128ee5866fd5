"""Writers: golden table output on a fixed-width console, whole JSON lines, atomic files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import orjson
import pytest
from rich.console import Console

from article_annotator.cli.output import AtomicFile, JsonlWriter, JsonWriter, TableWriter

GOLDEN = Path(__file__).parent / "golden"

RECORD = {
    "id": "samples/example.txt",
    "source": {"path": "samples/example.txt"},
    "meta": {"date": "2026-01-30", "date_source": "header"},
    "entities": [
        {"start": 0, "end": 12, "text": "S Jaishankar", "label": "PERSON", "cluster": 0, "canonical": "S Jaishankar", "country": None},
        {"start": 17, "end": 19, "text": "US", "label": "GPE", "cluster": 1, "canonical": "US", "country": "US"},
    ],
    "dates": [
        {"start": 40, "end": 48, "text": "Thursday", "type": "DATE", "value": "2026-01-29", "interval": ["2026-01-29", "2026-01-29"], "anchored": True},
    ],
    "quotes": [],
    "errors": [],
}


def render(record: dict, width: int = 100) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, legacy_windows=False)
    TableWriter(console).write(record)
    return console.file.getvalue()


def test_table_output_matches_golden_file():
    golden = GOLDEN / "table.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(render(RECORD), encoding="utf-8")
    assert render(RECORD) == golden.read_text(encoding="utf-8")


def test_jsonl_writer_writes_one_whole_line_per_record():
    stream = io.BytesIO()
    writer = JsonlWriter(stream)
    writer.write(RECORD)
    writer.write({"id": "b", "text": "line\nbreak"})
    lines = stream.getvalue().split(b"\n")
    assert lines[-1] == b"" and len(lines) == 3
    assert orjson.loads(lines[0]) == RECORD
    assert orjson.loads(lines[1])["text"] == "line\nbreak"


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_writer_is_a_valid_array(count):
    stream = io.BytesIO()
    writer = JsonWriter(stream)
    for _ in range(count):
        writer.write(RECORD)
    writer.close()
    assert orjson.loads(stream.getvalue()) == [RECORD] * count


def test_atomic_file_replaces_only_on_commit(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    sink = AtomicFile(target)
    sink.stream.write(b"new\n")
    assert target.read_text() == "old\n"
    sink.commit()
    assert target.read_text() == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_atomic_file_discard_keeps_partial_records_beside_the_target(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    sink = AtomicFile(target)
    sink.stream.write(b'{"id": 1}\n')
    kept = sink.discard()
    assert target.read_text() == "old\n"
    assert kept == tmp_path / "out.jsonl.partial" and kept.read_text() == '{"id": 1}\n'


def test_table_text_is_never_markup_or_terminal_control():
    hostile = {
        "id": "doc\x1b]0;pwned\x07.txt", "source": {"path": "x"}, "meta": {}, "errors": [],
        "quotes": [{"start": 0, "end": 40, "text": "[link=https://x.example]click[/link] [/] \x1b[2J gone",
                    "kind": "direct", "speaker": "[bold]Ann[/bold]", "speaker_canonical": None,
                    "speaker_type": "named", "cue": "said"}],
    }
    out = render(hostile, width=240)
    assert "\x1b" not in out and "\x07" not in out
    assert "[link=https://x.example]" in out and "[/]" in out  # shown as text, not a link, no MarkupError
    assert "[bold]Ann[/bold]" in out
    assert "\\e]0;pwned\\a" in out


def test_quote_text_is_shown_whole_and_with_its_speaker_type():
    long_quote = "We will keep every branch library open this year and the next, whatever the budget says " * 2
    record = {"id": "a", "source": {"path": "a"}, "meta": {}, "errors": [],
              "quotes": [{"start": 0, "end": len(long_quote), "text": long_quote, "kind": "direct", "speaker": "she",
                          "speaker_canonical": "Ann Example", "speaker_type": "pronoun", "cue": "said"}]}
    out = " ".join(render(record).replace("│", " ").split())
    assert " ".join(long_quote.split()) in out or all(w in out for w in long_quote.split())
    assert "…" not in out and "pronoun" in out
