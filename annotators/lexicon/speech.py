"""Reporting cues: speech, writing and cognition verbs, cue nouns, media venues, pronouns.

Written by hand from English news usage. The main tables are lemmas; word forms come from a
small inflector rather than a lemmatizer, so the quotes annotator needs only the dependency
parser (no tagger, no lemmatizer). The short surface-form lists at the end are named
sub-lists for rules that match raw text (a regex before the parse, or a tariffs rule that
must not take the wider cue set): each says who reads it and why it is narrower.
"""

from __future__ import annotations

# Verbs whose clausal complement (ccomp) is what was said or thought.
SPEECH = """
say tell add note write report announce explain claim argue insist warn suggest acknowledge
admit declare state assert contend maintain recall respond reply answer predict promise pledge
vow testify tweet post comment remark observe stress emphasize emphasise repeat reiterate confirm
deny complain concede joke quip boast brag charge allege urge propose estimate reveal conclude
continue mention caution counter disclose lament muse proclaim retort shout speculate whisper
signal indicate show find inform speak reflect elaborate bark snap yell scream exclaim
plead beg gush marvel rail thunder chant sing assure advise contend point_out write_in tell_reporters
predict agree question wonder acknowledge threaten demand hint imply accuse blame ask read
""".split()
COGNITION = """
believe think feel know hope fear worry expect doubt understand assume consider suspect guess
reckon sense realize realise recognize recognise figure imagine remember learn
""".split()
# Verbs whose direct object is the reported content when they have no clause ("called
# for a ban", "criticized the deal"): attributions in news beyond speech proper.
OBJECT_CUES = """
call criticize criticise slam attack blast praise condemn cite describe mention propose
announce deny reject dismiss defend endorse support oppose question discuss promise pledge
unveil refuse express decline denounce mock issue tout offer congratulate highlight
remind thank welcome challenge slam share reveal release deliver laud liken outline detail link
chastise dispute reference promote rail comment advocate complain respond hail applaud decry lambast rebuke scold ridicule fault
blame target accuse urge encourage unleash document publish back prefer favor portray compare
quote coin champion email cheer boo seek refer talk focus apologize apologise react weigh vote
echo assail bemoan downplay trumpet retweet recommend deem label dub brand celebrate order identify
""".split()

_IRREGULAR = {
    "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "think": ["thought"],
    "feel": ["felt"], "know": ["knew", "known"], "find": ["found"], "show": ["showed", "shown"],
    "understand": ["understood"], "mean": ["meant"], "hear": ["heard"], "lead": ["led"],
    "sense": ["sensed"], "figure": ["figured"], "speak": ["spoke", "spoken"], "sing": ["sang", "sung"],
    "refer": ["referred", "referring"], "prefer": ["preferred", "preferring"],
    "seek": ["sought"], "blast": ["blasted"],
}


def _forms(lemma: str) -> set[str]:
    """Base, -s, -ed and -ing forms of a regular or irregular verb."""
    out = {lemma}
    out.update(_IRREGULAR.get(lemma, []))
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        out.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    if lemma not in _IRREGULAR or lemma in ("sense", "figure"):
        if lemma.endswith("e"):
            out.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            out.add(lemma[:-1] + "ied")
        elif lemma in ("admit", "quip", "regret", "commit"):
            out.add(lemma + "ted" if lemma != "quip" else "quipped")
        else:
            out.add(lemma + "ed")
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith(("ee", "ye")) else lemma
    if lemma in ("admit", "commit"):
        stem = lemma + "t"
    if lemma == "quip":
        stem = "quipp"
    out.add(stem + "ing")
    return out


def _table(lemmas: list[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in lemmas:
        head = entry.split("_")[0]
        for form in _forms(head):
            table.setdefault(form, head)
    return table


SPEECH_FORMS = _table(SPEECH)
COGNITION_FORMS = _table(COGNITION)
CLAUSE_FORMS = {**COGNITION_FORMS, **SPEECH_FORMS}
OBJECT_FORMS = _table(OBJECT_CUES)
# verbs that need a particle to count as object cues ("called for", "pointed to")
PARTICLE_CUES = {"call": {"for", "on"}, "point": {"to", "out"}, "refer": {"to"}, "talk": {"about"},
                 "focus": {"on"}, "apologize": {"for"}, "apologise": {"for"}, "react": {"to"},
                 "weigh": {"in"}, "vote": {"for", "against"}, "say": {"of", "about"},
                 "ask": {"about", "for"}, "respond": {"to"}, "speak": {"about", "of"},
                 "rail": {"against"}, "comment": {"on"}, "advocate": {"for"}, "worry": {"about"},
                 "complain": {"about"}}

# Words that make a following prepositional phrase part of the cue: "said in a statement",
# "wrote in a post on X", "said on social media", "told CNN in an interview".
VENUES = frozenset("""
statement post tweet tweets twitter x facebook instagram truth social media blog interview
letter email e-mail video speech op-ed oped column essay release briefing podcast broadcast
remarks radio television tv message posting thread
""".split())

# Documents that speak for whoever issued them: "according to a statement from the White
# House" gives the White House, "a letter by the minister" the minister (quotes.speakers).
ISSUED_DOCUMENTS = frozenset("""
statement statements release letter letters memo order decree proclamation notice filing
announcement communique communiqué post tweet message report notification
""".split())

PRONOUNS = {
    "he": "m", "him": "m", "she": "f", "her": "f", "i": "s", "me": "s", "we": "p", "us": "p",
    "they": "p", "them": "p", "it": "n", "who": "r", "which": "r", "that": "r", "you": "p",
    "his": "m", "their": "p", "its": "n", "my": "s", "our": "p",  # owners: "his attacks on …"
}

# Verbs whose infinitive complement is the reported intention or stance ("pledged to cut
# taxes", "refused to release his returns").
XCOMP_CUES = """
want plan pledge promise vow refuse decline agree threaten intend seek offer propose
urge vow aim insist decide seem appear expect
""".split()
XCOMP_FORMS = _table(XCOMP_CUES)

# Nouns whose that-clause is reported content ("a Times report that …", "his claim that …").
NOUN_CUES = frozenset("""
report reports statement statements claim claims assertion suggestion warning argument belief
promise pledge announcement admission allegation allegations accusation charge comment
comments remark remarks insistence assessment finding findings prediction estimate view
""".split())

# Nouns whose prepositional object is the content when the speaker owns them
# ("Trump's attacks on Clinton", "her support for the deal").
NOUN_PREP_CUES = {
    "attack": {"on"}, "attacks": {"on"}, "criticism": {"of"}, "support": {"for", "of"},
    "opposition": {"to"}, "endorsement": {"of"}, "questions": {"about"}, "concerns": {"about"},
    "comments": {"about", "on"}, "remarks": {"about", "on"}, "response": {"to"},
    "doubts": {"about"}, "praise": {"for"}, "call": {"for"}, "calls": {"for"},
}


# Surface forms for text-level rules (named sub-lists; see the module docstring).
INVERSION_VERBS: tuple[str, ...] = (
    "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "tweeted", "posted",
    "explained", "continued", "told",
)
"""Verbs that open or close a quote with the speaker beside them (quotes.join: '..." said Lee')."""

POSTING_VERBS: tuple[str, ...] = (
    "wrote", "writes", "posted", "posts", "tweeted", "tweets", "shared", "shares", "said", "says",
    "added", "declared", "announced", "messaged",
)
"""Verbs that introduce an embedded post: "she wrote on X:" and the post as its own paragraph
(quotes.posts)."""

SPEAKER_VERBS: tuple[str, ...] = (
    "said", "says", "told", "tells", "added", "adds", "explained", "recalled", "wrote", "asked",
)
"""Verbs whose subject shows a word is a speaker somewhere in the text (quotes.speakers)."""

COMPLEMENT_ASK_VERBS: frozenset[str] = frozenset({
    "asked", "asks", "ask", "asking", "urged", "urges", "warned", "told", "tells", "telling",
})
"""Speech verbs whose infinitive complement is the content ("urged them to leave") (quotes.indirect)."""

TARIFF_SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tell", "tells", "stated", "added", "noted", "reported",
    "commented", "explained", "argued", "believes", "believe", "believed", "thinks", "think", "thought",
    "informed", "informs", "announced", "announces", "insisted", "insists", "maintained", "maintains",
)
"""Speech and opinion verbs that make a country the speaker, not the actor, of a measure (tariffs.roles)."""


# ---------------------------------------------------------------- speech proper
# PolNeAR labels every attribution (beliefs, plans, findings); a user counting sources means
# speech. These lemmas of SPEECH judge, perceive, find, expect, plan or agree rather than say
# ("the review found that …", "officials agreed that …", "analysts predict that …"): their
# attributions still anchor a quotation beside them, but their content is not a quote.
NOT_SPEECH = frozenset("""
find show indicate signal agree conclude estimate continue reflect read wonder predict propose
""".split())
REPORTED_SPEECH_FORMS = {form: lemma for form, lemma in SPEECH_FORMS.items() if lemma not in NOT_SPEECH}
"""Word forms of verbs whose clause is reported speech or writing (quotes.attribution)."""

# Nouns whose that-clause is something said ("her claim that …"), not a finding or belief.
SPEECH_NOUNS = NOUN_CUES - frozenset("""belief assessment finding findings prediction estimate view""".split())

# Heads of an "according to" object that name figures or findings, not a speaker
# ("according to official data", "according to the latest poll").
DATA_SOURCES = frozenset("""
data figures figure statistics stats numbers estimates estimate survey surveys poll polls census
records record results tally count counts index model models projections projection forecast
forecasts research study studies analysis analyses calculations calculation database filings
tracker trackers calculations measures measure indicators metrics readings rankings ranking
""".split())

# Platforms and media never speak themselves: "posted on X", "the post on Truth Social said",
# "the interview said". A source mention headed by one of these goes to its owner ("Trump's
# post") or to the person the text has just named as speaking (quotes.speakers).
PLATFORMS = frozenset("""
x twitter facebook instagram tiktok youtube telegram threads bluesky weibo wechat linkedin
reddit snapchat whatsapp substack truth_social
""".split())
MEDIA_HEADS = frozenset("""
post posts tweet tweets posting thread interview interviews podcast broadcast video livestream
feed account page channel platform
""".split())

REPORTED_FUTURE_VERBS: tuple[str, ...] = (
    "said", "says", "told", "announced", "added", "warned", "stated", "confirmed", "indicated",
)
"""Reporting verbs after which "would" is the future of what was said: "said it would consider
its options on Thursday" (dates.tense)."""

CLOSING_ATTRIBUTION_VERBS: tuple[str, ...] = (
    "said", "says", "warned", "told", "added", "noted", "wrote", "stated", "predicted", "argued",
    "claimed", "reported", "cautioned", "estimated",
)
"""Verbs of an attribution that closes a sentence (", analysts warned."), whose tense is not that
of what was said (dates.tense)."""
