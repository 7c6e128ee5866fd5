"""Finding scorers: the entry-point group `article_annotator.scorers`, built-ins included.

A scorer is named like the record list it scores (`entities`, `dates`, ...). An entry point
may name a class, a factory or a ready object with `name`, `description` and
`score(documents, options) -> KindReport`. A plugin annotator registers its scorer in the
same way as the annotator itself, so `annotate eval` scores its list with no change here.
"""

from __future__ import annotations

from importlib.metadata import EntryPoint, entry_points
from typing import Any, Mapping, Protocol, Sequence, runtime_checkable

from ..errors import AnnotateError, coded_error
from .records import EvalDocument
from .report import KindReport

GROUP = "article_annotator.scorers"


@runtime_checkable
class Scorer(Protocol):
    name: str
    description: str

    def score(self, documents: Sequence[EvalDocument], options: Mapping[str, Any]) -> KindReport: ...


_extra: dict[str, Any] = {}


def register(factory: Any, name: str | None = None) -> None:
    """Register a scorer at run time (tests, notebooks); installed plugins need no call."""
    _extra[name or factory.name] = factory


def unregister(name: str) -> None:
    _extra.pop(name, None)


def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def available() -> list[str]:
    """Names of every kind that has a scorer, sorted."""
    return sorted(set(_entry_points()) | set(_extra))


def load(name: str) -> Scorer:
    if name in _extra:
        return _checked(_instance(_extra[name]), name)
    eps = _entry_points()
    if name not in eps:
        raise coded_error("E040", name=name, installed=", ".join(available()) or "none")
    try:
        factory = eps[name].load()
    except Exception as exc:  # a broken plugin must name itself
        raise coded_error("E041", name=name, target=eps[name].value, reason=exc) from exc
    return _checked(_instance(factory), f"{name!r} ({eps[name].value})")


def _instance(factory: Any) -> Any:
    if isinstance(factory, type) or (callable(factory) and not hasattr(factory, "score")):
        return factory()
    return factory


def _checked(scorer: Any, origin: str) -> Scorer:
    missing = [a for a in ("name", "description", "score") if not hasattr(scorer, a)]
    if missing:
        raise coded_error("E042", origin=origin, missing=", ".join(missing))
    return scorer
