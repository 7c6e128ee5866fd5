"""End-to-end through the real CLI and the real model: what a user runs and checks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import orjson

from conftest import ROOT, SAMPLES, SEED, assert_exact_offsets, invoke, records

BUILT_INS = {"entities", "dates", "quotes", "tariffs"}


def test_samples_folder_gives_one_valid_record_per_article(runner, validator):
    result = invoke(runner, str(SAMPLES), "-f", "jsonl", "-q")
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    articles = sorted(p for p in SAMPLES.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert [r["source"]["path"] for r in out] == [str(p) for p in articles]
    for record in out:
        validator.validate(record)
        assert BUILT_INS <= record.keys()
        assert record["errors"] == []


def test_seed_record_has_its_date_from_the_header_and_exact_offsets(runner):
    result = invoke(runner, str(SEED), "-f", "jsonl", "-q", "--include-text")
    (record,) = records(result.stdout)
    assert record["meta"]["date"] == "2026-01-30"
    assert record["meta"]["date_source"] == "header"
    assert record["text"] == SEED.read_text(encoding="utf-8")
    assert_exact_offsets(record, record["text"])
    assert any(e["text"] == "Jaishankar" for e in record["entities"])


def test_stdin_with_chosen_annotators(runner, validator):
    text = "Donald Trump met Narendra Modi in Washington on Monday.\n"
    result = invoke(runner, "-", "-a", "entities,dates", "--ref-date", "2026-01-30", "-q", input=text)
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    validator.validate(record)
    assert record["id"] == "-"
    assert set(record) >= {"entities", "dates"} and "quotes" not in record and "tariffs" not in record
    assert record["meta"] == {"date": "2026-01-30", "date_source": "ref-date"}
    assert {e["text"] for e in record["entities"]} >= {"Donald Trump", "Washington"}


def test_dependencies_are_added_and_ordered(runner):
    result = invoke(runner, "-", "-a", "quotes", "-q", input='"We will win," said Jane Smith.\n')
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    keys = [k for k in record if k in BUILT_INS]
    assert keys == ["entities", "quotes"]


def test_jsonl_input_keeps_ids_and_meta_date(runner, tmp_path):
    lines = [
        {"id": "a/1", "text": "Tokyo said on Friday it would cut tariffs.", "meta": {"date": "1987-03-06"}, "gold": {}},
        {"id": "a/2", "text": "No date here, only Paris.", "meta": {}},
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join(orjson.dumps(x) + b"\n" for x in lines))
    result = invoke(runner, str(path), "-a", "dates", "-q")
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["a/1", "a/2"]
    assert [r["source"]["line"] for r in out] == [1, 2]
    assert out[0]["meta"]["date"] == "1987-03-06" and out[0]["meta"]["date_source"] == "meta"
    assert out[1]["meta"]["date"] is None
    assert "gold" not in out[0]


def test_bad_inputs_are_named_and_the_good_ones_still_annotated(runner, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Le ministre a dit à Paris que la réunion était prévue.".encode("latin-1"))
    (folder / "utf16.txt").write_bytes("Angela Merkel visited Berlin on Tuesday.".encode("utf-16"))
    (folder / "lines.jsonl").write_bytes(b'{"id": "ok-1", "text": "Rome is busy."}\n{"id": "bad", "text": \n{"id": "ok-3", "text": "Oslo too."}\n')
    result = invoke(runner, str(folder), "-a", "entities,dates")
    assert result.exit_code == 1
    ids = [r["id"] for r in records(result.stdout)]
    assert ids == [str(folder / "latin1.txt"), "ok-1", "ok-3", str(folder / "utf16.txt")]
    assert f"annotate: {folder / 'binary.bin'}: " in result.stderr
    assert f"annotate: {folder / 'lines.jsonl'}:2: " in result.stderr
    assert f"annotate: {folder / 'empty.txt'}: warning: " in result.stderr
    assert "Traceback" not in result.stderr
    assert re.search(r"4 documents, 2 errors, 1 warnings?, [\d.]+ s", result.stderr)


def test_latin1_and_utf16_offsets_are_into_the_decoded_text(runner, tmp_path):
    path = tmp_path / "u16.txt"
    text = "Zürich\r\nAngela Merkel visited Berlin on Tuesday.\r\n"
    path.write_bytes(text.encode("utf-16"))
    result = invoke(runner, str(path), "-a", "entities,dates", "-q", "--include-text")
    (record,) = records(result.stdout)
    assert record["text"] == text
    assert_exact_offsets(record, text)


def test_missing_path_is_an_error_and_others_go_on(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Madrid is sunny.")
    result = invoke(runner, str(tmp_path / "nope.txt"), str(good), "-a", "dates", "-q")
    assert result.exit_code == 1
    assert [r["id"] for r in records(result.stdout)] == [str(good)]
    assert str(tmp_path / "nope.txt") in result.stderr


def test_usage_errors_exit_2(runner):
    assert invoke(runner, str(SEED), "-a", "no_such_annotator").exit_code == 2
    assert invoke(runner, str(SEED), "--ref-date", "yesterday").exit_code == 2
    assert invoke(runner, str(SEED), "-f", "xml").exit_code == 2
    missing_model = invoke(runner, str(SEED), "-a", "entities", "--model", "no_such_model_pkg")
    assert missing_model.exit_code == 2
    assert "pip install" in missing_model.stderr


def test_output_file_is_written_whole_and_never_clobbered_by_a_failed_run(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    failed = invoke(runner, str(SEED), "-a", "entities", "--model", "no_such_model_pkg", "-o", str(out))
    assert failed.exit_code == 2
    assert out.read_text() == "precious\n"
    ok = invoke(runner, str(SEED), "-a", "dates", "-o", str(out), "-q")
    assert ok.exit_code == 0 and ok.stdout == ""
    assert records(out.read_text())[0]["id"] == str(SEED)
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_json_format_is_one_array(runner):
    result = invoke(runner, str(SAMPLES), "-a", "dates", "-f", "json", "-q")
    data = orjson.loads(result.stdout)
    assert isinstance(data, list) and len(data) == len(records(invoke(runner, str(SAMPLES), "-a", "dates", "-q").stdout))


def test_parallel_jobs_keep_input_order_and_results(runner):
    one = invoke(runner, str(SAMPLES), "-a", "entities,dates", "-q", "-j", "1")
    two = invoke(runner, str(SAMPLES), "-a", "entities,dates", "-q", "-j", "2", "--batch-size", "1")
    assert one.exit_code == two.exit_code == 0
    assert records(one.stdout) == records(two.stdout)


def test_annotators_listing_as_json(runner):
    result = invoke(runner, "annotators", "--json")
    listing = {a["name"]: a for a in orjson.loads(result.stdout)}
    assert BUILT_INS <= listing.keys()
    for name in BUILT_INS:
        assert listing[name]["package"] == "article-annotator"
        assert listing[name]["version"] and listing[name]["description"]
    assert listing["quotes"]["depends_on"] == ["entities"]
    assert listing["dates"]["requires"] == []  # dates alone loads no statistical model


def test_schema_command_prints_a_valid_2020_12_schema(runner):
    from jsonschema import Draft202012Validator

    schema = orjson.loads(invoke(runner, "schema").stdout)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"].endswith("2020-12/schema")


def test_every_command_and_option_is_documented_in_the_readme():
    import typer.main

    from article_annotator.cli.main import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"annotate {name}" in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("-"):
                    assert f"`{opt}" in readme or f" {opt}" in readme, (name, opt)


def _run_shell(command: str) -> subprocess.CompletedProcess:
    annotate = Path(sys.executable).parent / "annotate"
    return subprocess.run(["bash", "-o", "pipefail", "-c", command.replace("annotate ", f"{annotate} ", 1)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_closed_pipe_ends_quietly(tmp_path):
    many = tmp_path / "many.jsonl"
    line = orjson.dumps({"id": "x", "text": "Tokyo said on Monday it would cut tariffs next month. " * 20})
    many.write_bytes((line + b"\n") * 3000)  # far more output than a pipe buffer holds
    done = _run_shell(f"annotate {many} -a dates --include-text | head -n 1")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr
    assert "error" not in done.stderr.lower()


def test_no_traceback_without_debug_for_a_broken_plugin(runner, tmp_path):
    from article_annotator import registry

    class Boom:
        name, version, description = "boom", "0", "always raises"
        requires: frozenset[str] = frozenset()
        depends_on: tuple[str, ...] = ()

        def annotate(self, doc):
            raise ValueError("kaboom")

    registry.register(Boom)
    try:
        result = invoke(runner, str(SEED), "-a", "boom,dates", "-q")
    finally:
        registry._extra.pop("boom")
    assert result.exit_code == 1
    (record,) = records(result.stdout)
    assert record["boom"] == [] and record["dates"]
    assert record["errors"] == [{"annotator": "boom", "message": "ValueError: kaboom"}]
    assert "ValueError: kaboom" in result.stderr and "Traceback" not in result.stderr


def test_model_option_takes_a_pipeline_path_and_the_environment_variable(runner, monkeypatch):
    import spacy.util

    from article_annotator.model import resolve_model_name

    package = Path(spacy.util.get_package_path(resolve_model_name()))
    data_dir = next(p.parent for p in package.glob("*/config.cfg"))
    text = "Angela Merkel met Emmanuel Macron in Paris.\n"
    by_path = invoke(runner, "-", "-a", "entities", "-q", "--model", str(data_dir), input=text)
    assert by_path.exit_code == 0, by_path.stderr
    monkeypatch.setenv("ANNOTATE_MODEL", str(data_dir))
    by_env = invoke(runner, "-", "-a", "entities", "-q", input=text)
    assert records(by_path.stdout) == records(by_env.stdout)
    assert {e["text"] for e in records(by_env.stdout)[0]["entities"]} >= {"Angela Merkel", "Paris"}


def test_output_into_a_missing_folder_is_a_usage_error_not_a_traceback(runner, tmp_path):
    result = invoke(runner, str(SEED), "-a", "dates", "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert result.exit_code == 2
    assert "cannot write there" in result.stderr and "Traceback" not in result.stderr


def test_ctrl_c_leaves_whole_lines_and_exits_130(tmp_path):
    import signal

    many = tmp_path / "many.jsonl"
    line = orjson.dumps({"id": "x", "text": "Tokyo said on Monday it would cut tariffs next month. " * 40})
    many.write_bytes((line + b"\n") * 20000)
    annotate = Path(sys.executable).parent / "annotate"
    process = subprocess.Popen(
        [str(annotate), str(many), "-a", "dates", "--batch-size", "4"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,  # unbuffered: communicate() reads the rest
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    first = process.stdout.readline()  # wait until records flow, then press Ctrl-C
    process.send_signal(signal.SIGINT)
    rest, err = process.communicate(timeout=120)
    assert process.returncode == 130
    lines = [first, *rest.splitlines(keepends=True)]
    assert len(lines) < 20000
    torn = [raw[:60] + b"..." + raw[-30:] for raw in lines if not raw.endswith(b"\n") or not raw.startswith(b"{")]
    assert torn == []
    assert all(orjson.loads(raw)["id"] == "x" for raw in lines)
    assert b"Traceback" not in err and b"interrupted" in err


def test_a_document_over_the_length_limit_is_named_and_the_others_go_on(runner, tmp_path, monkeypatch):
    from article_annotator import pipeline

    monkeypatch.setattr(pipeline, "MAX_DOCUMENT_CHARS", 20_000)  # the real limit is 5,000,000
    huge = tmp_path / "a-huge.txt"
    huge.write_text("Paris is calm. " * 2000)
    small = tmp_path / "b-small.txt"
    small.write_text("Angela Merkel visited Berlin.")
    result = invoke(runner, str(tmp_path), "-a", "entities", "-q")
    assert result.exit_code == 1
    assert [r["id"] for r in records(result.stdout)] == [str(small)]
    assert f"annotate: {huge}: document has 30,000 characters, more than the limit of 20,000" in result.stderr
