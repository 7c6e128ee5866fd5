"""-o targets, decoding, symlinks and what reaches stderr: each as a user would meet it."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from conftest import invoke, records

TEXT = "Angela Merkel visited Berlin on Monday.\n"


def _article(tmp_path, name="a.txt"):
    path = tmp_path / name
    path.write_text(TEXT)
    return path


def test_an_existing_folder_as_output_is_a_usage_error_before_any_work(runner, tmp_path):
    result = invoke(runner, str(tmp_path / "missing-input.txt"), "-a", "dates", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "is a folder" in result.stderr and "missing-input" not in result.stderr  # no input was read
    assert list(tmp_path.iterdir()) == []


def test_a_symlink_is_written_through_and_stays_a_link(runner, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    result = invoke(runner, str(_article(tmp_path)), "-a", "dates", "-q", "-o", str(link))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and records(real.read_text())[0]["dates"]


def test_output_files_follow_the_umask(runner, tmp_path):
    previous = os.umask(0o022)
    try:
        out = tmp_path / "out.jsonl"
        assert invoke(runner, str(_article(tmp_path)), "-a", "dates", "-q", "-o", str(out)).exit_code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_a_fifo_is_written_to_not_replaced(runner, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = invoke(runner, str(_article(tmp_path)), "-a", "dates", "-q", "-o", str(fifo))
    reader.join(60)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert records(got[0].decode())[0]["dates"]


def test_dev_null_is_written_to_not_replaced(runner, tmp_path):
    before = os.stat("/dev/null")
    result = invoke(runner, str(_article(tmp_path)), "-a", "dates", "-q", "-o", "/dev/null")
    assert result.exit_code == 0, result.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_utf8_but_for_one_byte_is_read_as_utf8_with_a_warning(runner, tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes("\u201cWe will act,\u201d Merkel said.\n".encode() + b"Stray \x9d byte.\n")
    result = invoke(runner, str(path), "-a", "dates", "-q")
    assert result.exit_code == 0, result.stderr
    assert "warning: not valid UTF-8 in 1 byte sequence" in result.stderr
    (record,) = records(result.stdout)
    assert record["id"] == str(path)
    text = invoke(runner, str(path), "-a", "dates", "-q", "--include-text")
    assert records(text.stdout)[0]["text"].startswith("\u201cWe will act,\u201d")


def test_a_folder_symlink_is_not_followed_out_of_the_folder(runner, tmp_path):
    outside = _article(tmp_path, "outside.txt")
    folder = tmp_path / "corpus"
    folder.mkdir()
    inside = _article(folder, "inside.txt")
    (folder / "up").symlink_to(tmp_path)
    result = invoke(runner, str(folder), "-a", "dates", "-q")
    assert [r["id"] for r in records(result.stdout)] == [str(inside)]
    assert "not followed" in result.stderr and str(outside) not in result.stdout


def test_a_symlink_loop_is_named_as_a_loop(runner, tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    result = invoke(runner, str(loop), "-a", "dates")
    assert result.exit_code == 1 and f"{loop}: symbolic link loop" in result.stderr


@pytest.mark.parametrize("name", ["forged\nannotate: 0 documents, 0 errors, 0.0 s", "title\x1b]0;pwned\x07.txt"])
def test_file_names_reach_stderr_quoted_not_raw(runner, tmp_path, name):
    missing = tmp_path / name
    result = invoke(runner, str(missing), "-a", "dates")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("annotate: $'") and "no such file" in lines[0]
    assert not any(line.startswith("annotate: 0 documents, 0 errors") for line in lines)  # no forged summary
