"""Countries in the text, including the metonyms that stand for them (G6).

Trade stories name a country through its leader ("Reagan"), its capital ("Tokyo"), an
agency ("USTR", "MITI", "the Commission") or a description ("the island"). The entities
annotator gives country codes for names and demonyms; this module adds the metonyms and
works alone when the entities results are missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # written by the entities agent; our own small table below covers its absence
    from ..countries import country_code as _country_code
except Exception:  # pragma: no cover - defensive
    _country_code = None

EU = "EU"

# Leaders and trade officials, by surname (capitalised in the text).
LEADERS: dict[str, str] = {
    "trump": "US", "biden": "US", "obama": "US", "reagan": "US", "carter": "US",
    "clinton": "US", "yeutter": "US", "baldrige": "US", "lighthizer": "US", "zoellick": "US",
    "nakasone": "JP", "takeshita": "JP", "kishida": "JP", "abe": "JP", "koizumi": "JP",
    "thatcher": "GB", "blair": "GB", "mulroney": "CA", "trudeau": "CA", "carney": "CA",
    "kohl": "DE", "merkel": "DE", "mitterrand": "FR", "chirac": "FR", "macron": "FR",
    "gorbachev": "RU", "putin": "RU", "hawke": "AU", "modi": "IN", "jinping": "CN",
    "lula": "BR", "sheinbaum": "MX", "de clercq": EU, "delors": EU, "andriessen": EU,
    "von der leyen": EU, "mandelson": EU, "lamy": EU, "sefcovic": EU,
}

# Capitals and seats of government used for the government itself.
CAPITALS: dict[str, str] = {
    "washington": "US", "tokyo": "JP", "ottawa": "CA", "brussels": EU, "taipei": "TW",
    "seoul": "KR", "peking": "CN", "beijing": "CN", "bonn": "DE", "berlin": "DE",
    "paris": "FR", "london": "GB", "rome": "IT", "madrid": "ES", "lisbon": "PT",
    "canberra": "AU", "wellington": "NZ", "moscow": "RU", "new delhi": "IN", "delhi": "IN",
    "kuala lumpur": "MY", "jakarta": "ID", "manila": "PH", "bangkok": "TH",
    "mexico city": "MX", "brasilia": "BR", "buenos aires": "AR", "pretoria": "ZA",
    "cairo": "EG", "ankara": "TR", "islamabad": "PK", "dhaka": "BD", "nairobi": "KE",
    "stockholm": "SE", "oslo": "NO", "copenhagen": "DK", "helsinki": "FI",
    "vienna": "AT", "bern": "CH", "berne": "CH", "the hague": "NL", "athens": "GR",
    "dublin": "IE", "santiago": "CL", "lima": "PE", "bogota": "CO", "caracas": "VE",
    "hanoi": "VN", "riyadh": "SA", "tehran": "IR", "baghdad": "IQ",
    "kiev": "UA", "kyiv": "UA", "warsaw": "PL", "budapest": "HU", "prague": "CZ",
}

# Governments, agencies and institutions.
AGENCIES: dict[str, str] = {
    "ustr": "US", "u.s. trade representative": "US", "white house": "US",
    "commerce department": "US", "department of commerce": "US", "congress": "US",
    "u.s. congress": "US", "the senate": "US", "u.s. senate": "US", "customs service": "US",
    "international trade commission": "US", "itc": "US", "reagan administration": "US",
    "trump administration": "US", "biden administration": "US", "treasury": None,
    "miti": "JP", "ministry of international trade and industry": "JP", "keidanren": "JP",
    "european commission": EU, "ec commission": EU, "the commission": EU,
    "the community": EU, "common market": EU, "the twelve": EU, "council of ministers": EU,
    "commission": EU, "community": EU,
}

# Demonyms and short forms the shared table may lack.
EXTRA_NAMES: dict[str, str] = {
    "u.s.": "US", "us": "US", "u.s.a.": "US", "america": "US", "american": "US",
    "ec": EU, "eec": EU, "e.c.": EU, "eu": EU, "european": EU, "europe": EU,
    "west germany": "DE", "west german": "DE", "east germany": "DE", "formosa": "TW",
    "britain": "GB", "u.k.": "GB", "south korea": "KR",
}

ISLANDS = frozenset({"TW", "JP", "LK", "PH", "ID", "GB", "IE", "CY", "MT", "MU", "IS",
                     "JM", "HK", "SG", "TT", "CU", "NZ", "MG", "BH", "FJ"})

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


def code_of(text: str) -> str | None:
    """Country code of a name, demonym or metonym, or None."""
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"['\u2019]s?$", "", t).strip()
    if not t:
        return None
    low = t.lower()
    for table in (EXTRA_NAMES, LEADERS, CAPITALS, AGENCIES):
        if low in table:
            if low in {"us"} and t != "US":
                return None
            if low in _INSTITUTION_WORDS and not t[:1].isupper():
                return None
            return table[low]
    if _country_code is not None:
        try:
            return _country_code(t)
        except Exception:
            return None
    return None


def _how(text: str) -> str:
    low = text.lower().strip()
    if low in LEADERS:
        return "leader"
    if low in CAPITALS:
        return "capital"
    if low in AGENCIES:
        return "agency"
    if low.endswith(("ese", "ian", "an", "ish", "ch", "i")) and low not in EXTRA_NAMES:
        return "demonym"
    return "name"


def find_actors(sdoc, entities: list[dict] | None = None, skip: tuple[int, int] | None = None
                ) -> list[Actor]:
    """Every country reference in a parsed doc, longest match first, left to right.

    `skip` is a character range (the dateline) whose places are not actors.
    """
    out: list[Actor] = []
    n = len(sdoc)
    i = 0
    last_island: str | None = None
    while i < n:
        tok = sdoc[i]
        w = tok.text
        if not (w[:1].isupper() or w.lower() in {"the"}) or tok.is_space:
            i += 1
            continue
        found = None
        for length in (5, 4, 3, 2, 1):
            j = i + length
            if j > n:
                continue
            span = sdoc[i:j]
            if any(t.is_space or t.is_punct and t.text not in {".", "-", "&"} for t in span):
                continue
            text = span.text
            if length == 1 and w.lower() == "the":
                continue
            code = code_of(text)
            if code:
                found = (j, code, text)
                break
        if found is None:
            low = w.lower()
            if w == "New" and i + 1 < n and sdoc[i + 1].text[:1].isupper():
                i += 2  # "New Mexico", "New England", "New Jersey": places, not the country named
                continue
            if low == "the" and i + 1 < n and sdoc[i + 1].text.lower() == "island" and last_island:
                found = (i + 2, last_island, "the island")  # "the island's import tariffs" -> Taiwan
                out_how = "island"
            else:
                i += 1
                continue
        else:
            out_how = None
        j, code, text = found
        start, end = sdoc[i].idx, sdoc[j - 1].idx + len(sdoc[j - 1].text)
        if skip and skip[0] <= start < skip[1]:
            i = j
            continue
        how = out_how or _how(text)
        out.append(Actor(start, end, code, how, i, j))
        if code in ISLANDS:
            last_island = code
        i = j
    if entities:
        _merge_entities(out, entities, sdoc, skip)
    if not any(a.code == EU and a.how != "agency" for a in out):
        # "the Commission" is the EC's only in a story that names the Community
        out = [a for a in out if not (a.how == "agency" and a.code == EU and "ommission" in sdoc.text[a.start:a.end])]
    out.sort(key=lambda a: a.start)
    return out


def _merge_entities(out: list[Actor], entities: list[dict], sdoc, skip) -> None:
    """Add entity-annotator country codes for spans we did not already cover."""
    taken = [(a.start, a.end) for a in out]
    for ent in entities:
        try:
            code = ent.get("country")
            s, e = int(ent["start"]), int(ent["end"])
        except Exception:
            continue
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
