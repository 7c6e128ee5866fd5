"""Across the document: who levies each mention and on whom, by coreference between
mentions, headlines and the dateline (a party not named in the sentence is read from the rest of the document), and the kind
of each measure (the first kind cue of a measure governs all its mentions)."""

from __future__ import annotations

import re

from . import kinds
from .actors import Actor, code_of
from .draft import Draft


def resolve_document(drafts: list[Draft], actors: list[Actor], dateline, text: str,
                     sents: list[tuple[int, int, set]]) -> None:
    """Fill imposer/target from coreference across mentions, then kinds by measure."""
    doc_codes = _codes_by_frequency(actors)
    _possessed_targets(drafts)
    crowded = _crowded(drafts, sents)
    _group_parties(drafts, doc_codes, text)
    _deal_counterparts(drafts, actors, text)
    _fill_forward(drafts, crowded)
    home = _home_code(dateline, doc_codes)
    _from_later_mentions(drafts, home, doc_codes)
    _fill_forward(drafts, crowded)
    _headline_parties(drafts, actors, text)
    _home_fallback(drafts, home, doc_codes)
    _deal_partners(drafts, actors, text)
    _fill_forward(drafts, crowded)
    _pair_previous_rates(drafts)
    _assign_kinds(drafts, text, sents)
    for d in drafts:
        if d.all_origins and not d.explicit_target:
            d.target = []  # "a 10% universal tariff": no country's goods in particular


def _group_parties(drafts: list[Draft], doc_codes: list[str], text: str) -> None:
    """"the two countries", "both sides", a bilateral deal: the story's main parties."""
    if len(doc_codes) < 2:
        return
    for d in drafts:
        if not d.group or d.imposer:
            continue
        sent = text[d.sent_chars[0]:d.sent_chars[1]]
        two = re.search(r"\b(two|both)\s+(countries|nations|governments|sides)\b|\bthe two\b", sent, re.I)
        if d.bilateral and not re.search(r"\bregion\w*|\bmembers?\b|\bstates\b|\bmultilateral", sent, re.I):
            two = True  # "the countries were close to a trade deal": the two main parties
        d.imposer = list(doc_codes[:2]) if two else list(doc_codes)
        if d.bilateral:
            d.target = list(d.imposer)


DEAL_WORDS = re.compile(r"\b(?:deal|deals|agreement|pact|accord|framework|truce|talks|negotiat\w*|agreed)\b", re.I)
"""A sentence about a deal between parties ("The EU and the US reached a deal that sets a 15%
tariff on EU goods"): a measure on one party's goods is the other's."""


def _deal_counterparts(drafts: list[Draft], actors: list[Actor], text: str) -> None:
    """A measure with a target but no imposer, in a sentence about a deal that names exactly one
    other party, is that party's: "The EU and the US reached a deal that sets a 15% tariff on EU
    goods". A party is a country named as an actor, not a demonym nor a place "in Germany"."""
    for d in drafts:
        if d.imposer or not d.target or d.group:
            continue
        start, end = d.sent_chars
        if not DEAL_WORDS.search(text, start, end):
            continue
        others = {a.code for a in actors if start <= a.start < end and a.how != "demonym"
                  and not _LOCATIVE.search(text, max(start, a.start - 6), a.start)} - set(d.target)
        if len(others) == 1:
            d.imposer = sorted(others)


_LOCATIVE = re.compile(r"\b(?:in|at|from|across|throughout)\s+(?:the\s+)?$", re.I)

_DEAL_WITH = re.compile(r"\b(?:deal|agreement|pact|accord)\s+with\s+(?:the\s+)?$", re.I)
"""The words before a deal's other party: "as part of a trade deal with Washington" (not "talks
with Washington": a cut made before talks may be on everyone's goods)."""


def _deal_partners(drafts: list[Draft], actors: list[Actor], text: str) -> None:
    """A cut or lifted measure with an imposer but no target, in a sentence naming one party as
    the other side of a deal, is on that party's goods: "India said it would cut import duties
    on almonds ... as part of a trade deal with Washington" (India's cut, on US goods)."""
    for d in drafts:
        if not d.imposer or d.target or d.group or d.all_origins or d.action not in {"cut", "lift"}:
            continue
        start, end = d.sent_chars
        partners = {a.code for a in actors if start <= a.start < end
                    and _DEAL_WITH.search(text, max(start, a.start - 40), a.start)} - set(d.imposer)
        if len(partners) == 1:
            d.target = sorted(partners)


def _from_later_mentions(drafts: list[Draft], home: str | None, doc_codes: list[str]) -> None:
    """Walking back from the end: a mention with no imposer takes the next mention's parties
    (same or no target), or else the story's other party; a target-less one on the same
    imposer takes its target."""
    nxt: Draft | None = None
    for d in reversed(drafts):
        if not d.imposer and nxt is not None:
            if not d.target or set(d.target) == set(nxt.target):
                d.imposer = list(nxt.imposer)
                if not d.target:
                    d.target = list(nxt.target)
            elif not d.headline:
                # "seeking a 30 pct tariff on Mexico's shipments": a target but no imposer and
                # no later mention on that target: the story's other party levies it
                d.imposer = _other_party(d.target, home, doc_codes)
        elif not d.imposer and d.target and not d.headline:
            d.imposer = _other_party(d.target, home, doc_codes)
        elif d.imposer and not d.target and nxt is not None and set(d.imposer) == set(nxt.imposer) \
                and d.action not in {"cut", "state", "exempt"} and nxt.action != "exempt":
            d.target = list(nxt.target)  # (the goods an exemption spares are not the measure's target)
        if d.imposer:
            nxt = d


def _headline_parties(drafts: list[Draft], actors: list[Actor], text: str) -> None:
    """A headline's parties from the body's first mention with parties, else its own codes."""
    union = {c for x in drafts if not x.headline for c in x.imposer + x.target}
    for k, d in enumerate(drafts):
        if not d.headline:
            continue
        body = next((x for x in drafts[k + 1:] if not x.headline and (x.imposer or x.target)), None)
        codes = d.headline_codes
        if body and (set(codes) <= set(body.imposer) | set(body.target) or set(codes) <= union
                     or set(body.imposer) & set(codes) and not set(body.target) & set(codes)):
            # "PHILIPPINES CRITICISES EC FOR ... LEVY": the body says who levies it
            d.imposer, d.target = list(body.imposer), list(body.target)
            if not d.imposer:
                d.imposer = [c for c in codes if c not in body.target][:1]
            if not d.target:
                # "TARIFFS ON JAPANESE GOODS": the headline's own "on" country
                on = re.search(r"\b(?:ON|AGAINST)\s", text[d.start:d.end])
                d.target = [a.code for a in actors if on and d.start + on.end() <= a.start < d.end
                            and a.code not in d.imposer][:1]
        elif codes and body and body.target and not body.imposer:
            d.imposer = [c for c in codes if c not in body.target][:1]
            d.target = list(body.target)
        elif codes:
            d.imposer = codes[:1]
            d.target = [c for c in codes[1:2] if c != codes[0]]
        d.explicit_imposer = bool(d.imposer)


def _home_fallback(drafts: list[Draft], home: str | None, doc_codes: list[str]) -> None:
    """Mentions still without an imposer get the dateline's country; a target equal to the
    imposer goes; a lifted or cut bilateral measure is both main parties'."""
    any_group = any(x.group for x in drafts)
    for d in drafts:
        if not d.imposer and home:
            d.imposer = [home] if home not in d.target else [c for c in doc_codes if c not in d.target][:1]
        if d.target and set(d.target) == set(d.imposer) and not d.bilateral and not d.group:
            d.target = []
        one_named = d.explicit_imposer and len(d.imposer) == 1  # "India said it would cut …"
        if d.bilateral and d.action in {"lift", "cut"} and not d.explicit_target and not one_named \
                and len(doc_codes) >= 2 and not any_group:
            d.imposer = list(doc_codes[:2])
            d.target = list(doc_codes[:2])


def _possessed_targets(drafts: list[Draft]) -> None:
    """"Australia will face a 10% tariff ... Australia's 10% tariff places it mid-list": a
    country's own tariff at the rate an earlier mention imposed on it is that tariff, not one it
    levies. Only with the same rate, so "Canada's 25% counter-tariffs" stay Canada's."""
    latest: dict[tuple[str, float], Draft] = {}  # (target code, rate) -> the latest such mention
    for d in drafts:
        if d.possessor is not None and not d.target and d.rate.rate is not None:
            earlier = latest.get((d.possessor, d.rate.rate))
            if earlier is not None and earlier.imposer and d.possessor not in earlier.imposer:
                d.imposer, d.target = list(earlier.imposer), [d.possessor]
        if d.rate.rate is not None:
            for code in d.target:
                latest[(code, d.rate.rate)] = d


def _home_code(dateline, doc_codes: list[str]) -> str | None:
    """The dateline's country, else the most named one: the default imposer of a story."""
    fallback = None
    if dateline:
        fallback = code_of(dateline[2].title()) or code_of(dateline[2])
        if fallback not in doc_codes and len(doc_codes) > 1:
            fallback = None  # a meeting place ("LUXEMBOURG, Oct 20 - The EC agreed ..."), not a party
    if fallback is None and doc_codes:
        fallback = doc_codes[0]
    return fallback


def _other_party(target: list[str], home: str | None, doc_codes: list[str]) -> list[str]:
    """The imposer of a measure on `target`: the home country unless it is the target."""
    if home and home not in target:
        return [home]
    return [c for c in doc_codes if c not in target][:1]


def _pair_previous_rates(drafts: list[Draft]) -> None:
    """ "the tariffs - up from five pct -": the level is the measure's rate stated before."""
    for k, d in enumerate(drafts):
        old = d.rate.pending_previous
        if old is None or d.rate.rate is not None:
            continue
        src = next((x for x in reversed(drafts[:k]) if x.rate.rate is not None and _key(x) == _key(d)), None)
        if src is not None and src.rate.unit == "percent" and src.rate.rate > old:
            d.rate.rate, d.rate.unit, d.rate.previous_rate, d.rate.rate_change = src.rate.rate, "percent", old, True
            if d.action in {"impose", "state"}:
                d.action = "raise"


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """Drop a mention whose span repeats or lies inside an earlier one."""
    out: list[Draft] = []
    for d in drafts:
        if any(o.start <= d.start and d.end <= o.end for o in out):
            continue
        out.append(d)
    return out


CROWDED = 3
"""Other countries named in a mention's sentence that make it a comparison across countries
("Australia's 10% tariff places it mid-list, alongside the UK, Singapore and Brazil")."""


def _crowded(drafts: list[Draft], sents: list[tuple[int, int, set]]) -> set[int]:
    """Ids of drafts whose sentence names CROWDED or more countries besides their parties."""
    codes = {s0: c for s0, _e0, c in sents}
    out = set()
    for d in drafts:
        here = codes.get(d.sent_chars[0], set())
        if len(here - set(d.imposer) - set(d.target)) >= CROWDED:
            out.add(id(d))
    return out


def _fill_forward(drafts: list[Draft], crowded: set[int] = frozenset()) -> None:
    """Later references take the parties of the measure mentioned before them; after a
    comparison across countries (`crowded`: ids of such drafts) only the imposer carries on."""
    prev: Draft | None = None
    for d in drafts:
        if prev is not None and id(prev) in crowded:
            if not d.imposer and not d.target:
                d.imposer = list(prev.imposer)
        elif prev is not None:
            if not d.imposer and not d.target:
                d.imposer, d.target = list(prev.imposer), list(prev.target)
            elif not d.imposer and prev.imposer:
                if set(prev.target) == set(d.target) or set(prev.imposer) != set(d.target):
                    d.imposer = list(prev.imposer)
                elif set(prev.imposer) == set(d.target) and prev.target and not d.explicit_imposer \
                        and not d.explicit_target:
                    d.imposer, d.target = list(prev.imposer), list(prev.target)  # continuity wins
            elif not d.target and set(d.imposer) == set(prev.imposer):
                d.target = list(prev.target)
        if d.imposer or d.target:
            prev = d


def _codes_by_frequency(actors: list[Actor]) -> list[str]:
    counts: dict[str, int] = {}
    for a in actors:
        counts[a.code] = counts.get(a.code, 0) + 1
    return [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])]


def _key(d: Draft) -> tuple:
    return (tuple(sorted(d.imposer)), tuple(sorted(d.target)))


def _own_sentence_cues(drafts: list[Draft], outside: list[tuple[int, str, set]]) -> None:
    """A measure on all origins takes a cue of purpose from its own sentence ("American tariffs
    on steel in the name of safeguard measures"), ahead of a form-only cue."""
    for d in drafts:
        if d.target or d.strong_kind or d.kind_cue and d.kind_cue not in kinds.FORM_ONLY:
            continue
        cue = next((name for at, name, _ in outside if d.sent_chars[0] <= at < d.sent_chars[1]
                    and name not in kinds.FORM_ONLY), None)
        if cue:
            d.kind_cue = cue


def _assign_kinds(drafts: list[Draft], text: str, sents: list[tuple[int, int, set]]) -> None:
    """The first kind cue of a measure governs its mentions, except a mention whose own noun
    phrase names its kind ("a 25% punitive levy"); cues outside the mentions ("in
    retaliation for Japan's ...") count for measures on the country they name."""
    spans = [(d.start, d.end) for d in drafts]
    outside: list[tuple[int, str, set]] = []
    for name, starts in kinds.cue_starts(text):
        for at in starts:
            if any(s <= at < e for s, e in spans) or kinds.negated(text, at):
                continue
            codes = next((c for s, e, c in sents if s <= at < e), set())
            if not codes:
                # "We don't want to take retaliatory action here": the measure last spoken of
                last = next((d for d in reversed(drafts) if d.start < at and d.target
                             and at - d.end < 800), None)
                codes = set(last.target) if last is not None else set()
            outside.append((at, name, codes))
    outside.sort()
    _own_sentence_cues(drafts, outside)
    first: dict[tuple, tuple[str, float | None]] = {}
    for d in drafts:
        if d.kind_cue and (_key(d) not in first or first[_key(d)][0] in kinds.FORM_ONLY
                           and d.kind_cue not in kinds.FORM_ONLY):
            first[_key(d)] = (d.kind_cue, d.rate.rate)  # a cue of purpose outranks a form-only one
    for d in drafts:
        f = first.get(_key(d))
        if d.strong_kind:
            continue  # its own noun phrase names its kind, or says it has none (a combined level)
        if f and (f[1] is None or d.rate.rate is None or f[1] == d.rate.rate) and \
                (d.kind_cue or d.action not in {"cut", "exempt", "state"}):
            if not d.kind_cue or f[0] != d.kind_cue:
                d.kind_cue = f[0]
            continue
        if d.kind_cue:
            continue
        if d.target and d.action in {"impose", "threaten", "propose", "raise"} and \
                not set(d.target) & set(d.imposer):
            for _, name, codes in outside:
                if codes - set(d.target) - set(d.imposer):
                    continue  # "EC launches anti-dumping probe on Japanese chips": another party's case
                if set(d.target) & codes or (name == "retaliatory" and codes and codes <= set(d.imposer)):
                    # "Reagan: we don't want to take retaliatory action": the levying side speaks
                    d.kind_cue = name
                    break
    settled: dict[tuple, tuple[str, float | None]] = {}
    for d in drafts:
        if d.kind_cue and _key(d) not in settled:
            settled[_key(d)] = (d.kind_cue, d.rate.rate)
    for d in drafts:
        got = settled.get(_key(d))
        if not d.kind_cue and not d.strong_kind and d.action not in {"cut", "exempt", "state"} and got and d.target \
                and (got[1] is None or d.rate.rate is None or got[1] == d.rate.rate):
            d.kind_cue = got[0]
