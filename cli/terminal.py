"""Text bound for the terminal (stderr): nothing from a document or a file name may drive it.

`quote_path` quotes a name the way `ls` does when it holds non-printable characters
(`$'a\\nb'`), so a file name with a newline cannot forge a line of our output and one with an
escape sequence cannot retitle the window. `printable` escapes such characters in any other
message text (annotator messages can quote document text).
"""

from __future__ import annotations

_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\x1b": "\\e", "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _is_safe(ch: str) -> bool:
    return ch.isprintable() or ch == " "


def printable(text: str) -> str:
    """`text` with every non-printable character written as an escape (\\n, \\e, \\x85, \\u202e)."""
    if all(map(_is_safe, text)):
        return text
    return "".join(ch if _is_safe(ch) else _escape(ch) for ch in text)


def quote_path(path: object) -> str:
    """A path for a message: as is when printable, else quoted as `ls` does: $'…' with escapes."""
    text = str(path)
    if all(map(_is_safe, text)):
        return text
    body = "".join(
        "\\'" if ch == "'" else "\\\\" if ch == "\\" else ch if _is_safe(ch) else _escape(ch) for ch in text
    )
    return f"$'{body}'"
