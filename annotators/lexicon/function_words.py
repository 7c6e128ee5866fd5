"""Function words: the closed-class words of English, which never name anything on their own.

Articles, pronouns, prepositions, conjunctions, auxiliaries and a few quantifiers, written by
hand. Words that are also common given names or surnames ("May", "Will", "Bill", "Said") are
left out on purpose: "May" alone is a person in a story about Theresa May. The entities
annotator refuses to label or propagate these words; benchmarks/entities_junk.py counts them.
"""

from __future__ import annotations

FUNCTION_WORDS: frozenset[str] = frozenset(
    """a an the this that these those such
    i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs who whom whose which what whatever whoever there here
    of in on at by for from to into onto upon with within without about above across after
    against along among amongst around before behind below beneath beside besides between
    beyond despite during except inside near off out outside over per since than through
    throughout till toward towards under underneath unlike until up via
    and or but nor so yet if because although though unless whereas while whether as
    is am are was were be been being do does did done has have had having
    shall should would could must might cannot
    not no yes all any both each either neither every few many more most much some several
    also only just even very too then thus hence however""".split()
)
"""Lowercase forms; compare with `is_function_word`, which refuses all-caps acronyms ("US")."""


MODAL_VERBS: frozenset[str] = frozenset("will would can could may might shall should must".split())
"""Modal auxiliaries, lowercase: a verb with one heads a finite clause ("the tariffs could hurt
farmers"). "will" and "may" are here though not in FUNCTION_WORDS (they are names too)."""


AUXILIARY_VERBS: frozenset[str] = frozenset("is am are was were has have had does did".split()) | MODAL_VERBS
"""Auxiliaries and modals, lowercase: right after a capitalised word they make it the subject of
a clause ("Sanchez has said", "Kelmar will meet"), not the first word of a noun phrase."""


SUBJECT_ADVERBS: frozenset[str] = frozenset(
    "also later then earlier previously recently once never already still".split()
)
"""Adverbs that come between a clause's subject and its verb ("Swift also thanked fans",
"Brown later scored"): a capitalised word right before one, then a lowercase word, is a subject."""


SUBORDINATORS: frozenset[str] = frozenset(
    """when whenever if unless because as since while whilst although though after before until
    till once whereas whether where wherever lest provided""".split()
)
"""Conjunctions that open a dependent clause ("When Congress cut funding, ..."): such a clause
is no statement of its own."""


def is_function_word(text: str) -> bool:
    """True for "the", "The", "THE" standing alone; not for "US" or "IT" (acronyms of two
    letters written in capitals) and not for a word that is not closed-class ("Bill")."""
    if len(text) <= 3 and text.isupper() and len(text) > 1 and text.lower() not in ("the", "and"):
        return False
    return text.lower() in FUNCTION_WORDS
