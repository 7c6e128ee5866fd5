"""Countries in the text, including the metonyms that stand for them (a capital, leader or agency
standing for its government counts as that country).

Trade stories name a country through its leader ("Reagan"), its capital ("Tokyo"), an
agency ("USTR", "MITI", "the Commission") or a description ("the island"). The tables of
names, short forms and metonyms live in `lexicon/countries.py`; this module finds them in a
sentence and merges the entities annotator's results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH

from ..lexicon.countries import (AGENCIES, CAPITALS, EU, ISLANDS, LEADERS, NEWSWIRE_SHORT_FORMS, country_code,
                                 may_start_country)

_INSTITUTION_WORDS = {"commission", "community"}


@dataclass
class Actor:
    """A country reference: character span, code, and how it was written."""

    start: int
    end: int
    code: str
    how: str  # name | demonym | leader | capital | agency | island
    token_start: int = -1
    token_end: int = -1


_BLANKS = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


@lru_cache(maxsize=65_536)
def code_of(text: str) -> str | None:
    """Country code of a name, demonym or metonym, or None. (Remembered: the answer is the
    string's own, and a trade story asks it of the same words again and again; the bound keeps
    a long run's memory flat.)"""
    t = _BLANKS.sub(" ", text.strip())
    t = _POSSESSIVE_END.sub("", t).strip()
    if not t:
        return None
    low = t.lower()
    for table in (NEWSWIRE_SHORT_FORMS, LEADERS, CAPITALS, AGENCIES):
        if low in table:
            if low in {"us"} and t != "US":
                return None
            if low in _INSTITUTION_WORDS and not t[:1].isupper():
                return None
            return table[low]
    return country_code(t)


@lru_cache(maxsize=1)
def _metonym_first_words() -> frozenset[str]:
    """First words of the leaders, capitals, agencies and short forms (dots dropped)."""
    keys = [*NEWSWIRE_SHORT_FORMS, *LEADERS, *CAPITALS, *AGENCIES]
    return frozenset(k.replace(".", "").split()[0] for k in keys if k.strip())


@lru_cache(maxsize=65_536)
def may_start_actor(word: str) -> bool:
    """Cheap pre-check: can a country reference begin with this token? (Remembered, as `code_of`.)"""
    low = _POSSESSIVE_END.sub("", word.lower()).replace(".", "")
    return low in _metonym_first_words() or may_start_country(word)


def _how(text: str) -> str:
    low = text.lower().strip()
    if low in LEADERS:
        return "leader"
    if low in CAPITALS:
        return "capital"
    if low in AGENCIES:
        return "agency"
    if low.endswith(("ese", "ian", "an", "ish", "ch", "i")) and low not in NEWSWIRE_SHORT_FORMS:
        return "demonym"
    return "name"


@dataclass(frozen=True)
class _Words:
    """The token strings and flags of a parsed doc, read once: `find_actors` looks at every
    token and at up to five after each place-like one, and a spaCy Token built per look costs
    more than the test it serves."""

    texts: list[str]
    starts: list[int]
    spaces: list[bool]
    breaks: list[bool]  # punctuation a country name cannot hold ("." "-" "&" can: "U.S.", "Bosnia-Herzegovina")

    @classmethod
    def of(cls, sdoc, text: str) -> "_Words":
        rows = sdoc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).tolist() if len(sdoc) else []
        texts = [text[start:start + length] for start, length, _, _ in rows]
        breaks = [bool(punct) and w not in _NAME_PUNCT for (_, _, _, punct), w in zip(rows, texts)]
        return cls(texts, [row[0] for row in rows], [bool(row[2]) for row in rows], breaks)

    def bounds(self, i: int, j: int) -> tuple[int, int]:
        """Character offsets of tokens [i, j)."""
        return self.starts[i], self.starts[j - 1] + len(self.texts[j - 1])

    def span_text(self, i: int, j: int, text: str) -> str:
        start, end = self.bounds(i, j)
        return text[start:end]


_NAME_PUNCT = frozenset({".", "-", "&"})


def find_actors(sdoc, entities: list[dict] | None = None, skip: tuple[int, int] | None = None,
                doc_text: str | None = None) -> list[Actor]:
    """Every country reference in a parsed doc, longest match first, left to right.

    `skip` is a character range (the dateline) whose places are not actors; `doc_text` is the
    parsed text when the caller has it.
    """
    full = sdoc.text if doc_text is None else doc_text  # Doc.text joins every token
    words = _Words.of(sdoc, full)
    texts = words.texts
    out: list[Actor] = []
    n = len(texts)
    i = 0
    last_island: str | None = None
    while i < n:
        w = texts[i]
        if not _may_open(w, words.spaces[i]):
            i += 1
            continue
        found = _longest_name(words, i, full)
        how = None
        if found is None:
            if w == "New" and i + 1 < n and texts[i + 1][:1].isupper():
                i += 2  # "New Mexico", "New England", "New Jersey": places, not the country named
                continue
            if w.lower() == "the" and i + 1 < n and texts[i + 1].lower() == "island" and last_island:
                found, how = (i + 2, last_island, "the island"), "island"  # "the island's import tariffs" -> Taiwan
            else:
                i += 1
                continue
        j, code, name = found
        start, end = words.bounds(i, j)
        if not (skip and skip[0] <= start < skip[1]):
            out.append(Actor(start, end, code, how or _how(name), i, j))
            if code in ISLANDS:
                last_island = code
        i = j
    if entities:
        _merge_entities(out, entities, sdoc, skip)
    out.sort(key=lambda a: a.start)
    out = _owned_agencies(out, full)
    names_eu = any(a.code == EU and a.how != "agency" for a in out)
    if not names_eu:
        # "the Commission" is the EC's only in a story that names the Community
        out = [a for a in out if not (a.how == "agency" and a.code == EU and "ommission" in full[a.start:a.end])]
    if not names_eu or _OTHER_BLOCS.search(full):
        # "the bloc" is the EU's only in a story that names the EU and no other bloc
        out = [a for a in out if not (a.how == "agency" and full[a.start:a.end].lower().endswith(("bloc", "bloc's", "bloc’s")))]
    return out  # sorted above; the filters keep the order


_OTHER_BLOCS = re.compile(r"\b(?:ASEAN|Mercosur|MERCOSUR|BRICS|OPEC|African Union|Gulf Cooperation Council|GCC|"
                          r"Eurasian Economic Union|EFTA|CARICOM|Andean Community|NAFTA|USMCA|Comecon|COMECON)\b")
"""Other blocs a story may call "the bloc": with one of them named, "the bloc" names no one country."""

_OWNER_GAP = re.compile(r"(?:['\u2019]s)? ")
"""What stands between a country and the body it owns: "Mexico's Congress", "the Mexican Congress"."""


def _owned_agencies(actors: list[Actor], text: str) -> list[Actor]:
    """A body named after a country is that country's: "Mexico's Congress", "China's commerce
    department", "the Philippine Senate" are not the US bodies the bare names stand for."""
    out: list[Actor] = []
    for a in actors:
        owner = out[-1] if out else None
        if (a.how == "agency" and owner is not None and owner.how in ("name", "demonym")
                and _OWNER_GAP.fullmatch(text, owner.end, a.start)):
            a = Actor(a.start, a.end, owner.code, a.how, a.token_start, a.token_end)
        out.append(a)
    return out


def _may_open(word: str, is_space: bool) -> bool:
    """Whether a country reference may start at this token (a capital, "the" or "New")."""
    if is_space or not (word[:1].isupper() or word.lower() == "the"):
        return False
    return word.lower() == "the" or word == "New" or may_start_actor(word)


def _longest_name(words: _Words, i: int, text: str) -> tuple[int, str, str] | None:
    """(end token, code, text) of the longest country name of up to five tokens at `i`."""
    n = len(words.texts)
    clear = 0  # tokens from `i` on with no space or breaking mark, up to five: a name holds none
    while clear < 5 and i + clear < n and not (words.spaces[i + clear] or words.breaks[i + clear]):
        clear += 1
    for length in range(clear, 0, -1):
        j = i + length
        if length > 1 and words.texts[j - 1] in _NAME_PUNCT:
            continue  # "Belarus ." ends at the name, not at the full stop
        if length == 1 and words.texts[i].lower() == "the":
            continue
        name = words.span_text(i, j, text)
        code = code_of(name)
        if code:
            return j, code, name
    return None


def _merge_entities(out: list[Actor], entities: list[dict], sdoc, skip) -> None:
    """Add entity-annotator country codes for spans we did not already cover."""
    taken = [(a.start, a.end) for a in out]
    for ent in entities:
        code = ent.get("country")
        s, e = ent["start"], ent["end"]  # the entities annotator's spans (schema: integers)
        if not code or ent.get("label") not in {"GPE", "NORP"}:
            continue
        if skip and skip[0] <= s < skip[1]:
            continue
        if any(s < te and ts < e for ts, te in taken):
            continue
        span = sdoc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        out.append(Actor(s, e, str(code), "name", span.start, span.end))
