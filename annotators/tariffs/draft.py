"""A tariff mention while it is being built: its sentence, clause and fields found so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import rates
from .clause import Clause


@dataclass
class Draft:
    """A mention being built: its sentence, clause and the fields found so far."""

    sent: tuple[int, int]
    sent_chars: tuple[int, int]
    clause: Clause
    start: int
    end: int
    headline: bool
    rate: rates.RateInfo
    action: str
    direction: str
    imposer: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    group: bool = False
    bilateral: bool = False
    kind_cue: str | None = None
    products: list[str] = field(default_factory=list)
    soft_products: list[str] = field(default_factory=list)  # "steel tariffs": goods that do not tell measures apart
    effective: str | None = None
    explicit_imposer: bool = False
    explicit_target: bool = False
    headline_codes: list[str] = field(default_factory=list)
    strong_kind: bool = False
    measure: int = 0
    possessor: str | None = None  # the country of "Australia's 10% tariff", when it is the imposer read
    action_cued: bool = True  # False: "impose" only because no cue named another action
    proposed: bool = False  # a proposal, or a change only proposed ("a proposal to raise tariffs")
    all_origins: bool = False  # "a 10% universal tariff": on goods from everywhere, no target

    @property
    def hard_products(self) -> list[str]:
        """The products that tell measures apart: all but the soft readings (a compound before
        the tariff word, an included list; `products.soft_products`)."""
        return [p for p in self.products if p not in self.soft_products]
