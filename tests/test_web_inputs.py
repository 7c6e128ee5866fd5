"""http(s) inputs fetched from a local server, and formats the tool does not read named as such."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import invoke, records

PAGE = b"""<!doctype html><html><head><title>Port reopens after strike</title>
<meta property="article:published_time" content="2025-09-03"></head><body><article>
<h1>Port reopens after strike</h1>
<p>The harbour authority said on Tuesday that the port would reopen to container ships on
Friday, ending a strike that had lasted nine days. Dock workers accepted a new contract.</p>
<p>"We are back to work," union steward Mara Quint told reporters outside the gate.</p>
</article></body></html>"""


class Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/story":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(PAGE)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_url_is_fetched_and_read_as_html(runner, server) -> None:
    result = invoke(runner, f"{server}/story", "-a", "dates", "-f", "jsonl", "-q")
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert record["id"] == f"{server}/story"
    assert record["meta"]["title"] == "Port reopens after strike"
    assert any(d["text"] == "Tuesday" for d in record["dates"])


def test_a_missing_page_and_an_unreachable_host_are_named(runner, server) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    result = invoke(runner, f"{server}/gone", f"http://127.0.0.1:{closed_port}/x", "-a", "dates", "-f", "jsonl")
    assert result.exit_code == 1
    assert f"{server}/gone: the server answered 404" in result.stderr
    assert f"127.0.0.1:{closed_port}/x: could not fetch it" in result.stderr


@pytest.mark.parametrize("name", ["report.pdf", "memo.docx"])
def test_office_and_pdf_files_say_which_formats_are_read(runner, tmp_path, name) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7 binary")
    result = invoke(runner, str(path), "-a", "dates", "-f", "jsonl")
    assert result.exit_code == 1
    assert name in result.stderr and "supported inputs are text" in result.stderr


def test_inputs_are_counted_cheaply_for_the_progress_bar(tmp_path) -> None:
    from article_annotator.sources.counting import count_documents

    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text("Text.\n", encoding="utf-8")
    lines = tmp_path / "more.jsonl"
    lines.write_bytes(b'{"id": "1", "text": "a"}\n{"id": "2", "text": "b"}\n{"id": "3", "text": "c"}')
    assert count_documents([str(folder), str(lines)]) == 6
    assert count_documents(["-"]) is None
