"""Inputs to Documents: every input kind, encodings, errors, and the document date."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from article_annotator.document import Document
from article_annotator.errors import InputError
from article_annotator.sources import filename_date, header_date, parse_date, read_documents
from article_annotator.sources.html import strip_tags

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

ARTICLE = "Canada imposed a 25% tariff on US steel on Monday.\nOttawa said it would review it.\n"


def read(*paths: object, **kwargs) -> list[Document | InputError]:
    return list(read_documents([str(p) for p in paths], **kwargs))


def only_doc(*paths: object, **kwargs) -> Document:
    results = read(*paths, **kwargs)
    assert len(results) == 1 and isinstance(results[0], Document), results
    return results[0]


def only_error(*paths: object, **kwargs) -> InputError:
    results = read(*paths, **kwargs)
    assert len(results) == 1 and isinstance(results[0], InputError), results
    return results[0]


@pytest.fixture()
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in tmp_path, so paths can be given relative, as a user types them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- input kinds -------------------------------------------------------------------------


def test_text_file_is_one_document_with_the_path_as_given(cwd: Path) -> None:
    (cwd / "news").mkdir()
    (cwd / "news" / "steel.txt").write_text(ARTICLE, encoding="utf-8")
    doc = only_doc("news/steel.txt")
    assert doc.id == "news/steel.txt"
    assert doc.source == {"path": "news/steel.txt"}
    assert doc.text == ARTICLE
    assert doc.meta == {"date": None, "date_source": None}


def test_markdown_and_unknown_extensions_are_text(cwd: Path) -> None:
    (cwd / "a.md").write_text("# Tariffs\n\nSteel duties rose.\n", encoding="utf-8")
    (cwd / "b.article").write_text("Steel duties fell.", encoding="utf-8")
    docs = read("a.md", "b.article")
    assert [d.text for d in docs] == ["# Tariffs\n\nSteel duties rose.\n", "Steel duties fell."]


HTML_PAGE = """<!DOCTYPE html><html><head><title>Rice tariffs cut | Example Daily</title>
<meta property="og:title" content="Japan cuts rice tariffs">
<meta property="article:published_time" content="2025-11-03T09:00:00+09:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Japan cuts rice tariffs</h1>
<p>Japan said on Monday it would cut its tariff on imported rice by half from April, after
months of talks with its trading partners in the region.</p>
<p>Farm groups in Niigata protested the decision outside the ministry in Tokyo.</p></article>
<footer>Copyright Example Daily. All rights reserved.</footer></body></html>"""


def test_html_gives_main_text_title_and_published_date(cwd: Path) -> None:
    (cwd / "rice.html").write_text(HTML_PAGE, encoding="utf-8")
    doc = only_doc("rice.html")
    assert "cut its tariff on imported rice by half" in doc.text
    assert "Farm groups in Niigata" in doc.text
    assert "Copyright" not in doc.text and "<p>" not in doc.text
    assert doc.meta["title"] == "Japan cuts rice tariffs"
    assert (doc.meta["date"], doc.meta["date_source"]) == ("2025-11-03", "html")


def test_html_falls_back_to_a_plain_strip_when_extraction_finds_nothing(cwd: Path) -> None:
    page = "<html><head><title>Note</title></head><body><footer><p>Steel tariffs rose by 25 percent.</p></footer></body></html>"
    (cwd / "note.htm").write_text(page, encoding="utf-8")
    doc = only_doc("note.htm")
    assert doc.text == "Steel tariffs rose by 25 percent."
    assert doc.meta["title"] == "Note"


def test_html_declared_charset_is_used_when_not_utf8(cwd: Path) -> None:
    # Too short for detection (it would guess Windows-1252: "C³a"); the declaration decides.
    page = '<html><head><meta charset="iso-8859-2"></head><body><p>Cła na stal: Łódź.</p></body></html>'
    (cwd / "pl.html").write_bytes(page.encode("iso-8859-2"))
    assert only_doc("pl.html").text == "Cła na stal: Łódź."


def test_strip_tags_drops_scripts_and_keeps_blocks_apart() -> None:
    page = strip_tags("<html><head><title> A  title </title><style>p{}</style></head><body>"
                      "<script>var x = 1;</script><p>One &amp; two</p><p>Three</p></body></html>")
    assert page.text == "One & two\n\nThree"
    assert page.title == "A title"


def test_html_sample_article_reads_text_title_and_date() -> None:
    doc = only_doc(SAMPLES / "eu-steel-safeguard.html")
    assert "extend its safeguard on steel imports" in doc.text
    assert "Most read" not in doc.text
    assert doc.meta["title"] == "EU extends steel safeguard as tariff-rate quotas tighten"
    assert (doc.meta["date"], doc.meta["date_source"]) == ("2026-02-12", "html")


def test_json_file_is_one_object(cwd: Path) -> None:
    (cwd / "one.json").write_text(
        '{"id": "a-1", "text": "Tariffs rose.", "meta": {"date": "2024-05-01", "desk": "trade"}}',
        encoding="utf-8")
    (cwd / "two.json").write_text('{"text": "Quotas fell."}', encoding="utf-8")
    one, two = read("one.json", "two.json")
    assert (one.id, one.text, one.source) == ("a-1", "Tariffs rose.", {"path": "one.json"})
    assert one.meta == {"date": "2024-05-01", "date_source": "meta", "desk": "trade"}
    assert (two.id, two.text) == ("two.json", "Quotas fell.")


def test_json_file_that_is_not_an_object_with_text_is_an_error(cwd: Path) -> None:
    (cwd / "list.json").write_text('[{"text": "a"}]', encoding="utf-8")
    (cwd / "broken.json").write_text('{"text": ', encoding="utf-8")
    errors = read("list.json", "broken.json")
    assert [e.path for e in errors] == ["list.json", "broken.json"]
    assert all(isinstance(e, InputError) and e.line is None for e in errors)
    assert "invalid JSON" in errors[1].reason


def test_jsonl_one_document_per_line_with_ids_lines_and_meta(cwd: Path) -> None:
    (cwd / "c.jsonl").write_text(
        '{"id": "doc/1", "text": "Steel tariffs.", "meta": {"date": "1996-12-06", "split": "test"}, "gold": [1, 2]}\n'
        "\n"
        '{"text": "No id here.", "gold": {"entities": []}}\n'
        '{"id": 7, "text": "Numeric id."}\n',
        encoding="utf-8")
    first, second, third = read("c.jsonl")
    assert (first.id, first.text, first.source) == ("doc/1", "Steel tariffs.", {"path": "c.jsonl", "line": 1})
    assert first.meta == {"date": "1996-12-06", "date_source": "meta", "split": "test"}
    assert "gold" not in first.meta
    assert (second.id, second.source) == ("c.jsonl:3", {"path": "c.jsonl", "line": 3})
    assert third.id == "7"


def test_jsonl_bad_lines_are_named_and_the_rest_still_read(cwd: Path) -> None:
    lines = [
        '{"id": "ok1", "text": "Fine."}',
        '{"id": "broken", "text": ',
        '{"id": "notext"}',
        '{"id": "numtext", "text": 42}',
        '["not", "an", "object"]',
        '{"id": "badmeta", "text": "x", "meta": "2020-01-01"}',
        '{"id": "ok2", "text": "Also fine."}',
    ]
    (cwd / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read("mixed.jsonl")
    assert [r.id for r in results if isinstance(r, Document)] == ["ok1", "ok2"]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [(e.path, e.line) for e in errors] == [("mixed.jsonl", n) for n in (2, 3, 4, 5, 6)]
    assert "invalid JSON" in errors[0].reason
    assert errors[1].reason == 'no "text" field'
    assert errors[2].reason == '"text" is not a string'
    assert all(e.severity == "error" and e.location == f"mixed.jsonl:{e.line}" for e in errors)


def test_jsonl_with_a_bom_and_crlf_lines(cwd: Path) -> None:
    data = '\ufeff{"id": "a", "text": "One."}\r\n{"id": "b", "text": "Two.\\r\\nLines."}\r\n'
    (cwd / "w.jsonl").write_bytes(data.encode("utf-8"))
    a, b = read("w.jsonl")
    assert (a.id, a.text, b.text) == ("a", "One.", "Two.\r\nLines.")


def test_jsonl_in_utf16_is_read(cwd: Path) -> None:
    (cwd / "u.jsonl").write_bytes('{"id": "a", "text": "Zölle"}\n{"id": "b", "text": "Tarife"}\n'.encode("utf-16"))
    assert [(d.id, d.text) for d in read("u.jsonl")] == [("a", "Zölle"), ("b", "Tarife")]
    (cwd / "broken16.jsonl").write_bytes('{"text": "ok"}\n'.encode("utf-16") + b"\x00\xd8\x00\xd8")
    *_, error = read("broken16.jsonl")  # decoded in chunks: lines before the bad bytes may be lost
    assert error.reason == "not valid UTF-16 despite its byte-order mark"


# --- paths: folders, globs, missing, stdin -------------------------------------------------


def make_tree(root: Path) -> None:
    for rel in ["b.txt", "a.txt", "sub/z.txt", "sub/c.txt", "sub/deeper/d.txt", "aa/x.txt",
                ".hidden.txt", ".git/config", "sub/.secret/e.txt"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {rel}.", encoding="utf-8")


def test_folder_walked_recursively_in_sorted_order_skipping_hidden(cwd: Path) -> None:
    make_tree(cwd / "news")
    ids = [d.id for d in read("news")]
    assert ids == [os.path.join("news", p) for p in
                   ["a.txt", "aa/x.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "sub/z.txt"]]


def test_glob_expands_sorted_and_a_glob_without_match_is_an_error(cwd: Path) -> None:
    make_tree(cwd / "news")
    assert [d.id for d in read("news/*.txt")] == ["news/a.txt", "news/b.txt"]
    assert [d.id for d in read("news/**/*.txt")] == [
        "news/a.txt", "news/aa/x.txt", "news/b.txt", "news/sub/c.txt",
        "news/sub/deeper/d.txt", "news/sub/z.txt"]
    error = only_error("news/*.pdf")
    assert (error.path, error.reason) == ("news/*.pdf", "no such file")


def test_missing_path_is_an_error_and_reading_goes_on(cwd: Path) -> None:
    (cwd / "there.txt").write_text("Here.", encoding="utf-8")
    missing, found = read("nowhere.txt", "there.txt")
    assert isinstance(missing, InputError) and missing.path == "nowhere.txt"
    assert "no such file" in missing.reason
    assert found.id == "there.txt"


def test_stdin_text_is_one_document_named_dash() -> None:
    stdin = io.BytesIO("First line.\r\nSecond line, café.\n".encode("utf-8"))
    doc = only_doc("-", stdin=stdin)
    assert (doc.id, doc.source, doc.text) == ("-", {"path": "-"}, "First line.\r\nSecond line, café.\n")


def test_stdin_html_is_recognised() -> None:
    doc = only_doc("-", stdin=io.BytesIO(HTML_PAGE.encode("utf-8")))
    assert "Farm groups in Niigata" in doc.text and doc.meta["date"] == "2025-11-03"


def test_stdin_jsonl_is_sniffed_and_streamed_line_by_line() -> None:
    class LineOnly(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:  # the JSONL path must never slurp
            raise AssertionError("stdin read whole")

    data = b'\n{"id": "s1", "text": "One."}\nnot json\n{"text": "Three."}\n'
    results = read("-", stdin=LineOnly(data))
    assert [(type(r).__name__, getattr(r, "id", None), getattr(r, "line", None)) for r in results] == [
        ("Document", "s1", None), ("InputError", None, 3), ("Document", "-:4", None)]
    assert results[0].source == {"path": "-", "line": 2}


def test_stdin_in_utf16_text_and_jsonl() -> None:
    text = "Zölle auf Stahl.\r\nZweite Zeile."
    assert only_doc("-", stdin=io.BytesIO(text.encode("utf-16"))).text == text
    lines = '{"id": "a", "text": "Zölle"}\n{"id": "b", "text": "Tarife"}\n'
    docs = read("-", stdin=io.BytesIO(lines.encode("utf-16")))
    assert [(d.id, d.text, d.source["line"]) for d in docs] == [("a", "Zölle", 1), ("b", "Tarife", 2)]


def test_reading_is_lazy(cwd: Path) -> None:
    (cwd / "a.txt").write_text("A.", encoding="utf-8")
    consumed: list[str] = []

    def paths():
        for p in ["a.txt", "b.txt"]:
            consumed.append(p)
            yield p

    stream = read_documents(paths())
    assert consumed == []
    assert next(stream).id == "a.txt"
    assert consumed == ["a.txt"]


# --- encodings and exact text -------------------------------------------------------------


def test_utf8_bom_is_stripped(cwd: Path) -> None:
    (cwd / "bom.txt").write_bytes(b"\xef\xbb\xbfTariffs on steel.")
    assert only_doc("bom.txt").text == "Tariffs on steel."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(cwd: Path, encoding: str) -> None:
    text = "Zölle auf Stahl: 25 %.\r\nMinister sagte „nein“."
    data = text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding)
    (cwd / "u16.txt").write_bytes(data)
    assert only_doc("u16.txt").text == text


def test_latin1_and_cp1252_are_detected(cwd: Path) -> None:
    french = "Café à Genève : les négociations commerciales reprennent, dit le ministre français.\n"
    quotes = "The EU\u2019s \u201csafeguard\u201d \u2014 a 25% tariff on steel, said M\u00fcller.\n"
    (cwd / "fr.txt").write_bytes(french.encode("latin-1"))
    (cwd / "q.txt").write_bytes(quotes.encode("cp1252"))
    fr, q = read("fr.txt", "q.txt")
    assert fr.text == french
    assert q.text == quotes


def test_binary_files_are_refused(cwd: Path) -> None:
    rng = random.Random(7)
    (cwd / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(500)))
    (cwd / "noise.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(3000)))
    (cwd / "data.jsonl").write_bytes(b'{"text": "a"}\n\x00\x01\x02\x03')
    (cwd / "controls.dat").write_bytes(bytes(rng.randrange(1, 32) for _ in range(300)) + b"abc")
    errors = read("image.png", "noise.txt", "data.jsonl", "controls.dat")
    assert [(e.path, e.reason) for e in errors] == [
        (p, "binary file, not text") for p in ("image.png", "noise.txt", "data.jsonl", "controls.dat")]


def test_a_few_control_characters_are_still_text(cwd: Path) -> None:
    text = "Page one.\fPage two.\x1b[0m reset\x07 and a bell.\n" * 3
    (cwd / "ctl.txt").write_text(text, encoding="utf-8")
    assert only_doc("ctl.txt").text == text


def test_text_is_exactly_as_stored_crlf_and_cr_kept(cwd: Path) -> None:
    text = " date 2026-01-30 Header stays.\r\nLine two.\rLine three.\n\n  Indented.\t\n"
    (cwd / "exact.txt").write_bytes(text.encode("utf-8"))
    doc = only_doc("exact.txt")
    assert doc.text == text
    assert doc.text[doc.text.index("Line two"):][:8] == "Line two"


def test_a_leading_byte_order_mark_is_no_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTariffs rose.".encode("utf-8"))
    assert only_doc(path).text == "Tariffs rose."
    path.write_bytes("\ufeff".encode("utf-8"))
    assert read(path)[0].reason == "empty document"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_any_utf8_text_reads_back_exactly_or_is_refused_whole(tmp_path: Path, text: str) -> None:
    path = tmp_path / "prop.txt"
    path.write_bytes(text.encode("utf-8"))
    (result,) = read(path)
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f\v" or ch == "\x7f")
    written = text.removeprefix("\ufeff")  # a leading byte-order mark marks the encoding: not text
    if isinstance(result, Document):
        assert result.text == written  # never altered
    elif result.reason == "empty document":
        assert not written.strip() and result.severity == "warning"
    else:
        assert result.reason == "binary file, not text" and controls > 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_arbitrary_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for result in read(path) + read("-", stdin=io.BytesIO(data)):
        assert isinstance(result, (Document, InputError))
        if isinstance(result, Document):
            assert result.text.strip()


# --- empty documents ----------------------------------------------------------------------


def test_empty_documents_are_warnings_not_records(cwd: Path) -> None:
    (cwd / "empty.txt").write_bytes(b"")
    (cwd / "blank.txt").write_text(" \n\t\r\n", encoding="utf-8")
    (cwd / "e.jsonl").write_text('{"id": "a", "text": ""}\n{"id": "b", "text": "Real."}\n', encoding="utf-8")
    results = read("empty.txt", "blank.txt", "e.jsonl")
    warnings = [r for r in results if isinstance(r, InputError)]
    assert [(w.path, w.line, w.reason) for w in warnings] == [
        ("empty.txt", None, "empty document"), ("blank.txt", None, "empty document"),
        ("e.jsonl", 1, "empty document")]
    assert all(w.severity == "warning" and w.is_warning for w in warnings)
    assert [r.id for r in results if isinstance(r, Document)] == ["b"]


# --- the document date --------------------------------------------------------------------


def test_seed_sample_date_comes_from_its_inline_header() -> None:
    doc = only_doc(SAMPLES / "india-us-jaishankar-gor-2026-01-30.txt")
    assert (doc.meta["date"], doc.meta["date_source"]) == ("2026-01-30", "header")
    assert doc.text.startswith(" date 2026-01-30 External affairs")  # header not stripped


@pytest.mark.parametrize("text, expected", [
    (" date 2026-01-30 External affairs minister met", "2026-01-30"),
    ("date 1987-03-02\n\nTRADE TALKS\n\nWASHINGTON, March 2 -", "1987-03-02"),
    ("Date: 26 Feb 1987\nSubject: grain", "1987-02-26"),
    ("From: desk@example.com\nDate: Thu, 26 Feb 1987 10:30:00 GMT\n\nBody", "1987-02-26"),
    ("Steel talks resume\nPublished: February 26, 1987 10:30 GMT\n\nText", "1987-02-26"),
    ("---\ntitle: Steel\ndate: 2024-07-09\n---\nBody", "2024-07-09"),
    ("Thursday, 29 January 2026\n\nBody text", "2026-01-29"),
    ("Updated: 3 March 2026\nPublished: 1 March 2026\nBody", "2026-03-01"),
    ("Updated: 3 March 2026\nBody", "2026-03-03"),
    ("**Posted on** Jan. 5th, 2025\nBody", "2025-01-05"),
    ("Date: 2026-02-30\nBody", None),            # not a real day
    ("Date: 03/02/1987\nBody", None),            # day/month order unknown
    ("The talks of 2026-01-30 failed.", None),   # a date in prose is not a header
    ("a\nb\nc\nd\ne\nDate: 2026-01-30", None),    # too far down
    ("Peru cuts duties\n\nLIMA, March 19, 2025 (Reuters) - Peru cut its duties.", "2025-03-19"),
    ("NEW DELHI, Sept. 4, 2025 — India raised duties.", "2025-09-04"),
    ("Cup final tonight\n\nMADRID, May 8, 2024 - Rain fell.", "2024-05-08"),  # May has no abbreviation
    ("LIMA, March 19 (Reuters) - Peru cut its duties.", None),  # no year: not guessed
    ("Date: 1 March 2026\nLIMA, March 19, 2025 (Reuters) - Text", "2026-03-01"),  # a header first
])
def test_header_date(text: str, expected: str | None) -> None:
    assert header_date(text) == expected


@pytest.mark.parametrize("value, expected", [
    ("2026-01-30", "2026-01-30"), ("2026-1-3", "2026-01-03"), ("2026/01/30", "2026-01-30"),
    ("2026-01-30T08:30:00+01:00", "2026-01-30"), ("2026-01-30 08:30", "2026-01-30"),
    ("26 Feb 1987", "1987-02-26"), ("February 26, 1987", "1987-02-26"), ("Sept. 3 2025", "2025-09-03"),
    ("2026-02-29", None), ("1996", None), ("soon", None), ("", None), (None, None), (20260130, None),
    ("2026-01-30 and more", None),
])
def test_parse_date(value: object, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("path, expected", [
    ("news/india-us-2026-01-30.txt", "2026-01-30"), ("20260130-tariffs.txt", "2026-01-30"),
    ("archive/2025/11/03/story.txt", "2025-11-03"), ("reut-10005.txt", None),
    ("story-2026_13_01.txt", None), ("id-123456789.txt", None),
])
def test_filename_date(path: str, expected: str | None) -> None:
    assert filename_date(path) == expected


def test_date_precedence_ref_meta_header_html_filename(cwd: Path) -> None:
    header = "Date: 5 March 2021\nSteel tariffs rose.\n"
    (cwd / "h-2020-01-01.txt").write_text(header, encoding="utf-8")
    (cwd / "plain-2020-01-01.txt").write_text("Steel tariffs rose.\n", encoding="utf-8")
    (cwd / "page-2020-01-01.html").write_text(HTML_PAGE, encoding="utf-8")
    (cwd / "m-2020-01-01.json").write_text(
        '{"text": "Date: 5 March 2021\\nTariffs.", "meta": {"date": "2022-02-02"}}', encoding="utf-8")
    (cwd / "bad-meta-2020-01-01.json").write_text(
        '{"text": "Date: 5 March 2021\\nTariffs.", "meta": {"date": "last week"}}', encoding="utf-8")

    def dated(path: str, **kwargs) -> tuple[str | None, str | None]:
        doc = only_doc(path, **kwargs)
        return doc.meta["date"], doc.meta["date_source"]

    assert dated("m-2020-01-01.json") == ("2022-02-02", "meta")
    assert dated("bad-meta-2020-01-01.json") == ("2021-03-05", "header")   # invalid meta ignored
    assert dated("h-2020-01-01.txt") == ("2021-03-05", "header")
    assert dated("page-2020-01-01.html") == ("2025-11-03", "html")
    assert dated("plain-2020-01-01.txt") == ("2020-01-01", "filename")
    for path in ("m-2020-01-01.json", "h-2020-01-01.txt", "page-2020-01-01.html", "plain-2020-01-01.txt"):
        assert dated(path, ref_date="2019-09-09") == ("2019-09-09", "ref-date")


def test_jsonl_document_date_from_meta_then_header_not_the_collection_name(cwd: Path) -> None:
    (cwd / "batch-2020-01-01.jsonl").write_text(
        '{"id": "m", "text": "x", "meta": {"date": "1996-08-30"}}\n'
        '{"id": "h", "text": "date 1987-03-02\\nx"}\n'
        '{"id": "n", "text": "x", "meta": {"date": null}}\n', encoding="utf-8")
    assert [(d.meta["date"], d.meta["date_source"]) for d in read("batch-2020-01-01.jsonl")] == [
        ("1996-08-30", "meta"), ("1987-03-02", "header"), (None, None)]


def test_invalid_ref_date_is_refused_before_reading() -> None:
    with pytest.raises(ValueError, match="reference date"):
        read_documents(["anything"], ref_date="yesterday")
