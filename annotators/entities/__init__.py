"""Entities: named-entity mentions with clusters, canonical names and country codes (issue 3)."""

from .annotator import EntitiesAnnotator

__all__ = ["EntitiesAnnotator"]
