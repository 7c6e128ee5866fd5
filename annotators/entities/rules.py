"""The order in which the document-level rules run."""

from __future__ import annotations

from ..lexicon.titles import TITLES_BEFORE_NAMES
from . import (
    acronym_spans,
    acronyms,
    agent_names,
    awards,
    body_and,
    body_of_place,
    body_names,
    bylines,
    companies,
    compound_peoples,
    club_names,
    club_places,
    club_towns,
    clubs,
    coordinated,
    coordinated_short_forms,
    dateline_openers,
    datelines,
    definitions,
    descriptors,
    employers,
    event_adjectives,
    event_of,
    events,
    facilities,
    evidence,
    gazetteer,
    given_names,
    groups,
    headlines,
    holidays,
    hyphen_given,
    junk,
    language_peoples,
    leaders,
    leading_adjectives,
    leagues,
    list_siblings,
    markets,
    names,
    natural_features,
    org_parts,
    org_forms,
    outlets,
    parties,
    peoples,
    person_acronyms,
    person_shaped,
    place_compounds,
    place_kinds,
    portfolio_titles,
    place_tails,
    possessive_names,
    products,
    regnal,
    repair,
    role_employers,
    role_nouns,
    rosters,
    score_sides,
    sentence_end,
    sentence_start_nouns,
    ships,
    speaker_names,
    subdivision_tails,
    sports,
    surname_after,
    tables,
    title_cuts,
    title_lines,
    typed,
    typed_given,
)
from .index import SpanIndex
from .junk import never_a_name
from .lines import LineMap
from .mention import Mention
from .spans import with_plus, without_titles


def _sorted_apart(mentions: list[Mention]) -> bool:
    """Non-empty spans in text order, each ending before the next starts: nothing to resolve."""
    return all(m.start < m.end for m in mentions) and all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


def dedupe(mentions: list[Mention]) -> list[Mention]:
    """Sorted, with overlapping spans resolved in favour of the earlier-listed (more trusted) one."""
    if _sorted_apart(mentions):
        return list(mentions)  # what the index would give back: every mention, in this order
    kept = SpanIndex()
    for m in mentions:
        if not kept.any_overlap(m.start, m.end):
            kept.add(m)
    return list(kept)


# Each rule reads and returns the whole mention list; later rules see earlier decisions.
RULES = (
    junk, repair, title_cuts, portfolio_titles, descriptors, leading_adjectives, holidays, body_and, place_tails, tables, rosters, bylines, datelines, dateline_openers, subdivision_tails, sports, leagues, score_sides, club_names, club_places, headlines, title_lines,
    evidence, markets, groups, awards, typed, employers, leaders, role_nouns, coordinated, list_siblings, org_parts,
    person_shaped, given_names, typed_given, agent_names, surname_after, hyphen_given, speaker_names, place_compounds, names, club_towns, clubs, role_employers, sentence_start_nouns,
    org_forms, coordinated_short_forms, outlets, companies, parties, products, events, event_of, event_adjectives, ships,
    facilities, body_names, body_of_place, gazetteer, language_peoples, peoples, place_kinds, natural_features, compound_peoples, acronyms, person_acronyms, definitions, acronym_spans,
    possessive_names, regnal, sentence_end,
)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    mentions = dedupe(mentions)
    for rule in RULES:
        mentions = rule.apply(mentions, text, lines)
    named = dedupe([with_plus(without_titles(m, text), text) for m in mentions if not never_a_name(m.text(text))])
    return [m for m, after in zip(named, named[1:] + [None]) if not title_of_the_next(m, after, text)]


def title_of_the_next(m: Mention, after: Mention | None, text: str) -> bool:
    """A PERSON that is a title alone right before another PERSON: the model cut the title off
    the name ("Emir Sheikh" + "Tamim bin Hamad Al Thani" leaves "Sheikh"; "Sen" + "Bob
    Packwood"). A title word alone elsewhere may be a surname ("King said", "said Pope")."""
    return (
        m.label == "PERSON" and after is not None and after.label == "PERSON"
        and m.text(text).rstrip(".") in TITLES_BEFORE_NAMES and not text[m.end : after.start].strip()
    )
