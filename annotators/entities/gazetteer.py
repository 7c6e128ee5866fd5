"""Country names and demonyms the model missed, found with the countries table.

Capitalised word runs (or upper-case runs on all-caps lines) are looked up whole and by
their sub-runs, longest first; a hit not overlapping any mention becomes GPE (a country
name) or NORP (a demonym). The EU family ("EU", "European Union") becomes ORG. A country
name the model read as ORG becomes GPE, as OntoNotes labels countries (national teams too).
Hyphenated compounds give their country parts: "EU-China" both, "U.S.-made" and
"China-related" the country, but "Franco-German" nothing (its other part is no country).
A state or province of several words ("New South Wales", "Uttar Pradesh") the model missed is a
GPE, not its country part ("Wales"), and so is one read as a region or a building ("Western
Australia" LOC, "Tamil Nadu" FAC); one read as a body keeps ORG (a state's team, a state's
government). A listed city the model missed or read as a region is a GPE too
(`lexicon.places`), and so is a country or city read as a region ("Ivory Coast" LOC) or as a
building ("the Vatican", "Buenos Aires" FAC).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..lexicon.countries import country_code, is_demonym, is_subdivision, may_open_subdivision, may_start_country
from ..lexicon.places import ISLAND_WORDS, POSITION_ADJECTIVES, is_city, may_start_city
from .events import competition_end
from .evidence import LOCATIVE_BEFORE as _LOCATIVE_BEFORE
from .index import SpanIndex
from .lines import CAPS, PROSE, LineMap
from .sports import CLUB_BEFORE, talks_sport
from .mention import Mention

# The capital first, then a look-behind over it for the character before: the scan jumps
# from capital to capital (a pattern opening with a look-ahead gets no such jump); matches unchanged.
_RUN = re.compile(r"[A-Z](?<![\w@#.-][A-Z])[\w.'’-]*(?:[ \t](?:of[ \t]|and[ \t]|the[ \t])?[A-Z][\w.'’-]*){0,4}")


_RUN_WORD = re.compile(r"[\w.'’-]+")
"""A word of a run, with its dots, apostrophes and hyphens ("U.S.", "Côte", "Guinea-Bissau")."""


@lru_cache(maxsize=65536)
def _may_hold(run: str) -> tuple[bool, bool]:
    """(a listed city may start the run, a country or demonym may start one of its words): the
    cheap look-ups, once per run string (cached: runs repeat, "The", "U.S.", "Reuters")."""
    found = _RUN_WORD.findall(run)
    return may_start_city(found[0]), any(map(may_start_country, found))


def _found(start: int, end: int, label: str, text: str) -> Mention:
    """A country or demonym the model missed; a demonym that opens a competition gives the
    competition ("the Australian Open final": EVENT "Australian Open", not NORP "Australian")."""
    if label == "NORP" and (event_end := competition_end(text, end)) is not None:
        return Mention(start, event_end, "EVENT", "gazetteer")
    return Mention(start, end, label, "gazetteer")


def _names_a_gpe(name: str) -> bool:
    """A listed city, a country (not the EU) or a state of several words (`is_state`)."""
    return is_city(name) or country_code(name) not in (None, "EU") or is_state(name)


def _place_read_as_people(name: str) -> bool:
    """A listed city or region that is no compass or position adjective ("Punjab", "Sindh";
    not the "Western" of "a Western aid specialist", which a province also bears)."""
    return (is_city(name) or is_subdivision(name)) and name.lower() not in POSITION_ADJECTIVES


def _label(name: str, code: str) -> str:
    if code == "EU":
        return "ORG"
    return "NORP" if is_demonym(name) else "GPE"


# (?=[A-Z]) first: the scan skips positions without a capital fast; matches unchanged.
_HYPHENATED = re.compile(r"(?=[A-Z])(?<![\w@#.'-])(?<!’)[A-Z][\w.'’]*(?:-[\w.'’]+){1,3}")


def hyphen_parts(token: str) -> list[tuple[int, int, str]]:
    """(start, end, label) within `token` of its country parts, when every other part is
    lowercase ("U.S.-made") or a country too ("EU-China"); none otherwise."""
    parts, pos = [], 0
    for piece in token.split("-"):
        parts.append((pos, pos + len(piece), piece))
        pos += len(piece) + 1
    found = [(s, e, _label(p, code)) for s, e, p in parts if p[:1].isupper() and (code := country_code(p))]
    others = [p for s, e, p in parts if not (p[:1].isupper() and country_code(p))]
    if not found or any(not p.islower() for p in others):
        return []
    return found


def _hyphenated(text: str, lines: LineMap) -> Iterator[re.Match[str]]:
    """`_HYPHENATED.finditer(text)`, scanned only on the lines holding a hyphen (a match holds
    one and stays on its line: no line break is in its character classes)."""
    for ln in lines.lines_holding("-"):
        yield from _HYPHENATED.finditer(text, ln.start, ln.end)


def _add_hyphen_parts(index: SpanIndex, text: str, lines: LineMap) -> None:
    for tok in _hyphenated(text, lines):
        if lines.kind(tok.start()) == CAPS or country_code(tok.group()):
            continue  # "Guinea-Bissau" is one country
        for s, e, label in hyphen_parts(tok.group()):
            s, e = tok.start() + s, tok.start() + e
            if not index.any_overlap(s, e):
                index.add(Mention(s, e, label, "gazetteer"))


def _add_city(run: re.Match, index: SpanIndex, text: str, lines: LineMap) -> None:
    """A capitalised run that is wholly a listed city, on a prose line and covered by no
    mention, is a GPE the model missed ("Flooding in Porto Alegre forced ..."); in a story that
    talks sport only after a preposition of place, a town being its club there too."""
    name = run.group().rstrip(".'’-")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    s, e = run.start(), run.start() + len(name)
    if e <= s or not is_city(name) or lines.kind(s) != PROSE or index.any_overlap(s, e):
        return
    before = text[max(0, s - 40) : s]
    if (talks_sport(text, lines.words) and not _LOCATIVE_BEFORE.search(before)) or CLUB_BEFORE.search(before):
        return  # "Chelsea beat Portsmouth": a club
    index.add(Mention(s, e, "GPE", "gazetteer"))


@lru_cache(maxsize=65536)
def states_in_run(run: str) -> tuple[tuple[int, int], ...]:
    """(start, end) within the capitalised run of each subdivision's name of two to four words
    (`is_state`), left to right, the longest from where it starts ("New South Wales" of "ASIO.
    New South Wales Premier", "Western Australia"). Only names of several words: one word
    ("Kent", "Georgia", "Victoria") is as often a club, a country or a person. Cached, as runs
    repeat."""
    words = list(_RUN_WORD.finditer(run))
    hits: list[tuple[int, int]] = []
    i = 0
    while i < len(words) - 1:
        found = _state_from(run, words, i) if may_open_subdivision(words[i].group()) else None
        if found is None:
            i += 1
            continue
        end, after = found
        hits.append((words[i].start(), end))
        i = after
    return tuple(hits)


def _state_from(run: str, words: list[re.Match], i: int) -> tuple[int, int] | None:
    """(end offset, index of the word after) of the longest state name opening at word `i`,
    its last word without a closing mark or possessive ("Uttar Pradesh." of a sentence's end,
    "New South Wales's"), or None."""
    for j in range(min(len(words), i + 4), i + 1, -1):
        end = words[j - 1].end()
        name = run[words[i].start() : end]
        bare = name.removesuffix("'s").removesuffix("’s").rstrip(".'’-")
        if is_state(bare):
            return end - (len(name) - len(bare)), j
    return None


def is_state(name: str) -> bool:
    """A subdivision's name of several words that is no island's: "New South Wales", "Uttar
    Pradesh", "Bay of Plenty"; not "Long Island" (a district of the Bahamas in ISO 3166-2, but
    an island, LOC, wherever the news names it)."""
    return " " in name and not name.endswith(ISLAND_WORDS) and is_subdivision(name)


def _add_states(run: re.Match, index: SpanIndex, text: str, lines: LineMap) -> None:
    """A state or province of several words that the model missed or left only its country
    part of ("New South Wales Premier" gave "Wales"), on a prose line, is a GPE; not in a story
    that talks sport, where states field their own teams ("Western Australia 244; South
    Australia 2-80" of a cricket scoreboard)."""
    states = states_in_run(run.group()) if " " in run.group() else ()
    if not states or talks_sport(text, lines.words):
        return
    for s, e in states:
        s, e = run.start() + s, run.start() + e
        if lines.kind(s) == PROSE and not index.any_overlap(s, e):
            index.add(Mention(s, e, "GPE", "gazetteer"))


@lru_cache(maxsize=65536)
def _countries_in_run(run: str, caps_line: bool) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) within the capitalised run `run` of the country names and demonyms
    it holds, left to right, each the longest of up to five words from where it starts; an
    upper-case name of over four letters only on a caps line (`caps_line`). Cached: the answer
    is the run's own, and runs repeat ("U.S.", "China", "Trade Minister")."""
    words = list(_RUN_WORD.finditer(run))
    hits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        hit = _country_from(run, words, i, caps_line) if may_start_country(words[i].group()) else None
        if hit is None:
            i += 1
            continue
        s, e, label, i = hit
        hits.append((s, e, label))
    return tuple(hits)


def _country_from(run: str, words: list[re.Match], i: int, caps_line: bool) -> tuple[int, int, str, int] | None:
    """The longest country name or demonym of up to five words opening at word `i` of `run`:
    (start, end, label, index of the word after it), or None."""
    for j in range(min(len(words), i + 5), i, -1):
        s = words[i].start()
        e = words[j - 1].end()
        while e > s and run[e - 1] in ".'’-":
            if run[s:e] in ("U.S.", "U.K.", "E.U."):
                break
            e -= 1
        if run.endswith(("'s", "’s"), s, e):
            e -= 2  # "Nigeria's central bank": the country, not its possessive
        name = run[s:e]
        if name.isupper() and len(name) > 4 and not caps_line:
            continue
        code = country_code(name)
        if code:
            return s, e, _label(name, code), j
    return None


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:  # "Rwandan", "Briton" labelled PERSON or ORG are peoples
        if m.label in ("PERSON", "ORG", "GPE", "LOC") and is_demonym(m.text(text)):
            m.label = "NORP"
        elif m.label == "ORG" and country_code(m.text(text)) not in (None, "EU"):
            m.label = "GPE"  # "Moldova" read as an organisation: a country (its team too) is a GPE
        elif m.label in ("LOC", "FAC") and _names_a_gpe(m.text(text)):
            m.label = "GPE"  # "Adana", "Ivory Coast", "Western Australia" read as a region, "Buenos Aires", "Tamil Nadu" as a building
        elif m.label == "NORP" and _place_read_as_people(m.text(text)):
            m.label = "GPE"  # "floods in Punjab" read as a people: the province (its people, "Punjabi", is a demonym)
    index = SpanIndex(mentions)
    for run in _RUN.finditer(text):
        city, country = _may_hold(run.group())  # cheap look-ups first: most runs start no city
        if city:
            _add_city(run, index, text, lines)
        _add_states(run, index, text, lines)  # before its country part: "New South Wales", not "Wales"
        if not country:
            continue  # no country or demonym can start here: nothing to look up
        base = run.start()
        for s, e, label in _countries_in_run(run.group(), lines.kind(base) == CAPS):
            if not index.any_overlap(base + s, base + e):
                index.add(_found(base + s, base + e, label, text))
    _add_hyphen_parts(index, text, lines)
    return list(index)
