"""Writers for the record stream: JSON Lines, one JSON array, or rich tables.

Every writer takes whole records and never leaves half of one behind: a JSONL line is
serialised first and then written with its newline in one call, and flushed.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Any, Protocol

import orjson
from rich.console import Console
from rich.table import Table
from rich.text import Text

from article_annotator.flatten import SPAN_FIELDS, annotator_lists, item_columns
from article_annotator.records import record_line

from .terminal import printable

FORMATS = ("jsonl", "json", "table", "csv", "sqlite")


class Writer(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """One compact JSON object per line, flushed per record so `tail -f` and pipes see it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(record_line(record))
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """One pretty JSON array, streamed: records are not held in memory."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        body = orjson.dumps(record, option=orjson.OPT_INDENT_2)
        prefix = b"[\n" if self.count == 0 else b",\n"
        self.stream.write(prefix + body)
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        self.stream.write(b"\n]\n" if self.count else b"[]\n")
        self.stream.flush()


# Columns worth a reader's eye for each built-in annotator, after the span text.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("label", "canonical", "country", "cluster"),
    "dates": ("type", "value", "interval"),
    "quotes": ("kind", "speaker", "speaker_canonical", "speaker_type", "cue"),
    "tariffs": ("action", "rate", "unit", "imposer", "target", "products", "kind", "effective"),
}
_UNBROKEN = {"interval", "value", "label", "type"}
MAX_CELL = 80
"""Other fields are cut at this width; the span text itself is always shown whole, wrapped."""


class TableWriter:
    """Per document, one compact line (id, date, how many of each) and a table per annotator
    that found something. Document text and names are plain text, never rich markup, and
    control characters are shown as escapes: nothing from an article drives the terminal."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def write(self, record: dict[str, Any]) -> None:
        lists = annotator_lists(record)
        self.console.rule(_headline(record, lists), align="left")
        for name, items in lists.items():
            if items:
                self.console.print(self._table(name, items))
        for error in record.get("errors") or []:
            line = Text(f"{printable(str(error.get('annotator')))} failed: ", style="red")
            line.append(printable(str(error.get("message"))))
            self.console.print(line)

    def _table(self, name: str, items: list[dict[str, Any]]) -> Table:
        columns = TABLE_COLUMNS.get(name) or tuple(c for c in item_columns(items) if c not in SPAN_FIELDS)
        table = Table(title=Text(f"{name} ({len(items)})"), title_justify="left", expand=False)
        table.add_column("span", no_wrap=True, style="dim")
        table.add_column("text", overflow="fold")
        for column in columns:
            table.add_column(column, overflow="fold", no_wrap=column in _UNBROKEN)
        for item in items:
            cells = [Text(f"{item.get('start')}-{item.get('end')}"), _cell(item.get("text"), whole=True)]
            cells += [_cell(item.get(column), column) for column in columns]
            table.add_row(*cells)
        return table

    def close(self) -> None:
        pass


def _headline(record: dict[str, Any], lists: dict[str, list[Any]]) -> Text:
    """ "samples/a.txt  2026-01-30 (header)  entities 12 · dates 3 · quotes 0" """
    meta = record.get("meta") or {}
    line = Text(printable(str(record.get("id"))), style="bold")
    if meta.get("date"):
        line.append(f"  {meta['date']} ({meta.get('date_source')})", style="dim")
    counts = " · ".join(f"{printable(name)} {len(items)}" for name, items in lists.items())
    if counts:
        line.append(f"  {counts}")
    return line


def _cell(value: Any, column: str = "", whole: bool = False) -> Text:
    if value is None:
        return Text("")
    if column == "interval" and isinstance(value, list) and len(value) == 2:
        return Text(value[0] if value[0] == value[1] else f"{value[0]}..{value[1]}")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = printable(" ".join(str(value).split()))
    if not whole and len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    return Text(text)


class OutputTargetError(ValueError):
    """`-o` names something that cannot take the output (a folder); the message says why."""


class AtomicFile:
    """The `-o` target: a regular file written under a temporary name, renamed into place on `commit()`.

    A failed or interrupted run never clobbers an existing file at the target path. A symlink
    is written through (the file it points to is replaced, the link stays). A FIFO, a device
    or anything under /dev or /proc (`/dev/stdout`, `/dev/null`) is opened and written
    directly, never replaced. Written files get the usual mode (0666 less the umask), or keep
    the mode of the file they replace. Temporary files left by killed runs (their process is
    gone) are swept when the next run writes to the same target.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.direct = _is_special(path)
        self.temp: Path | None = None
        if self.direct:
            self.stream: IO[bytes] = open(path, "wb", buffering=0)
            return
        target = Path(os.path.realpath(path))
        if target.is_dir():
            raise OutputTargetError("is a folder; give a file name to write to")
        self.target = target
        self.swept = sweep_stale(target)
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
        os.fchmod(fd, _mode_for(target))
        self.temp = Path(temp)
        self.stream = os.fdopen(fd, "wb")

    def commit(self) -> None:
        self.stream.close()
        if self.temp is not None:
            os.replace(self.temp, self.target)

    def discard(self) -> Path | None:
        """Drop the temporary file; return the path it was kept under if it holds records."""
        self.stream.close()
        if self.temp is None:
            return None
        if self.temp.stat().st_size == 0:
            self.temp.unlink(missing_ok=True)
            return None
        partial = self.target.with_name(self.target.name + ".partial")
        os.replace(self.temp, partial)
        return partial


def check_target(path: Path) -> None:
    """Refuse a folder as `-o` before any work is done (raises OutputTargetError)."""
    if os.path.isdir(path):
        raise OutputTargetError("is a folder; give a file name to write to")
    if _is_special(path):
        return
    parent = Path(os.path.realpath(path)).parent
    if not parent.is_dir():
        raise OutputTargetError("cannot write there: no such folder")


def _is_special(path: Path) -> bool:
    """A target to write into rather than replace: FIFO, device, socket, or under /dev, /proc."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return True
    real = os.path.realpath(path)
    return str(path).startswith(("/dev/", "/proc/")) or real.startswith(("/dev/", "/proc/"))


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def sweep_stale(target: Path) -> int:
    """Remove temporary files of earlier runs to `target` whose process no longer exists."""
    swept = 0
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return 0
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            try:
                os.unlink(target.parent / name)
                swept += 1
            except OSError:
                pass
    return swept


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def make_writer(fmt: str, stream: IO[bytes], console: Console | None = None, annotator: str | None = None) -> Writer:
    """The writer for a stream format name (`sqlite` writes to a path: `cli.sqlite_output`)."""
    if fmt == "csv":
        from .csv_output import CsvWriter

        assert annotator is not None, "CSV needs the one annotator whose items it holds"
        return CsvWriter(stream, annotator)
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "json":
        return JsonWriter(stream)
    if fmt == "table":
        return TableWriter(console or Console(file=_text_stream(stream)))
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _text_stream(stream: IO[bytes]) -> IO[str]:
    import io

    return io.TextIOWrapper(stream, encoding="utf-8", write_through=True)
