"""Direction from the parse: the tense of the verb that governs a bare weekday or month.

The dates annotator needs no model, but when another annotator made the pipeline parse the
document (quotes and tariffs require the parser), `doc.spacy` carries that parse and costs
nothing more to read. The word cues of `tense.py` look at a window of words; the parse says
which verb the expression hangs on ("said he will begin talks on Friday": "on Friday" may hang
on "said" or on "begin"), and what auxiliaries that verb has. The parse decides only when it
gives a clear answer; otherwise (no verb, an infinitive, a plain present) the word cues decide.

With the parser alone (what `-a quotes` loads) tokens have dependency labels but no tags, so
a verb's own tense is read from its form (`tense.past_form`); with a tagger too, from its tag.
See docs/dates.md, "Direction".
"""

from __future__ import annotations

from typing import Any

from .tense import SCHEDULE_PRESENT, past_form

AUXILIARY_DIRECTION: dict[str, int] = {
    "will": 1, "'ll": 1, "wo": 1, "shall": 1,      # "the board will meet on Friday"
    "would": 1, "might": 1, "may": 1, "could": 1,  # "said it would vote on Tuesday"
    "had": -1, "'d": -1,                           # "talks had collapsed on Monday"
    "has": -1, "have": -1, "'ve": -1,              # "has spoken on Tuesday with ..."
    "did": -1,                                     # "did not return calls on Friday"
    "was": -1, "were": -1,                         # "was arrested on Sunday"
}
"""An auxiliary of the governing verb and where it points. A modal with "have" looks back
("would have voted on Tuesday"): the perfect wins, see `_from_auxiliaries`."""

PLAN_VERBS = frozenset({"planned", "planning", "plans", "plan", "scheduled", "schedules", "expected", "expects",
                        "slated", "arranged", "called", "set", "booked", "proposed", "due", "intended"})
"""Verbs of a plan: whatever their tense, the planned day may be ahead or behind, so the word
cues decide ("planned a rally on Saturday" in a Friday paper is tomorrow)."""

PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "be"})
"""A present "be" before -ing or a participle is a plan: "is meeting on Friday", "is scheduled for
Tuesday". ("be" after a modal: the modal has decided already.)"""

SCHEDULE_BASE = frozenset({w[:-1] for w in SCHEDULE_PRESENT if w.endswith("s") and not w.endswith("ss")}
                          | {"meet", "vote", "close", "leave", "arrive", "take", "come", "go"})
"""Base forms of the scheduled-event verbs; with a subject of their own they are a plural
present: "the two leaders meet on Monday" looks ahead."""

PREPOSITIONS_OF_THEIR_OWN = frozenset({"by", "until", "till", "through", "since", "before", "after", "ahead", "from",
                                      "into", "to", "as", "than"})
"""A preposition that carries its own direction ("by Friday", "since March", "ahead of the June
vote"): the word cues read it; the parse does not override it."""

VERB_CHILDREN = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "dative", "prt", "agent",
                           "xcomp", "ccomp", "expl", "neg"})
VERB_LABELS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "pcomp", "acl", "csubj"})
_CLIMB = 6  # at most this many heads between an expression and its verb


NOUN_LABELS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "poss", "appos", "attr"})


def _is_verb(token: Any, tagged: bool) -> bool:
    """A verb by its tag, else by its place in the tree: verb-only labels or dependents, or a
    past form that is not in a noun's place ("glossed over ... on Thursday" parsed as an adverb)."""
    if tagged:
        return token.tag_.startswith("VB") or token.tag_ == "MD"
    if token.dep_ in VERB_LABELS or any(child.dep_ in VERB_CHILDREN for child in token.children):
        return True
    return past_form(token.text) and token.dep_ not in NOUN_LABELS


class ParsedClauses:
    """Reads a spaCy `Doc` for the direction of the expression at a character span."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.tagged = doc.has_annotation("TAG")
        # per token, since many expressions climb to the same head (a run of dates under one
        # verb with thousands of dependents would otherwise read its children once per date)
        self._verbs: dict[int, bool] = {}
        self._directions: dict[int, int | None] = {}

    def direction(self, start: int, end: int) -> int | None:
        """+1 / -1 when the governing verb's auxiliaries or tense say so; None to let the word cues decide."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        verb = self._governing_verb(span)
        if verb is None:
            return None
        if verb.i not in self._directions:
            self._directions[verb.i] = self._verb_direction(verb)
        return self._directions[verb.i]

    def _is_verb(self, token: Any) -> bool:
        if token.i not in self._verbs:
            self._verbs[token.i] = _is_verb(token, self.tagged)
        return self._verbs[token.i]

    def _governing_verb(self, span: Any) -> Any | None:
        token = span.root
        for _ in range(_CLIMB):
            if token.dep_ == "prep" and token.lower_ in PREPOSITIONS_OF_THEIR_OWN:
                return None
            if token.dep_ == "poss" or token.head.i == token.i:
                return token if token.i not in range(span.start, span.end) and self._is_verb(token) else None
            token = token.head
            if self._is_verb(token):
                return token
        return None

    def _verb_direction(self, verb: Any) -> int | None:
        if verb.lower_ in PLAN_VERBS:
            return None  # "planned a rally on Saturday", "has scheduled a news conference Thursday"
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if not auxiliaries and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
            # "will travel to Paris and meet Macron on Friday": a conjunct shares its head's auxiliaries
            auxiliaries = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
        if auxiliaries:
            return _from_auxiliaries(verb, [a.lower_ for a in auxiliaries])
        return self._own_tense(verb)

    def _own_tense(self, verb: Any) -> int | None:
        """A verb with no auxiliary: past forms look back, a scheduled present looks ahead."""
        word = verb.lower_
        has_subject = any(c.dep_.startswith("nsubj") for c in verb.children)
        if self.tagged:
            if verb.tag_ == "VBD":
                return -1  # "the talks ended on Monday"
            if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "ROOT"):
                return -1  # "the deal signed on Monday"
            if verb.tag_ in ("VBZ", "VBP") and (word in SCHEDULE_PRESENT or word in SCHEDULE_BASE):
                return 1  # "the council meets on Thursday", "the ministers meet Monday"
            return None
        if past_form(verb.text) and (has_subject or verb.dep_ in ("acl", "relcl", "conj", "advcl")):
            return -1
        if word in SCHEDULE_PRESENT or (word in SCHEDULE_BASE and has_subject):
            return 1
        return None


def _from_auxiliaries(verb: Any, auxiliaries: list[str]) -> int | None:
    """Where a verb group points, from its auxiliaries: a perfect or past looks back, a modal or
    a present "be" plan looks ahead; "to" alone (an infinitive) is left to the word cues."""
    found = {AUXILIARY_DIRECTION.get(a) for a in auxiliaries} - {None}
    if -1 in found and any(a in ("had", "has", "have", "'ve", "'d") for a in auxiliaries):
        return -1  # "would have voted on Tuesday", "had been due to expire Friday"
    if 1 in found:
        return 1
    if -1 in found:
        return -1
    if any(a in PRESENT_BE for a in auxiliaries) and (verb.lower_.endswith("ing") or verb.tag_ in ("VBG", "VBN")
                                                      or past_form(verb.text)):
        return 1  # "is meeting on Friday", "the vote is scheduled for Tuesday"
    return None
