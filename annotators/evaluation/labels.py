"""Entity label schemes: OntoNotes (what spaCy models and our annotator emit) to CoNLL-2003.

Data, not code: a label maps to its CoNLL label, or to None when CoNLL has no such class
(numbers, dates, money), in which case the predicted entity is left out before scoring.
A label not listed is kept as it is, so it can only count as wrong, and is reported.
"""

from __future__ import annotations

CONLL: dict[str, str | None] = {
    # people
    "PERSON": "PER", "PER": "PER",
    # organisations
    "ORG": "ORG",
    # places: countries/cities/states, other locations, buildings and airports
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    # the CoNLL catch-all for other names: nationalities, events, works, laws, languages, products
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC", "PRODUCT": "MISC", "MISC": "MISC",
    # not names in CoNLL
    "DATE": None, "TIME": None, "PERCENT": None, "MONEY": None,
    "QUANTITY": None, "ORDINAL": None, "CARDINAL": None,
}

MAPS: dict[str, dict[str, str | None]] = {"conll": CONLL}

# The three classes every scheme shares; their F1 leaves MISC (a poor fit for OntoNotes) out.
CORE = frozenset({"PER", "ORG", "LOC"})
