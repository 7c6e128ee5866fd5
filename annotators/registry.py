"""Finding annotators: one entry-point group for built-ins and third-party plugins alike."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Iterable, Mapping

from .errors import AnnotateError, coded_error
from .protocol import Annotator

GROUP = "article_annotator.annotators"
_REQUIRED_ATTRIBUTES = ("name", "version", "description", "requires", "depends_on", "annotate")


@dataclass(frozen=True)
class AnnotatorInfo:
    """What `annotate annotators` lists about one installed annotator."""

    name: str
    version: str
    package: str | None
    requires: tuple[str, ...]
    depends_on: tuple[str, ...]
    description: str
    entry_point: str
    runs_after: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "package": self.package,
            "requires": list(self.requires),
            "depends_on": list(self.depends_on),
            "runs_after": list(self.runs_after),
            "description": self.description,
            "entry_point": self.entry_point,
        }


_extra: dict[str, Any] = {}


def register(factory: Any, name: str | None = None) -> None:
    """Register an annotator class or factory at run time (tests, notebooks).

    Installed plugins need no call: their entry point in the group is enough.
    """
    _extra[name or factory.name] = factory


def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


BUILT_INS = ("dates", "entities", "quotes", "tariffs")


def available() -> list[str]:
    """Names of every annotator that can be chosen, sorted."""
    found = set(_entry_points())
    if not found.intersection(BUILT_INS):
        raise coded_error("E014")
    return sorted(found | set(_extra))


RESERVED_NAMES = frozenset({"id", "source", "meta", "errors", "text"})
"""Record keys of our own: an annotator named like one would overwrite it in every record."""


def _check(annotator: Any, origin: str) -> Annotator:
    missing = [a for a in _REQUIRED_ATTRIBUTES if not hasattr(annotator, a)]
    if missing:
        raise coded_error("E010", origin=origin, missing=", ".join(missing))
    name = annotator.name
    if not isinstance(name, str) or not name.isidentifier() or name.lower() in RESERVED_NAMES:
        raise coded_error("E015", origin=origin, name=name, reserved=", ".join(sorted(RESERVED_NAMES)))
    schema = getattr(annotator, "item_schema", None)
    if schema is not None and not isinstance(schema, dict):
        raise coded_error("E016", origin=origin)
    return annotator


def load(name: str, installed: Mapping[str, EntryPoint] | None = None) -> Annotator:
    """Instantiate the annotator registered under `name`, refusing one that breaks the rules.
    `installed`: the group's entry points when the caller has read them (each reading scans
    every installed distribution: about 10 ms)."""
    if name.lower() in RESERVED_NAMES:
        raise coded_error("E015", origin=repr(name), name=name, reserved=", ".join(sorted(RESERVED_NAMES)))
    if name in _extra:
        return _check(_instantiate(_extra[name]), name)
    eps = _entry_points() if installed is None else installed
    if name not in eps:
        raise coded_error("E011", name=name, installed=", ".join(available()) or "none")
    try:
        factory = eps[name].load()
        annotator = _instantiate(factory)
    except BaseException as exc:  # a broken plugin must name itself, not crash the listing
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise coded_error("E012", name=name, target=eps[name].value, reason=f"{type(exc).__name__}: {exc}") from exc
    return _check(annotator, f"{name!r} ({eps[name].value})")


def _instantiate(factory: Any) -> Any:
    """An entry point may name a class, a factory function, or a ready instance."""
    if isinstance(factory, type) or (callable(factory) and not hasattr(factory, "annotate")):
        return factory()
    return factory


def info(name: str) -> AnnotatorInfo:
    """Listing data for one annotator, with the distribution that provides it."""
    annotator = load(name)
    ep = _entry_points().get(name)
    package = ep.dist.name if ep is not None and ep.dist is not None else None
    return AnnotatorInfo(
        name=annotator.name,
        version=str(annotator.version),
        package=package,
        requires=tuple(sorted(annotator.requires)),
        depends_on=tuple(annotator.depends_on),
        description=annotator.description,
        entry_point=ep.value if ep is not None else "registered at run time",
        runs_after=soft_predecessors(annotator),
    )


def soft_predecessors(annotator: Annotator) -> tuple[str, ...]:
    """Annotators that run first when they run at all (`runs_after`, optional): the dates
    annotator reads the entities when entities ran, yet runs alone without a model."""
    return tuple(getattr(annotator, "runs_after", ()) or ())


def resolve_installed() -> tuple[list[Annotator], list[str]]:
    """Every installed annotator that loads, and why the others were left out.

    The default run (no `-a`) uses this: one broken plugin costs its own field, with a warning,
    instead of stopping a plain `annotate FILE`. Naming it with `-a` makes the problem fatal.
    """
    usable: list[str] = []
    problems: list[str] = []
    for name in available():
        try:
            resolve([name])
        except AnnotateError as exc:
            problems.append(f"{exc}; left out (name it with -a to make this an error)")
        else:
            usable.append(name)
    return resolve(usable), problems


def resolve(names: Iterable[str]) -> list[Annotator]:
    """The chosen annotators plus their dependencies, in an order where each runs after its needs."""
    loaded: dict[str, Annotator] = {}
    order: list[Annotator] = []
    visiting: set[str] = set()
    installed = _entry_points()  # read once for all the annotators and their dependencies

    def visit(name: str, wanted_by: str | None) -> None:
        if name in loaded:
            return
        if name in visiting:
            raise coded_error("E013", name=name)
        visiting.add(name)
        try:
            annotator = load(name, installed)
        except AnnotateError as exc:
            if wanted_by is None:
                raise
            raise AnnotateError(f"{exc} (needed by {wanted_by!r})", exc.code) from exc
        for dependency in annotator.depends_on:
            visit(dependency, name)
        visiting.discard(name)
        loaded[name] = annotator
        order.append(annotator)

    for name in names:
        visit(name, None)
    return with_soft_order(order)


def with_soft_order(order: list[Annotator]) -> list[Annotator]:
    """`order` (each annotator after its `depends_on`) rearranged so that each also runs
    after its `runs_after` annotators that are among the chosen; otherwise order is kept.
    A soft edge that would close a cycle is ignored."""
    by_name = {a.name: a for a in order}
    placed: dict[str, Annotator] = {}
    active: set[str] = set()

    def place(a: Annotator) -> None:
        if a.name in placed or a.name in active:
            return
        active.add(a.name)
        for before in (*a.depends_on, *soft_predecessors(a)):
            if before in by_name:
                place(by_name[before])
        active.discard(a.name)
        placed[a.name] = a

    for a in order:
        place(a)
    return list(placed.values())
