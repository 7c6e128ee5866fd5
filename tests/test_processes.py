"""End to end in subprocesses: stop signals, a killed run, dead and stuck `-j` workers.

Nothing here asserts a duration: the tests wait for a state (records flowing, a temp file
growing, processes gone) and check what a user would find afterwards.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import orjson
import pytest

from hostile import annotate_command, environment, install

pytestmark = pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")

LINE = orjson.dumps({"id": "x", "text": "Tokyo said on Monday it would cut tariffs next month. " * 40})


@pytest.fixture()
def plugins(tmp_path):
    install(tmp_path)
    return environment(tmp_path)


def _many(tmp_path: Path, count: int = 20000) -> Path:
    many = tmp_path / "many.jsonl"
    many.write_bytes((LINE + b"\n") * count)
    return many


def _wait_for(condition, what: str, limit: float = 180.0) -> None:
    """Poll until `condition()` holds; fail naming `what` if it never does (not a timing test)."""
    end = time.monotonic() + limit
    while not condition():
        if time.monotonic() > end:
            pytest.fail(f"never happened: {what}")
        time.sleep(0.05)


def _temps(folder: Path, name: str) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(f".{name}.") and p.name.endswith(".tmp")]


def _whole_lines(data: bytes) -> list[dict]:
    lines = data.splitlines(keepends=True)
    assert all(raw.endswith(b"\n") for raw in lines)
    return [orjson.loads(raw) for raw in lines]


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state == "Z"


@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_keep_whole_records_in_the_partial_file(tmp_path, signum, code):
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [annotate_command(), str(_many(tmp_path)), "-a", "dates", "--batch-size", "4", "-o", str(out)],
        stderr=subprocess.PIPE,
    )
    _wait_for(lambda: any(p.stat().st_size for p in _temps(tmp_path, out.name)), "records written to the temp file")
    process.send_signal(signum)
    _, err = process.communicate(timeout=120)
    assert process.returncode == code
    assert not out.exists()  # the target is untouched
    kept = _whole_lines((tmp_path / "out.jsonl.partial").read_bytes())
    assert 0 < len(kept) < 20000 and {r["id"] for r in kept} == {"x"}
    assert f"interrupted by {signal.Signals(signum).name}; records so far kept in".encode() in err
    assert _temps(tmp_path, out.name) == []


def test_a_killed_run_leaves_its_target_alone_and_the_next_run_sweeps_its_temp_file(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n")
    process = subprocess.Popen(
        [annotate_command(), str(_many(tmp_path)), "-a", "dates", "--batch-size", "4", "-o", str(out)],
        stderr=subprocess.DEVNULL,
    )
    _wait_for(lambda: any(p.stat().st_size for p in _temps(tmp_path, out.name)), "records written to the temp file")
    process.kill()
    process.wait()
    assert out.read_text() == "earlier results\n" and len(_temps(tmp_path, out.name)) == 1
    small = tmp_path / "small.txt"
    small.write_text("Angela Merkel visited Berlin on Monday.\n")
    again = subprocess.run([annotate_command(), str(small), "-a", "dates", "-o", str(out)], capture_output=True)
    assert again.returncode == 0, again.stderr
    assert _temps(tmp_path, out.name) == []
    assert b"removed 1 temporary file(s)" in again.stderr
    assert [r["id"] for r in _whole_lines(out.read_bytes())] == [str(small)]


def test_a_worker_killed_by_a_document_is_replaced_and_the_rest_is_written(tmp_path, plugins):
    docs = tmp_path / "docs.jsonl"
    texts = [f"Document {i} was filed on Monday." for i in range(40)]
    texts[13] = "This one says KILLWORKER."
    docs.write_bytes(b"".join(orjson.dumps({"id": f"d{i}", "text": t}) + b"\n" for i, t in enumerate(texts)))
    done = subprocess.run(
        [annotate_command(), str(docs), "-a", "crashy,dates", "-j", "2", "--batch-size", "4"],
        capture_output=True, env=plugins, timeout=600,
    )
    assert done.returncode == 1, done.stderr
    written = [r["id"] for r in _whole_lines(done.stdout)]
    assert written == [f"d{i}" for i in range(40) if i != 13]  # input order, nothing else lost
    assert f"{docs}:14: worker died while annotating this document".encode() in done.stderr
    assert b"39 documents, 1 error" in done.stderr and b"Traceback" not in done.stderr


def test_a_stuck_worker_is_replaced_and_its_document_named(tmp_path, plugins):
    docs = tmp_path / "docs.jsonl"
    texts = [f"Document {i} was filed on Monday." for i in range(10)]
    texts[3] = "This one says HANGHERE."
    docs.write_bytes(b"".join(orjson.dumps({"id": f"d{i}", "text": t}) + b"\n" for i, t in enumerate(texts)))
    done = subprocess.run(
        [annotate_command(), str(docs), "-a", "sleepy,dates", "-j", "2", "--batch-size", "2", "--doc-timeout", "1"],
        capture_output=True, env=plugins, timeout=600,
    )
    assert done.returncode == 1, done.stderr
    assert [r["id"] for r in _whole_lines(done.stdout)] == [f"d{i}" for i in range(10) if i != 3]
    assert f"{docs}:4: took longer than 1 s".encode() in done.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_no_worker_outlives_the_parent(tmp_path, plugins, signum):
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [annotate_command(), str(_many(tmp_path, 4000)), "-a", "dates", "-j", "2", "--batch-size", "4", "-o", str(out)],
        stderr=subprocess.DEVNULL, env=plugins,
    )
    _wait_for(lambda: any(p.stat().st_size for p in _temps(tmp_path, out.name)), "records written to the temp file")
    children = _children(process.pid)
    assert children  # the workers (and multiprocessing's resource tracker)
    os.kill(process.pid, signum)
    process.wait(timeout=120)
    _wait_for(lambda: all(_gone(pid) for pid in children), "every child process ended")
    if signum == signal.SIGTERM:
        assert process.returncode == 143 and (tmp_path / "out.jsonl.partial").exists()
