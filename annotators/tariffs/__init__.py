"""Tariffs: every tariff measure in an article as a structured record.

Modules (tariff words and near-misses are in `lexicon/tariff_words.py`): mentions (which tokens count), sentences,
clause (span and governing verbs), rates, actors (countries and metonyms), roles
(imposer/target in a clause), actions, kinds, products, effective (dates), draft (a mention
being built), resolve (parties and kinds across the document), annotator (the whole).
"""

from .annotator import TariffsAnnotator

__all__ = ["TariffsAnnotator"]
