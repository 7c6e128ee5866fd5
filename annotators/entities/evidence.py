"""Names the model calls PERSON that the document shows to be organisations or places.

The small model reads many one-word company and club names as people ("Pirelli",
"Surrey", "Cofinec") and some places too ("Longyear", "Benin"). A reader settles such a
name from the words around it, anywhere in the document; so does this rule. Evidence is
gathered per string over all its prose occurrences:

- strong, for any PERSON string: a company suffix after it ("Pirelli SpA"), a type noun
  right before it ("firm Multico", "club Standard Liege", "daily Zycie Warszawy"), a market
  word after it ("Jones stock", "Pirelli shares"), an apposition headed by an organisation
  noun ("Zentrix, the first foreign firm to ...");
- weak, only for a lone name (one word, never part of a fuller PERSON name here): plural
  agreement ("Surrey were", "Deportivo have"), a club or company role after it ("Norwich
  striker", "Ericsson spokesman"), "said in a statement", and, in a document with
  results, a county or region name (pycountry subdivisions: "Kent", "Derbyshire"); in a
  story that only talks sport ("squad", "striker"), one that is nobody's given name ("Bolton").

A string with a person cue anywhere (a title or honorific before it, "Mr X") keeps
PERSON. Places: a lone PERSON that is a country name, a home nation ("Wales"), a listed
city ("Bogotá", `lexicon.places`; in a story that talks sport, a city is its club, ORG,
unless a preposition of place comes before it: "in Glasgow", "from Lima to Quito"), or
that follows "town of", "east of" or heads "X is a town", becomes GPE. A lone PERSON written like a brand, with a capital
inside after three lowercase letters ("SpaceX", "OpenAI"), is ORG without a person cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import alternation
from ..lexicon.titles import PERSON_TITLES, ROLES_AFTER_NAME
from ..lexicon.countries import country_code, is_demonym, is_subdivision
from ..lexicon.firstnames import may_be_given_name
from ..lexicon.names import SURNAME_PARTICLES, brand_shaped
from ..lexicon.organisations import ORG_NOUNS, is_party
from ..lexicon.places import PLACE_KIND_NOUNS, is_city, is_home_nation
from .lexicon import is_dictionary_form
from .lines import PROSE, LineMap
from .mention import Mention
from .names import find_all, occurrences
from .sports import is_sports, talks_sport

CORPORATE_SUFFIXES = frozenset(
    """Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. Limited Plc PLC plc LLC AG SA S.A. SpA
    S.p.A. NV N.V. BV AB ASA Oyj GmbH KK Bhd Tbk Group Holdings Holding Bank Airlines Airways
    Motors Industries Technologies Communications Petroleum Pharmaceuticals Securities
    Newsroom""".split()
)
PLACE_NOUNS = PLACE_KIND_NOUNS | {"capital"}
"""Nouns of an apposition that make the name a place: "Kelmar, the capital of ...", "Uyo, a town in ..."."""
_MARKET_AFTER = re.compile(r"^\s+(?:shares?|stocks?|common stock|GDRs?|ADRs?|shareholders|bonds)\b")
_PLURAL_AFTER = re.compile(r"^\s+(?:were|are|have)\b")
_ROLE_AFTER = re.compile(r"^\s+(?:" + alternation(ROLES_AFTER_NAME) + r")\b")
_STATEMENT_AFTER = re.compile(r"^\s+(?:said in a statement\b|(?:said|says|has said) (?:that )?its\s)")
"""A body speaking: "Vendora said in a statement", "Vendora said its prices would rise"."""
_TYPE_AFTER = re.compile(r"^\s+(?:daily|newspaper|weekly|magazine|news agency)\b")
_AFFILIATION_AFTER = re.compile(r"^['’]s\s+[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+")  # "Everton's Duncan Ferguson"
_SUFFIX_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&'’-]*){0,2}\s+(?:"
    + alternation(CORPORATE_SUFFIXES)
    + r")(?![\w])"
)
_COORDINATED = re.compile(r"(?:\band|\bor|,|&|\blike|\bincluding|\bthan|\bwith|\bplus|\bunlike)\s*$")
_AUXILIARY = re.compile(r"\b(?:do|did|does|would|could|should|will|can|might|may|must|to)\s*$", re.I)
_PERSON_BEFORE = re.compile(r"\b(?:" + alternation(PERSON_TITLES) + r")\.?\s+$")
_PERSON_AFTER = re.compile(r"^,\s+\d{1,2},")  # "Smith, 34, said"
_WHO_AFTER = re.compile(r"^,\s+who\b")
_PERSON_SHAPE = re.compile(r"[A-Z][a-zà-ÿ'’-]+(?: (?:(?:" + alternation(SURNAME_PARTICLES) + r") )?[A-Z][a-zà-ÿ'’-]+){0,2}")
_PREV_WORD = re.compile(r"([A-Za-z][\w-]*)\s+$")
_APPOSITION = re.compile(r"^,\s+(?:the|a|an)\s+((?:[\w'’-]+\s+){0,4}?)([a-z]+)(?=\s*[,.;]|\s+(?:to|that|which|in|of|with|whose|and|based)\b)")
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:" + alternation(PLACE_KIND_NOUNS) + r") of|(?:north|south|east|west|"
    r"north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest) of)\s+$"
)
# "in Bogotá", "flights from Lima", "from Bogotá to Quito", "in Medellín and Cancún"; not "at",
# which in sport is as often the club ("his experience came at Coventry").
LOCATIVE_BEFORE = re.compile(
    r"\b(?:(?:in|from|near|outside|across|around|throughout|via|into|towards?|between)"
    r"|(?:flew|flown|flying|travelled|traveled|trip|visit|visits|visited|returned|moved|headed|bound|"
    r"arrived|arriving|on|home) to)\s+(?:[A-Z][\w'’.-]*\s+(?:and|or|to)\s+)?$"
)
_PLACE_AFTER = re.compile(r"^\s+is an?\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(PLACE_KIND_NOUNS) + r")\b")


def company_suffix_after(text: str, end: int) -> bool:
    """A company suffix follows `end`, perhaps after one or two capitalised words ("Pirelli SpA")."""
    return bool(_SUFFIX_AFTER.match(text, end))


def _contexts(name: str, text: str, lines: LineMap):
    """(before, after) text around each prose occurrence of `name`, within its line."""
    for s, e in occurrences(name, text, lines):
        ln = lines.at(s)
        if ln.kind != PROSE:
            continue
        yield text[max(ln.start, s - 40) : s], text[e : min(ln.end, e + 60)]


def _prev_word(before: str) -> str:
    m = _PREV_WORD.search(before)
    return m.group(1).lower() if m else ""


@dataclass
class Cues:
    """What the words around one name's prose occurrences say about it."""

    person: bool = False  # a title or an age: keeps PERSON whatever else is seen
    org: bool = False  # holds for any name
    lone_org: bool = False  # holds only for a name no fuller PERSON name contains
    place: bool = False
    locative: bool = False  # a preposition of place before it ("in", "from", "flew to")
    in_prose: bool = False  # the name occurs on a prose line at all
    who: bool = False  # ", who ..." follows it (clubs take "who" too, so not in sports stories)


def cues(name: str, text: str, lines: LineMap) -> Cues:
    c = Cues()
    if name.split()[-1] in CORPORATE_SUFFIXES or any(_SUFFIX_AFTER.match(text, e) for _, e in find_all(name, text, lines.words)):
        c.org = True
    for before, after in _contexts(name, text, lines):
        c.in_prose = True
        if _WHO_AFTER.match(after):
            c.who = True
        if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after):
            c.person = True
        if _prev_word(before) in ORG_NOUNS or _MARKET_AFTER.match(after) or _TYPE_AFTER.match(after):
            c.org = True
        app = _APPOSITION.match(after)
        if app and app.group(2) in ORG_NOUNS:
            c.org = True
        if _PLURAL_AFTER.match(after) and not _COORDINATED.search(before) and not _AUXILIARY.search(before):
            c.lone_org = True
        if _ROLE_AFTER.match(after) or _STATEMENT_AFTER.match(after) or _AFFILIATION_AFTER.match(after):
            c.lone_org = True
        if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after) or (app and app.group(2) in PLACE_NOUNS):
            c.place = True
        if LOCATIVE_BEFORE.search(before):
            c.locative = True
    return c


def _is_acronym(name: str) -> bool:
    return name.isupper() and name.isalpha() and 2 <= len(name) <= 5


MIN_PLACE_HEAD = 4
"""Shorter subdivision names ("Lib", "Dem") are too often other words to open an organisation."""


def place_headed(name: str) -> bool:
    """A name opened by a place that is nobody's given name, and not itself a city: "Manchester
    United", "Glasgow Rugby", "Wales Office" (an organisation), but not "Jordan Henderson",
    "Kent Brockman" (given names), "Lib Dem Treasury" (a party's) nor "Porto Alegre" (a city).
    A region's name before a surname is a person's (`_region_then_surname`)."""
    words = name.split()
    first = words[0]
    place = is_city(first) or is_home_nation(first) or (len(first) >= MIN_PLACE_HEAD and is_subdivision(first)) or (
        country_code(first) is not None and not is_demonym(first)
    )
    return place and not is_city(name) and not may_be_given_name(first) and not is_party(name) and not _region_then_surname(words)


def _region_then_surname(words: list[str]) -> bool:
    """Two words, a region's name and then one no dictionary knows: a given name that is also a
    province's and a surname ("Ngozi Okonjo-Iweala", "Ogun Temizkanoglu"). A country or a city
    opens a body's name whatever follows ("Bangladesh Shilpa", "Bolton Wanderers")."""
    if len(words) != 2:
        return False
    first, last = words
    return (is_subdivision(first) and not (is_city(first) or is_home_nation(first) or country_code(first))
            and not is_dictionary_form(last) and not last.isupper() and not is_city(last))


def read(
    name: str, text: str, lines: LineMap, lone: bool, sports: bool, head: bool = False, single: bool = True
) -> str | None:
    """The label the document's evidence gives the PERSON string `name`, or None.

    `lone`: no fuller PERSON name has it as a later word. `head`: some fuller PERSON name
    opens with it, so it may be a first name: unless the model also read it alone as a
    PERSON (`single`), only strong evidence counts."""
    c = cues(name, text, lines)
    if c.person:
        return None
    if " " in name and place_headed(name):
        return "ORG"
    if head and not single:
        return "ORG" if c.org and not c.place else None
    if country_code(name) and (lone or " " in name):
        return "GPE"
    if lone and not head and brand_shaped(name):
        return "ORG"
    if is_home_nation(name) and (lone or " " in name):
        return "GPE"
    in_prose = c.in_prose
    city = not head and (lone or " " in name) and is_city(name)
    club = city and not c.locative and (sports or talks_sport(text, lines.words))
    region = is_subdivision(name) and (sports or (talks_sport(text, lines.words) and not may_be_given_name(name)))
    place_team = in_prose and not head and (region or club)
    lone_org = c.lone_org and not (city and c.locative)  # "campaigners in Swansea have ..."
    org = c.org or (lone and (lone_org or place_team))
    if lone and in_prose and _is_acronym(name):
        org = True
    if org and not c.place:
        return "ORG"
    if ((lone and c.place) or (city and not club)) and not org:
        return "GPE"
    return None


def _parts(mentions: list[Mention], text: str) -> tuple[set[str], set[str]]:
    """First words and other words of the multi-word PERSON names."""
    heads, rest = set(), set()
    for m in mentions:
        ws = m.text(text).split()
        if m.label == "PERSON" and len(ws) > 1:
            heads.add(ws[0])
            rest.update(ws[1:])
    return heads, rest


def _by_text(mentions: list[Mention], text: str) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.text(text), []).append(m)
    return out


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    sports = is_sports(text, lines.words)
    by_text = _by_text(mentions, text)
    multi = {m.text(text) for m in mentions if m.label == "PERSON" and " " in m.text(text)}
    for name in multi:
        if label := read(name, text, lines, lone=False, sports=sports):
            _relabel(by_text, name, label)
    _settle_lone_names(mentions, text, lines, sports, by_text, multi)
    orgs_read_wrongly(mentions, text, lines, sports, by_text)
    places_read_wrongly(mentions, text, lines, by_text)
    companies_read_as_places(mentions, text, lines, by_text)
    return mentions


def companies_read_as_places(mentions: list[Mention], text: str, lines: LineMap, by_text: dict[str, list[Mention]]) -> None:
    """GPE names the model guessed for an unknown word that shows a company's cue (a market
    word after it, a company suffix, a type noun before it: "Ecopetrol shares rose") and no
    place or person cue become ORG. Known countries, cities, regions and peoples stay places
    ("Swansea shares" is a club's or a city's, read by `orgs_read_wrongly`'s cues), and so do
    regions (LOC: "Indosuez Asia" cut by a line break keeps "Asia")."""
    names = {m.text(text) for m in mentions if m.label == "GPE" and m.origin == "model"}
    for name in names:
        if country_code(name) or is_city(name) or is_subdivision(name) or is_home_nation(name) or is_demonym(name):
            continue
        c = cues(name, text, lines)
        if c.org and not (c.person or c.place or c.locative):
            _relabel(by_text, name, "ORG")


def places_read_wrongly(mentions: list[Mention], text: str, lines: LineMap, by_text: dict[str, list[Mention]]) -> None:
    """Place names the model guessed for an unknown word that shows an age or a personal title
    ("Duran, 45, takes on", "Mr Okafor") and no place or organisation cue become PERSON. Known
    countries, cities and home nations stay places ("Washington, 45, ..." is left alone)."""
    names = {m.text(text) for m in mentions if m.label in ("GPE", "LOC") and m.origin == "model"}
    for name in names:
        if country_code(name) or is_city(name) or is_subdivision(name) or is_home_nation(name):
            continue
        if not _PERSON_SHAPE.fullmatch(name):
            continue
        c = cues(name, text, lines)
        if c.person and not (c.org or c.lone_org or c.place or c.locative):
            _relabel(by_text, name, "PERSON")


def _settle_lone_names(
    mentions: list[Mention], text: str, lines: LineMap, sports: bool,
    by_text: dict[str, list[Mention]], multi: set[str],
) -> None:
    """One-word PERSON strings and first names, read by their own evidence."""
    heads, rest = _parts(mentions, text)
    singles = {m.text(text) for m in mentions if m.label == "PERSON" and " " not in m.text(text)}
    fulls_by_head: dict[str, list[str]] = {}
    for full in multi:
        fulls_by_head.setdefault(full.split()[0], []).append(full)
    for name in (singles | heads) - rest:
        # A company or club named alone and in full ("Deportivo", "Deportivo Coruna"):
        # what is said of the short name settles the full one too.
        label = read(name, text, lines, lone=True, sports=sports, head=name in heads, single=name in singles)
        if label is None:
            continue
        _relabel(by_text, name, label)
        for full in fulls_by_head.get(name, []) if name in heads else []:
            _relabel(by_text, full, label)


def _turn_cue(before: str, after: str) -> bool:
    """A person, ", who" or place cue around one occurrence (`cues` sets person, who or place):
    without one, `orgs_read_wrongly` leaves the name as it is."""
    if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after) or _WHO_AFTER.match(after):
        return True
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after):
        return True
    app = _APPOSITION.match(after)
    return bool(app and app.group(2) in PLACE_NOUNS)


def orgs_read_wrongly(
    mentions: list[Mention], text: str, lines: LineMap, sports: bool, by_text: dict[str, list[Mention]]
) -> None:
    """ORG names with a person cue (a title, an age, ", who" outside sports) and no
    organisation cue become PERSON: "Gomery, who led the commission", "Mr Ostrow"; with a
    place cue ("the city of Arbil") they become GPE."""
    names = {m.text(text) for m in mentions if m.label == "ORG" and m.origin == "model"}
    for name in names:
        if is_city(name):
            if _city_named_as_place(name, text, lines, sports):
                _relabel(by_text, name, "GPE")
            continue
        words = name.split()
        if not _PERSON_SHAPE.fullmatch(name) or any(w in CORPORATE_SUFFIXES or w.lower() in ORG_NOUNS for w in words):
            continue
        if not any(_turn_cue(before, after) for before, after in _contexts(name, text, lines)):
            continue  # no cue that could turn it: the other cues need not be read
        c = cues(name, text, lines)
        if (c.person or (c.who and not sports)) and not (c.org or c.lone_org or c.place):
            _relabel(by_text, name, "PERSON")
        elif c.place and not (c.person or c.org or c.lone_org):
            _relabel(by_text, name, "GPE")


def _city_named_as_place(name: str, text: str, lines: LineMap, sports: bool) -> bool:
    """A listed city the model read as an organisation is the place ("drones hit Belgorod",
    "campaigners in Swansea") unless something shows a body (a club, a firm: "Exeter were",
    "Swansea shares"), a story that talks sport naming it with no preposition of place."""
    c = cues(name, text, lines)
    if c.org or c.person or not c.in_prose:
        return False
    if c.locative:  # "campaigners in Swansea have ...": the verb is the campaigners'
        return True
    return not c.lone_org and not (sports or talks_sport(text, lines.words))


def _relabel(by_text: dict[str, list[Mention]], name: str, label: str) -> None:
    for m in by_text.get(name, []):
        if m.label in ("PERSON", "ORG", "GPE", "LOC") and m.origin != "dateline":
            m.label = label
            m.origin = "evidence"
