"""One self-contained HTML page of annotated articles, as displaCy shows spaCy's entities.

Each article's text with its entities highlighted by label, quotes marked with their speaker,
dates with their value and interval on hover, and its tariff records in a table whose rows link
to their sentence; a "who said what" list beside the text; an index of articles. Built from
records (through `flatten`), so a plugin's spans show too. No script, no network, no CDN: the
page is one file that opens anywhere and prints cleanly. Every piece of text is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any, Iterable

from .flatten import annotator_lists, document_row

ENTITY_COLOURS = {
    "PERSON": "#f9d0c4", "ORG": "#c4e0f9", "GPE": "#cdeccd", "LOC": "#e0f0c0", "NORP": "#f3e3b5",
    "FAC": "#e6d5f5", "EVENT": "#f5d5e6", "PRODUCT": "#d5f5f0", "LAW": "#e8e8c8", "WORK_OF_ART": "#eadcd0",
}
OTHER_COLOUR = "#e4e4e4"

STYLE = """
body{font:16px/1.55 Georgia,serif;margin:0;color:#222;background:#fff}
header,main{max-width:76rem;margin:0 auto;padding:0 1rem}
nav ol{columns:2;font:14px system-ui,sans-serif}
article{display:grid;grid-template-columns:minmax(0,3fr) minmax(12rem,1fr);gap:1.5rem;border-top:2px solid #444;padding:1rem 0}
article h2{grid-column:1/-1;font:600 1.2rem system-ui,sans-serif;margin:0}
.meta{grid-column:1/-1;font:13px system-ui,sans-serif;color:#666}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.ent{border-radius:3px;padding:0 1px}
.ent::after{content:attr(data-label);font:600 9px system-ui,sans-serif;vertical-align:super;margin-left:1px;color:#555}
.quote{background:linear-gradient(transparent 62%,#ffe58a 62%)}
.date{border-bottom:2px dotted #2a7;}
.tariff{outline:1px solid #c33;outline-offset:1px}
.other{border-bottom:2px solid #888}
aside{font:14px system-ui,sans-serif}
aside h3,section.tariffs h3{font:600 14px system-ui,sans-serif;margin:.2rem 0}
aside li{margin-bottom:.4rem}
section.tariffs{grid-column:1/-1;font:13px system-ui,sans-serif;overflow-x:auto}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
.legend span{display:inline-block;margin:0 .4rem .3rem 0;padding:0 .3rem;border-radius:3px;font:12px system-ui,sans-serif}
.errors{color:#a00;grid-column:1/-1;font:13px system-ui,sans-serif}
@media print{nav{display:none}article{break-inside:avoid-page;display:block}aside{margin-top:.5rem}.ent::after{content:""}}
"""


def render_page(records: Iterable[dict[str, Any]], title: str = "Annotated articles") -> str:
    """The whole page for a stream of records (each needs its `text`: run with --include-text)."""
    records = list(records)
    labels = sorted({e.get("label") for r in records for e in r.get("entities") or [] if e.get("label")})
    parts = [
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>{escape(title)}</title><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">",
        f"<style>{STYLE}</style></head><body>",
        f"<header><h1>{escape(title)}</h1>{_legend(labels)}{_index(records)}</header><main>",
    ]
    parts += [_article(number, record) for number, record in enumerate(records)]
    parts.append("</main></body></html>\n")
    return "".join(parts)


def _legend(labels: list[str]) -> str:
    chips = "".join(f"<span style=\"background:{ENTITY_COLOURS.get(l, OTHER_COLOUR)}\">{escape(l)}</span>" for l in labels)
    marks = ("<span class=\"quote\">quote</span><span class=\"date\">date</span>"
             "<span class=\"tariff\">tariff</span>")
    return f"<div class=\"legend\">{chips}{marks}</div>"


def _index(records: list[dict[str, Any]]) -> str:
    items = "".join(f"<li><a href=\"#doc-{n}\">{escape(_title(r))}</a></li>" for n, r in enumerate(records))
    return f"<nav><ol>{items}</ol></nav>"


def _title(record: dict[str, Any]) -> str:
    return str((record.get("meta") or {}).get("title") or record.get("id") or "")


def _article(number: int, record: dict[str, Any]) -> str:
    row = document_row(record)
    meta = " · ".join(escape(str(v)) for v in (row["id"], row["date"]) if v)
    errors = "".join(f"<p class=\"errors\">{escape(str(e.get('annotator')))} failed: {escape(str(e.get('message')))}</p>"
                     for e in record.get("errors") or [])
    return (f"<article id=\"doc-{number}\"><h2>{escape(_title(record))}</h2><p class=\"meta\">{meta}</p>{errors}"
            f"<div class=\"text\">{_marked_text(number, record)}</div>{_who_said_what(number, record)}"
            f"{_tariff_table(number, record)}</article>")


def _spans(record: dict[str, Any]) -> list[tuple[int, int, str, int, dict[str, Any]]]:
    """(start, end, annotator, index, item) for every item of every annotator, outer first."""
    order = {"quotes": 0, "tariffs": 1, "entities": 2, "dates": 3}
    spans = [(item["start"], item["end"], kind, index, item)
             for kind, items in annotator_lists(record).items()
             for index, item in enumerate(items)
             if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int)]
    return sorted(spans, key=lambda s: (s[0], -s[1], order.get(s[2], 4)))


def _marked_text(number: int, record: dict[str, Any]) -> str:
    """The text with every span as an element; where spans cross, an element is split in two
    pieces that carry the same `data-item`, so the markup always nests. One sweep over the
    cut points: the cost is the text plus the spans open at each cut, never spans x cuts."""
    text = record.get("text") or ""
    spans = [s for s in _spans(record) if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[str] = []
    active: list[tuple[int, int, str, int, dict[str, Any]]] = []
    following = 0
    for left, right in zip(cuts, cuts[1:]):
        active = [s for s in active if s[1] > left]
        while following < len(spans) and spans[following][0] <= left:
            active.append(spans[following])
            following += 1
        opening = "".join(_open_tag(number, s) for s in active)
        out.append(opening + escape(text[left:right]) + "</span>" * len(active))
    return "".join(out)


def _open_tag(number: int, span: tuple[int, int, str, int, dict[str, Any]]) -> str:
    start, end, kind, index, item = span
    common = f"data-item=\"{kind}-{index}\" data-start=\"{start}\" data-end=\"{end}\""
    if kind == "entities":
        label = str(item.get("label") or "")
        tip = " · ".join(str(x) for x in (label, item.get("canonical"), item.get("country")) if x)
        colour = ENTITY_COLOURS.get(label, OTHER_COLOUR)
        return f"<span class=\"ent\" data-label=\"{escape(label)}\" style=\"background:{colour}\" title=\"{escape(tip)}\" {common}>"
    if kind == "quotes":
        who = item.get("speaker_canonical") or item.get("speaker") or "no speaker"
        tip = f"{who} ({item.get('kind')}, {item.get('speaker_type')})"
        return f"<span class=\"quote\" id=\"q-{number}-{index}\" title=\"{escape(str(tip))}\" {common}>"
    if kind == "dates":
        interval = item.get("interval")
        tip = f"{item.get('type')} {item.get('value')}" + (f" [{interval[0]} .. {interval[1]}]" if interval else "")
        return f"<span class=\"date\" title=\"{escape(tip)}\" {common}>"
    if kind == "tariffs":
        return f"<span class=\"tariff\" id=\"t-{number}-{index}\" title=\"{escape(_tariff_tip(item))}\" {common}>"
    tip = ", ".join(f"{k}={v}" for k, v in item.items() if k not in ("start", "end", "text"))
    return f"<span class=\"other\" title=\"{escape(kind + ': ' + tip)}\" {common}>"


def _tariff_tip(item: dict[str, Any]) -> str:
    return " · ".join(f"{k} {_plain(item.get(k))}" for k in ("action", "rate", "imposer", "target") if item.get(k) not in (None, []))


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _who_said_what(number: int, record: dict[str, Any]) -> str:
    quotes = record.get("quotes") or []
    if not quotes:
        return "<aside></aside>"
    rows = "".join(
        f"<li><b>{escape(str(q.get('speaker_canonical') or q.get('speaker') or 'no speaker'))}</b> "
        f"<a href=\"#q-{number}-{i}\">{escape(_short(str(q.get('text') or '')))}</a></li>"
        for i, q in enumerate(quotes))
    return f"<aside><h3>Who said what</h3><ol>{rows}</ol></aside>"


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


TARIFF_COLUMNS = ("action", "rate", "unit", "imposer", "target", "products", "kind", "effective")


def _tariff_table(number: int, record: dict[str, Any]) -> str:
    tariffs = record.get("tariffs") or []
    if not tariffs:
        return ""
    head = "".join(f"<th>{c}</th>" for c in ("mention", *TARIFF_COLUMNS))
    rows = "".join(
        f"<tr><td><a href=\"#t-{number}-{i}\">{escape(_short(str(t.get('text') or ''), 80))}</a></td>"
        + "".join(f"<td>{escape(_plain(t.get(c)))}</td>" for c in TARIFF_COLUMNS) + "</tr>"
        for i, t in enumerate(tariffs))
    return f"<section class=\"tariffs\"><h3>Tariff measures</h3><table><tr>{head}</tr>{rows}</table></section>"
