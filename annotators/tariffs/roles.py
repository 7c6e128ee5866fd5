"""Who levies a measure (imposer) and on whose goods (target; a capital, leader or agency
stands for its country), read from the clause's parse.

Imposer: the country modifying the tariff noun ("U.S. tariffs", "Taiwan's tariffs"), the
agent ("imposed ... by Trump"), or the subject of the governing verb ("Canada upheld a
duty"). Target: the country inside an "on/against/from" phrase ("on Indian goods"), or
the subject of a verb such as "avert", "challenge" or "face".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import alternation
from ..lexicon.speech import TARIFF_SPEECH_VERBS
from ..lexicon.tariff_words import BEARING_ADJECTIVES
from .actors import Actor
from .clause import LEVY_NOUNS, Clause

TARGET_SUBJECT_VERBS = re.compile(
    r"^(avert\w*|avoid\w*|challeng\w*|fac(e|es|ed|ing)|protest\w*|oppos\w*|fight\w*|escap\w*|"
    r"complain\w*|critici[sz]\w*|appeal\w*|hit|suffer\w*|pay|pays|paid|paying|lobby\w*|urg\w*|"
    r"ask\w*|request\w*|effort|bid|attempt\w*|negotiat\w*|penali[sz]\w*|fear\w*|worr\w*|"
    r"expect\w*|discuss\w*|talk\w*|benefit\w*|gain|gains|gained|"
    r"win|wins|won|receiv\w*|enjoy\w*|obtain\w*|secur\w*)$", re.I)
RESPONSE_VERBS = re.compile(r"^(overreact\w*|react\w*|respond\w*)$", re.I)
"""Verbs whose subject bears the measure it responds to: "China responded to the tariffs" (but
"Trump responded, threatening a 200% tariff": the threat is the response, and his)."""
OBJECTING_VERBS = re.compile(
    r"^(reject\w*|accept\w*|condemn\w*|denounc\w*|decr(?:y|ies|ied|ying)|slam|slams|slammed|slamming|"
    r"blast|blasts|blasted|blasting|resist\w*|disput\w*|contest\w*)$", re.I)
"""Verbs whose subject bears the measure when the measure is their object: "Seoul rejected the
25% levy on Korean cars", "Japan would not accept the 24% tariff" (but "the EU rejected Jakarta's
request for lower tariffs": the request is rejected, and the EU levies the tariffs)."""
IMPACT_NOUNS = frozenset("""impact impacts effect effects cost costs burden brunt toll damage pain
    blow fallout consequences""".split())
"""Nouns whose "of" phrase holds the measure that someone bears: "Mexico acknowledged the impact
of the anti-dumping tariff", "Canadian farmers felt the brunt of the duties"."""
TARGET_PREPS = frozenset({"on", "against", "from", "to", "into", "for"})
PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our", "he", "she", "his", "her"})
PASSIVE_TARGET = re.compile(r"^(penali[sz]\w*|hit|target\w*|punish\w*|threaten\w*|slapped|"
                            r"spared|exempt\w*|granted|given|affected|charged|subjected)$", re.I)
SPEECH_VERBS = re.compile(r"^(" + alternation(TARIFF_SPEECH_VERBS) + r")$", re.I)
RELATIVE = frozenset({"which", "that", "who"})
GOV_NOUNS = frozenset("""government governments officials official administration ministry
    minister ministers tribunal commission authorities authority negotiators president secretary
    representative department agency board court parliament congress senate cabinet customs
    bureau spokesman delegation leader leaders chancellor premier""".split())
# "Korea's chief offer was to lower tariffs": the owner of the plan levies the tariff
PLAN_NOUNS = frozenset("""offer offers proposal proposals plan plans pledge pledges promise promises
    package packages concession concessions decision move moves""".split())
WANT_VERBS = re.compile(r"^(wants?|wanted|wanting|urg\w*|asks?|asked|asking|press\w*|push\w*|"
                        r"calls?|called|demand\w*|expects?|expected|persuad\w*)$", re.I)
GROUP_WORDS = frozenset({"countries", "states", "nations", "members", "governments",
                         "signatories", "partners"})


def _actor_at(actors: list[Actor], i: int) -> Actor | None:
    for a in actors:
        if a.token_start <= i < a.token_end:
            return a
    return None


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp"})


def _phrase_tokens(tok) -> set[int]:
    """Indices under tok, not descending into clauses ("items which ... on the U.S. consumer")."""
    out: set[int] = set()
    todo = [tok]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return out


def _actors_under(sdoc, tok, actors: list[Actor]) -> list[Actor]:
    """Actors in the phrase of tok (its clauses excluded), in order."""
    idx = _phrase_tokens(tok)
    return [a for a in actors if any(i in idx for i in range(a.token_start, a.token_end))]


def _codes(found: list[Actor]) -> list[str]:
    out: list[str] = []
    for a in found:
        if a.code not in out:
            out.append(a.code)
    return out


def _subject_codes(sdoc, subj: int, actors: list[Actor]) -> list[str]:
    """Codes of a subject noun phrase, conjuncts included ("Spain and Portugal")."""
    tok = sdoc[subj]
    direct = _actor_at(actors, subj)
    found = [direct] if direct else []
    for c in tok.conjuncts:
        a = _actor_at(actors, c.i)
        if a:
            found.append(a)
    if not found and (tok.text.lower() in GOV_NOUNS or tok.text.lower() in PLAN_NOUNS):
        for c in tok.children:
            if c.dep_ in {"compound", "poss", "amod", "nmod"}:
                a = _actor_at(actors, c.i)
                if a:
                    found.append(a)
    return _codes(found)


def _with_conjuncts(sdoc, a: Actor, actors: list[Actor]) -> list[str]:
    """The codes of a and of the countries coordinated with it ("from Russia and Belarus")."""
    return _codes([a] + [b for b in actors if b is not a and _coordinated(sdoc, a, b)])


ASIDE_PREPS = frozenset({"with", "without", "than", "unlike", "except", "besides", "between", "among"})


def _aside(sdoc, a: Actor, outer) -> bool:
    """Whether actor a sits in a phrase that only describes the goods' origin ("from countries
    without trade deals with Mexico", "from countries other than Japan")."""
    tok = sdoc[a.token_start]
    for _ in range(8):
        if tok.i == outer.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.text.lower() in ASIDE_PREPS:
            return True
        tok = tok.head
    return False


def _origin_codes(sdoc, subj, actors: list[Actor]) -> list[str]:
    """The countries whose goods a subject names ("Australian beef exports to the US will
    face", "Imports of U.S.-grown corn will face", "Cambodian producers were hit"), not the
    market they go to."""
    found = [a for a in _actors_under(sdoc, subj, actors) if not _nested_destination(sdoc, a, subj)]
    found = [a for a in found if not (a.token_start > 0 and sdoc[a.token_start - 1].text.lower() in {"to", "into"})
             and not (a.token_start > 1 and sdoc[a.token_start - 2].text.lower() in {"to", "into"})]
    return _codes(found)


def _under_target_prep(sdoc, a: Actor, stop: set[int]) -> bool:
    """Whether actor a hangs under an on/against/from prepositional phrase."""
    tok = sdoc[a.token_start]
    for _ in range(6):
        if tok.dep_ == "prep" and tok.text.lower() in TARGET_PREPS:
            return True
        if tok.dep_ == "agent" or tok.text.lower() == "by" and tok.dep_ == "prep":
            return False
        if tok.head.i == tok.i or tok.i in stop:
            return False
        tok = tok.head
    return False


def _coordinated(sdoc, a: Actor | None, b: Actor) -> bool:
    """Whether b is in a coordinated list with a ("Nicaragua, Romania and Paraguay")."""
    if a is None:
        return False
    ta, tb = sdoc[a.token_end - 1], sdoc[b.token_end - 1]
    return tb in ta.conjuncts or any(tb.i in range(c.left_edge.i, c.right_edge.i + 1) for c in ta.conjuncts)


GENERIC_GROUP_MODS = frozenset("""developing developed rich poor industrial industrialised
    industrialized many other some all most western poorer richer wealthy emerging""".split())


def is_generic_group(tok) -> bool:
    """ "developing countries", "rich and poor nations alike": actors of a claim."""
    words = {t.text.lower() for t in tok.subtree}
    if words & GENERIC_GROUP_MODS:
        return True
    return not any(c.dep_ in {"nummod", "det", "prep"} or c.like_num for c in tok.children)


def _target_path(sdoc, head, lo: int, hi: int) -> bool:
    """Whether the tariff hangs under "retaliate against", "action against", "avoid": its
    governing subject is then the country hit ("Japan will not retaliate against U.S. tariffs")."""
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i or not (lo <= tok.head.i < hi):
            return False
        tok = tok.head
        if tok.dep_ == "prep" and tok.text.lower() == "against" and \
                re.match(r"^(retaliat\w*|action|actions|measures?|protest\w*|complain\w*|appeal\w*|"
                         r"fight\w*|campaign\w*|steps|move|moves|case)$", tok.head.text, re.I):
            return True
        words = [_verb_word(tok)] + [c.text for c in tok.children if c.dep_ == "amod"]
        if any(c.dep_ == "poss" for c in tok.children):
            return False  # "Manila's request for lower tariffs": the owner asks, the subject decides
        if any(TARGET_SUBJECT_VERBS.match(w) for w in words):
            return True
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            return False
    return False


def _plural_antecedent(sdoc, i: int, actors: list[Actor]) -> list[str]:
    """Codes of the nearest coordinated group of countries before token i ("Spain and Portugal")."""
    for a in sorted((a for a in actors if a.token_end <= i), key=lambda a: -a.token_start):
        tok = sdoc[a.token_end - 1]
        group = [a] + [b for b in actors if b is not a and sdoc[b.token_end - 1] in tok.conjuncts]
        if len(group) > 1:
            return _codes(sorted(group, key=lambda x: x.token_start))
    return []


def _nested_destination(sdoc, a: Actor, outer) -> bool:
    """Whether actor a sits in a "to/into X" phrase nested inside the outer phrase."""
    tok = sdoc[a.token_start]
    for _ in range(6):
        if tok.i == outer.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.text.lower() in {"to", "into"}:
            return True
        tok = tok.head
    return False


ENTRY_HEADS = re.compile(r"^(import|imports|imported|importing|exports?|exported|shipments?|shipped|"
                         r"sales|sold|sell|sells)$", re.I)


def _market_of_entry(sdoc, head, actors: list[Actor], taken: set[str]) -> list[str]:
    """ "tariffs on chips it imports into the U.S.": the market the goods enter levies the tariff."""
    sub = {t.i for t in head.subtree}
    near = list(head.subtree) + list(sdoc[head.i + 1:min(len(sdoc), head.i + 8)])
    for t in near:
        if t.text.lower() in {"into", "to"} and t.dep_ == "prep" and ENTRY_HEADS.match(t.head.text) \
                and (t.i in sub or head.i < t.head.i <= head.i + 6):
            for a in _actors_under(sdoc, t, actors):
                if a.code not in taken:
                    return [a.code]
    return []


ENTRY_WORDS = re.compile(r"^(exports?|exported|shipments?|shipped|entering|enters?|entered|coming|comes|"
                         r"imported|arriving|sold|sent|brought|flowing)$", re.I)


def entry_market(sdoc, cl: Clause, hi: int, actors: list[Actor]) -> str | None:
    """The market goods enter, which levies an import tariff on them: "beef exports to the
    US", "products entering the US", "copper coming into the U.S.", "imported into the EU"."""
    first = min(cl.start, cl.anchor)
    last = min(hi, max(cl.end, cl.anchor + 1) + 8)
    for j in range(first, last):
        w = sdoc[j]
        if not ENTRY_WORDS.match(w.text):
            continue
        for c in w.children:
            if c.dep_ == "dobj" and w.text.lower().startswith("enter"):
                a = _actor_at(actors, c.i)
            elif c.dep_ == "prep" and c.text.lower() in {"to", "into"}:
                a = next((x for x in _actors_under(sdoc, c, actors)), None)
            else:
                continue
            if a is not None:
                return a.code
        after = sdoc[j + 1] if j + 1 < len(sdoc) else None
        if after is not None and after.text.lower() in {"to", "into"}:
            # "beef exports to the US", the "to" phrase parsed onto the tariff noun
            a = next((x for x in actors if j + 1 < x.token_start <= j + 3), None)
            if a is not None:
                return a.code
    return None


def _speaker_codes(sdoc, head, lo: int, hi: int, actors: list[Actor]) -> list[str]:
    """ "The Commission said ... which could lead it to impose duties": the country or
    agency that speaks the sentence, for a mention whose own subject is a pronoun."""
    tok = head
    for _ in range(12):
        if tok.head.i == tok.i or not (lo <= tok.head.i < hi):
            break
        tok = tok.head
    if not SPEECH_VERBS.match(tok.text):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return _subject_codes(sdoc, subj.i, actors)[:1] if subj is not None else []


@dataclass
class _Reading:
    """The inputs every phase of `find_roles` reads, and the roles found so far."""

    sdoc: object
    cl: Clause
    lo: int
    hi: int
    actors: list[Actor]          # the sentence's actors
    direction: str
    imposer: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    group: bool | None = False   # the subject is a group of named countries (None: a generic class)
    generic: bool = False        # "developing countries": actors of a claim, not of a measure
    subj_is_target: bool = False

    @property
    def head(self):
        return self.sdoc[self.cl.head_noun]

    @property
    def anchor(self):
        return self.sdoc[self.cl.anchor]


def find_roles(sdoc, cl: Clause, lo: int, hi: int, actors: list[Actor],
               direction: str, exempt: bool = False) -> tuple[list[str], list[str], bool | None]:
    """(imposer codes, target codes, group_subject) stated in the clause, read phase by phase."""
    r = _Reading(sdoc, cl, lo, hi, [a for a in actors if lo <= a.token_start < hi], direction)
    r.generic = _generic_agent(r)
    r.imposer = _noun_modifier_imposer(r) or _agent_imposer(r) or _governing_noun_imposer(r)
    _subject_roles(r)
    if exempt:
        market = _duty_free_market(r)
        if market is not None:
            return market[0], market[1], r.group
    _prep_targets(r)
    if exempt and not r.target:
        r.target = _admitted_goods_origin(r)
    if not r.target:
        r.target = _adjective_target(r) or _conduct_target(r) or _detached_origin(r) or _pronoun_owner(r) \
            or _relative_origin(r)
    if direction == "export" and not r.imposer and r.target:
        _exporter_from_demonym(r)
    if r.generic and not r.imposer:
        r.group = None  # a general claim about a class of countries: not a particular measure
    if direction == "import":
        r.imposer, r.target = _entered(sdoc, cl, hi, r.actors, r.imposer, r.target)
    listed = [c for c in _listed_origins(sdoc, cl, hi, r.actors) if c not in r.imposer]
    if listed and set(r.target) <= set(listed):
        r.target = listed
    return r.imposer, r.target, r.group


def _generic_agent(r: _Reading) -> bool:
    """ "tariffs imposed by developing countries": the agent is a class of countries."""
    for c in list(r.head.children) + list(r.anchor.children):
        if c.dep_ in {"acl", "relcl"}:
            for g in c.children:
                if g.dep_ == "agent" and any(x.text.lower() in GROUP_WORDS and is_generic_group(x)
                                             for x in g.subtree):
                    return True
    return False


def _noun_modifier_imposer(r: _Reading) -> list[str]:
    """1. A country modifying the tariff noun: "U.S. tariffs", "the island's import tariffs"."""
    sdoc, imposer = r.sdoc, []
    for tok in {r.head, r.anchor}:
        for c in tok.children:
            if c.dep_ in {"compound", "poss", "amod", "nmod"} and c.i < tok.i:
                a = _actor_at(r.actors, c.i)
                if a is None:
                    a = next((x for g in c.subtree for x in [_actor_at(r.actors, g.i)] if x), None)
                if a and a.code not in imposer:
                    imposer.append(a.code)
    if imposer:
        return imposer
    for a in r.actors:
        if r.head.left_edge.i <= a.token_start < r.cl.anchor and a.token_end <= r.cl.anchor + 1:
            if not _under_target_prep(sdoc, a, {r.head.i}):
                return [a.code]
    return []


def _agent_imposer(r: _Reading) -> list[str]:
    """2. The agent ("imposed on Indian exports by Trump") or a relative clause's subject ("the
    100 pct tariffs he imposed", "tariffs President Reagan has ordered")."""
    sdoc = r.sdoc
    for tok in [r.head] + [sdoc[v] for v in r.cl.verbs[:1]]:
        for c in tok.children:
            found: list[Actor] = []
            if c.dep_ in {"acl", "relcl"}:
                for g in c.children:
                    if g.dep_ in {"agent", "nsubj"} or (g.dep_ == "prep" and g.text.lower() == "by"):
                        found = _actors_under(sdoc, g, r.actors) or found
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.text.lower() == "by"):
                found = _actors_under(sdoc, c, r.actors)
            if found:
                return _codes(found[:1])
    return []


def _governing_noun_imposer(r: _Reading) -> list[str]:
    """2b. The owner of a noun that governs the clause: "a U.S. decision to proceed with
    tariffs", "American authorities' decision"; "its decision", said by a country."""
    sdoc, cl = r.sdoc, r.cl
    if not cl.verbs or sdoc[cl.verbs[0]].dep_ != "acl":
        return []
    noun = sdoc[cl.verbs[0]].head
    if TARGET_SUBJECT_VERBS.match(noun.text):
        return []
    for c in noun.children:
        if c.dep_ in {"compound", "poss", "amod"}:
            a = _actor_at(r.actors, c.i) or next(iter(_actors_under(sdoc, c, r.actors)), None)
            if a:
                return [a.code]
            if c.dep_ == "poss" and c.text.lower() in {"its", "their"}:
                return _speaker_codes(sdoc, noun, r.lo, r.hi, r.actors)
    return []


def _participle_subject(c) -> bool:
    """ "Chilean wine shipped to the US will face": the parser reads the participle as a clausal
    subject; its own subject is the goods that face the tariff."""
    return c.dep_ == "csubj" and c.text.lower().endswith(("ed", "en")) and \
        not any(g.dep_ == "mark" for g in c.children)


def _nearest_subject(vt):
    """The subject nearest the verb: a dateline word ("SEOUL, May 4 - Seoul faces") may be a second."""
    subjects = [c for c in vt.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        subjects = [g for c in vt.children if _participle_subject(c)
                    for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    return max((c for c in subjects if c.i < vt.i), key=lambda c: c.i, default=None) or \
        (subjects[0] if subjects else None)


def _controller_codes(r: _Reading, vt) -> list[str]:
    """Object control: "persuade the U.S. not to impose tariffs", "obliges them to"."""
    obj = next((c for c in vt.head.children if c.dep_ == "dobj" and c.i < vt.i), None)
    if obj is None:
        return []
    codes = _subject_codes(r.sdoc, obj.i, r.actors)
    if not codes and obj.text.lower() in {"them", "they"}:
        codes = _plural_antecedent(r.sdoc, obj.i, r.actors)  # "Spain and Portugal ... obliges them"
    return codes


def _relative_subject(r: _Reading, vt) -> bool:
    """ "the U.S. Measures, which will impose 100 pct tariffs": the antecedent's country levies.
    True when the antecedent names none (read further up through a pronoun)."""
    ante = vt.head
    codes = _subject_codes(r.sdoc, ante.i, r.actors) or [
        a.code for c in ante.children if c.dep_ in {"compound", "poss", "amod"}
        for a in [_actor_at(r.actors, c.i)] if a]
    if codes and not r.imposer:
        r.imposer = codes[:1]
    return not codes


def _subject_roles(r: _Reading) -> None:
    """3. The subject of the governing verbs: the imposer ("Canada upheld a duty"), or the
    target after verbs such as "face", "avert" or a passive "hit"; through pronouns, up to the
    speaker ("Japan said it would cut tariffs")."""
    sdoc, cl, head = r.sdoc, r.cl, r.head
    pronoun_target = _target_path(sdoc, head, r.lo, r.hi)
    via_pronoun = False
    pron = None
    for k, v in enumerate(cl.verbs[:3]):
        vt = sdoc[v]
        subj = _nearest_subject(vt)
        responds = _responds(head, vt)
        vword = _verb_word(vt)
        subject_bears = bool(TARGET_SUBJECT_VERBS.match(vword)) or responds
        if subj is None and vt.dep_ == "xcomp":
            codes = _controller_codes(r, vt)
            if codes:
                r.imposer = r.imposer or codes
                break
        if subj is None:
            pronoun_target = pronoun_target or subject_bears
            continue  # "officials are to meet ... to discuss the tariffs"
        if k > 0 and not via_pronoun and SPEECH_VERBS.match(vt.text) and head.dep_ not in {"nsubj", "nsubjpass"}:
            break  # a speaker is not the imposer of a clause with no subject of its own
        if subj.text.lower() in RELATIVE and vt.dep_ == "relcl":
            via_pronoun = _relative_subject(r, vt)  # "an investigation, which could lead it to impose duties"
            break
        if subj.i in {head.i, r.anchor.i}:
            continue  # the tariff itself is the subject
        bears = responds or bool(OBJECTING_VERBS.match(vt.text)) and head.dep_ == "dobj" and head.head.i == vt.i \
            or _borne_impact(head, vt)
        step = _read_subject(r, subj, vword, pron, pronoun_target or bears, _bearing_predicate(vt))
        if step == "pronoun":
            pron = subj if pron is None else pron
            via_pronoun = True
            pronoun_target = pronoun_target or subject_bears
            continue  # look further up: "Japan said it would cut tariffs"
        break
    if not r.imposer and not r.target and via_pronoun and not pronoun_target:
        r.imposer = _speaker_codes(sdoc, head, r.lo, r.hi, r.actors)


def _verb_word(vt) -> str:
    """The verb as read for roles: "hit back" (with "back") answers a measure with one of its own, so
    its subject levies ("China hit back with tariffs on US coal"), where "Canada was hit" bears."""
    word = vt.text.lower()
    return word + " back" if any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in vt.children) else word


def _borne_impact(head, vt) -> bool:
    """The verb's object is the measure's impact: "Mexico acknowledged the impact of the tariff"
    (not "the US weighed the cost of its tariffs", where the owner levies)."""
    prep = head.head
    noun = prep.head
    return head.dep_ == "pobj" and prep.text.lower() == "of" and noun.text.lower() in IMPACT_NOUNS \
        and noun.dep_ == "dobj" and noun.head.i == vt.i and not any(c.dep_ == "poss" for c in head.children)


def _responds(head, vt) -> bool:
    """The verb responds to the tariff: "responded to the tariffs", "reacted against them"."""
    prep = head.head
    return bool(RESPONSE_VERBS.match(vt.text)) and head.dep_ == "pobj" and prep.dep_ == "prep" \
        and prep.lower_ in ("to", "against") and prep.head.i == vt.i


COPULAS = frozenset({"be", "is", "are", "was", "were", "been", "being", "remain", "remains", "remained"})


def _bearing_predicate(vt) -> bool:
    """ "Goods from Peru are exempt from the duties", "are subject to": a copula with an adjective
    of BEARING_ADJECTIVES, whose subject names the goods' origin."""
    return vt.lower_ in COPULAS and any(c.dep_ == "acomp" and c.lower_ in BEARING_ADJECTIVES for c in vt.children)


def _read_subject(r: _Reading, subj, vword: str, pron, pronoun_target: bool, bearing: bool = False) -> str:
    """Read one governing verb's subject into r; "pronoun" says to look one verb further up."""
    sdoc = r.sdoc
    codes = _subject_codes(sdoc, subj.i, r.actors)
    passive = subj.dep_ == "nsubjpass" and bool(PASSIVE_TARGET.match(vword)) or bearing
    target_verb = bool(TARGET_SUBJECT_VERBS.match(vword))
    if not codes and (target_verb or passive):
        codes = _origin_codes(sdoc, subj, r.actors)
    if codes and pron is not None and WANT_VERBS.match(vword):
        # "the U.S. wants it to cut import tariffs": "it" is the other party, named before
        ante = [a for a in r.actors if a.token_end <= pron.i and a.code not in codes]
        if ante and not r.imposer:
            r.imposer = [ante[-1].code]
        return "done"
    if codes:
        if target_verb or passive or pronoun_target:
            if not r.target:
                r.target, r.subj_is_target = codes, True
        elif not r.imposer:
            r.imposer = codes
        return "done"
    low = subj.text.lower()
    if low in GROUP_WORDS or any(c.text.lower() in GROUP_WORDS for c in subj.conjuncts):
        if is_generic_group(subj):
            r.generic = True
        else:
            r.group = True
        return "done"
    if low in {"they", "them"}:
        codes = _plural_antecedent(sdoc, subj.i, r.actors)
        if codes and not r.imposer and not target_verb:
            r.imposer = codes
        return "done"  # "they" is rarely the speaker of the governing clause
    if low in PRONOUNS:
        return "pronoun"
    appos = [c for c in subj.children if c.dep_ == "appos"]
    if appos and appos[0].text.lower() in GROUP_WORDS:  # dateline subjects: "ADDIS ABABA, ... - Fifteen countries"
        r.group = True
    return "done"


def _duty_free_market(r: _Reading) -> tuple[list[str], list[str]] | None:
    """Duty-free access "to North American markets": the market is the imposer, the owner of
    the goods the target."""
    sdoc, cl, head = r.sdoc, r.cl, r.head
    if any(a for a in r.actors if cl.verbs and sdoc[cl.verbs[0]].i == a.token_start):
        return None
    to_actors = [a for p in head.children if p.dep_ == "prep" and p.text.lower() in {"to", "into", "in"}
                 for a in _actors_under(sdoc, p, r.actors)
                 if re.search(r"market|countr", sdoc[p.left_edge.i:p.right_edge.i + 1].text, re.I)
                 or any(g.dep_ == "pobj" and a.token_start <= g.i < a.token_end for g in p.children)]
    if not to_actors:
        return None
    others = [a for a in r.actors if a.code != to_actors[0].code and
              (a.token_start < head.i and not _under_target_prep(sdoc, a, set()))]
    poss = [a for a in others if sdoc[a.token_start].dep_ == "poss" or sdoc[a.token_end - 1].dep_ == "poss"]
    return _codes(to_actors[:1]), _codes((poss or others)[:1])


def _admitted_goods_origin(r: _Reading) -> list[str]:
    """ "South Korea will allow U.S. goods into its market without duties", "Chile lets
    Peruvian wine in duty-free": the origin of the goods the verb admits is the target."""
    sdoc = r.sdoc
    for v in r.cl.verbs[:2]:
        obj = next((c for c in sdoc[v].children if c.dep_ == "dobj"), None)
        if obj is None or obj.i in {r.head.i, r.anchor.i}:
            continue
        mods = {g.i for c in obj.children if c.dep_ in {"compound", "amod", "nmod", "poss"} and c.i < obj.i
                for g in c.subtree}
        found = [a for a in r.actors if a.token_start in mods and a.code not in r.imposer]
        if found:
            return _codes(found)
    return []


def _target_scope(r: _Reading) -> list:
    """The tokens whose "on/against/from" phrases can name the target."""
    sdoc, cl, head, anchor = r.sdoc, r.cl, r.head, r.anchor
    scope = [head] + ([anchor] if anchor.i != head.i else []) + [sdoc[v] for v in cl.verbs[:1]]
    scope += [c for c in head.children if c.dep_ in {"acl", "relcl"} and c.i > head.i and c not in scope]
    if cl.verbs:
        scope += [c for c in sdoc[cl.verbs[0]].children if c.dep_ == "xcomp" and c.i > head.i]
        rel = sdoc[cl.verbs[0]]
        if rel.dep_ == "relcl" and rel.head.i < head.i and any(c.text.lower() == "where" for c in rel.children):
            # "Korean pipes, where it has imposed"
            a = next((a for a in _actors_under(sdoc, rel.head, r.actors)
                      if a.token_start < rel.i and a.code not in r.imposer), None)
            if a is not None:
                r.target.append(a.code)
    return scope


def _prep_targets(r: _Reading) -> None:
    """4. A target inside "on/against/from" phrases of the noun or its verb; a destination
    ("exports to the United States") or an exporter may give the imposer."""
    sdoc, head, taken = r.sdoc, r.head, set(r.imposer)
    destinations: list[str] = []
    origins: list[str] = []
    first_target: Actor | None = None
    for tok in _target_scope(r):
        for c in tok.children:
            if not (c.dep_ in {"prep", "dative"} and c.text.lower() in TARGET_PREPS and c.i > min(head.i, r.cl.anchor) - 1):
                continue
            for a in _actors_under(sdoc, c, r.actors):
                if a.code in taken or a.code in r.target or _aside(sdoc, a, c):
                    continue
                if r.direction == "export" and c.text.lower() not in {"to", "into", "for"}:
                    if _nested_destination(sdoc, a, c) and not r.target:
                        first_target = a  # "an export tax on shipments of lumber to the U.S."
                        r.target.append(a.code)
                    elif a.how == "demonym" and not r.imposer:
                        origins.append(a.code)  # "on shipments of Canadian lumber": the exporter
                    continue
                if r.direction == "import" and _nested_destination(sdoc, a, c):
                    destinations.append(a.code)  # "exports to the United States"
                    continue
                if r.target and not _coordinated(sdoc, first_target, a):
                    continue
                first_target = first_target if r.target else a
                r.target.append(a.code)
            if r.target and not r.subj_is_target:
                break
        if r.target and not r.subj_is_target:
            break
    if not r.imposer:
        r.imposer = destinations[:1] or (_market_of_entry(sdoc, head, r.actors, set(r.target))
                                         if r.direction == "import" else [])
    if not r.imposer and origins and r.target and origins[0] not in r.target:
        r.imposer = origins[:1]


def _adjective_target(r: _Reading) -> list[str]:
    """5. A country adjective on products inside the noun phrase or the verb's own phrases
    ("tariffs on imported Japanese chips"), with the countries coordinated with it."""
    sdoc, cl, taken = r.sdoc, r.cl, set(r.imposer)
    allowed = {t.i for t in r.head.subtree}  # with its own relative clauses ("tariffs imposed on ...")
    if cl.verbs:
        for c in sdoc[cl.verbs[0]].children:
            if c.dep_ in {"prep", "dobj", "dative"}:
                allowed |= _phrase_tokens(c)
    for a in r.actors:
        if cl.anchor < a.token_start < cl.end and a.code not in taken and a.how in {"demonym", "name"} \
                and a.token_start in allowed and _under_target_prep(sdoc, a, set()):
            return [c for c in _with_conjuncts(sdoc, a, r.actors) if c not in taken]
    return []


CONDUCT_NOUNS = re.compile(r"^(failure|violation|breach|refusal|dumping|practices|unfair\w*)$", re.I)


def _conduct_target(r: _Reading) -> list[str]:
    """ "in retaliation for Korea's claimed breach": the country whose conduct is punished."""
    if r.direction != "import":
        return []
    sdoc = r.sdoc
    for a in r.actors:
        t = next((sdoc[j] for j in range(a.token_start, a.token_end) if sdoc[j].dep_ == "poss"), sdoc[a.token_start])
        if a.code not in r.imposer and r.cl.start <= a.token_start < r.cl.end and t.dep_ == "poss" and \
                CONDUCT_NOUNS.match(t.head.text):
            return [a.code]
    return []


def _exporter_from_demonym(r: _Reading) -> None:
    """An export duty on "Malaysian palm oil": the origin is the exporting (imposing) country."""
    for a in r.actors:
        if a.code == r.target[0] and a.how == "demonym":
            r.imposer, r.target = r.target[:1], r.target[1:]
            return


LIST_OPENERS = frozenset({"including", "like", "as", "notably", "especially", "particularly"})
ORIGIN_GROUPS = frozenset({"countries", "nations", "economies", "partners", "exporters", "suppliers",
                           "states", "members", "origins"})


ORIGIN_PARTICIPLES = frozenset({"imported", "originating", "shipped", "coming", "made", "produced",
                                "sourced", "exported"})
DETACHED_REACH = 40  # tokens after the tariff word: a bounded, linear look


def _detached_origin(r: _Reading) -> list[str]:
    """An origin the parser attached elsewhere, often past a parenthesis: "duties (CVD) on
    cells (whether assembled or not) imported from Cambodia and Vietnam", "duties under the WTO
    (World Trade Organisation) norms against the US". Only "against X" and "imported/originating
    from X", before the next levy word of the sentence."""
    sdoc, start = r.sdoc, r.cl.anchor + 1
    for j in range(start, min(r.hi, start + DETACHED_REACH)):
        tok = sdoc[j]
        low = tok.text.lower()
        if low in LEVY_NOUNS or low == ";":
            return []
        cued = low == "against" or (low in {"from", "in"} and j > start
                                    and sdoc[j - 1].text.lower() in ORIGIN_PARTICIPLES)
        if not cued:
            continue
        found = [a for a in _actors_under(sdoc, tok, r.actors) if a.code not in r.imposer]
        if found:
            return _codes(found)
    return []


def _relative_origin(r: _Reading) -> list[str]:
    """ "products originating in India, on which the duty would be $1.9 billion", "Chilean
    wine, on which Peru levies a 20% duty": the goods of the antecedent are the target."""
    sdoc = r.sdoc
    for v in r.cl.verbs[:2]:
        vt = sdoc[v]
        if vt.dep_ != "relcl":
            continue
        on_which = any(c.dep_ == "prep" and c.text.lower() in {"on", "against"}
                       and any(g.text.lower() == "which" for g in c.children) for c in vt.children)
        if not on_which:
            continue
        found = [a for a in r.actors if vt.head.left_edge.i <= a.token_start <= vt.head.right_edge.i
                 and a.token_start < vt.i and a.code not in r.imposer
                 and not (a.token_start > 0 and sdoc[a.token_start - 1].text.lower() in {"into", "to"})]
        return _codes(found[-1:]) if found else []
    return []


OWNER_PRONOUNS = frozenset({"their", "its"})


def _pronoun_owner(r: _Reading) -> list[str]:
    """ "Cambodia's makers refused to cooperate, resulting in a 3,500% rate on their solar
    products": the goods' owner is the country in the sentence's subject, when it does not levy."""
    sdoc = r.sdoc
    root = next((t for t in sdoc[r.lo:r.hi] if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if root is not None else None
    if subj is None:
        return []
    owners = {t.i for t in subj.subtree}
    for c in r.head.children:
        if c.dep_ != "prep" or c.text.lower() not in {"on", "against"}:
            continue
        for obj in c.children:
            pron = next((g for g in obj.children if g.dep_ == "poss" and g.text.lower() in OWNER_PRONOUNS), None)
            if pron is None:
                continue
            found = [a for a in r.actors if a.token_start in owners and a.code not in r.imposer]
            return [found[0].code] if found else []
    return []


def _listed_origins(sdoc, cl: Clause, hi: int, actors: list[Actor]) -> list[str]:
    """The countries listed for the goods' origins: "from countries without trade deals with
    Mexico, including China, India and Thailand", "on nations such as Chile and Peru"."""
    last = min(hi, cl.anchor + 60)
    if not any(sdoc[j].text.lower() in ORIGIN_GROUPS for j in range(cl.anchor, last)):
        return []
    for j in range(cl.anchor, last):
        tok = sdoc[j]
        if tok.text.lower() not in LIST_OPENERS or tok.dep_ != "prep":
            continue
        if not any(sdoc[k].text.lower() in ORIGIN_GROUPS for k in range(max(cl.anchor, j - 12), j)):
            continue
        found = _actors_under(sdoc, tok, actors)
        if len(found) >= 2:
            return _codes(found)
    return []


def _entered(sdoc, cl: Clause, hi: int, actors: list[Actor], imposer: list[str],
             target: list[str]) -> tuple[list[str], list[str]]:
    """The market of entry levies the tariff; a country named as the goods' owner
    ("Brazil's existing tariff on beef exports to the US") is then their origin."""
    market = entry_market(sdoc, cl, hi, actors)
    if market is None:
        return imposer, target
    target = [c for c in target if c != market]
    origin = [c for c in imposer if c != market]
    if origin and not target:
        target = origin[:1]
    return [market], target
