"""Bylines and photo credits name people: "By JOSH BOAK and FATIMA HUSSEIN Associated Press",
"By Ana Vela, Reuters", "(Photo by Chip Moss/Getty Images)".

The model misses names in capitals and names on short lines of page furniture. A line that
opens with "By" and holds only names joined by commas and "and", with an agency after the
last one (`lexicon.organisations.is_credit_agency`), gives a PERSON per name of two or three
capitalised words and an ORG for the agency. A photo credit "Photo by NAME/AGENCY" or
"Photo: NAME/AGENCY" gives the PERSON and the ORG. Each takes the place of the mentions it
overlaps ("FATIMA HUSSEIN Associated" read as one name).
"""

from __future__ import annotations

import re

from ..lexicon.function_words import is_function_word
from ..lexicon.organisations import is_credit_agency
from .index import SpanIndex
from .lines import LineMap
from .mention import Mention

MAX_BYLINE_CHARS = 120
"""A byline is a short line; a longer one opening with "By" is prose ("By Monday, ...")."""

_BYLINE = re.compile(r"^[ \t]*By[ \t]+(?=[A-Z])([^\n]{3," + str(MAX_BYLINE_CHARS) + r"})$", re.M)
_WORD = re.compile(r"[A-Z][\w'’.-]*")
_PART = re.compile(r"[^,]+")
_AND = re.compile(r"([ \t]+and[ \t]+)")
_CREDIT_WORDS = ("Photo", "Photos", "Photograph", "Photographs", "Picture", "Pictures", "Image", "Images")
"""The words a photo credit opens with: where the document holds none, `_PHOTO_CREDIT` matches nowhere."""
_PHOTO_CREDIT = re.compile(
    r"(?<![\w-])(?:Photo(?:graph)?|Picture|Image)s?(?:[ \t]+by|:)[ \t]+"
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,2})/([A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2})"
)


def _names_of(line: str, base: int) -> list[Mention] | None:
    """The people and the agency of a byline's text after "By", or None when it holds anything
    else (a lowercase word other than "and", a name of one word or of four)."""
    found: list[Mention] = []
    for part in _PART.finditer(line):
        chunks = _AND.split(part.group())
        offset = part.start()
        for chunk in chunks:
            if chunk.strip() and chunk.strip() != "and":
                mentions = _name_and_agency(chunk, base + offset)
                if mentions is None:
                    return None
                found.extend(mentions)
            offset += len(chunk)
    return found or None


def _name_and_agency(chunk: str, base: int) -> list[Mention] | None:
    """One name of two or three capitalised words, with an agency after it when the chunk ends
    in one ("FATIMA HUSSEIN Associated Press"), or an agency alone ("Reuters"); else None."""
    words = list(_WORD.finditer(chunk))
    if not words or len(words) != len(chunk.split()) or any(is_function_word(w.group()) for w in words):
        return None
    for cut in range(min(3, len(words)), 1, -1):
        tail = chunk[words[cut].start() :].rstrip() if cut < len(words) else ""
        if tail and not is_credit_agency(tail):
            continue
        out = [Mention(base + words[0].start(), base + words[cut - 1].end(), "PERSON", "bylines")]
        if tail:
            out.append(Mention(base + words[cut].start(), base + words[cut].start() + len(tail), "ORG", "bylines"))
        return out
    agency = chunk.strip()
    if is_credit_agency(agency):
        s = base + words[0].start()
        return [Mention(s, s + len(agency), "ORG", "bylines")]
    return None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    bylines = lines.words.has("By")  # a byline opens with the word "By"
    credits = "/" in text and lines.words.has_any(_CREDIT_WORDS)
    if not (bylines or credits):
        return mentions  # most documents: no scan at all
    index = SpanIndex(mentions)
    for byline in _BYLINE.finditer(text) if bylines else ():
        for m in _names_of(byline.group(1), byline.start(1)) or ():
            index.replace(m)
    for credit in _PHOTO_CREDIT.finditer(text) if credits else ():
        if is_credit_agency(credit.group(2)):
            index.replace(Mention(credit.start(1), credit.end(1), "PERSON", "bylines"))
            index.replace(Mention(credit.start(2), credit.end(2), "ORG", "bylines"))
    return list(index)
