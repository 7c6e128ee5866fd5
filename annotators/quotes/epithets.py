"""Speakers named by an epithet: "the 31-year-old said", "the Spaniard added", "the veteran
admitted", "the 24-year-old Swiss said" (docs/quotes.md, "Who said it").

The speaker stays as written; `speaker_canonical` and `speaker_cluster` become the person's
only when one person is the epithet's referent by a reader's rules:

- the one person the text gave that age or nationality before ("Spaniard Ana Example",
  "Ana Example, 22,", "the 22-year-old Ana Example", "Ana Example of Spain"), unless someone
  else is named in the sentences around the quote and she is not;
- else the one person named in the previous sentence and the quote's own sentence (its
  mentions and quotes' speakers, the quoted words left out), who must not have been given
  another age or nationality.

Two candidates, a candidate that is not a PERSON cluster with a full name, or a name in the
epithet itself ("the 28-year-old Example") give no resolution. Linear: one pass over the
mentions, one over the items.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..lexicon.countries import GB_NATIONS, country_code, is_demonym
from ..lexicon.titles import PERSON_EPITHETS, PLACE_PREFIX_WORDS, PLAYER_ROLES_AFTER_CLUB, ROLE_NOUNS_BEFORE_NAME
from .speakers import Mention

_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
_QUOTED_PRONOUN = re.compile(r"\b(?:he|she|him|her)\b", re.I)
_AGE = re.compile(r"(\d{1,3})-year-old$", re.I)
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?(\d{1,3}),")
_WORDS_BEFORE = re.compile(r"(?:[^\s]+\s+){1,4}$")
_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)|\s+\(([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\)")
REACH = 40  # characters before a name read for its age or nationality
ROLE_WORDS = PERSON_EPITHETS | ROLE_NOUNS_BEFORE_NAME | frozenset(w for w in PLAYER_ROLES_AFTER_CLUB if " " not in w)
"""Lowercase words allowed between an age or a nationality and a name ("Spanish manager Ana Example")."""


@dataclass
class Epithet:
    """What an epithet tells of its person: an age, a nationality, or neither ("the veteran")."""

    age: int | None = None
    nation: str | None = None


@dataclass
class _Facts:
    """Per cluster: the ages and nationalities the text gave it, with where."""

    ages: dict[int, dict[int, int]] = field(default_factory=dict)  # cluster -> age -> first position
    nations: dict[int, dict[str, int]] = field(default_factory=dict)
    by_age: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # age -> (position, cluster)
    by_nation: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add_age(self, cluster: int, pos: int, age: int) -> None:
        self.ages.setdefault(cluster, {}).setdefault(age, pos)
        _first(self.by_age.setdefault(age, []), pos, cluster)

    def add_nation(self, cluster: int, pos: int, nation: str) -> None:
        self.nations.setdefault(cluster, {}).setdefault(nation, pos)
        _first(self.by_nation.setdefault(nation, []), pos, cluster)


def _first(ties: list[tuple[int, int]], pos: int, cluster: int) -> None:
    """Keep each cluster's first tie only, so a lookup reads each person once."""
    if all(c != cluster for _, c in ties[:3]) and len(ties) < 3:
        ties.append((pos, cluster))


def nation_of(word: str) -> str | None:
    """The nationality a singular demonym names ("Spaniard" -> "ES", "Scot" -> "Scotland"), else None."""
    if not word[:1].isupper() or not is_demonym(word) or is_demonym(word[:-1]) or word.endswith("men"):
        return None
    return GB_NATIONS.get(word.lower()) or country_code(word)


def _country_nation(name: str) -> str | None:
    """The nationality of a country name ("Spain" -> "ES", "Scotland" -> "Scotland")."""
    if name in GB_NATIONS.values():
        return name
    code = country_code(name)
    return None if code in (None, "GB") else code


def parse_epithet(speaker: str) -> Epithet | None:
    """ "the 24-year-old Swiss" -> Epithet(24, "CH"); "the veteran" -> Epithet(); a speaker with
    any other word, a name above all ("the 28-year-old Example"), -> None."""
    words = speaker.split()
    if len(words) < 2 or len(words) > 4 or words[0].lower() != "the":
        return None
    ep, rest = Epithet(), words[1:]
    age = _AGE.match(rest[0])
    if age:
        ep.age, rest = int(age.group(1)), rest[1:]
    for w in rest:
        nation = nation_of(w)
        if nation is not None and ep.nation is None:
            ep.nation = nation
        elif w not in PERSON_EPITHETS:
            return None
    if ep.age is None and ep.nation is None and not rest:
        return None
    return ep


def _full_people(mentions: list[Mention]) -> dict[int, str]:
    """Cluster -> canonical for clusters every mention of which is a PERSON, named in full."""
    labels: dict[int, set[str]] = {}
    names: dict[int, str] = {}
    for m in mentions:
        if m.cluster is None:
            continue
        labels.setdefault(m.cluster, set()).add(m.label)
        names.setdefault(m.cluster, m.canonical or m.text)
    return {c: n for c, n in names.items() if labels[c] == {"PERSON"} and len(n.split()) >= 2
            and n.split()[0].rstrip(".") not in PLACE_PREFIX_WORDS  # "St Helens" is a club
            and all(w[:1].isupper() for w in n.split()) and not any(ch.isdigit() for ch in n)}


def _facts(text: str, mentions: list[Mention]) -> _Facts:
    """The ages and nationalities written right beside each PERSON mention."""
    facts = _Facts()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != "PERSON" or m.cluster is None:
            continue
        after = _AGE_AFTER.match(text, m.end, min(len(text), m.end + 14))
        if after:
            facts.add_age(m.cluster, m.start, int(after.group(1)))
        country = _COUNTRY_AFTER.match(text, m.end, min(len(text), m.end + 30))
        nation = _country_nation(country.group(1) or country.group(2)) if country else None
        if nation:
            facts.add_nation(m.cluster, m.start, nation)
        before = _WORDS_BEFORE.search(text, max(0, m.start - REACH), m.start)
        age, nation = _before(before.group(0).split() if before else [])
        if age is not None:
            facts.add_age(m.cluster, m.start, age)
        if nation is not None:
            facts.add_nation(m.cluster, m.start, nation)
    return facts


def _before(words: list[str]) -> tuple[int | None, str | None]:
    """Age and nationality in the words right before a name: "22-year-old Spaniard", "Spanish
    manager", "the American"; role words may come between them and the name."""
    age = nation = None
    for w in reversed(words):
        w = w.strip(",")
        if w.lower() in ROLE_WORDS:
            continue
        found = _AGE.match(w)
        if found and age is None:
            age = int(found.group(1))
            continue
        n = nation_of(w)
        if n is not None and nation is None and age is None:
            nation = n
            continue
        break
    return age, nation


def _given(facts: _Facts, cluster: int, ep: Epithet, pos: int) -> tuple[bool, bool]:
    """(agrees, conflicts): whether the text gave `cluster`, before `pos`, the epithet's age or
    nationality, and whether it gave another."""
    ages = {a for a, p in facts.ages.get(cluster, {}).items() if p < pos}
    nations = {n for n, p in facts.nations.get(cluster, {}).items() if p < pos}
    agrees = (ep.age is not None and ep.age in ages) or (ep.nation is not None and ep.nation in nations)
    conflicts = (ep.age is not None and bool(ages - {ep.age})) or (ep.nation is not None and bool(nations - {ep.nation}))
    return agrees, conflicts


@dataclass
class _Scene:
    """What the local reading needs, sorted by position once per document."""

    text: str
    mentions: list[Mention]
    starts: list[int]
    quoted: list[tuple[int, int]]  # the quoted words of direct quotes
    spoken: list[tuple[int, int]]  # (speaker start, cluster) of clustered, non-nominal speakers


def _scene(text: str, items: list[dict], mentions: list[Mention]) -> _Scene:
    mentions = sorted(mentions, key=lambda m: m.start)
    quoted = sorted((it["start"], it["end"]) for it in items if it["kind"] == "direct")
    spoken = sorted({(it["speaker_start"], it["speaker_cluster"]) for it in items
                     if it.get("speaker_start") is not None and it.get("speaker_cluster") is not None
                     and it.get("speaker_type") != "nominal"})
    return _Scene(text, mentions, [m.start for m in mentions], quoted, spoken)


def _local(sc: _Scene, lo: int, hi: int, own: int) -> set:
    """Who the epithet (its mention starting at `own`) can be from [lo, hi): the clusters of the
    people named there outside quoted words and of the speakers of quotes there; an unclustered
    PERSON, a "he"/"she" before any name there (someone named earlier: "She will meet Ann
    Example."), and a third person in quoted words ("he could play on Sunday") each count as a
    person of their own."""
    found: set = set()
    first = None
    for k in range(bisect.bisect_left(sc.starts, lo), bisect.bisect_left(sc.starts, hi)):
        m = sc.mentions[k]
        if m.label == "PERSON" and not _inside(m.start, sc.quoted) and m.start != own:
            found.add(m.cluster if m.cluster is not None else ("mention", m.start))
            first = m.start if first is None else first
    speakers = set()
    for k in range(bisect.bisect_left(sc.spoken, (lo,)), bisect.bisect_left(sc.spoken, (hi,))):
        start, cluster = sc.spoken[k]
        if start != own:
            found.add(cluster)
            speakers.add(start)
    for p in _PRONOUN.finditer(sc.text, lo, hi):
        if not _inside(p.start(), sc.quoted) and p.start() not in speakers and (first is None or p.start() < first):
            found.add(("pronoun", p.start()))
    k = max(0, bisect.bisect_left(sc.quoted, (lo,)) - 1)
    while k < len(sc.quoted) and sc.quoted[k][0] < hi:
        a, b = sc.quoted[k]
        if lo < b and _QUOTED_PRONOUN.search(sc.text, max(a, lo), min(b, hi)):
            found.add(("quoted", a))
        k += 1
    return found


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` lies inside one of the sorted, disjoint `spans`."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def tie_epithets(text: str, items: list[dict], mentions: list[Mention], sents: list[tuple[int, int]]) -> None:
    """Give epithet speakers ("the Spaniard", "the 31-year-old") the one person they refer to."""
    people = facts = scene = None
    sent_starts = [a for a, _ in sents]
    for it in items:
        pos = it.get("speaker_start")
        ep = parse_epithet(it.get("speaker") or "") if pos is not None else None
        if ep is None:
            continue
        if people is None:
            people, facts, scene = _full_people(mentions), _facts(text, mentions), _scene(text, items, mentions)
        if it.get("speaker_cluster") in people:
            continue
        k = max(0, bisect.bisect_right(sent_starts, min(pos, it["start"])) - 1)
        lo = sent_starts[k - 1] if k else (sent_starts[0] if sent_starts else 0)
        local = _local(scene, lo, min(pos, it["start"]), pos)
        person = _referent(ep, local, facts, pos)
        if person is not None and person in people:
            it["speaker_canonical"] = people[person]
            it["speaker_cluster"] = person


def _referent(ep: Epithet, local: set, facts: _Facts, pos: int):
    """The one cluster the epithet can be, or None (module docstring)."""
    tied = _tied(facts, ep, pos)
    agreeing = [c for c in tied if _given(facts, c, ep, pos) == (True, False)]
    if len(agreeing) > 1 or len(tied) > 2:
        return None
    if agreeing:
        return agreeing[0] if not local or agreeing[0] in local else None
    if len(local) != 1:
        return None
    (only,) = local
    return None if isinstance(only, tuple) or _given(facts, only, ep, pos)[1] else only


def _tied(facts: _Facts, ep: Epithet, pos: int) -> set[int]:
    """Clusters the text gave the epithet's age or nationality before `pos` (three at most:
    two already refuse)."""
    out = {c for p, c in facts.by_age.get(ep.age, []) if p < pos} if ep.age is not None else set()
    return out | ({c for p, c in facts.by_nation.get(ep.nation, []) if p < pos} if ep.nation else set())
