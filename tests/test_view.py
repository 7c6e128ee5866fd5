"""`annotate view`: one self-contained, escaped HTML page whose marks sit where the records say."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import orjson
import pytest

from conftest import SAMPLES, invoke, records

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Marks(HTMLParser):
    """The text inside each `data-item` element of the page, pieces joined in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.text: dict[str, list[str]] = defaultdict(list)
        self.tags: set[str] = set()
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        for key in ("src", "href"):
            if (attrs.get(key) or "").startswith(("http:", "https:", "//")):
                self.external.append(attrs[key])
        if tag == "span":
            self.stack.append(attrs.get("data-item"))

    def handle_endtag(self, tag):
        if tag == "span":
            self.stack.pop()

    def handle_data(self, data):
        for item in {i for i in self.stack if i}:
            self.text[item].append(data)


def _page(runner, tmp_path: Path, *inputs: str) -> tuple[str, Path]:
    out = tmp_path / "page.html"
    result = invoke(runner, "view", *inputs, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out.read_text(encoding="utf-8"), out


def test_every_mark_holds_the_text_its_record_gives(runner, tmp_path: Path) -> None:
    recorded = invoke(runner, str(SAMPLES), "-f", "jsonl", "-q", "--include-text")
    path = tmp_path / "records.jsonl"
    path.write_text(recorded.stdout, encoding="utf-8")
    html, _ = _page(runner, tmp_path, str(path))
    first = records(recorded.stdout)[0]
    # Marks are per page; the first article's items are checked by their data-item keys.
    parser = Marks()
    parser.feed(html.split('<article id="doc-1"')[0])
    for kind in ("entities", "quotes", "dates", "tariffs"):
        for index, item in enumerate(first[kind]):
            assert "".join(parser.text[f"{kind}-{index}"]) == item["text"], (kind, index)
    assert not parser.external and "script" not in parser.tags


def test_document_text_is_escaped_never_markup(runner, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text('Officials said <script>alert(1)</script> and [link=https://x.example]here[/link] "today".\n',
                       encoding="utf-8")
    html, _ = _page(runner, tmp_path, str(hostile))
    parser = Marks()
    parser.feed(html)
    assert "script" not in parser.tags and not parser.external
    shown = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert "<script>alert(1)</script>" in shown  # the text is there, as text
    assert "[link=https://x.example]here[/link]" in shown


def test_records_without_text_are_refused_with_the_reason(runner, tmp_path: Path) -> None:
    recorded = invoke(runner, str(SAMPLES / "tariff-story.txt"), "-f", "jsonl", "-q")
    path = tmp_path / "records.jsonl"
    path.write_text(recorded.stdout, encoding="utf-8")
    result = invoke(runner, "view", str(path), "-o", str(tmp_path / "p.html"))
    assert result.exit_code == 1 and "--include-text" in result.stderr


CHECK = """<script>
const expected = %s;
const got = {};
for (const el of document.querySelectorAll('[data-item]')) {
  const key = el.closest('article').id + '/' + el.dataset.item;
  got[key] = (got[key] || '') + el.textContent;
}
const wrong = Object.keys(expected).filter(k => got[k] !== expected[k]);
document.body.setAttribute('data-check', wrong.length ? 'wrong ' + wrong.join(',') : 'ok ' + Object.keys(expected).length);
</script>"""


@pytest.mark.skipif(BROWSER is None, reason="no Chromium on this machine (.ci/run installs Debian's chromium)")
def test_the_samples_page_renders_in_a_real_browser(runner, tmp_path: Path) -> None:
    recorded = records(invoke(runner, str(SAMPLES), "-f", "jsonl", "-q", "--include-text").stdout)
    html, page = _page(runner, tmp_path, str(SAMPLES))
    expected = {f"doc-{n}/{kind}-{i}": item["text"] for n, r in enumerate(recorded)
                for kind in ("entities", "quotes", "dates", "tariffs") for i, item in enumerate(r[kind])}
    checked = tmp_path / "checked.html"
    checked.write_text(html.replace("</body>", CHECK % json.dumps(expected) + "</body>"), encoding="utf-8")
    profile = tmp_path / "profile"
    dom = subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                          "--dump-dom", checked.as_uri()], capture_output=True, text=True, timeout=120)
    assert 'data-check="ok ' in dom.stdout, dom.stdout[-400:]
    assert "Uncaught" not in dom.stderr and "CONSOLE" not in dom.stderr.upper().replace("CONSOLE_", "")
    shot = tmp_path / "page.png"
    subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", "--window-size=1280,1600", f"--screenshot={shot}",
                    page.as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------ small habits


def test_folders_walk_in_natural_order(runner, tmp_path: Path) -> None:
    for name in ("reut-10209.txt", "reut-1022.txt", "reut-2.txt"):
        (tmp_path / name).write_text("Prices rose on Monday.\n", encoding="utf-8")
    result = invoke(runner, str(tmp_path), "-a", "dates", "-f", "jsonl", "-q")
    assert [Path(r["id"]).name for r in records(result.stdout)] == ["reut-2.txt", "reut-1022.txt", "reut-10209.txt"]


def test_an_empty_folder_is_named_and_fails(runner, tmp_path: Path) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    result = invoke(runner, str(empty), "-a", "dates", "-f", "jsonl")
    assert result.exit_code == 1
    assert "nothing-here" in result.stderr and "no files" in result.stderr


def test_the_summary_line_counts_in_good_english(runner, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Talks resumed on Monday.\n", encoding="utf-8")
    result = invoke(runner, str(one), "-a", "dates", "-f", "jsonl")
    assert "1 document, 0 errors" in result.stderr


def test_shell_completion_is_offered(runner) -> None:
    result = invoke(runner, "--help")
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout
