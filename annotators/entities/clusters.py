"""In-document coreference of names: clusters, canonical names and country codes.

A cluster is one referent. Mentions join when they name the same country (by ISO code),
when a shorter PERSON name is the tail or head of a fuller one ("Trump" -> "Donald Trump"),
when an all-caps acronym spells a multi-word ORG's initials ("WTO" -> "World Trade
Organization"), and otherwise when their normalised texts are equal.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, country_name, names_part_of_country
from .mention import Mention

_COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC"})
_MINOR = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "on", "in", "to"})


def words(text: str) -> list[str]:
    return re.findall(r"[\w.'’&-]+", text)


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


def _initials(text: str) -> str:
    return "".join(w[0] for w in words(text) if w.lower() not in _MINOR and w[0].isalpha()).upper()


def _name_key(m: Mention, text: str, country: str | None) -> tuple:
    if country and not names_part_of_country(text):
        return ("people" if m.label == "NORP" else "country", country)
    return (m.label if m.label != "PERSON" else "PERSON", norm(text))


def cluster(mentions: list[Mention], text: str) -> list[dict]:
    """Output items, in text order, with `cluster`, `canonical` and `country` filled in."""
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    texts = [m.text(text) for m in mentions]
    countries = [mention_country(m, t) for m, t in zip(mentions, texts)]
    keys = [_name_key(m, t, c) for m, t, c in zip(mentions, texts, countries)]

    # PERSON: a shorter name joins the nearest earlier (else first later) fuller name it is part of.
    persons = {k: words(t) for k, t, m in zip(keys, texts, mentions) if m.label == "PERSON"}
    parent: dict[tuple, tuple] = {}
    full_positions: dict[tuple, int] = {}
    for i, k in enumerate(keys):
        full_positions.setdefault(k, i)
    for k, ws in persons.items():
        low = [w.casefold() for w in ws]
        best, best_len = None, len(ws)
        for k2, ws2 in persons.items():
            if k2 == k or len(ws2) <= best_len:
                continue
            low2 = [w.casefold() for w in ws2]
            if low == low2[-len(low):] or low == low2[: len(low)]:
                best, best_len = k2, len(ws2)
        if best is not None:
            parent[k] = best
    # ORG acronyms.
    orgs = {k: t for k, t, m in zip(keys, texts, mentions) if m.label == "ORG" and len(words(t)) > 1}
    for k, t, m in zip(keys, texts, mentions):
        if m.label == "ORG" and k not in parent and re.fullmatch(r"[A-Z]{2,6}", t.replace(".", "")):
            for k2, t2 in orgs.items():
                if _initials(t2) == t.replace(".", ""):
                    parent[k] = k2
                    break

    def root(k: tuple) -> tuple:
        seen = set()
        while k in parent and k not in seen:
            seen.add(k)
            k = parent[k]
        return k

    roots = [root(k) for k in keys]
    ids: dict[tuple, int] = {}
    for r in roots:
        ids.setdefault(r, len(ids))
    members: dict[tuple, list[int]] = {}
    for i, r in enumerate(roots):
        members.setdefault(r, []).append(i)
    canonical: dict[tuple, str] = {}
    for r, idx in members.items():
        if r[0] == "country":
            usual = [i for i in idx if texts[i] == country_name(r[1])]
            if usual:
                canonical[r] = texts[usual[0]]
                continue
        best = max(idx, key=lambda i: (len(words(texts[i])), not texts[i].isupper(), len(texts[i]), -i))
        canonical[r] = texts[best]
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
