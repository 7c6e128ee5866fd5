"""The split planner, atomic part files, and `-o FILE.jsonl --resume` (no cluster needed)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from article_annotator.cluster.parts import write_atomic_lines
from article_annotator.cluster.plan import Split, plan_inputs, range_lines
from article_annotator.cluster.task import read_split
from article_annotator.sources.formats import read_path

from conftest import SAMPLES, invoke

# A line: a JSON document, a blank line, or a line that is not JSON; CRLF or LF ends.
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=40)
_LINE = st.one_of(
    _TEXT.map(lambda t: json.dumps({"text": "Word " + t})),
    _TEXT.map(lambda t: json.dumps({"id": "x" + t, "text": "The council met. " * 5})),
    st.sampled_from(["", "   ", "not json {", "\t"]),
)


@st.composite
def jsonl_files(draw) -> bytes:
    lines = draw(st.lists(_LINE, min_size=1, max_size=25))
    ends = draw(st.lists(st.sampled_from([b"\n", b"\r\n"]), min_size=len(lines), max_size=len(lines)))
    body = b"".join(line.encode("utf-8") + end for line, end in zip(lines, ends))
    if not draw(st.booleans()):  # no final newline
        body = body.rstrip(b"\r\n")
    if draw(st.booleans()):
        body = b"\xef\xbb\xbf" + body
    return body


def _splits(path: str, size: int) -> list[Split]:
    units = list(plan_inputs([path], size))
    assert all(isinstance(u, Split) for u in units)
    return units


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=jsonl_files(), split_size=st.integers(min_value=1, max_value=120))
def test_every_line_is_in_exactly_one_split_with_its_number(data: bytes, split_size: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "in.jsonl")
        Path(path).write_bytes(data)
        splits = _splits(path, split_size)
        assert [s.index for s in splits] == list(range(len(splits)))
        if len(data) > split_size:
            assert all(s.is_range for s in splits)
            assert b"".join(b"".join(range_lines(s)) for s in splits) == data
            for split in splits:
                assert split.first_line == data[: split.start].count(b"\n") + 1
                assert split.start == 0 or data[split.start - 1 : split.start] == b"\n"
        # The documents and errors read split by split are those of the whole file, in order.
        by_splits = [item for s in splits for item in read_split(s)]
        assert by_splits == list(read_path(path, None))


def test_a_line_longer_than_a_split_stays_whole(tmp_path: Path) -> None:
    long = json.dumps({"id": "long", "text": "The minister spoke. " * 200})
    path = tmp_path / "in.jsonl"
    path.write_text(f'{{"text": "a"}}\n{long}\n{{"text": "b"}}\n', encoding="utf-8")
    splits = _splits(str(path), 64)
    assert len(splits) == 2 and splits[1].first_line == 3  # the first split owns lines 1 and 2
    assert any(long.encode() + b"\n" in list(range_lines(s)) for s in splits)
    assert [item.id for s in splits for item in read_split(s)] == [f"{path}:1", "long", f"{path}:3"]


def test_files_go_whole_in_runs_up_to_the_split_size(tmp_path: Path) -> None:
    for name in "abcde":
        (tmp_path / f"{name}.txt").write_text("The board met on Tuesday. " * 4, encoding="utf-8")
    splits = _splits(str(tmp_path), 200)
    files = [f for s in splits for f in s.files]
    assert files == [str(tmp_path / f"{n}.txt") for n in "abcde"]
    assert 1 < len(splits) < 5 and not any(s.is_range for s in splits)


def test_a_missing_path_is_an_input_error_in_the_plan(tmp_path: Path) -> None:
    units = list(plan_inputs([str(tmp_path / "nope.jsonl")], 100))
    assert len(units) == 1 and units[0].reason == "no such file or directory"


def test_a_changed_input_changes_the_split_key(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("One text.", encoding="utf-8")
    before = _splits(str(path), 100)[0].key
    path.write_text("Another, longer text.", encoding="utf-8")
    assert _splits(str(path), 100)[0].key != before


def test_an_atomic_part_is_whole_or_absent(tmp_path: Path) -> None:
    target = tmp_path / "part-00000.jsonl"
    target.write_bytes(b"old\n")

    def lines():
        yield b"one\n"
        raise RuntimeError("worker stopped")

    with pytest.raises(RuntimeError):
        write_atomic_lines(target, lines())
    assert target.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part-00000.jsonl"]
    sha, size = write_atomic_lines(target, [b"one\n", b"two\n"])
    assert target.read_bytes() == b"one\ntwo\n" and size == 8 and len(sha) == 64


# -o FILE.jsonl --resume, without a cluster ------------------------------------------------

def _jsonl_input(folder: Path) -> Path:
    path = folder / "in.jsonl"
    texts = ["The mayor said on Monday the vote would wait.", "Ottawa announced a 10% tariff on steel.",
             "The summit opens next Friday in Geneva.", "Shares fell 3% on Tuesday, traders said."]
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    return path


def test_resume_into_a_file_finishes_an_interrupted_run(runner, tmp_path: Path) -> None:
    source = _jsonl_input(tmp_path)
    reference = tmp_path / "ref.jsonl"
    assert invoke(runner, "run", str(source), "-a", "dates", "-o", str(reference), "-q").exit_code == 0
    whole = reference.read_bytes()
    out = tmp_path / "out.jsonl"
    kept = whole.splitlines(keepends=True)[:2]
    Path(str(out) + ".partial").write_bytes(b"".join(kept) + b'{"id": "n2", "torn')
    result = invoke(runner, "run", str(source), "-a", "dates", "-o", str(out), "--resume", "-q")
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == whole
    assert not Path(str(out) + ".partial").exists()
    again = invoke(runner, "run", str(source), "-a", "dates", "-o", str(out), "--resume")
    assert again.exit_code == 0 and out.read_bytes() == whole
    assert "4 records already in" in again.stderr


def test_resume_needs_a_jsonl_file(runner, tmp_path: Path) -> None:
    result = invoke(runner, "run", str(SAMPLES), "--resume", "-f", "json", "-o", str(tmp_path / "x.json"))
    assert result.exit_code == 2 and "--resume needs -o FILE.jsonl" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cluster_refuses_stdin_and_tables(runner, tmp_path: Path) -> None:
    piped = invoke(runner, "run", "-", "--cluster", "local:1", "-o", str(tmp_path / "o"), input="text")
    assert piped.exit_code == 2 and "not stdin" in piped.stderr
    table = invoke(runner, "run", str(SAMPLES), "--cluster", "local:1", "-f", "table", "-o", str(tmp_path / "o"))
    assert table.exit_code == 2 and "-f table" in table.stderr
    assert not (tmp_path / "o").exists()


def test_cluster_without_dask_says_how_to_install_it(runner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as when not installed
    result = invoke(runner, "run", str(SAMPLES), "--cluster", "local:1", "-o", str(tmp_path / "o"))
    assert result.exit_code == 2 and "pip install 'article-annotator[dask]'" in result.stderr


@pytest.mark.parametrize("text, size", [("16MiB", 16 << 20), ("500k", 500 << 10), ("1048576", 1 << 20), ("2 MB", 2_000_000)])
def test_split_sizes_read_as_a_user_writes_them(text: str, size: int) -> None:
    from article_annotator.cli.cluster_run import parse_size

    assert parse_size(text) == size


def test_a_bad_split_size_is_a_usage_error(runner, tmp_path: Path) -> None:
    result = invoke(runner, "run", str(SAMPLES), "--cluster", "local:1", "--split-size", "lots", "-o", str(tmp_path / "o"))
    assert result.exit_code == 2 and "--split-size" in result.stderr
