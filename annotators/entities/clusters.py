"""In-document coreference of names: clusters, canonical names and country codes.

A cluster is one referent. Mentions join when they name the same country (by ISO code),
when a shorter PERSON name is the tail or head of a fuller one ("Trump" -> "Donald Trump",
"Sisi" -> "Abdel Fattah al-Sisi")
or one inner word of exactly one ("Lula" -> "Luiz Inácio Lula da Silva"),
when an all-caps acronym spells a multi-word ORG's initials ("WTO" -> "World Trade
Organization") or a PERSON's ("AOC" -> "Alexandria Ocasio-Cortez"), when a short form of an ORG names it ("Apple" -> "Apple Inc.", "Eagles" ->
"Philadelphia Eagles"), and otherwise when their normalised texts are equal. A country's canonical
name is the same in every record: its usual short name (pycountry's common name, or the
lexicon's preferred one: "United States", "United Kingdom", "South Korea").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.countries import country_code, country_name, names_part_of_country
from ..lexicon.names import PARTICLE_WORDS, without_article
from .mention import Mention
from .org_forms import short_forms
from .person_acronyms import person_initials

_COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MINOR = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "on", "in", "to"})


_WORD = re.compile(r"[\w.'’&+-]+")  # "OPEC+" is not "OPEC"
_ACRONYM_SHAPE = re.compile(r"[A-Z]{2,6}")  # "IMF", "OPEC"


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The words of a mention's text (cached, like the other string look-ups: a cluster asks
    for the same texts' words for its keys, parents and canonical name)."""
    return tuple(_WORD.findall(text))


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Case, dots and spacing do not distinguish referents: "U.S." == "US"."""
    return " ".join(words(text.replace(".", "").casefold()))


def mention_country(m: Mention, text: str) -> str | None:
    """ISO code for a GPE/NORP/LOC mention naming a country or its people; "EU" also for ORG."""
    code = country_code(text)
    if code is None:
        return None
    if m.label in _COUNTRY_LABELS or (code == "EU" and m.label == "ORG"):
        return code
    return None


@lru_cache(maxsize=65536)
def _initials(text: str) -> str:
    return "".join(w[0] for w in words(text) if w.lower() not in _MINOR and w[0].isalpha()).upper()


def _name_key(m: Mention, text: str, country: str | None) -> tuple:
    if country and not names_part_of_country(text):
        return ("people" if m.label == "NORP" else "country", country)
    return (m.label if m.label != "PERSON" else "PERSON", norm(text))


def _person_parents(keys: list[tuple], texts: list[str], mentions: list[Mention]) -> dict[tuple, tuple]:
    """A shorter PERSON name joins the longest fuller name it opens or ends ("Trump" ->
    "Donald Trump"). Every fuller name registers its word prefixes and suffixes once, so
    this is linear in the names, not pairwise."""
    written = {k: words(t) for k, t, m in zip(keys, texts, mentions) if m.label == "PERSON"}
    persons = {k: tuple(w.casefold() for w in ws) for k, ws in written.items()}
    longest: dict[tuple[str, ...], tuple] = {}  # prefix/suffix -> the longest name holding it
    for k, ws in persons.items():
        for part in _name_parts(ws, written[k]):
            held = longest.get(part)
            if held is None or len(persons[held]) < len(ws):
                longest[part] = k
    parents = {k: longest[ws] for k, ws in persons.items() if ws in longest and longest[ws] != k}
    _inner_name_parents(persons, parents)
    return parents


def _name_parts(folded: tuple[str, ...], written: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The word prefixes and suffixes of a fuller name, and its last word without an Arabic
    article ("Sisi" of "Abdel Fattah al-Sisi"), casefolded."""
    parts = [p for n in range(1, len(folded)) for p in (folded[:n], folded[-n:])]
    bare = without_article(written[-1]) if len(written) > 1 else None
    return parts + [(bare.casefold(),)] if bare else parts


def _inner_name_parents(persons: dict[tuple, tuple[str, ...]], parents: dict[tuple, tuple]) -> None:
    """A one-word name that is an inner word of exactly one fuller name joins it: "Lula" of
    "Luiz Inácio Lula da Silva", "Sánchez" of "Pedro Sánchez Pérez-Castejón". Not a particle
    ("da"), an initial ("H.") or a word that opens or ends some name (those joined above)."""
    holders: dict[str, set[tuple]] = {}
    for k, ws in persons.items():
        for w in ws[1:-1]:
            holders.setdefault(w, set()).add(k)
    for k, ws in persons.items():
        if len(ws) != 1 or k in parents or ws[0] in PARTICLE_WORDS or len(ws[0].strip(".")) < 3:
            continue
        held = holders.get(ws[0], ())  # a one-word name holds no inner word, so never itself
        if len(held) == 1:
            parents[k] = next(iter(held))


def _acronym_parents(keys: list[tuple], texts: list[str], mentions: list[Mention], parent: dict) -> None:
    """An all-caps ORG acronym joins the multi-word ORG whose initials it spells ("WTO"); a
    PERSON's initials join that person ("AOC", `person_acronyms.person_initials`)."""
    by_initials: dict[tuple[str, str], tuple] = {}
    for k, t, m in zip(keys, texts, mentions):
        if m.label == "ORG" and len(words(t)) > 1:
            by_initials.setdefault(("ORG", _initials(t)), k)
        elif m.label == "PERSON":
            for initials in person_initials(t):
                by_initials.setdefault(("PERSON", initials), k)
    for k, t, m in zip(keys, texts, mentions):
        bare = t.replace(".", "")
        if m.label in ("ORG", "PERSON") and k not in parent and _ACRONYM_SHAPE.fullmatch(bare):
            held = by_initials.get((m.label, bare))
            if held is not None and held != k:
                parent[k] = held


def _org_parents(keys: list[tuple], texts: list[str], mentions: list[Mention], parent: dict) -> None:
    """A short form of an ORG joins it ("Apple" -> "Apple Inc.", "Eagles" -> "Philadelphia
    Eagles"; org_forms.short_forms)."""
    pairs = [(t, m.label) for t, m in zip(texts, mentions)]
    forms = short_forms(pairs, {t for t, label in pairs if label == "GPE"})
    full_keys = {t: k for k, t, m in zip(keys, texts, mentions) if m.label == "ORG"}
    for k, t, m in zip(keys, texts, mentions):
        full = forms.get(t)
        if m.label == "ORG" and k not in parent and full in full_keys and full_keys[full] != k:
            parent[k] = full_keys[full]


def _root(parent: dict[tuple, tuple], k: tuple) -> tuple:
    seen = set()
    while k in parent and k not in seen:
        seen.add(k)
        k = parent[k]
    return k


def _canonical(root: tuple, idx: list[int], texts: list[str]) -> str:
    """The fullest form among a cluster's mentions; for a country, always its usual short
    name ("US", "U.S.", "America" -> "United States"), so counts add up across articles."""
    if root[0] == "country":
        return country_name(root[1])
    if len(idx) == 1:
        best = idx[0]  # most clusters hold one mention
    else:
        best = max(idx, key=lambda i: (len(words(texts[i])), not texts[i].isupper(), len(texts[i]), -i))
    if root[0] in _PLACE_LABELS:
        return place_case(texts[best])
    return texts[best]


def place_case(name: str) -> str:
    """A place written only in capitals (a dateline, a headline) in its usual case: "MEXICO
    CITY" -> "Mexico City", "ISLE OF MAN" -> "Isle of Man". Short all-caps forms are codes and
    stay ("UAE", "DRC"), as does any name with a lowercase letter."""
    ws = name.split(" ")
    if not name.isupper() or max(len(w) for w in ws) < 4:
        return name
    return " ".join(w.lower() if i and w.lower() in _MINOR else w[:1] + w[1:].lower() for i, w in enumerate(ws))


def cluster(mentions: list[Mention], text: str) -> list[dict]:
    """Output items, in text order, with `cluster`, `canonical` and `country` filled in."""
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    texts = [m.text(text) for m in mentions]
    countries = [mention_country(m, t) for m, t in zip(mentions, texts)]
    keys = [_name_key(m, t, c) for m, t, c in zip(mentions, texts, countries)]
    parent = _person_parents(keys, texts, mentions)
    _acronym_parents(keys, texts, mentions, parent)
    _org_parents(keys, texts, mentions, parent)
    roots = [_root(parent, k) for k in keys]
    ids: dict[tuple, int] = {}
    members: dict[tuple, list[int]] = {}
    for i, r in enumerate(roots):
        ids.setdefault(r, len(ids))
        members.setdefault(r, []).append(i)
    canonical = {r: _canonical(r, idx, texts) for r, idx in members.items()}
    return [
        {
            "start": m.start,
            "end": m.end,
            "text": t,
            "label": m.label,
            "cluster": ids[r],
            "canonical": canonical[r],
            "country": c,
        }
        for m, t, c, r in zip(mentions, texts, countries, roots)
    ]
