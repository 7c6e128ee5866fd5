"""Bytes to text: BOMs, UTF-8, then detection; binary files are refused.

We decode ourselves (never open files in text mode) so that offsets are into the text exactly
as stored: no newline translation. A BOM is not text and is dropped.
"""

from __future__ import annotations

import codecs

BINARY = "binary file, not text"

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Western news in a legacy encoding is nearly always Windows-1252; detectors often name a
# cousin (cp1250) that turns "à" into "ŕ". Prefer cp1252 when it reads at least as cleanly.
_PREFERRED_LEGACY = "cp1252"
_SNIFF = 8192


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the reason shown to the user."""


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when `data` starts with a Unicode BOM."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first few KB of a file that has no UTF-16/32 BOM."""
    return bom_encoding(data) is None and b"\x00" in data[:_SNIFF]


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode a whole file's bytes, or raise DecodeError.

    Order: a BOM, UTF-8, the charset the file declares (an HTML <meta charset>), UTF-8 with
    a few bad bytes replaced, detection.
    """
    return decode_counting(data, declared)[0]


def decode_counting(data: bytes, declared: str | None = None) -> tuple[str, int]:
    """The text and how many bad byte sequences became U+FFFD (see `mostly_utf8`), or DecodeError."""
    text, replaced = _decode(data, declared)
    if _mostly_controls(text):
        raise DecodeError(BINARY)
    return text, replaced


# A file is UTF-8 "but for a few bytes" when it has valid multi-byte UTF-8 sequences and at
# most this share of bad bytes: one stray byte must not turn every curly quote into Cyrillic.
# A legacy file has no valid multi-byte sequences at all (or many bad bytes), and is detected.
MAX_BAD_SHARE = 0.01


def mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, bad byte sequences replaced) when `data` is UTF-8 but for a few bytes, else None."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))  # one per bad sequence
    multibyte = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if bad and multibyte and bad <= max(1, len(data) * MAX_BAD_SHARE) and bad < multibyte:
        return text, bad
    return None


def _mostly_controls(text: str) -> bool:
    """Control characters (other than tabs, newlines and form feeds) in more than 5% of the start.

    Catches binary data that happens to have no NUL byte and to be valid UTF-8 or 8-bit text.
    """
    head = text[:_SNIFF]
    controls = sum(1 for ch in head if ch < " " and ch not in "\t\n\r\f\v" or ch == "\x7f")
    return controls > 2 and controls > len(head) * 0.05


def _decode(data: bytes, declared: str | None) -> tuple[str, int]:
    bom = bom_encoding(data)
    if bom:
        encoding, size = bom
        try:
            return data[size:].decode(encoding), 0
        except UnicodeDecodeError:
            raise DecodeError(f"not valid {encoding.upper()} despite its byte-order mark") from None
    if b"\x00" in data:
        raise DecodeError(BINARY)
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        pass
    if declared:
        text = _try_declared(data, declared)
        if text is not None:
            return text, 0
    nearly = mostly_utf8(data)
    if nearly is not None:
        return nearly
    return _detect(data), 0


# As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are read as Windows-1252.
_LABEL_ALIASES = {"latin_1": "cp1252", "ascii": "cp1252", "iso8859_1": "cp1252"}


def _try_declared(data: bytes, label: str) -> str | None:
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    try:
        return data.decode(_LABEL_ALIASES.get(name, name))
    except UnicodeDecodeError:
        return None


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError(BINARY)
    try:
        legacy = data.decode(_PREFERRED_LEGACY)
    except UnicodeDecodeError:
        return str(best)
    if legacy == str(best) or mess_ratio(legacy, 1.0) <= best.chaos:
        return legacy
    return str(best)
