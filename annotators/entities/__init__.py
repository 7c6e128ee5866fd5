"""Entities: named-entity mentions with clusters, canonical names and country codes."""

from .annotator import EntitiesAnnotator

__all__ = ["EntitiesAnnotator"]
