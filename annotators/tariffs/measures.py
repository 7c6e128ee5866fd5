"""Which mentions of a document speak of one measure (the record's `measure` number), so an
analyst can count measures rather than sentences.

Mentions join the most recent measure they are compatible with: the same imposer, no
conflicting target, product, kind or rate. "The 25% tariffs on Ruritanian steel ... the
tariffs will take effect ... raised to 50%" is one measure; a 10% duty on buses beside a 25%
duty on trucks is two.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .draft import Draft


RECENT = 12
"""How many of the latest measures a mention may join: a later reference is to a measure still
being discussed, and the search stays linear in a document's length."""


@dataclass
class Measure:
    """The fields that identify a measure, merged from its mentions so far."""

    number: int
    imposer: set[str] = field(default_factory=set)
    target: set[str] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    rates: set[float] = field(default_factory=set)

    def admits(self, d: Draft) -> bool:
        """Whether mention d can be one more mention of this measure."""
        return (_agree(self.imposer, set(d.imposer)) and _within(self.target, set(d.target))
                and _products_agree(self.products, d.hard_products)
                and (not d.kind_cue or not self.kinds or d.kind_cue in self.kinds)
                and _rates_agree(self.rates, d))

    def add(self, d: Draft) -> None:
        self.imposer |= set(d.imposer)
        self.target |= set(d.target)
        self.products |= {p.lower() for p in d.hard_products}
        if d.kind_cue:
            self.kinds.add(d.kind_cue)
        if d.rate.rate is not None:
            self.rates.add(d.rate.rate)


def _agree(a: set[str], b: set[str]) -> bool:
    return not a or not b or a == b


def _within(known: set[str], mine: set[str]) -> bool:
    """A later mention may name only some of a measure's targets ("the EU duties on fertiliser
    from Russia" after duties on Russia and Belarus), or list all of them after a first mention
    named one ("on imports from China and other Asian countries ... including China, India")."""
    return not known or not mine or mine <= known or known <= mine


def _products_agree(known: set[str], products: list[str]) -> bool:
    mine = {p.lower() for p in products}
    return not known or not mine or any(x in y or y in x for x in known for y in mine)


def _rates_agree(rates: set[float], d: Draft) -> bool:
    r = d.rate
    if r.rate is None or not rates:
        return True
    return r.rate in rates or (r.previous_rate is not None and r.previous_rate in rates)


def assign_measures(drafts: list[Draft]) -> None:
    """Number the measures of a document's mentions, in order of first mention."""
    measures: list[Measure] = []
    for d in drafts:
        home = next((m for m in reversed(measures[-RECENT:]) if m.admits(d)), None)
        if home is None:
            home = Measure(number=len(measures) + 1)
            measures.append(home)
        home.add(d)
        d.measure = home.number


def share_targets(drafts: list[Draft]) -> None:
    """Every mention of a measure carries the countries the document names for it (Mexico's
    hikes "on imports from China and several other Asian countries ... including China, India
    and Thailand" target all three on each mention)."""
    named: dict[int, list[str]] = {}
    for d in drafts:
        if d.explicit_target and d.action != "exempt":  # the origins an exemption spares are not its targets
            codes = named.setdefault(d.measure, [])
            codes.extend(c for c in d.target if c not in codes)
    for d in drafts:
        codes = named.get(d.measure)
        if not codes or set(codes) & set(d.imposer):
            continue
        if d.target and set(d.target) <= set(codes) or not d.target and len(codes) >= 2:
            d.target = list(codes)  # a later "the new tariffs" of a measure on several countries


def share_status(drafts: list[Draft]) -> None:
    """A bare later reference to a measure that is only proposed stays a proposal ("the EU
    proposed tariffs on Ruritanian fertiliser ... the new tariffs would cover flour"; "approved a
    proposal to raise tariffs ... the text provides for a 6.5% tariff"). The status is the one the
    latest mention with a cue gave ("proposed ... later imposed them ... the tariffs": imposed)."""
    status: dict[int, str] = {}
    for d in drafts:
        if d.action_cued:
            status[d.measure] = "propose" if d.proposed else d.action  # the latest word on it counts
        elif d.action == "impose" and status.get(d.measure) == "propose":
            d.action = "propose"
