"""Reported speech: what each kind of cue reports, as content character spans.

A speech or cognition verb reports its clause ("said that …") or, failing that, the
clause it interrupts (", he said,") or its object; an object verb reports its object and
the verb's right-hand dependents ("criticized the deal in a speech"); an intention verb
its infinitive ("pledged to cut taxes"); a reporting noun its that-clause ("a report that
…"); "according to X" the rest of its sentence; "X put it bluntly:" the quotation after
the colon.
"""

from __future__ import annotations

import re

from spacy.strings import get_string_id

from ..lexicon import alternation
from ..lexicon.calendar import WEEKDAY_NAMES
from ..lexicon.datelines import AGENCY_DATELINE
from ..lexicon.function_words import MODAL_VERBS, SUBORDINATORS
from ..lexicon.speech import COMPLEMENT_ASK_VERBS, CLAUSE_FORMS, NOUN_PREP_CUES, OBJECT_FORMS, PARTICLE_CUES, XCOMP_FORMS
from ..lexicon.titles import TITLES_BEFORE_NAMES
from .parse import (Attribution, context_of, cue_span, fronted_subject, in_quote, left_name, minus, sentence_of,
                    subject_of, subtree_span, text_of)

_NOT_CUES = frozenset("""is are was were be been being 's 're has have had do does did make makes made
let lets get gets got go goes went help helps helped see sees saw seen mean means meant""".split())


MAX_GENERIC_SUBTREE = 400
"""A verb heading more tokens than this is not read as a generic cue: walking its children
costs the width of its subtree, which in a run of one phrase (no sentence ends) is the whole
document, once per verb. Real report clauses are far shorter."""


def generic_clause(tok) -> bool:
    """Any verb with a subject and a that-clause reports something ("Trump insisted that …")."""
    if tok.lower_ in _NOT_CUES or tok.right_edge.i - tok.left_edge.i > MAX_GENERIC_SUBTREE:
        return False
    subj = None
    comp = None
    for c in tok.children:
        if c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that", "there", "which"):
            subj = c
        if c.dep_ == "ccomp" and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            comp = c
    return subj is not None and comp is not None


def _inside_report(t, cue) -> bool:
    """The coordinated verb belongs to a clause reported by the cue ("said she was elated but
    still feared …"), not to the cue's own clause."""
    h = t.head
    while h.i != h.head.i and h.i != cue.i:
        if h.dep_ in ("ccomp", "xcomp") and h.head.i == cue.i:
            return True
        h = h.head
    return False


_CUT_DEPS = frozenset(get_string_id(dep) for dep in ("advcl", "conj"))


def cut_trailing_cue(sdoc, cue, piece: tuple[int, int], source=None) -> tuple[int, int]:
    """End a content before a trailing clause with its own cue: "he said X, arguing that Y"
    and "said X and warned Y" are two attributions, not one long content."""
    a, b = piece
    span = sdoc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return piece
    deps = context_of(sdoc).deps(sdoc)
    for k in range(max(span.start + 1, cue.i + 1), span.end):
        if deps[k] not in _CUT_DEPS:
            continue  # every test below wants an advcl or a conj
        t = sdoc[k]
        is_cue = t.lower_ in CLAUSE_FORMS or t.lower_ in OBJECT_FORMS
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        same_speaker = subj is not None and source is not None and (
            subj.lower_ in ("he", "she", "they") or subj.text == source.text)
        if (t.dep_ in ("advcl", "conj") and is_cue and t.lower_.endswith("ing")
                or t.dep_ == "conj" and t.head.i == cue.i
                or t.dep_ == "conj" and (same_speaker or is_cue and subj is None and not _inside_report(t, cue))):
            prev = sdoc[t.i - 1]
            if prev.text in (",", "and", "but") or prev.dep_ in ("advmod",):
                cut = t.left_edge.i
                while cut > span.start and sdoc[cut - 1].text in (",", "and", "but", "while"):
                    cut -= 1
                return a, min(b, sdoc[cut].idx)
    return piece


# clause verbs whose bare object is seldom reported content ("continued the tour",
# "knew the area", "posted a photo"): without a clause they only anchor quotations
_NO_OBJECT = frozenset("""continue maintain speak hope tweet post point consider feel expect
assume figure sense imagine realize realise recognize recognise suspect reckon guess read""".split())


def clause(tok, text: str) -> Attribution | None:
    """A speech/cognition verb: content is its ccomp, or the clause it interrupts."""
    cs, ce = cue_span(tok)
    att = Attribution(cs, ce, text[cs:ce], tok.i, subject_of(tok) or left_name(tok) or _inverted(tok)
                      or fronted_subject(tok))
    comps = [c for c in tok.children if c.dep_ == "ccomp"
             and "\n" not in text[min(c.idx, tok.idx):max(c.idx, tok.idx)]]
    if tok.lower_ in COMPLEMENT_ASK_VERBS:
        comps = comps or [c for c in tok.children if c.dep_ in ("xcomp",) and c.i > tok.i]
    if comps:
        for c in comps:
            att.pieces.append(_without_cue_time(_with_misread_subject(tok, c), text, ce))
        if att.source is not None:
            s = subtree_span(att.source)
            att.pieces = [q for p in att.pieces for q in minus(p, s)] if any(
                p[0] <= s[0] < p[1] for p in att.pieces) else att.pieces
        return att
    that = _that_clause_after(tok)
    if that is not None:
        att.pieces.append(subtree_span(that))
        return att
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == ":" or (ce < len(text) and text[ce:ce + 1] == ":"):
        att.colon = True
        return att
    head = tok.head
    if (tok.dep_ in ("ccomp", "parataxis", "advcl", "dep") and head.i != tok.i and att.source is not None
            and _parenthetical(tok)):
        host = subtree_span(head)
        mine = subtree_span(tok)
        as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        if host[0] < mine[0] or as_clause:  # "…, he said, …" and "As Trump put it, …"
            att.pieces = minus(host, mine)
            return att
    if att.source is not None and CLAUSE_FORMS.get(tok.lower_) not in _NO_OBJECT:
        obj = object_content(tok, text, att.source)
        if obj is not None:
            return obj
    if att.source is not None:
        report = _report_before_source(tok, text, att.source)
        if report is not None:
            att.pieces.append(report)
        return att  # a cue without content: may still attribute a neighbouring quotation
    return None


_THAT_CLAUSE_DEPS = frozenset(get_string_id(dep) for dep in ("relcl", "acl", "advcl"))
_THAT_CLAUSE_REACH = 12
"""A that-clause a cue without a complement reports starts fewer tokens than this after it."""


def _that_clause_after(tok):
    """The first token of the cue's subtree (in `Token.subtree` order) within the reach after
    it that heads a relative, adjectival or adverbial clause marked "that" ("said in a
    statement that …"), or None. The few tokens in reach are read from the arrays; the subtree
    is walked only when two of them qualify, to keep its order."""
    doc, ctx = tok.doc, context_of(tok.doc)
    deps, tree = ctx.deps(doc), ctx.tree(doc)
    found = [doc[k] for k in range(tok.i + 1, min(tok.i + _THAT_CLAUSE_REACH, len(doc)))
             if deps[k] in _THAT_CLAUSE_DEPS and tree.descends(k, tok.i)]
    found = [d for d in found if any(c.dep_ == "mark" and c.lower_ == "that" for c in d.children)]
    if len(found) <= 1:
        return found[0] if found else None
    wanted = {d.i for d in found}
    return next(d for d in tok.subtree if d.i in wanted)


_MIN_REPORT_WORDS = 4
_CLAUSE_AFTER_CUE = frozenset({"nsubj", "nsubjpass", "ccomp", "xcomp", "dobj", "conj", "advcl", "parataxis"})


def _report_before_source(tok, text: str, source) -> tuple[int, int] | None:
    """'DELHI, June 3 (Reuters) - India will impose duties from June 16, the ministry said.':
    in a sentence opened by an agency dateline, a closing "SOURCE said" after a comma reports
    the clause before the comma, though the parser, misled by the dateline, hung that clause on
    the place; the dateline is no part of it."""
    if tok.dep_ != "ROOT" or source.i >= tok.i:
        return None
    sent = sentence_of(tok)
    first = subtree_span(source)[0]
    comma = text.rfind(",", sent.start_char, first)
    if comma < 0 or text[comma + 1:first].strip():
        return None
    start = after_dateline(text, sent.start_char, comma)
    if start == sent.start_char:
        return None  # without a dateline the parse is to be trusted: it found no content
    words = [t for t in sent if start <= t.idx < comma]
    if len([t for t in words if t.is_alpha]) < _MIN_REPORT_WORDS or not any(_clause_subject(t, start, comma) for t in words):
        return None
    opening = words[0].lower_
    if opening in SUBORDINATORS or opening.endswith(("ed", "ing")) or any(
            t.dep_ == "mark" and t.lower_ in SUBORDINATORS for t in words):
        return None  # "When Congress cut funding, ...", "Asked to describe it, ...": no statement
    if any(t.dep_ in _CLAUSE_AFTER_CUE for t in sent if t.i > tok.i):
        return None  # the cue goes on to a content of its own ("..., Ackman said, adding ...")
    if in_quote(tok, start) or "\n" in text[start:comma]:
        return None
    return start, comma


def _clause_subject(tok, start: int, end: int) -> bool:
    """A subject whose verb lies in [start, end) too: the span holds a clause, not a phrase."""
    return tok.dep_ in ("nsubj", "nsubjpass") and start <= tok.head.idx < end


def after_dateline(text: str, start: int, end: int) -> int:
    """The offset after an agency dateline opening [start, end) ("OSLO, July 10 (Reuters) - "), else start."""
    m = AGENCY_DATELINE.match(text, start, end)
    return m.end() if m else start


_CUE_TIME = re.compile(
    r"(?:on\s+)?(?:(?:last|this|next)\s+)?(?:" + alternation(WEEKDAY_NAMES) + r"|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=[A-Za-z])(?!that\b|and\b|or\b|at\b|in\b|to\b|on\b|night\b)")
"""A time phrase right after a cue ("said on Tuesday it would", "said Monday the plan"): it dates
the saying, so it is no part of the content; a comma after it ("on May 2, the firm ...") keeps it."""


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _with_misread_subject(cue, comp) -> tuple[int, int]:
    """The clause a cue reports, with its subject when the parser hung that on the cue as an
    object: "warned the tariffs could hurt farmers" reads "the tariffs" as what was warned and
    "could hurt farmers" as a clause with no subject. A finite clause right after the cue's
    object, with no subject of its own, takes that object back."""
    a, b = subtree_span(comp)
    if any(c.dep_ in _SUBJECT_DEPS for c in comp.children) or not any(
            c.dep_ == "aux" and c.lower_ in MODAL_VERBS for c in comp.children):
        return a, b
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.right_edge.i + 1 == comp.left_edge.i), None)
    return (obj.left_edge.idx, b) if obj is not None else (a, b)


def _without_cue_time(piece: tuple[int, int], text: str, cue_end: int) -> tuple[int, int]:
    """The content without a time phrase that opens it right after the cue."""
    start, end = piece
    if start < cue_end or text[cue_end:start].strip():
        return piece
    m = _CUE_TIME.match(text, start, end)
    if m is None or len(text[m.end():end].split()) < 3:
        return piece
    return m.end(), end


_ON_VERBS = frozenset({"comment", "speak", "remark", "reflect", "elaborate", "weigh", "focus", "dwell", "touch"})


_LISTENER_VERBS = frozenset({"tell", "inform", "assure", "advise"})


def _inverted(tok):
    """'“…,” wrote a man calling himself Paul': after a quotation the speaker may follow
    the verb, and the parser may call it an object."""
    text = text_of(tok.doc)
    k = tok.idx - 1
    while k >= 0 and text[k] in " ,\u00a0":
        k -= 1
    if k < 0 or text[k] not in "\"”'’»":
        return None
    found = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "dative")), None)
    return found if found is not None else _titled_name_after(tok)


def _titled_name_after(tok):
    """ '“…,” said PM Keir Starmer.': the parser may tear a title and a name off the verb
    (the title as punctuation, the name as a sentence of its own); read them by position."""
    doc, k = tok.doc, tok.i + 1
    if k < len(doc) and doc[k].text.rstrip(".") in TITLES_BEFORE_NAMES:
        k += 1
    start = k
    while k < len(doc) and k - start < 4 and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == start or start == tok.i + 1:
        return None  # only after a title: a bare capitalised word may be the next sentence
    return doc[k - 1]


def _parenthetical(tok) -> bool:
    """A short speech tag set off from its host: ", he said," / ", police said." / "As X put it,".

    Longer ones are mostly misparses whose "host" is not what was said."""
    sub = list(tok.subtree)
    if len(sub) > 4:
        return False
    doc = tok.doc
    before = doc[sub[0].i - 1] if sub[0].i > 0 else None
    after = doc[sub[-1].i + 1] if sub[-1].i + 1 < len(doc) else None
    return (before is not None and before.text in (",", "—", "--", "(")) or (
        after is not None and after.text in (",", ".", "—", "--", ")", ";")) or sub[0].lower_ == "as"


def object_content(tok, text: str, subj=None) -> Attribution | None:
    """A verb whose object is the content: "called for a ban" (particle first), "criticized
    the deal in a speech" (object and the verb's right-hand dependents), "complained about
    the rules" (a prepositional object)."""
    lemma = OBJECT_FORMS.get(tok.lower_) or CLAUSE_FORMS.get(tok.lower_, "")
    parts = PARTICLE_CUES.get(lemma)
    subj = subj if subj is not None else subject_of(tok)
    if subj is None:
        return None
    kids = [c for c in tok.children if c.i > tok.i]
    if parts:
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in parts and c.i == tok.i + 1:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    cs, ce = tok.idx, c.idx + len(c)
                    return Attribution(cs, ce, text[cs:ce], tok.i, subj, [_rest(tok, objs[0])])
    if lemma not in _LISTENER_VERBS:
        for c in kids:
            if c.dep_ in ("dobj", "ccomp"):
                cs, ce = cue_span(tok)
                return Attribution(cs, ce, text[cs:ce], tok.i, subj, [_rest(tok, c)])
    for c in kids:
        if c.dep_ == "prep" and c.i <= tok.i + 2 and (c.lower_ in ("about", "against") or (
                c.lower_ in ("on", "of") and lemma in _ON_VERBS)):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                cs, ce = tok.idx, c.idx + len(c)
                return Attribution(cs, ce, text[cs:ce], tok.i, subj, [subtree_span(objs[0])])
    return None


def that_clause(tok):
    """The that-clause of a noun ("the claim that taxes will rise"), or None."""
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("acl", "ccomp", "relcl", "appos") and any(
                g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children):
            return c
    return None


def noun(tok, text: str) -> Attribution | None:
    """'a New York Times report that …': the clause is the content, the possessor or the
    proper-noun modifier the source."""
    clause = that_clause(tok)
    if clause is None:
        return None
    src = next((c for c in tok.children if c.dep_ == "poss"), None)
    if src is None:
        names = [c for c in tok.children if c.dep_ == "compound" and c.text[:1].isupper()]
        src = names[-1] if names else None
    return Attribution(tok.idx, tok.idx + len(tok), tok.text, tok.i, src, [subtree_span(clause)])


def noun_prep(tok, text: str) -> Attribution | None:
    """'Trump's attacks on Clinton': the owner is the source, the object the content."""
    src = next((c for c in tok.children if c.dep_ == "poss"), None)
    if src is None:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in NOUN_PREP_CUES.get(tok.lower_, ()):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return Attribution(tok.idx, c.idx + len(c), text[tok.idx:c.idx + len(c)], tok.i, src,
                                   [subtree_span(objs[0])])
    return None


_HEDGES = frozenset({"seem", "appear"})


def xcomp(tok, text: str) -> Attribution | None:
    """'pledged to cut taxes': the infinitive complement is the content. "X seemed to
    imply …" is the writer's own hedge: the content has no source."""
    subj = subject_of(tok) or next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    pieces = []
    if XCOMP_FORMS.get(tok.lower_) in _HEDGES or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        # "is expected to win": nobody in the text holds the expectation, and what is
        # hedged is the subject with its infinitive ("Trump [seemed] to imply …")
        if subj.i < tok.i and subj.lower_ not in ("it", "there", "this", "that"):
            pieces.append(subtree_span(subj))
        subj = None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i:
            cs, ce = cue_span(tok)
            return Attribution(cs, ce, text[cs:ce], tok.i, subj, pieces + [subtree_span(c)])
    return None


_CONCESSIVE = frozenset({"although", "though", "while", "whereas", "as", "after", "before", "when", "because"})


def _rest(verb, obj) -> tuple[int, int]:
    """From the object to the end of the verb's right-hand dependents ("mocked Romney for
    not releasing his returns"), stopping before a coordinated clause."""
    end = obj.right_edge
    for c in verb.children:
        if c.i > obj.i and c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONCESSIVE for g in c.children):
            break  # "reported no arrests, although 55 people were cited": the writer's aside
        if c.i > obj.i and c.dep_ in ("prep", "advcl", "xcomp", "npadvmod", "dative", "oprd", "ccomp", "advmod"):
            if c.right_edge.i > end.i:
                end = c.right_edge
        elif c.i > obj.i and c.dep_ in ("cc", "conj"):
            break
    left = obj.left_edge
    return left.idx, end.idx + len(end)


def reportedly(tok, text: str) -> Attribution | None:
    """'Trump reportedly told donors …': the clause the adverb modifies, with no source."""
    head = tok.head
    if head is tok or tok.dep_ != "advmod":
        return None
    span = subtree_span(head)
    cs, ce = tok.idx, tok.idx + len(tok)
    sent = sentence_of(tok)
    a, b = max(span[0], sent.start_char), min(span[1], sent.end_char)
    return Attribution(cs, ce, tok.text, tok.i, None, minus((a, b), (cs, ce)))


def according(tok, text: str) -> Attribution | None:
    """'according to X': X is the source and the rest of the sentence the content."""
    to = tok.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    src = objs[0] if objs else None
    phrase_end = to.idx + len(to)
    if src is not None:
        r = src.right_edge
        phrase_end = r.idx + len(r)
    sent = sentence_of(tok)
    pieces = minus((sent.start_char, sent.end_char), (tok.idx, phrase_end))
    cs, ce = tok.idx, to.idx + len(to)
    return Attribution(cs, ce, text[cs:ce], tok.i, src, pieces)


def colon_attribution(sdoc, pos: int) -> Attribution | None:
    """'The chief executive put it bluntly: “…”': the clause before a colon (or a comma,
    for a named or pronoun subject) that opens a quotation attributes it to its subject,
    whatever its verb."""
    text = text_of(sdoc)
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] not in ":,":
        return None
    comma = text[k] == ","
    colon = sdoc.char_span(k, k + 1, alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None
    verb = sdoc[colon.start - 1]
    if verb.text[:1].isupper():
        return None  # "Ted Cruz:" is a name label, handled by the caller
    for _ in range(4):
        if verb.dep_ in ("ROOT", "ccomp", "conj", "parataxis") and subject_of(verb) is not None:
            break
        if verb.head is verb:
            break
        verb = verb.head
    subj = subject_of(verb)
    if subj is None or subj.i > colon.start:
        return None
    if comma and (verb.i > colon.start or "\n" in text[subj.idx:k] or not (
            subj.text[:1].isupper() or subj.lower_ in ("he", "she", "they"))):
        return None  # "Capito called over her shoulder, “…”" — a person speaking, on this line
    return Attribution(verb.idx, verb.idx + len(verb), verb.text, verb.i, subj, [], colon=True)
