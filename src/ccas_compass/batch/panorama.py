"""Many organisations' profiles → quartiles per group (département, density level, population band).

Pure, and compact: a few floats per organisation. Privacy rule: a group of fewer than
:data:`MIN_GROUP` organisations is never shown on its own; it is merged into "autres", which itself
takes in the smallest groups until it reaches :data:`MIN_GROUP`, so that no organisation can be read
out of an aggregate, not even by subtracting the groups shown from the whole.
"""

from __future__ import annotations

import math
import statistics
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ccas_compass.scoring.standing import DEFAULT_RULE, StandingOutRule, no_standing_reason, standing_out

if TYPE_CHECKING:
    from ccas_compass.batch.teams import Team

MIN_GROUP = 3
"""Smallest number of organisations an aggregate may show (peer medians included)."""
OTHERS = "autres"
UNKNOWN = "non_renseigne"


def dominant(practice: Sequence[float | None]) -> int | None:
    if not practice or practice[0] is None:
        return None
    shares = [s or 0.0 for s in practice]
    return shares.index(max(shares))



@dataclass(frozen=True)
class Distribution:
    """Quartiles of a share across organisations (inclusive method), in points of share."""

    q1: float
    median: float
    q3: float
    count: int


def distribution(values: Sequence[float]) -> Distribution | None:
    if not values:
        return None
    if len(values) == 1:
        return Distribution(values[0], values[0], values[0], 1)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Distribution(q1, median, q3, len(values))


@dataclass(frozen=True)
class Group:
    """Aggregates over a set of organisations (a département, a density level, everyone…)."""

    dimension: str
    """``all``, ``departement``, ``densite`` or ``population``."""
    value: str
    organisations: int
    respondents: int
    practice: tuple[Distribution | None, ...]
    declared: tuple[Distribution | None, ...]
    ambition: tuple[Distribution | None, ...]
    dominant: tuple[int, ...]
    """Per figure, the organisations where it stands out first (:mod:`ccas_compass.scoring.standing`)."""
    no_practice: int
    """Organisations without any practice answer (no dominant figure)."""
    low_coverage: int = 0
    """Organisations whose respondents answered, on average, less than the report's low-coverage
    threshold of the practice questions: their shares rest on few answers."""
    none_stands_out: int = 0
    """Organisations with practice answers where no figure stands out (the « aucune figure ne se
    détache » group), whatever the reason: the three counts below add up to it."""
    broad_mix: int = 0
    """Of those, the organisations whose practices draw several figures above the floor, none ahead."""
    few_answers: int = 0
    """Of those, the organisations with too few practice answers to tell."""

    @property
    def statutory_core(self) -> int:
        """Of those, the organisations whose every intensity is under the floor (the statutory core)."""
        return self.none_stands_out - self.broad_mix - self.few_answers


@dataclass(frozen=True)
class Panorama:
    figure_ids: tuple[str, ...]
    organisations: int
    respondents: int
    overall: Group | None
    groups: Mapping[str, tuple[Group, ...]]
    """Per dimension (``departement``, ``densite``, ``population``), the groups that may be shown."""
    hidden: Mapping[str, int] = field(default_factory=dict)
    """Per dimension, organisations left out because even "autres" stays below :data:`MIN_GROUP`."""

    def group_of(self, dimension: str, value: str | None) -> Group | None:
        for group in self.groups.get(dimension, ()):
            if group.value == (value or UNKNOWN):
                return group
        others = [g for g in self.groups.get(dimension, ()) if g.value == OTHERS]
        return others[0] if others else None


class PanoramaBuilder:
    """Team profiles in, one row each (a few floats), quartiles per group out."""

    DIMENSIONS = ("departement", "densite", "population")

    def __init__(
        self, figure_ids: Sequence[str], orders: Mapping[str, Sequence[str]] | None = None,
        rule: StandingOutRule = DEFAULT_RULE, capacity: int = 0,
    ) -> None:
        """``orders``: per dimension, its values in reading order (the questionnaire's options:
        population bands from small to large…); other values follow in alphabetical order.
        ``rule``: when a figure stands out of an organisation's mean intensities. ``capacity``: the
        number of organisations to come, when known: their values are allocated at once (grown
        step by step, a 20,000-organisation panorama left megabytes of holes in the C heap)."""
        self.rule = rule
        self.figure_ids = tuple(figure_ids)
        self.orders = {d: {v: i for i, v in enumerate(values)} for d, values in (orders or {}).items()}
        self.width = len(figure_ids)
        self.values = array("d", bytes(8 * 3 * self.width * capacity))
        """Per team: practice, declared, ambition shares (NaN: none); ``capacity`` teams allocated."""
        self.respondents = array("l")
        self.dominant = array("b")
        self.low = array("b")
        self.labels: dict[str, array[int]] = {d: array("I") for d in self.DIMENSIONS}
        self._label_ids: dict[str, dict[str, int]] = {d: {} for d in self.DIMENSIONS}

    def add_profile(
        self,
        respondents: int,
        practice: Sequence[float | None],
        declared: Sequence[float] | None,
        ambition: Sequence[float] | None,
        labels: Mapping[str, str | None],
        coverage: float = 100.0,
        *,
        intensity: Sequence[float | None] | None = None,
    ) -> None:
        """One organisation: its number of respondents, mean profiles, group labels and coverage.
        Its leading figure is the first that stands out of its mean ``intensity`` (none stands out:
        -2 statutory core, -3 broad mix, -4 too few answers); without intensities (an older
        caller), the largest share."""
        from ccas_compass.scoring.report import is_low_coverage

        self.low.append(1 if is_low_coverage(coverage) else 0)
        nan = math.nan
        lead = dominant(practice)
        if intensity is not None and any(v is not None for v in intensity):
            by_id = dict(zip(self.figure_ids, intensity, strict=True))
            found = standing_out(by_id, self.rule, coverage)
            why = no_standing_reason(by_id, self.rule, coverage)
            lead = self.figure_ids.index(found[0]) if found else {"broad_mix": -3, "few_answers": -4}.get(
                why or "", -2)
        # The shares of a mix made of faint intensities (statutory core) or of too few answers say
        # nothing of a lean: they stay out of the practice-share quartiles (the organisation is still
        # counted, with its stated profiles, in the « aucune figure ne se détache » group).
        faint = lead in (-2, -4)
        row = array("d", (nan if v is None or faint else v for v in practice))
        row.extend(declared if declared is not None else (nan,) * self.width)
        row.extend(ambition if ambition is not None else (nan,) * self.width)
        at = len(self.respondents) * 3 * self.width
        if at + len(row) <= len(self.values):
            self.values[at : at + len(row)] = row
        else:
            self.values.extend(row)
        self.respondents.append(respondents)
        self.dominant.append(-1 if lead is None else lead)
        for dimension in self.DIMENSIONS:
            ids = self._label_ids[dimension]
            label = labels.get(dimension) or UNKNOWN
            self.labels[dimension].append(ids.setdefault(label, len(ids)))

    def _group(self, dimension: str, value: str, members: Sequence[int]) -> Group:
        w = self.width
        stride = 3 * w

        def column(offset: int) -> tuple[Distribution | None, ...]:
            out = []
            for i in range(w):
                data = sorted(
                    v for v in (self.values[t * stride + offset + i] for t in members) if not math.isnan(v)
                )
                out.append(distribution(data))
            return tuple(out)

        dominant = [0] * w
        none = faint = broad = few = 0
        for t in members:
            d = self.dominant[t]
            if d <= -2:
                faint += 1
                broad += d == -3
                few += d == -4
            elif d < 0:
                none += 1
            else:
                dominant[d] += 1
        return Group(
            dimension=dimension,
            value=value,
            organisations=len(members),
            respondents=sum(self.respondents[t] for t in members),
            practice=column(0),
            declared=column(w),
            ambition=column(2 * w),
            dominant=tuple(dominant),
            no_practice=none,
            low_coverage=sum(self.low[t] for t in members),
            none_stands_out=faint,
            broad_mix=broad,
            few_answers=few,
        )

    def build(self) -> Panorama:
        count = len(self.respondents)
        overall = self._group("all", "all", range(count)) if count >= MIN_GROUP else None
        groups: dict[str, tuple[Group, ...]] = {}
        hidden: dict[str, int] = {}
        for dimension in self.DIMENSIONS:
            by_value: dict[str, array[int]] = {}
            names = {i: label for label, i in self._label_ids[dimension].items()}
            for t, label_id in enumerate(self.labels[dimension]):
                by_value.setdefault(names[label_id], array("I")).append(t)
            shown: list[tuple[str, array[int]]] = []
            others = array("I")
            rank = self.orders.get(dimension, {})
            for value in sorted(by_value, key=lambda v: (v == UNKNOWN, rank.get(v, len(rank)), v)):
                members = by_value[value]
                if len(members) >= MIN_GROUP:
                    shown.append((value, members))
                else:
                    others += members
            # "autres" must itself reach MIN_GROUP, or everyone minus the groups shown would single out
            # the organisations left: merge the smallest groups into it until it does
            while others and len(others) < MIN_GROUP and shown:
                smallest = min(range(len(shown)), key=lambda i: (len(shown[i][1]), -i))
                others += shown.pop(smallest)[1]
            if others and len(others) < MIN_GROUP:
                hidden[dimension] = len(others)
            elif others and shown:
                shown.append((OTHERS, array("I", sorted(others))))
            # (everything merged: one group of everyone, which the overall figures already show)
            groups_built = [self._group(dimension, value, members) for value, members in shown]
            groups[dimension] = tuple(groups_built)
        return Panorama(
            figure_ids=self.figure_ids,
            organisations=count,
            respondents=sum(self.respondents),
            overall=overall,
            groups=groups,
            hidden=hidden,
        )


@dataclass(frozen=True)
class Peers:
    """The medians an organisation is set beside: its département's, else everyone's."""

    dimension: str
    value: str
    organisations: int
    practice: tuple[float | None, ...]
    ambition: tuple[float | None, ...]


def peers(panorama: Panorama, team: Team) -> Peers | None:
    """The peer group of a team: its own département when shown on its own, else all organisations
    (a merged "autres" group is no peer group); None when even that is below :data:`MIN_GROUP`."""
    group = None
    own = team.departement or UNKNOWN
    for candidate in panorama.groups.get("departement", ()):
        if candidate.value == own and own not in (OTHERS, UNKNOWN):
            group = candidate
    if group is None:
        group = panorama.overall
    if group is None:
        return None

    def medians(items: tuple[Distribution | None, ...]) -> tuple[float | None, ...]:
        return tuple(None if d is None else d.median for d in items)

    return Peers(group.dimension, group.value, group.organisations, medians(group.practice),
                 medians(group.ambition))
