"""HTML pages to their main text, title and publication date.

trafilatura does the hard part (finding the article among menus, asides and footers; reading
the date from metadata with htmldate). When it finds nothing, which happens on tiny or odd
pages, a plain tag strip keeps the text rather than losing the document.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .docdate import parse_date

# trafilatura and htmldate log warnings for ordinary pages; without a handler Python would
# print them on stderr. A NullHandler keeps them quiet unless the application configures logging.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass
class Page:
    """What an HTML page gives: main text, and title and date when it states them."""

    text: str
    title: str | None = None
    date: str | None = None


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def extract(html: str) -> Page:
    """The main text of a page, with its title and ISO publication date when known."""
    page = _trafilatura(html)
    if page is None or not page.text.strip():
        stripped = strip_tags(html)
        page = Page(stripped.text, (page and page.title) or stripped.title, page and page.date)
    return page


def _trafilatura(html: str) -> Page | None:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a parser failure on one odd page must not lose the document
        return None
    if result is None:
        return None
    return Page(
        text=result.text or "",
        title=(result.title or "").strip() or None,
        date=parse_date(result.date) if result.date else None,
    )


_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def strip_tags(html: str) -> Page:
    """Plain text of a page: tags dropped, blocks on their own lines, spaces tidied."""
    parser = _Stripper()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = re.sub(r"\n{2,}", "\n\n", "\n".join(lines)).strip()
    title = " ".join("".join(parser.title).split()) or None
    return Page(text, title)
