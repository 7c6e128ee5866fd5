"""What is done to the tariff (one action per measure, the strongest that applies): threaten > raise/cut/lift/suspend/exempt > impose >
propose > state, read from the words that govern or modify the tariff word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import tariff_words
from . import products
from .clause import Clause

THREATEN = re.compile(r"^(threat\w*|warn\w*|ultimatum\w*|deadline\w*)$")
LIFT = re.compile(r"^(lift|lifts|lifted|lifting|remov\w*|eliminat\w*|drop|drops|dropped|dropping|"
                  r"cancel\w*|scrap\w*|abolish\w*|abolition|withdr[ae]w\w*|repeal\w*|rescind\w*|"
                  r"dismantl\w*|end|ended|ending|rid)$")
SUSPEND = re.compile(r"^(suspend\w*|suspension|waive\w*|waiver|forgo\w*|forego\w*|defer\w*|"
                     r"postpon\w*|paus\w*|delay\w*|halt|halts|halted|halting)$")
"""A measure put off for a time: "suspended", "deferred", "paused most tariffs for 90 days",
"would delay auto tariffs by a month"."""
CUT = re.compile(r"^(cut|cuts|cutting|reduc\w*|lower|lowered|lowering|lowers|slash\w*|trim\w*|"
                 r"decreas\w*|reduction\w*|easing|ease|eased|halv\w*|concession\w*|fell|fallen)$")
RAISE = re.compile(r"^(rais\w*|increas\w*|hik\w*|higher|boost\w*|doubl\w*|tripl\w*|quadrupl\w*|stiff\w*|rise|rises|rising|rose|risen|"
                   r"steeper|heavier|up)$")
EXEMPT = re.compile(r"^(duty-?free|free|exempt\w*|exemption\w*|refund\w*|rebat\w*|spared|"
                    r"drawback\w*|tariff-free)$")
IMPOSE = re.compile(r"^(impos\w*|re-?impos\w*|slap\w*|levy|levied|levying|appl(y|ied|ies|ying)|"
                    r"introduc\w*|order\w*|uphold\w*|upheld|set|charg\w*|collect\w*|enforc\w*|"
                    r"proceed\w*|scheduled|planned|effect|force|retain\w*|maintain\w*|keep|kept|"
                    r"put|puts|hit|hits|announc\w*|decision|decided|new|implement\w*|adopt\w*)$")
PROPOSE = re.compile(r"^(propos\w*|recommend\w*|seek\w*|sought|petition\w*|consider\w*|weigh\w*|"
                     r"stud(y|ying|ied|ies)|possible|possibly|bill|contemplat\w*|urg\w*|"
                     r"investigat\w*|determin\w*|moves?|mulling|mull|option\w*|draft\w*)$")
EXPECT_VERBS = re.compile(r"^(anticipat\w*|expect\w*|fear\w*|predict\w*|forecast\w*|brac\w*)$", re.I)


def _only_expected(sdoc, cl) -> bool:
    """ "The market had anticipated some tariff on raw copper", "exporters fear new duties": a
    tariff that is only expected is a possible one (G4 propose), unlike "tariffs are expected to
    take effect", where the tariff is the subject of a scheduled measure."""
    h = sdoc[cl.head_noun]
    return h.dep_ == "dobj" and bool(EXPECT_VERBS.match(h.head.text)) or \
        h.dep_ == "pobj" and h.head.text.lower() == "for" and bool(EXPECT_VERBS.match(h.head.head.text))


LEGISLATION = re.compile(r"^(bill|bills|legislation|amendment|amendments|proposals?)$")
MODAL = re.compile(r"^(could|might|may)$")
STATE = re.compile(r"^(remain\w*|unchanged|stand\w*|still|rang\w*|current\w*|existing|average\w*|"
                   r"is|are|was|were|at)$")
UNLIKELY = re.compile(r"\b(unlikely|no chance|slim to none|not expected|refused|rejected|"
                      r"ruled out|will not|would not|won't|wouldn't)\b", re.I)

ORDER = ("threaten", "raise", "cut", "lift", "suspend", "exempt")
CHANGE = {"raise": RAISE, "cut": CUT, "lift": LIFT, "suspend": SUSPEND, "exempt": EXEMPT}


def cue_tokens(sdoc, cl: Clause, lo: int, hi: int) -> list:
    """Words that say what happens to the tariff: modifiers, the noun head, governing verbs."""
    toks = []
    a = sdoc[cl.anchor]
    h = sdoc[cl.head_noun]
    if CUT.match(a.text.lower()) or RAISE.match(a.text.lower()):
        toks.append(a)  # the anchor is itself a change noun ("Cuts of up to 50 pct")
    toks.extend(c for c in a.children if c.dep_ in {"amod", "compound", "advmod", "nummod"})
    if h.i != a.i:
        toks.append(h)
        toks.extend(c for c in h.children if c.dep_ in {"amod", "compound"} and c.i != a.i)
    for j in range(max(lo, cl.anchor - 3), cl.anchor):  # adjacent left words ("lower import tariffs")
        toks.append(sdoc[j])
    # a tariff noun inside "to X" of a verb: "request for lower tariffs", "agreed to forego"
    if not cl.direct:
        # "imports fell because of a 15 pct duty": the verb does nothing to the tariff;
        # only the nouns above it speak ("the imposition of", "retaliatory action against")
        tok = h
        for _ in range(3):
            if tok.head.i == tok.i or not (lo <= tok.head.i < hi):
                break
            tok = tok.head
            if tok.i in cl.verbs or tok.text.lower() in MEASURED:
                break  # "a study of the level of the duty": the duty is measured, not proposed
            toks.append(tok)
        return toks
    for v in cl.verbs[:1]:
        vt = sdoc[v]
        if h.dep_ == "nsubj" and h.head.i == v and vt.text.lower() not in CHANGING_SUBJECT and (
                not vt.text.lower().endswith(("ed", "en", "cut"))
                or any(c.dep_ == "aux" and c.text.lower() in {"would", "will", "could", "can", "may", "might", "should"}
                       for c in vt.children)):
            continue  # "the tariffs would reduce oil imports": what the tariff does, not its change
        if vt.text.lower() == "cut" and any(c.text.lower() == "short" for c in vt.children):
            continue  # "cut short the tariffs" is not a tariff cut
        toks.append(vt)
        toks.extend(c for c in vt.children if c.dep_ in {"aux", "neg", "advmod", "acomp", "prt"})
        if vt.dep_ == "conj" and any(rx.match(vt.head.text.lower()) for rx in CHANGE.values()) \
                and not any(c.dep_ == "dobj" for c in vt.head.children):
            toks.append(vt.head)  # "will raise or impose new duties" ("cut surpluses or face tariffs": no)
    return toks


def ancestor_words(sdoc, cl: Clause, lo: int, hi: int, depth: int = 5) -> list[str]:
    """Words on the path from the tariff noun up (nouns included: "the U.S. Threat to impose")."""
    out = []
    tok = sdoc[cl.head_noun]
    for _ in range(depth):
        if tok.head.i == tok.i or not (lo <= tok.head.i < hi):
            break
        tok = tok.head
        out.append(tok.text.lower())
    return out


def subject_words(sdoc, cl: Clause) -> list[str]:
    """Words of the governing verb's subject ("the actions being weighed by Reagan")."""
    if not cl.verbs:
        return []
    for c in sdoc[cl.verbs[0]].children:
        if c.dep_ in {"nsubj", "nsubjpass"} and c.i != cl.head_noun:
            return [t.text.lower() for t in c.subtree]
    return []


CHANGING_SUBJECT = frozenset("""rise rises rose risen rising climb climbs climbed jump jumps jumped
    increase increases fall falls fell drop drops double doubles triple triples halve halves
    go goes""".split())
"""Verbs whose tariff subject is itself what changes ("the levies will rise to 300 euros")."""
MEASURED = frozenset({"level", "levels", "impact", "effect", "effects", "size", "amount", "scope",
                      "cost", "costs", "consequences"})
CHANGE_NOUNS = re.compile(r"^(lifting|removal|elimination|suspension|reduction|reductions|cut|cuts|"
                          r"increase|increases|hike|hikes|abolition|waiver|exemption|imposition)$", re.I)


def _of_nouns(sdoc, cl: Clause, lo: int) -> list[str]:
    """A change noun shortly before "of <tariff>" the parser attached elsewhere
    ("the lifting until December 1989 of import taxes")."""
    out = []
    a = cl.anchor
    of = next((j for j in range(a - 1, max(lo, a - 4) - 1, -1) if sdoc[j].text.lower() == "of"), None)
    if of is None:
        return out
    for j in range(of - 1, max(lo, of - 8) - 1, -1):
        if CHANGE_NOUNS.match(sdoc[j].text):
            out.append(sdoc[j].text.lower())
            break
    return out


NO_LONGER = re.compile(r"\bno\s+longer\s+(?:\w+\s+)?(?:fac|pay|paid|subject|charg|appl|collect|hit)", re.I)
NOT_SUBJECT = re.compile(r"\b(?:not|never)\s+(?:be\s+|been\s+|being\s+)?(?:subject\w*|liable)\s+to\b", re.I)
ZERO = re.compile(r"\b(?:be|to|at)\s+zero\b", re.I)
NOT_STACKED = re.compile(r"\b(?:not|n't|never|no\s+longer)\s+(?:be\s+)?stack(?:s|ed|ing)?\b|\bnon-?stacking\b", re.I)
"""One tariff that does not add to another is an exemption from the second."""
PAYING_VERBS = frozenset({"incur", "incurring", "pay", "paying", "face", "facing", "attract", "attracting"})


def _not_stacked(sdoc, cl: Clause, lo: int, hi: int) -> bool:
    """ "the levies will not stack on top of", "the copper levies, which ..., will not stack": the
    words after the tariff word, or those ending at its governing verb."""
    windows = [sdoc[max(lo, cl.anchor - 2):min(hi, cl.anchor + 12)]]
    windows += [sdoc[max(lo, v - 3):v + 1] for v in cl.verbs[:1]]
    return any(NOT_STACKED.search(w.text) for w in windows)


def _paid_without(noun) -> bool:
    """ "could enter without incurring customs duties", "without paying tariffs": the duty is the
    object of a paying verb under "without"."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.text.lower() in PAYING_VERBS and verb.dep_ == "pcomp" \
        and verb.head.text.lower() == "without"


STANDING = frozenset({"current", "existing", "remaining", "standing", "prevailing", "present",
                      "longstanding", "long-standing", "still"})


ULTIMATUM = re.compile(r"\bhad\s+(?:\w+\s+){1,3}(?:insisted|refused|persisted|continued|failed)\b|"
                       r"\bunless\s+(?:\w+\s+){1,4}(?:agrees?|stops?|halts?|ends?|accepts?|complies|takes?)\b", re.I)
"""A measure made conditional on the target's conduct is an ultimatum: "would be raised to 50% in
a week had Ruritania insisted", "unless Ottawa stops ..."."""


def _window(sdoc, cl: Clause, lo: int, before: int, after: int) -> str:
    """The text from `before` tokens left of the tariff word to `after` tokens right of it."""
    a = cl.anchor
    return sdoc[max(lo, a - before):min(len(sdoc), a + after)].text


def _special_action(sdoc, cl: Clause, lo: int, hi: int) -> str | None:
    """Phrasings whose action no single cue word names.

    "goods no longer facing the 40% duty" -> lift; "should be zero, not 10%" -> lift;
    "without additional import duties", "no tariff on these products", "shall not be
    subject to the duty", "the tariffs do not apply to books", "enter without incurring
    customs duties", "the steel levies will not stack on top of the car tariffs" -> exempt.
    """
    near = sdoc[max(lo, cl.anchor - 8):min(hi, cl.anchor + 1)].text
    if NO_LONGER.search(near):
        return "lift"
    if ZERO.search(sdoc[cl.anchor:min(hi, cl.anchor + 8)].text) and not re.search(r"\d", sdoc[cl.anchor:min(hi, cl.anchor + 4)].text):
        return "lift"
    a, h = sdoc[cl.anchor], sdoc[cl.head_noun]
    if any(c.dep_ == "det" and c.text.lower() == "no" for c in list(a.children) + list(h.children)):
        return "exempt"
    base = h
    while base.dep_ in {"conj", "compound", "amod"} and base.head.i != base.i:
        base = base.head
    if base.dep_ == "pobj" and base.head.text.lower() == "without" or _paid_without(base):
        return "exempt"
    if _not_stacked(sdoc, cl, lo, hi):
        return "exempt"
    if NOT_SUBJECT.search(sdoc[max(lo, cl.anchor - 8):cl.anchor].text) or _not_applied(sdoc, cl):
        return "exempt"
    if products.exempted_object(sdoc, cl) is not None:
        return "exempt"  # "has exempted smartphones from the 125% levy"
    return None


def _not_applied(sdoc, cl: Clause) -> bool:
    """ "The tariffs do not apply to pharmaceuticals", "the levy will not apply to books": the
    measure spares what its negated "apply" names."""
    for v in cl.verbs[:1]:
        vt = sdoc[v]
        if vt.text.lower() in tariff_words.APPLY_VERBS and any(c.dep_ == "neg" for c in vt.children):
            return any(c.dep_ == "prep" and c.text.lower() == "to" for c in vt.children)
    return False


def _relative_change_words(sdoc, cl: Clause) -> list[str]:
    """Change verbs of a relative clause on the tariff noun ("a 10% tariff ..., which was
    scrapped last week")."""
    h = sdoc[cl.head_noun]
    return [c.text.lower() for c in h.children if c.dep_ == "relcl"
            and any(rx.match(c.text.lower()) for rx in (LIFT, CUT, RAISE, SUSPEND))]


def _to_level(sdoc, cl: Clause, hi: int) -> bool:
    """A removal word that goes "to N" ("will drop to 15%", "bring them down to 8 percent")."""
    for v in cl.verbs[:1]:
        for c in sdoc[v].children:
            if c.dep_ in {"prep", "prt"} and c.text.lower() in {"to", "down"}:
                span = sdoc[c.i:min(hi, c.right_edge.i + 3)].text
                if re.match(r"^(?:down\s+)?to\s+(?:about\s+)?\d", span, re.I):
                    return True
    return False


def _across_countries(sdoc, lo: int, hi: int) -> bool:
    """ "much higher tariffs on other countries", "higher than Japan's": a comparison of levels
    across countries, not a change."""
    return bool(re.search(r"\b(?:other|many)\s+(?:countries|nations|partners|economies)\b|\bthan\b",
                          sdoc[lo:hi].text, re.I))


def _brought_to(sdoc, cl: Clause, hi: int) -> str | None:
    """ "bringing the total levies above 27%", "could bring duties up to 34.6%" -> raise;
    "bring them down to 8 percent", "the cut brings the rate to 47%" -> cut."""
    for v in cl.verbs[:1]:
        if sdoc[v].text.lower() not in tariff_words.BRING_VERBS:
            continue
        after = sdoc[v:min(hi, v + 14)].text.lower()
        if re.search(r"\b(?:down\s+to|below)\s+(?:about\s+)?\d", after):
            return "cut"
        if any(c.dep_ == "nsubj" and c.lower_ in tariff_words.CUT_NOUNS for c in sdoc[v].children):
            return "cut"
        if re.search(r"\b(?:up\s+to|above|to)\s+(?:about\s+|nearly\s+)?\d", after):
            return "raise"
    return None


def _standing(sdoc, cl: Clause) -> bool:
    """A measure in force before the story, named without a change: "the current
    countervailing duties", "remaining reciprocal tariffs", "still applies"."""
    a, h = sdoc[cl.anchor], sdoc[cl.head_noun]
    if any(c.dep_ in {"amod", "advmod"} and c.text.lower() in STANDING for c in list(a.children) + list(h.children)):
        return True
    if h.text.lower() in {"order", "orders"} and h.i != a.i and not any(c.text.lower() == "new" for c in h.children) \
            and not any(IMPOSE.match(sdoc[v].text.lower()) for v in cl.verbs[:1]):
        return True  # "the antidumping duty order on lumber", named under review: a standing order
    return any(c.dep_ == "advmod" and c.text.lower() == "still" for v in cl.verbs[:1] for c in sdoc[v].children)


def classify(sdoc, cl: Clause, lo: int, hi: int, clause_text: str) -> str:
    """The action of the mention whose clause is `cl`."""
    return classify_cued(sdoc, cl, lo, hi, clause_text)[0]


def classify_cued(sdoc, cl: Clause, lo: int, hi: int, clause_text: str) -> tuple[str, bool]:
    """The action and whether a cue named it (False: "impose" only because nothing else applied,
    as for a bare later reference, "the new tariffs")."""
    action = _classify(sdoc, cl, lo, hi, clause_text)
    return (action, True) if action != BY_DEFAULT else ("impose", False)


BY_DEFAULT = "impose (no cue)"


@dataclass
class _Cues:
    """The words around one measure that say what is done with it: `words` on the measure
    (its cue tokens, participles and "of" nouns), `verb_words` its governing verbs, `near` a
    window around the tariff word, `up` the words above it in the tree, `far` a second verb."""
    words: list[str]
    verb_words: list[str]
    near: list[str]
    up: list[str]
    far: list[str] = field(default_factory=list)


def _classify(sdoc, cl: Clause, lo: int, hi: int, clause_text: str) -> str:
    h = sdoc[cl.head_noun]
    if h.i != cl.anchor and PROPOSE.match(h.text.lower()):
        return "propose"  # "the tariff proposals", "a tariff bill"
    cues = _cues(sdoc, cl, lo, hi)
    if any(THREATEN.match(w) for w in cues.words + cues.near + cues.up) or re.search(r"\bthreat", _harm_dropped(clause_text), re.I) \
            or ULTIMATUM.search(sdoc[lo:hi].text):
        return "threaten"
    special = _special_action(sdoc, cl, lo, hi)
    if special:
        return special
    if cl.direct and len(cl.verbs) > 1 and _completes(sdoc[cl.verbs[0]], cl.verbs[1]):
        cues.far = [sdoc[cl.verbs[1]].text.lower()]  # "agreed to forego", "waived its right to impose"
    cues.words += _relative_change_words(sdoc, cl)
    if _across_countries(sdoc, lo, hi):
        cues.words = [w for w in cues.words if w not in {"higher", "lower", "steeper"}]
    return _brought_to(sdoc, cl, hi) or _changed(sdoc, cl, lo, hi, cues) \
        or _exempted(cues, clause_text) or _planned(sdoc, cl, lo, hi, cues) \
        or _standing_or_named(sdoc, cl, clause_text, cues)


ADJUNCT_PREPOSITIONS = frozenset({"following", "after", "before", "since", "despite", "amid", "amidst",
                                  "because", "over", "against"})


def _completes(verb, outer: int) -> bool:
    """Whether `verb` completes the verb at `outer` ("agreed to forego", "waived its right to
    impose"), rather than sitting in one of its adjuncts ("sought talks, following the decision to
    impose these tariffs", where seeking says nothing about the tariffs)."""
    if verb.dep_ in {"xcomp", "ccomp", "pcomp"}:
        return True
    noun = verb.head
    return verb.dep_ == "acl" and not (noun.dep_ == "pobj" and noun.head.text.lower() in ADJUNCT_PREPOSITIONS)


THREAT_TO_INTERESTS = re.compile(
    r"\bthreat(?:en|ens|ened|ening|s)?\s+(?:to\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w.-]+\s+){0,2}"
    r"(?:security|industry|industries|jobs|economy|economies|interests|livelihoods|supply|supplies)\b", re.I)
"""Imports that "threaten national security" (Section 232) or a "threat to jobs": a danger to an
interest, not a tariff threat."""


def _harm_dropped(text: str) -> str:
    return THREAT_TO_INTERESTS.sub(" ", text)


def only_planned(sdoc, cl: Clause, lo: int, hi: int) -> bool:
    """Whether the measure is only proposed, whatever change it names ("approved the Commission's
    proposal to increase tariffs": a raise, and a proposal)."""
    return _planned(sdoc, cl, lo, hi, _cues(sdoc, cl, lo, hi)) == "propose"


def _cues(sdoc, cl: Clause, lo: int, hi: int) -> _Cues:
    h = sdoc[cl.head_noun]
    # a participle on the tariff noun: "the tariffs proposed by the U.S.", "duties imposed on"
    toks = cue_tokens(sdoc, cl, lo, hi) + [c for c in h.children if c.dep_ == "acl" and c.i > h.i]
    words = [t.text.lower() for t in toks] + _of_nouns(sdoc, cl, lo)
    verb_words = [sdoc[v].text.lower() for v in cl.verbs[:2]] if cl.direct else []
    near = [sdoc[j].text.lower() for j in range(max(lo, cl.anchor - 4), min(hi, cl.anchor + 3))]
    up = ancestor_words(sdoc, cl, lo, hi)[:4]
    if cl.verbs and any(c.text.lower() == "to" and c.dep_ == "aux" for c in sdoc[cl.verbs[0]].children):
        v = cl.verbs[0]  # "the U.S. Threat on Friday to impose tariffs": the noun the infinitive completes
        up += [sdoc[j].text.lower() for j in range(max(lo, v - 7), v)]
    if h.dep_ in {"nsubj", "nsubjpass"}:
        # "warned that the high tariffs could harm consumers": a warning about the tariff's effect
        up = []
        near = [w for w in near if not THREATEN.match(w)]
    return _Cues(words, verb_words, near, up)


def _changed(sdoc, cl: Clause, lo: int, hi: int, cues: _Cues) -> str | None:
    """raise, cut, lift, suspend or exempt, from the first change word on the measure."""
    words, verb_words = cues.words, cues.verb_words
    negated = any(t.dep_ == "neg" for v in cl.verbs[:1] for t in sdoc[v].children) or \
        bool(UNLIKELY.search(sdoc[lo:hi].text))
    for name in ("raise", "cut", "lift", "suspend", "exempt"):
        rx = CHANGE[name]
        if not any(rx.match(w) for w in words + cues.far):
            continue
        if name == "lift" and _to_level(sdoc, cl, hi):
            # "will drop to 15%": a lower level, not a removal; "lifting the rate to 30%": higher
            return "raise" if any(w.startswith("lift") for w in words + verb_words) else "cut"
        if name == "raise" and not any(rx.match(w) for w in words if w != "up"):
            continue
        if negated and name in {"lift", "cut", "suspend"} and any(rx.match(w) for w in verb_words):
            return "impose"
        if name == "lift" and _LIMITED_TIME.search(sdoc[max(lo, min(cl.start, cl.anchor - 8)):cl.end].text):
            return "suspend"  # a removal for a limited time is a suspension, not a lift
        return name
    return None


_LIMITED_TIME = re.compile(r"\buntil\b|\btemporar\w*|\bfor\s+(?:a|six|three|two|\d+)\s+\w*\s*(months?|years?|weeks?)", re.I)


def _exempted(cues: _Cues, clause_text: str) -> str | None:
    if any(EXEMPT.match(w) for w in cues.near) and "free" in clause_text.lower():
        return "exempt"
    return None


def _planned(sdoc, cl: Clause, lo: int, hi: int, cues: _Cues) -> str | None:
    """"propose" for measures proposed, expected, written into a bill, or under a modal."""
    heads = [sdoc[v] for v in cl.verbs[:1]]
    if heads and (heads[0].dep_ == "xcomp" or any(c.dep_ == "aux" and c.text.lower() == "to"
                                                   for c in heads[0].children)):
        heads.append(heads[0].head)  # "could lead it to impose duties": the modal sits one verb up
    has_modal = any(MODAL.match(c.text.lower()) for v in heads for c in v.children)
    subj_words = subject_words(sdoc, cl)[:8] if cl.direct else []
    if any(PROPOSE.match(w) for w in cues.words + cues.far + subj_words) or _only_expected(sdoc, cl) \
            or _decision_pending(heads) or _any_tariff(sdoc, cl):
        return "propose"
    if any(LEGISLATION.match(w) for w in ancestor_words(sdoc, cl, lo, hi, depth=8)):
        return "propose"  # "a bill that would force Reagan to impose tariffs" (a measure only written into a bill is proposed)
    if any(IMPOSE.match(w) for w in cues.verb_words) and has_modal:
        return "propose"
    return None


FUTURE_AUX = frozenset({"will", "shall", "would", "could", "may", "might", "must", "should", "'ll"})
DECISION_NOUNS = frozenset({"decision", "decisions", "call", "determination"})


def _decision_pending(heads: list) -> bool:
    """ "The ministry will take the final decision to impose the duty": a decision still to be
    taken leaves the measure proposed (a decision taken, "following the decision to impose", does not)."""
    if not heads or heads[0].dep_ != "acl" or heads[0].head.text.lower() not in DECISION_NOUNS:
        return False
    noun = heads[0].head
    return noun.dep_ == "dobj" and any(c.dep_ == "aux" and c.text.lower() in FUTURE_AUX for c in noun.head.children)


def _any_tariff(sdoc, cl: Clause) -> bool:
    """ "any further tariffs imposed", "retaliate against any tariffs": a tariff only supposed."""
    a, h = sdoc[cl.anchor], sdoc[cl.head_noun]
    return any(c.dep_ == "det" and c.text.lower() == "any" for c in list(a.children) + list(h.children))


def _standing_or_named(sdoc, cl: Clause, clause_text: str, cues: _Cues) -> str:
    """"state" for a rate in force, "impose" for one named as imposed, else the default."""
    if _standing(sdoc, cl):
        return "state"
    named = {w for w in cues.words if IMPOSE.match(w)}
    if named:
        return "impose" if named - {"new"} else BY_DEFAULT  # "the new tariffs": a reference
    a_end = sdoc[cl.anchor].idx + len(sdoc[cl.anchor].text) - sdoc[cl.start].idx
    local = clause_text[:max(0, a_end) + 60]
    if re.search(r"\b(in place|in force|in effect)\b", local, re.I):
        return "impose"
    if re.search(r"\b(unchanged|ranging|range|still|currently|already|stands? at|stood at|existing|present|"
                 r"remains? at|remained at)\b", local, re.I):
        return "state"
    if re.search(r"\b(is|are|was|were|remains?)\s+(?:now\s+)?(?:about\s+)?[\d.]+", local, re.I):
        return "state"
    return BY_DEFAULT
