"""Which way a bare weekday or month points: back (-1), forward (+1) or unknown (0).

News reports the past, so most bare weekdays look back. The cue is the verb group nearest
the expression in its sentence: "met on Thursday" looks back, "will meet on Thursday" looks
forward. Without a parser we read word cues: modals and plans ahead, past-tense forms behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import calendar as lx
from ..lexicon.calendar import MONTH_ABBREVIATIONS
from ..lexicon.speech import CLOSING_ATTRIBUTION_VERBS, REPORTED_FUTURE_VERBS

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d[\d.,:/]*\d|\d|[.;:!?](?=\s|$)|\n\s*\n")

_ABBREV = frozenset({m.lower() for m in MONTH_ABBREVIATIONS} | {"mr", "mrs", "ms",
                     "dr", "st", "gen", "sen", "rep", "gov", "inc", "corp", "co", "ltd", "jr", "sr", "u", "s",
                     "no", "lt", "col", "sgt", "capt", "prof", "ft", "mt", "vs"})
"""Words whose dot is an abbreviation, not a sentence end ("Sept. 14", "Mr. Smith"); so is a single
letter's ("5 p.m. on Friday", "John F. Kennedy")."""


def _tokens(text: str, start: int, end: int) -> list[str]:
    """Words, numbers and sentence breaks of text[start:end], abbreviation dots dropped."""
    words = _WORD.findall(text, start, end)
    if "." not in words:
        return words  # no dot to weigh: the common case, read in one pass
    out: list[str] = []
    for w in words:
        if w == "." and out and (out[-1].lower() in _ABBREV or len(out[-1]) == 1 and out[-1].isalpha()):
            continue
        out.append(w)
    return out


def crosses_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a sentence end or a paragraph break ("Aug. 1." does not end
    one at its abbreviation dot; "... on Aug. 1. Shares fell" does at the last dot)."""
    return any(w in (".", "!", "?") or w.startswith("\n") for w in _tokens(text, start, end))


_PLAN_WORDS = frozenset({"planning", "expected", "scheduled", "due", "set", "slated"})
_CLOSE_QUOTE = re.compile(r"''|\"|”|’’")


def _mark_plans(words: list[str]) -> list[str]:
    """ "was planning", "were due", "are set for": a form of "be" before a plan word looks ahead,
    so it reads as "will"."""
    out = list(words)
    if _PLAN_WORDS.isdisjoint(map(str.lower, words)):
        return out  # no plan word: the common case, read in one pass
    for i in range(len(out) - 1):
        if out[i].lower() in ("was", "were", "is", "are", "'re", "'s") and out[i + 1].lower() in _PLAN_WORDS:
            out[i], out[i + 1] = "will", "_"
    return out

FUTURE_CUES = frozenset({
    "will", "'ll", "shall", "going", "plans", "plan", "planning", "scheduled", "schedule",
    "expects", "expect", "expected", "due", "upcoming", "next", "intends", "intend", "aims",
    "hopes", "hope", "tomorrow", "won't", "wo", "slated", "to", "planned", "soon",
    "would", "might", "may", "begin", "starting", "beginning", "effective",
    "deadline", "prepare", "preparing", "await", "awaiting", "later", "upcoming", "payable",
    "expire", "expires", "effect", "see", "sees", "predict", "predicts", "anticipate", "anticipates",
})
"""Words that point forward. "to" counts: an infinitive ("to meet on Friday") looks ahead; so do
the present verbs of a forecast ("markets now see the first cut in September", "analysts predict
a rebound in March")."""

SCHEDULE_PRESENT = frozenset({
    "meets", "convenes", "reconvenes", "gathers",
    "votes", "opens", "begins", "starts", "resumes", "launches", "kicks", "closes", "ends",
    "travels", "heads", "arrives", "visits", "hosts", "returns", "departs", "leaves", "sits",
    "faces", "decides", "rules", "hears", "testifies", "lands", "expires", "takes", "goes", "comes",
    "unveils", "releases", "publishes", "announces", "delivers", "plays", "debates", "runs",
    "names", "shuts", "reopens", "concludes", "finishes", "falls",
})
"""Present-tense verbs of a scheduled event: "the council meets on Thursday", "the rule takes
effect Friday", "the warning runs from 9am on Thursday", "Thanksgiving falls on Thursday" look ahead. (The past forms, "met", "resumed", look back.) Only the -s forms: a
base form is too often an infinitive ("to meet demand into the summer")."""

SCHEDULE_BASE = frozenset({"meet", "convene", "reconvene", "gather", "travel", "testify", "depart", "resume",
                           "arrive", "go", "open", "face", "host", "play", "vote",
                           "reopen", "end", "begin", "restart", "finish"})
"""Base forms of scheduled-event verbs that are seldom nouns: with a plural subject they are the
present of a plan ("He and his rival meet Monday", "the ministers travel to Rome on Friday") and
look ahead, unless a word before them takes the tense (`_BASE_TAKERS`: "failed to meet on
Monday", "did not meet on Monday"). "go" and "open" too: "tickets go on sale on Tuesday",
"preorders open on Friday" ("was open on Monday", "stayed open" are adjectives); "end", "begin",
"reopen": "the Games end on Sunday", "schools reopen on Monday" ("the end on Sunday" is the noun)."""

_HEADING_TO = frozenset({"to", "for", "into", "back", "home", "off", "out", "north", "south", "east", "west"})
_RESULTS = frozenset({"results", "earnings", "first", "second", "third", "fourth", "quarterly", "annual", "full",
                      "half", "its", "their"})

SCHEDULE_BEFORE: dict[str, frozenset[str]] = {"head": _HEADING_TO, "reports": _RESULTS, "posts": _RESULTS}
"""Verbs that are the present of a plan only before certain words, being nouns elsewhere:
"voters head to the polls on Tuesday" ("the IMF head said on Monday"), "the company reports
third-quarter earnings on Wednesday" ("media reports on Monday said")."""

_BASE_TAKERS = frozenset({"to", "did", "didn't", "not", "never", "n't", "could", "couldn't", "would", "wouldn't",
                          "should", "must", "can", "cannot", "can't", "may", "might", "will", "'ll", "shall",
                          "do", "does", "don't", "doesn't", "let", "help", "helped", "make", "made", "had",
                          "is", "are", "was", "were", "be", "been", "being", "stay", "stays", "stayed", "remain",
                          "remains", "remained", "keep", "keeps", "kept"})

WEAK_FUTURE = frozenset({"to", "would", "might", "may", "later", "deadline", "begin", "beginning", "starting"})

_TO_STRONG = frozenset({"is", "are", "am", "was", "were", "going", "plans", "plan", "planned", "expected", "scheduled",
                        "due", "set", "slated", "hopes", "intends", "wants", "agreed", "able", "likely", "prepared", "ready"})

PAST_CUES = frozenset({
    "said", "says", "was", "were", "had", "did", "met", "told", "went", "came", "took",
    "made", "gave", "saw", "held", "left", "began", "won", "lost", "fell", "rose", "sold",
    "bought", "paid", "struck", "spoke", "wrote", "ran", "found", "got", "brought", "kept",
    "led", "fled", "sent", "spent", "thought", "felt", "knew", "became", "broke", "chose",
    "drove", "flew", "forgot", "grew", "hung", "ate", "shot", "stood", "swore",
    "taught", "threw", "understood", "woke", "wore", "agreed", "ago", "last", "earlier",
    "since", "has", "have", "been", "ended", "closed", "reported", "announced", "posted",
    "traded", "overnight", "yesterday", "previous", "past", "recently", "dropped",
    "added", "declined", "gained", "killed", "tore", "fought", "caught", "sought", "stole", "sank", "drew",
    "rode", "arose", "dealt", "meant", "built", "lent", "swept", "fed", "bled",
})

NON_VERB_ED = frozenset({"red", "bed", "need", "speed", "seed", "feed", "led", "indeed", "hundred", "shed", "wed", "bred",
                         "unspecified", "undisclosed", "unnamed", "unidentified", "unexpected", "unprecedented",
                         "unscheduled", "unconfirmed", "unannounced", "unresolved", "unrelated"})
"""Words in -ed that are no past tense: nouns ("speed"), and adjectives of "un-" with no verb
("a still unspecified date in January", "an undisclosed sum")."""


_FILLERS = frozenset({"at", "least", "the", "latest", "earliest", "no", "not", "later", "earlier", "than", "sometime",
                      "on", "in"})

_RUN_INTO = frozenset({"runs", "run", "running", "extends", "extend", "extending", "stretches", "stretch", "lasts",
                       "last", "lasting", "continue", "continues", "continuing", "spill", "spills", "carry", "carries"})
"""Verbs that carry a plan forward "into" a later time."""

_DONE_OR_NOT = frozenset({"failed", "refused", "declined", "managed", "tried", "attempted", "neglected",
                          "forgot", "hesitated", "rushed", "scrambled"})
"""Past verbs whose infinitive happened (or failed to) when they did: "failed to vote on
Monday", "refused to meet in March" look back, unlike "agreed to meet on Monday"."""

_TO_NOT_AHEAD = frozenset({"contrast", "compared", "comparison", "similar", "prior", "up", "according", "due",
                           "thanks", "relative", "back", "down", "close", "closer", "next"})

_NOT_VERB = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our",
                       "be", "date", "around", "about", "as", "more", "less", "nearly", "some"})


def past_form(word: str) -> bool:
    """A past tense or participle by its form: "met", "said", "wrapped" ("red", "need" are not)."""
    lw = word.lower()
    if lw in PAST_CUES and lw not in ("says", "has", "have", "since", "ago", "last", "earlier", "overnight",
                                       "yesterday", "previous", "past", "recently"):
        return True
    return _ed_form(lw) and word[:1].islower() and len(lw) > 4


def _ed_form(lw: str) -> bool:
    """Whether a lower-case word in -ed reads as a past form: not a listed noun or adjective, and
    not a verb whose stem ends in -eed ("exceed", "succeed", "proceed"), which only a stem in -ee
    makes past ("agreed", "freed", "guaranteed", "refereed")."""
    if not lw.endswith("ed") or lw in NON_VERB_ED:
        return False
    return not lw.endswith("eed") or lw.endswith(("reed", "teed", "eeed"))


def _cue(word: str) -> int:
    lw = word.lower()
    if lw in FUTURE_CUES or lw in SCHEDULE_PRESENT:
        return 1
    if lw in PAST_CUES:
        return -1
    if len(lw) > 4 and word[0].islower() and _ed_form(lw):
        return -1
    return 0


_COMPARED_PLANS = frozenset({"planned", "expected", "scheduled", "forecast", "hoped", "intended"})
"""Plan words that, after "than" or "as", compare an outcome with the plan and give no tense of
their own: "rose more than expected on Monday", "went ahead as planned on Monday"."""

_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that"})

_AHEAD_NOUNS = frozenset({"deadline", "next", "upcoming"})
"""Cue words that are nouns, so a determiner before them does not make them adjectives: "the
deadline is midnight on Friday" looks ahead (a past verb nearer, "the deadline passed on
Friday", still looks back). So are "next" and "upcoming", which point ahead after a
determiner too: "the next review is in June", "the upcoming vote on Tuesday"."""


_NOT_A_TIMETABLE = frozenset({"there", "it", "that", "this", "what"})
"""Words before "is" that make "is on Friday" no timetable ("it is on Friday that ...")."""

_REPORTING = frozenset(REPORTED_FUTURE_VERBS)
_SAID = frozenset(v for v in REPORTED_FUTURE_VERBS if v != "says")
"""Past reporting verbs right before the expression ("said on Wednesday", "announced Friday"):
the day of the saying, behind us whatever the reported clause's tense (a passive still to come,
"will be announced on Friday", is not one)."""


def _reported_future(words: list[str], dist: int) -> bool:
    """ "said it would consider its options on Thursday": "would" right after a reporting verb is
    the future of what was said, as strong as "will". `words` run right to left."""
    return words[dist].lower() == "would" and any(w.lower() in _REPORTING for w in words[dist + 1:dist + 6])


_EFFECT_TAKEN = frozenset({"took", "taken", "came", "went", "entered"})


def _effect_taken(words: list[str], dist: int, reverse: bool) -> bool:
    """ "effect" after a past verb ("took effect", "came into effect"): the start is behind us."""
    if words[dist].lower() != "effect":
        return False
    before = [words[i].lower() for i in ((dist + 1, dist + 2) if reverse else (dist - 1, dist - 2))
              if 0 <= i < len(words)]
    if not before:
        return False
    return before[0] in _EFFECT_TAKEN or (before[0] == "into" and len(before) > 1 and before[1] in _EFFECT_TAKEN)


_BARE_BE = frozenset({"be", "being"})
"""A participle after these is a passive whose tense is the auxiliary's ("will close in March
and be demolished", "to be replaced in June", "being rebuilt"), no past of its own."""

_HAVE = frozenset({"has", "have"})
_PERFECT_GAP = frozenset({"not", "never", "already", "also", "just", "now", "since", "recently", "yet", "still", "n't"})


def _perfect(words: list[str], dist: int, reverse: bool) -> bool:
    """Whether "has"/"have" at `dist` opens a perfect ("has started", "have not yet met"), the only
    reading in which it looks back; "has no estimate", "have a meeting" are the present."""
    step = -1 if reverse else 1
    j = dist + step
    while 0 <= j < len(words) and words[j].lower() in _PERFECT_GAP:
        j += step
    return 0 <= j < len(words) and (past_form(words[j]) or words[j].lower() in ("been", "had", "got", "gotten"))


def _causal_due(words: list[str], dist: int, reverse: bool) -> bool:
    """ "due to" before a determiner or possessive ("due to its August 15 share issue", "due to
    the strike"): because of, not a schedule ("is due to meet")."""
    if words[dist].lower() != "due":
        return False
    step = -1 if reverse else 1
    after = [words[j].lower() for j in (dist + step, dist + 2 * step) if 0 <= j < len(words)]
    return len(after) == 2 and after[0] == "to" and after[1] in _DETERMINERS | {"his", "her", "our", "your", "these", "those"}


def _plan_present(words: list[str], dist: int, reverse: bool) -> int:
    """+1 for a scheduled-event base form whose tense no word before it takes ("the two leaders
    [meet] on Monday"), or for a verb of `SCHEDULE_BEFORE` before one of its words, else 0."""
    lw = words[dist].lower()
    if lw not in SCHEDULE_BASE and lw not in SCHEDULE_BEFORE:
        return 0  # most words: neither kind of verb
    k = dist - 1 if reverse else dist + 1
    after = words[k].lower() if 0 <= k < len(words) else ""
    if lw not in SCHEDULE_BASE and after not in SCHEDULE_BEFORE.get(lw, ()):
        return 0
    if not reverse and dist == 0:
        return 0  # "before the December [vote]": a noun the expression qualifies
    j = dist + 1 if reverse else dist - 1
    before = words[j].lower() if 0 <= j < len(words) else ""
    return 0 if before in _BASE_TAKERS or before in _DETERMINERS else 1


_NOT_TO_COME = frozenset({"not", "n't", "have", "'ve", "never", "hardly", "barely", "only"})


def _could_come(words: list[str], dist: int, reverse: bool) -> int:
    """ "winds could return over the weekend": "could" before a bare verb is a possibility still
    to come (1); "could not attend on Friday", "could have ended on Monday" give no cue (0)."""
    if words[dist].lower() != "could":
        return 0
    k = dist - 1 if reverse else dist + 1
    return 1 if 0 <= k < len(words) and words[k].isalpha() and words[k].lower() not in _NOT_TO_COME else 0


def _scan(words: list[str], limit: int, reverse: bool) -> list[tuple[int, int, bool]]:
    """(distance, cue, weak) for each cue word, nearest first, stopping at a sentence end.

    `reverse`: the words run right-to-left (left context), so the word before w is words[i+1].
    A cue after a determiner is an adjective ("a planned visit") and does not count.
    """
    out: list[tuple[int, int, bool]] = []
    for dist, w in enumerate(words[:limit]):
        if w in ".;:!?" or "\n" in w:
            break
        c = _cue(w) or _plan_present(words, dist, reverse) or _could_come(words, dist, reverse)
        if not c:
            continue  # no cue word (most words): nothing below can make it one
        lw = w.lower()
        j = dist + 1 if reverse else dist - 1
        if 0 <= j < len(words) and words[j].lower() in _DETERMINERS and lw not in _AHEAD_NOUNS:
            continue
        if _after_determiner_adverb(words, dist, reverse):
            continue  # "the hastily planned trip": an adjective too
        k = dist - 1 if reverse else dist + 1
        if lw == "next" and 0 <= k < len(words) and words[k].lower() == "to":
            continue  # "next to", a preposition
        if lw == "next" and 0 <= k < len(words) and _names_a_time(words[k]):
            continue  # "raised its forecast for next year to 3.1% on Tuesday": another expression's word
        if _causal_due(words, dist, reverse):
            continue  # "due to its August 15 issue": because of, no plan
        if _plan_noun(words, dist, reverse):
            continue  # "set aside her vacation plans for the trip": the noun, no plan
        if lw == "last" and 0 <= j < len(words) and words[j].lower() in lx.COMPARISON_MARKERS:
            continue  # "on Black Friday, up 5% from last year": the point compared with, no tense
        if lw in _COMPARED_PLANS and 0 <= j < len(words) and words[j].lower() in ("than", "as"):
            continue  # "rose more than expected on Monday", "went ahead as planned": a comparison
        if lw in ("earlier", "later") and 0 <= k < len(words) and words[k].lower() == "than":
            continue  # "in April, three months earlier than usual": a comparison, no tense
        if c > 0 and not reverse and dist == 0 and lw in _COMPARED_PLANS and words[k:k + 1] and \
                words[k].lower() in _DETERMINERS:
            c = -1  # "a judge on Wednesday scheduled a hearing": the clause's past verb, no plan
        if c < 0 and lw in _HAVE and not _perfect(words, dist, reverse):
            continue  # "the company has no estimate": a possession, no tense
        if c < 0 and 0 <= j < len(words) and words[j].lower() in _BARE_BE and past_form(w):
            continue  # "will step down in April and be succeeded by": the auxiliary's tense, not past
        if c > 0 and _effect_taken(words, dist, reverse):
            c = -1  # "which took effect on Saturday", "came into effect in May"
        if c:
            weak = lw in WEAK_FUTURE and not (reverse and _reported_future(words, dist))
            out.append((dist, c, weak))
    return out


def _names_a_time(word: str) -> bool:
    """Whether a word names a unit or a calendar name ("year", "week's", "Friday", "June"), so
    that "next" before it belongs to an expression of its own and says nothing of another's tense."""
    base = word.lower().split("'")[0].rstrip(".")
    return base in lx.UNITS or base in lx.WEEKDAYS or base in lx.MONTHS or base in lx.SEASONS


def _after_determiner_adverb(words: list[str], dist: int, reverse: bool) -> bool:
    """Whether words[dist] follows a determiner and an adverb in -ly ("the hastily planned
    trip", "a newly announced date"): an adjective, no tense."""
    j, j2 = (dist + 1, dist + 2) if reverse else (dist - 1, dist - 2)
    if not (0 <= j < len(words) and 0 <= j2 < len(words)):
        return False
    adverb = words[j].lower()
    return adverb.endswith("ly") and len(adverb) > 4 and words[j2].lower() in _DETERMINERS


def _plan_noun(words: list[str], dist: int, reverse: bool) -> bool:
    """Whether words[dist] is "plans" or "plan" as a noun, told by the word after it
    (`lexicon.calendar.AFTER_PLAN_NOUN`, or a punctuation mark): "her vacation plans for the
    trip" is no plan still to come; "plans to meet" is."""
    if words[dist].lower() not in ("plans", "plan"):
        return False
    k = dist - 1 if reverse else dist + 1
    if not 0 <= k < len(words):
        return False
    nxt = words[k].lower()
    return nxt in lx.AFTER_PLAN_NOUN or not nxt[:1].isalnum()


@dataclass
class _Window:
    """The words around an expression: `left` nearest first, `right` in reading order, and
    `near` the first six left words lowercased, fillers ("at the latest", "on") dropped."""

    left: list[str]
    right: list[str]
    near: list[str]


_ATTRIBUTION_AFTER = re.compile(
    r"[^,.;:!?\n]{0,60}?(?P<comma>,)\s+(?:[\w.'’-]+\s+){0,4}?(?:" + "|".join(CLOSING_ATTRIBUTION_VERBS)
    + r")\b[^,;:\n]{0,30}(?:[.!?]|,\s{1,3}[a-z]{2,20}ing\b)", re.IGNORECASE)
"""An attribution that closes the sentence (", analysts warned."), or the clause before a participle
(", the minister said on Friday, ending weeks of talks"): the tense of the saying is not that of
what was said, so the right context stops at its comma."""

_NEXT_CLAUSE = re.compile(r",\s{1,3}(?:and|but|while|whereas)\b", re.IGNORECASE)
"""A comma and a conjunction after the expression open a clause with a verb of its own ("beat
them on Sunday night, and meet Austria on Saturday"): the right context stops there."""

_OWN_DATE_PHRASE = re.compile(r",\s{1,3}(?:effective|starting|beginning|from|until|through)\b", re.IGNORECASE)
"""A comma and a word that opens a phrase of another date after the expression ("announced the
tariffs on Wednesday, effective April 2"): nothing on the right is the expression's verb."""

_RELATIVE_OPENER = re.compile(r",\s+(?:which|who|whose)\b[^,.;:!?\n]*$", re.IGNORECASE)


def _in_relative_clause(text: str, start: int) -> bool:
    """Whether the expression sits in a relative clause set off by commas (", which took effect on
    Saturday, ..."): its verb is the clause's, and the main clause after the closing comma is not."""
    return bool(_RELATIVE_OPENER.search(text, max(0, start - 120), start))


_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose)\b[^,.;:!?\n]{1,100},(?!\d)", re.IGNORECASE)
"""A relative clause set off by commas right after the expression ("The summit in September,
which was postponed twice, will be held in Rome"): its verb is the clause's own, so the right
context is read after it."""


def window_at(text: str, start: int, end: int) -> _Window:
    """The words around the expression text[start:end], cut at its clause's edges: read once by
    `word_cue_in` and then `direction_in`."""
    left_words = _mark_plans(_tokens(text, max(0, start - 200), start))
    relative = _RELATIVE_AFTER.match(text, end, min(len(text), end + 120))
    if relative:
        end = relative.end()  # the right context opens after the relative clause
    right_end = min(len(text), end + 120)
    quote = _CLOSE_QUOTE.search(text, end, right_end)
    if quote:
        right_end = quote.start()  # the attribution after a quotation ("..., Castro said") is another clause
    attribution = _ATTRIBUTION_AFTER.match(text, end, right_end)
    if attribution:
        right_end = attribution.start("comma")  # "rates could rise in January, analysts warned"
    coordinated = _NEXT_CLAUSE.search(text, end, right_end)
    if coordinated:
        right_end = coordinated.start()  # "won on Sunday night, and meet Austria on Saturday": another verb
    if _in_relative_clause(text, start):
        comma = text.find(",", end, right_end)
        if comma >= 0:
            right_end = comma  # "The law, which comes into force in January, was passed": not its verb
    left = list(reversed(left_words))
    if _OWN_DATE_PHRASE.match(text, end, right_end) and len(_clause(left)) > 1:
        right_end = end  # "announced tariffs on Wednesday, effective April 2": that phrase has its own date
    near = [w.lower() for w in left[:6]]
    while near and near[0] in _FILLERS:
        near.pop(0)
    return _Window(left, _mark_plans(_tokens(text, end, right_end)), near)


def _immediate_cue(win: _Window, text: str, end: int) -> int | None:
    """ "as soon as Monday" and "no later than Monday" look ahead, and so does the subject of a
    modal after a verb of saying ("said Saturday would be the peak"); a possessive ("Thursday's
    decision") looks back."""
    if win.near[:2] in (["as", "soon"], ["as", "early"]):
        return 1
    if [w.lower() for w in win.left[:3]] in _NO_LATER_THAN:
        return 1  # "must respond no later than Friday": a deadline, like "by Friday"
    if win.near[:1] and win.near[0] in _SAID and win.right[:1] and win.right[0].lower() in _STILL_TO_COME:
        return 1  # "the airport said Saturday would be the busiest day": the subject of what is to come
    if win.right[:1] and win.right[0].startswith("'s") or text[end:end + 2] in ("'s", "’s"):
        return 1 if _future_before_possessive(win.left) else -1
    return None


_NO_LATER_THAN = (["than", "later", "no"], ["than", "later", "not"], ["than", "earlier", "no"], ["than", "earlier", "not"])
"""A deadline or a first possible day before the expression, right to left ("no later than June 30",
"not earlier than March"): it lies ahead whatever the verb's tense."""

_AWAITED = frozenset({"ahead", "upcoming", "awaiting", "await", "awaits"})
_EVENT_PREPS = frozenset({"in", "at", "for", "before", "until"})


def _future_before_possessive(left: list[str]) -> bool:
    """ "ahead of Friday's vote", "awaiting Friday's report", and "will" before a preposition of
    the event ("will face the champion in Sunday's final"): a possessive day is the one to come
    when these govern it with no past verb nearer ("will study Tuesday's vote" is no such case).
    `left` runs right to left, nearest first."""
    at_event = bool(left) and left[0].lower() in _EVENT_PREPS
    if "had" in _clause(left):
        return False  # "had squared positions ahead of Friday's vote": the Friday before
    for w in left[:7]:
        lw = w.lower()
        if w in ".;:!?" or "\n" in w or past_form(w):
            return False
        if lw in _AWAITED or at_event and lw in _FUTURE_AUXILIARIES:
            return True
    return False


def _range_or_comparison(near: list[str]) -> bool:
    """ "from Sept. 14 to Thursday", "in contrast to Thursday", "the year to March": a "to" that
    is no plan."""
    return near[:1] == ["to"] and ("from" in near[1:8] or bool(near[1:2]) and near[1] in _TO_NOT_AHEAD
                                   or _period_ending(near))


_PERIOD_WORDS = frozenset(lx.UNITS) | frozenset(lx.UNIT_PLURALS) | {"period"}


def _period_ending(near: list[str]) -> bool:
    """ "inflation hit 3% in the year to March", "the three months to September": a period named
    by the month it ends in (statistics copy), not a plan. "extended by 90 days to July 9" is
    an extension, still ahead: the period must open with "the"."""
    if len(near) > 2 and near[1] in _PERIOD_WORDS and (near[2].isdigit() or near[2] in lx.NUMBER_WORDS) and "by" not in near[3:5]:
        return True  # the wire's results tables: "6 mths to Dec 31", "nine months to March 31"
    return len(near) > 2 and near[1] in _PERIOD_WORDS and "the" in near[2:4] and "by" not in near[2:4]


_STILL_AHEAD = frozenset({"extended", "postponed", "delayed", "deferred", "adjourned", "suspended", "pushed",
                          "moved", "paused", "put", "set", "scheduled", "planned", "expected", "allowed",
                          "given", "granted", "closed", "frozen", "capped", "fixed", "locked"})
"""Past forms that push a time ahead ("postponed until Tuesday", "extended through June")."""

_PASSIVE_MODALS = frozenset({"would", "could", "might", "may", "should", "must"})
"""Modals before "be" and a participle: the passive is still to come ("would be paid in January",
"could be completed by March"), as strong a cue as "will"."""

_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall"})
"""Auxiliaries of the future: "will be announced", "had said it'll end", "shall be reviewed"."""
_STILL_TO_COME = _PASSIVE_MODALS | _FUTURE_AUXILIARIES
"""Words before "be" and a participle that leave the passive still to come."""

_NO_TENSE_BEFORE = frozenset({"be", "been", "being", "to", "will", "would", "must", "should", "can", "could",
                              "may", "might", "shall", "'ll"})


def _after_done(left: list[str]) -> bool:
    """ "after being found guilty on Friday", "after having signed it on Monday": a participle
    after "after being" / "after having" in the words just before the expression (nearest first)
    is an event already done, whatever the main clause's tense."""
    for i, w in enumerate(left[:10]):
        if w in ".;:!?," or "\n" in w:
            return False
        if i + 2 < len(left) and left[i + 1].lower() in ("being", "having") and left[i + 2].lower() == "after":
            return past_form(w) or w.lower() in PAST_CUES
    return False


def _compared_from(left: list[str]) -> bool:
    """ "down from 1.5% in the autumn", "up from 40% in March": the point a figure is compared with
    is behind, whatever the clause's verb ("expect"). `left` runs right to left, nearest first."""
    for i, w in enumerate(left[:8]):
        if w in ".;:!?" or "\n" in w:
            return False
        if w.lower() == "from" and i + 1 < len(left) and left[i + 1].lower() in ("up", "down"):
            return True
    return False


def _lasted(near: list[str]) -> bool:
    """ "held through Monday", "lasted until Friday": a past verb right before "through"/"until"
    says the stretch is over. Not a passive or infinitive ("must be kept until Friday") and not a
    verb that moves a date ahead ("postponed until Tuesday")."""
    return (len(near) > 1 and past_form(near[1]) and near[1] not in _STILL_AHEAD
            and not (len(near) > 2 and near[2] in _NO_TENSE_BEFORE))


def done_at(text: str, start: int, end: int) -> bool:
    """A past verb right before "in"/"on" and the expression ("was announced in April", "signed
    on May 2"): the event is over, however far back the month lies. Not a passive or infinitive
    ("will be announced in April") and not a verb that moves a date ahead ("postponed in April");
    a perfect passive is over too ("had been announced in April")."""
    left = [w.lower() for w in window_at(text, start, end).left[:5]]
    if left[2:4] in (["been", "had"], ["been", "has"], ["been", "have"]) and not _STILL_TO_COME & set(left[4:5]):
        left = left[:2]  # the perfect's "been" is no passive still to come
    return left[:1] in (["in"], ["on"]) and _lasted(left[:3])


_FIXING = frozenset({"set", "scheduled", "rescheduled", "slated", "fixed", "pencilled", "penciled", "booked"})
"""Verbs that fix a day for something ("set a hearing for", "scheduled the vote for")."""


def _fixed_for(near: list[str]) -> bool:
    """ "a trial date of Feb. 9", "set the hearing for March 9", "scheduled a vote for Friday":
    a day fixed for an event, which lies ahead even when the fixing is past. `near` runs right to
    left, nearest first."""
    if near[:2] == ["of", "date"]:
        return True
    return near[:1] == ["for"] and bool(_FIXING & set(near[1:4]))


def _preposition_cue(near: list[str]) -> int | None:
    """A word just before the expression that says the direction whatever the verb's tense."""
    if near[:1] in (["until"], ["till"], ["through"]) and _lasted(near):
        return -1  # "the ceasefire held through Monday", "the strike lasted until Friday"
    if near[:1] in (["by"], ["until"], ["till"], ["through"], ["payable"], ["effective"], ["to"]):
        return None if _range_or_comparison(near) else 1  # "by Friday", "effective Monday", "to Thursday"
    if near[:1] == ["since"]:
        return -1
    if near[:1] in (["is"], ["are"]) and not (len(near) > 1 and near[1] in _NOT_A_TIMETABLE):
        return 1  # "the final is on Saturday": the present of a timetable
    if _timetable_passive(near):
        return 1  # "the next change is announced in late May": a timetable's present passive
    if near[:1] and near[0] in _SAID and not (len(near) > 1 and near[1] in _NO_TENSE_BEFORE):
        return -1  # "said on Wednesday it would review the rates": the day of the saying
    if near[:2] == ["of", "ahead"]:
        return 1  # "ahead of the September meeting": still to come, whatever the clause's tense
    if _fixed_for(near):
        return 1  # "set a trial date of Feb. 9", "scheduled a hearing for Dec. 8": the day fixed lies ahead
    if near[:1] == ["into"] and near[1:2] and near[1] in _RUN_INTO:
        return 1  # "a timetable that runs into the autumn"
    if "now" in near[:3] and "and" in near[:2]:
        return 1  # "between now and March"
    return None


_IRREGULAR_PARTICIPLES = frozenset({"held", "paid", "made", "sold", "set", "shown", "given", "taken", "seen",
                                    "run", "sent", "built", "won", "brought", "known", "drawn", "sworn"})


def _timetable_passive(near: list[str]) -> bool:
    """ "is announced in late May", "are paid on Friday", "is sworn in on Jan. 3": a present
    passive right before the expression is a timetable and looks ahead (not "it is said on"; a
    past passive, "was announced", is over). `near` runs right to left, nearest first."""
    if len(near) < 2 or near[1] not in ("is", "are"):
        return False
    w = near[0]
    if len(near) > 2 and near[2] in _NOT_A_TIMETABLE:
        return False
    return w in _IRREGULAR_PARTICIPLES or (_ed_form(w) and len(w) > 4)


def word_cue(text: str, start: int, end: int) -> int | None:
    """The direction a word right at the expression gives, whatever the clause's verb
    (possessive, "as soon as", "by", "until", "since", "ahead of"), or None. A parse of the
    clause decides only when this is None (see `syntax.py`)."""
    return word_cue_in(window_at(text, start, end), text, end)


def word_cue_in(win: _Window, text: str, end: int) -> int | None:
    """`word_cue` of the expression ending at `end`, read from its words `win` (`window_at`)."""
    first = _immediate_cue(win, text, end)
    return first if first is not None else _preposition_cue(win.near)


def _clause(words: list[str]) -> list[str]:
    out = []
    for w in words[:8]:
        if w in ".;:!?" or "\n" in w:
            break
        out.append(w.lower())
    return out


def direction(text: str, start: int, end: int, window: int = 12) -> int:
    """-1 (past), +1 (future) or 0 (no cue) for the expression text[start:end].

    The nearest strong cue on either side wins (the left side first on a tie); weak cues
    ("to", "would") count only when close and no strong cue is found. "Thursday's decision"
    (a possessive weekday) reads as past; "as soon as" / "as early as" read as future.
    """
    return direction_in(window_at(text, start, end), text, start, end, window)


def direction_in(win: _Window, text: str, start: int, end: int, window: int = 12) -> int:
    """`direction` of text[start:end], read from its words `win` (`window_at`). It rewrites
    `win.left` as it reads ("to" before a verb becomes "will"): read `word_cue_in` first."""
    left, right_words, low_left = win.left, win.right, win.near
    first = _immediate_cue(win, text, end)
    if first is not None:
        return first
    clause, right_clause = _clause(left), _clause(right_words)
    if ("had" in clause or "had" in right_clause[:6]) and not (_FUTURE_AUXILIARIES & set(clause + right_clause)):
        return -1  # past perfect: "had been due to expire Friday", "Until Thursday, they had not"
    if _range_or_comparison(low_left):
        left[min(len(left), 6) - len(low_left)] = "_"
    prep = _preposition_cue(low_left)
    if prep is not None:
        return prep
    if _after_done(left):
        return -1  # "will be sentenced on 27 March after being found guilty on Friday": done before
    if _compared_from(left):
        return -1  # "expect growth of 1.1%, down from a forecast of 1.5% in the autumn": the point compared with
    # A passive participle ("will be paid", "to be completed") carries no tense of its own.
    if not _BARE_BE.isdisjoint(map(str.lower, left)):  # else no word pair below can be one
        for i in range(len(left) - 1):
            if (left[i].lower().endswith("ed") or left[i].lower() in PAST_CUES) and left[i + 1].lower() in _BARE_BE:
                left[i] = "_"
                if i + 2 < len(left) and left[i + 2].lower() in _PASSIVE_MODALS:
                    left[i + 2] = "will"  # "the split would be paid in January": a passive still to come
    to_at = [i for i, w in enumerate(left[:6]) if w.lower() == "to"]
    after_comma = _words_after_comma(text, start) if to_at else 0  # read only when a "to" asks
    for i in to_at:
        if i >= after_comma:
            break  # "hired advisers to try to sell itself, under a June agreement": another phrase
        if i + 1 < len(left) and left[i + 1].lower() in _DONE_OR_NOT:
            break  # "failed to vote on Monday": the verb before it says when
        verb_after = i > 0 and left[i - 1].isalpha() and left[i - 1].islower() and left[i - 1] not in _NOT_VERB
        if i + 1 < len(left) and _causal_due(left, i + 1, True):
            break  # "due to its August 15 issue": because of
        if _place_after_to(left, i) and not (i + 1 < len(left) and left[i + 1].lower() in _TO_STRONG):
            continue  # "ready to go to Baghdad this weekend": "to" a place; the infinitive lies further left
        if (i + 1 < len(left) and left[i + 1].lower() in _TO_STRONG) or verb_after:
            left[i] = "will"
        break
    cues = [(d, c, weak) for d, c, weak in _scan(left, window, True)]
    # A sentence that opens with the expression ("On Tuesday, the league plans to ...") has its verb
    # after the subject: read the whole clause to the right.
    right_limit = window if len(clause) <= 1 else window // 2
    cues += [(2 * d + 1, c, weak) for d, c, weak in _scan(right_words, right_limit, False) if not weak]
    strong = sorted(x for x in cues if not x[2])
    if not strong:
        # A long clause: the auxiliary that governs it may sit far back ("Delegations will gather in
        # Geneva from March 16 to 18, then again in June"; "it said the flights would leave on
        # Monday from March 30, with a third leaving from August 6").
        strong = sorted(x for x in _scan(left, 3 * window, True)
                        if x[0] >= window and (left[x[0]].lower() in ("will", "'ll", "shall", "won't")
                                               or _reported_future(left, x[0])))
    if strong:
        return strong[0][1]
    if _awaited(low_left):
        return 1
    weak = sorted(x for x in cues if x[2] and x[0] <= 3)
    return weak[0][1] if weak else 0


def _place_after_to(left: list[str], i: int) -> bool:
    """Whether "to" at left[i] (right to left, nearest first) is the preposition before a place
    or a noun phrase ("to Baghdad", "to the capital"), no infinitive."""
    if i == 0:
        return False
    after = left[i - 1]
    return after[:1].isupper() or after.lower() in _DETERMINERS


def _words_after_comma(text: str, start: int) -> int:
    """How many words lie between the last comma before the expression and the expression (a
    large number when there is no comma in the 200 characters before it)."""
    comma = text.rfind(",", max(0, start - 200), start)
    return len(_tokens(text, comma + 1, start)) if comma >= 0 else 10 ** 6


def _awaited(low_left: list[str]) -> bool:
    """ "want a deal before the December vote": with no past verb in the clause, a time something
    must happen before lies ahead. `low_left` is the left context, nearest first."""
    return low_left[:1] == ["before"]
