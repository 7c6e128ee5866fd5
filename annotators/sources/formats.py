"""One reader per input kind: plain text, HTML, a JSON object, JSON Lines; and stdin.

Each reader yields Documents, or InputErrors naming what went wrong where, and goes on.
JSON Lines are read line by line from the open file, so a large corpus never sits in memory.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import orjson

from ..document import Document
from ..errors import InputError
from . import html as html_pages
from .decoding import BINARY, DecodeError, bom_encoding, decode, decode_counting, looks_binary, mostly_utf8
from .docdate import filename_date, header_date, parse_date

Result = Document | InputError

_KINDS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
_SNIFF = 8192


UNSUPPORTED = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".ppt", ".pptx"})
SUPPORTED = ("supported inputs are text (.txt, .md and other text files), HTML (.html, .htm), "
             "JSON (.json), JSON Lines (.jsonl) and http(s):// addresses; convert the file to text first")


def kind_of(path: str) -> str:
    """"text", "html", "json" or "jsonl", from the file name's extension."""
    return _KINDS.get(os.path.splitext(path)[1].lower(), "text")


def read_path(path: str, ref_date: str | None) -> Iterator[Result]:
    """The documents in one file."""
    kind = kind_of(path)
    if os.path.splitext(path)[1].lower() in UNSUPPORTED:
        yield InputError(path, f"{os.path.splitext(path)[1].lower()[1:].upper()} files are not read; {SUPPORTED}")
        return
    try:
        if kind == "jsonl":
            with open(path, "rb") as stream:
                yield from _read_jsonl_file(path, stream, ref_date)
            return
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError as exc:
        yield InputError(path, (exc.strerror or str(exc)).lower())
        return
    yield from read_bytes(path, data, kind, ref_date)


def read_bytes(path: str, data: bytes, kind: str, ref_date: str | None) -> Iterator[Result]:
    """The documents in a whole file's bytes (any kind but JSON Lines)."""
    declared = html_pages.declared_charset(data) if kind == "html" else None
    try:
        text, replaced = decode_counting(data, declared)
    except DecodeError as exc:
        yield InputError(path, str(exc))
        return
    if replaced:
        yield InputError(path, replaced_warning(replaced), severity="warning")
    yield from read_text(path, text, kind, ref_date)


def replaced_warning(count: int) -> str:
    """The warning for UTF-8 text read with `count` bad byte sequences replaced."""
    noun = "sequence" if count == 1 else "sequences"
    return f"not valid UTF-8 in {count} byte {noun}; read as UTF-8 with U+FFFD in their place"


def read_text(path: str, text: str, kind: str, ref_date: str | None) -> Iterator[Result]:
    """The documents in a whole file's decoded text (any kind but JSON Lines)."""
    name = None if path == "-" else path
    source = {"path": path}
    if kind == "html":
        page = html_pages.extract(text)
        yield make_document(path, page.text, source, {}, ref_date, name, page.date, page.title)
    elif kind == "json":
        try:
            obj = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            yield InputError(path, _json_reason(exc, in_line=False))
            return
        yield from_object(obj, path, None, ref_date, default_id=path, name=name)
    else:
        yield make_document(path, text, source, {}, ref_date, name)


def _read_jsonl_file(path: str, stream: BinaryIO, ref_date: str | None) -> Iterator[Result]:
    head = stream.read(_SNIFF)
    stream.seek(0)
    if looks_binary(head):
        yield InputError(path, BINARY)
        return
    bom = bom_encoding(head)
    if not bom or bom[0] == "utf-8":
        yield from read_jsonl_lines(path, stream, ref_date)
        return
    encoding = bom[0].removesuffix("-le").removesuffix("-be")  # the codec reads the BOM itself
    try:
        yield from read_jsonl_lines(path, io.TextIOWrapper(stream, encoding, newline="\n"), ref_date)
    except UnicodeDecodeError:
        yield InputError(path, f"not valid {encoding.upper()} despite its byte-order mark")


def read_jsonl_lines(path: str, lines: Iterable[bytes | str], ref_date: str | None,
                     first_line: int = 1) -> Iterator[Result]:
    """One document per JSON line; a bad line is an error naming it, and reading goes on.

    `first_line` is the number of the first of `lines` in its file (a cluster split of a
    large file starts part way through it), so `source.line` and default ids stay exact.
    """
    for number, raw in enumerate(lines, start=first_line):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf") if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
        if not raw.strip():
            continue
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                nearly = mostly_utf8(raw)
                if nearly is None:
                    yield InputError(path, "not valid UTF-8", number)
                    continue
                raw = nearly[0]
                yield InputError(path, replaced_warning(nearly[1]), number, severity="warning")
        try:
            obj = orjson.loads(raw.strip())
        except orjson.JSONDecodeError as exc:
            yield InputError(path, _json_reason(exc, in_line=True), number)
            continue
        yield from_object(obj, path, number, ref_date, default_id=f"{path}:{number}", name=None)


def _json_reason(exc: orjson.JSONDecodeError, in_line: bool) -> str:
    """A short parse error: the line is already named, so only the column for a JSONL line."""
    where = f"column {exc.colno}" if in_line else f"line {exc.lineno} column {exc.colno}"
    return f"invalid JSON: {exc.msg} at {where}"


def from_object(obj: Any, path: str, line: int | None, ref_date: str | None,
                default_id: str, name: str | None) -> Result:
    """A document from a JSON object with `text` and optional `id` and `meta`; other keys ignored."""
    if not isinstance(obj, dict):
        return InputError(path, 'not a JSON object with "text"', line)
    if "text" not in obj:
        return InputError(path, 'no "text" field', line)
    text, doc_id, meta = obj["text"], obj.get("id"), obj.get("meta")
    if not isinstance(text, str):
        return InputError(path, '"text" is not a string', line)
    if doc_id is None:
        doc_id = default_id
    elif isinstance(doc_id, (int, float)) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str):
        return InputError(path, '"id" is not a string', line)
    if meta is None:
        meta = {}
    elif not isinstance(meta, dict):
        return InputError(path, '"meta" is not an object', line)
    source: dict[str, Any] = {"path": path} if line is None else {"path": path, "line": line}
    return make_document(doc_id, text, source, meta, ref_date, name, line=line)


def make_document(doc_id: str, text: str, source: dict[str, Any], incoming: dict[str, Any],
                  ref_date: str | None, name: str | None, html_date: str | None = None,
                  title: str | None = None, line: int | None = None) -> Result:
    """The Document, with its date resolved; an empty text is a warning instead."""
    if not text.strip():
        return InputError(source["path"], "empty document", line, severity="warning")
    date, date_source = resolve_date(ref_date, incoming.get("date"), text, html_date, name)
    meta: dict[str, Any] = {"date": date, "date_source": date_source}
    if title:
        meta["title"] = title
    for key, value in incoming.items():
        meta.setdefault(key, value)
    return Document(id=doc_id, text=text, meta=meta, source=source)


def resolve_date(ref_date: str | None, meta_date: Any, text: str, html_date: str | None,
                 name: str | None) -> tuple[str | None, str | None]:
    """The first date that applies: --ref-date, meta.date, a text header, HTML, the file name."""
    if ref_date:
        return ref_date, "ref-date"
    candidates = (
        ("meta", lambda: parse_date(meta_date)),
        ("header", lambda: header_date(text)),
        ("html", lambda: html_date),
        ("filename", lambda: filename_date(name) if name else None),
    )
    for label, find in candidates:
        date = find()
        if date:
            return date, label
    return None, None


def read_stdin(stream: BinaryIO, ref_date: str | None) -> Iterator[Result]:
    """Standard input: JSON Lines when its first line is an object with "text", else one document.

    Only the first non-blank line is looked at before deciding, so a large JSONL stream is
    still read line by line (UTF-16 input, rare in a pipe, is decoded whole first).
    """
    buffered: list[bytes] = []
    first = b""
    for raw in iter(stream.readline, b""):
        buffered.append(raw)
        if raw.strip():
            first = raw
            break
    bom = bom_encoding(buffered[0]) if buffered else None
    if bom and bom[0] != "utf-8":
        yield from _read_stdin_whole(b"".join(buffered) + stream.read(), ref_date)
    elif _is_json_document(first):
        yield from read_jsonl_lines("-", _chain(buffered, stream), ref_date)
    else:
        data = b"".join(buffered) + stream.read()
        yield from read_bytes("-", data, "html" if _looks_html(data) else "text", ref_date)


def _read_stdin_whole(data: bytes, ref_date: str | None) -> Iterator[Result]:
    try:
        text = decode(data)
    except DecodeError as exc:
        yield InputError("-", str(exc))
        return
    first = next((line for line in text.split("\n") if line.strip()), "")
    if _is_json_document(first.encode("utf-8", "surrogatepass")):
        yield from read_jsonl_lines("-", io.StringIO(text, newline="\n"), ref_date)
    else:
        kind = "html" if _looks_html(text[:1024].encode("utf-8", "surrogatepass")) else "text"
        yield from read_text("-", text, kind, ref_date)


def _chain(head: list[bytes], stream: BinaryIO) -> Iterator[bytes]:
    yield from head
    yield from iter(stream.readline, b"")


def _is_json_document(line: bytes) -> bool:
    line = line.removeprefix(b"\xef\xbb\xbf").strip()
    if not line.startswith(b"{"):
        return False
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return isinstance(obj, dict) and "text" in obj


def _looks_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))
