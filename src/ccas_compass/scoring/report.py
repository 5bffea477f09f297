"""Model + result → the report's content: profiles side by side, main gaps, the "why", levers.

Pure functions, no I/O and no wording: every renderer (terminal, Markdown, JSON, chart) reads the
same :class:`Report`, so what the board reads on paper is what the director saw on screen.

Shares are rounded once, here, at the precision the renderer shows (``digits``; the rounded shares
of each profile still add up to 100), and the gaps are computed from those rounded shares: the
reader's own subtraction always matches the printed gap.

Nothing here ranks figures as better or worse. A gap only says where two profiles differ; a lever
lists ingredients of a figure to which the ambition gives more room than the practices do.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ccas_compass.model.core import DeclaredShare, Figure, Model, Option, Question, Result
from ccas_compass.scoring.mix import round_shares

GapKind = Literal["ambition", "declared", "ambition_declared", "ambition_faint", "ambition_drawn"]
"""``ambition``/``declared``: a stated share against the practice share (only when a figure stands
out and the coverage is enough: the shares then mean something). When the mix is only indicative:
``ambition_declared`` (the ambition against today's view, both stated by the team) and, for a
figure the ambition leads, ``ambition_faint``/``ambition_drawn`` (its practice intensity below or at
least at the rule's floor: the intensity, not a share, says how far the practices draw it)."""

LOW_COVERAGE = 60.0
"""Below this coverage (in % of practice questions answered) the report warns the reader."""


def is_low_coverage(value: float) -> bool:
    """Below :data:`LOW_COVERAGE`, compared unrounded (the team report and the panorama agree)."""
    return value < LOW_COVERAGE


def coverage_text(value: float, lang: str = "en") -> str:
    """A coverage as shown: whole percent, or one decimal (cut, not rounded) when rounding would hide
    that it is below :data:`LOW_COVERAGE` (59.5 is shown "59,5", not "60", beside "below 60 %")."""
    whole = f"{value:.0f}"
    if is_low_coverage(float(whole)) == is_low_coverage(value):
        return whole
    text = f"{math.floor(value * 10) / 10:.1f}"
    return text.replace(".", ",") if lang == "fr" else text
GAP_THRESHOLD = 5.0
"""A difference between two profiles smaller than this (in points of share) is not called a gap."""
GROW_THRESHOLD = 5.0
"""A figure is one "the team wants to grow" when its ambition share exceeds its practice share by at
least this many points (one ambition point out of ten is 10 points; 1 point is rounding noise)."""
AMBITION_LEAD_SHARE = 25.0
"""A figure leads the 2050 ambition when its share reaches this (2.5 of the 10 points)…"""
AMBITION_LEAD_MARGIN = 5.0
"""… and is at least this many points above the first figure not named (see :func:`leaning`)."""
AMBITION_LEAD_MAX = 3
"""At most this many figures are said to lead the ambition."""
LEVER_SHARE = 20.0
"""When the mix is only indicative, a figure gets its ingredients when the ambition gives it at
least this share (2 of the 10 points) and its practice intensity is under the rule's floor."""
MAIN_GAPS = 3
REASONS_PER_FIGURE = 3


@dataclass(frozen=True)
class Row:
    """One figure in the three profiles (shares rounded to the report's ``digits``)."""

    id: str
    practice: float | None
    intensity: float | None
    declared: float | None
    ambition: float | None

    def gap(self, kind: GapKind) -> float | None:
        """``stated − practice`` in points of share (None when either side is unknown)."""
        stated = self.ambition if kind == "ambition" else self.declared
        if stated is None or self.practice is None:
            return None
        return stated - self.practice


@dataclass(frozen=True)
class Gap:
    """A difference between a stated profile and the practice profile (``stated`` and ``practice``
    shares), or, when the mix is only indicative (:data:`GapKind`), between the ambition and today's
    view (``practice`` then holds the declared share) or an ambition share and a practice intensity
    (``practice`` holds the intensity; no difference is computed between the two)."""

    figure: str
    kind: GapKind
    stated: float
    practice: float

    @property
    def on_intensity(self) -> bool:
        return self.kind in ("ambition_faint", "ambition_drawn")

    @property
    def delta(self) -> float:
        return 0.0 if self.on_intensity else self.stated - self.practice


@dataclass(frozen=True)
class Reason:
    """One answer that gives a figure points: the question, the option(s) chosen, how much."""

    question: Question
    options: tuple[Option, ...]
    points: int
    attainable: int


@dataclass(frozen=True)
class Lever:
    """A figure the ambition gives more room than the practices do, with its ingredients.
    ``practice`` is its practice share, or its practice intensity when ``on_intensity`` (the mix
    is only indicative: see :data:`LEVER_SHARE`)."""

    figure: Figure
    practice: float
    ambition: float
    on_intensity: bool = False

    @property
    def delta(self) -> float:
        return self.ambition - self.practice


@dataclass(frozen=True)
class Report:
    model: Model
    result: Result
    digits: int
    rows: tuple[Row, ...]
    practice_lean: tuple[str, ...]
    """The figures that stand out of the practices, strongest first (:mod:`ccas_compass.scoring.standing`):
    intensities, not shares, so that faint signals are never told as a lean. Empty when none does."""
    ambition_lean: tuple[str, ...]
    """The figures that lead the 2050 ambition (:func:`leaning`); empty when it is spread evenly."""
    ambition_spread: tuple[str, ...]
    """The figures the ambition gives points to, largest first (for « se répartit entre »)."""
    gaps: tuple[Gap, ...]
    """The two or three differences most worth discussing, ambition gaps first."""
    reasons: Mapping[str, tuple[Reason, ...]]
    levers: tuple[Lever, ...]

    @property
    def none_stands_out(self) -> bool:
        """Practice questions were answered but no figure stands out: the mix is only indicative."""
        return not self.practice_lean and self.result.answered > 0

    @property
    def reason(self) -> str | None:
        """Why no figure stands out: ``statutory_core``, ``broad_mix``, ``few_answers`` (or None)."""
        return self.result.standing_out_reason

    @property
    def indicative(self) -> bool:
        """The practice shares say little (no figure stands out, or low coverage): gaps and levers
        then rest on what the team stated and on intensities, not on practice shares."""
        return self.none_stands_out or self.low_coverage

    @property
    def broad(self) -> tuple[str, ...]:
        """The figures whose intensity reaches the rule's floor, strongest first."""
        from ccas_compass.scoring.standing import above_floor

        return above_floor({s.id: s.intensity for s in self.result.practice}, self.result.standing_out_rule)

    @property
    def low_coverage(self) -> bool:
        return is_low_coverage(self.result.coverage)

    def row(self, figure_id: str) -> Row:
        return next(r for r in self.rows if r.id == figure_id)

    def name(self, figure_id: str, lang: str) -> str:
        return self.model.figure(figure_id).name.get(lang)


def build_report(model: Model, result: Result, *, digits: int = 0) -> Report:
    """Everything a renderer needs, with shares rounded to ``digits`` decimals."""
    practice = _rounded([s.share for s in result.practice], digits)
    declared = _stated(result.declared, digits)
    ambition = _stated(result.ambition, digits)
    rows = tuple(
        Row(
            id=s.id,
            practice=share,
            intensity=None if s.intensity is None else round(s.intensity, digits),
            declared=declared.get(s.id),
            ambition=ambition.get(s.id),
        )
        for s, share in zip(result.practice, practice, strict=True)
    )
    ambition_shares = {r.id: r.ambition for r in rows}
    lean = leaning(ambition_shares)
    indicative = (not result.standing_out and result.answered > 0) or result.coverage < LOW_COVERAGE
    floor = result.standing_out_rule.min_intensity
    return Report(
        model=model,
        result=result,
        digits=digits,
        rows=rows,
        practice_lean=result.standing_out,
        ambition_lean=lean,
        ambition_spread=spread(ambition_shares),
        gaps=indicative_gaps(rows, lean, floor) if indicative else main_gaps(rows),
        reasons=reasons(model, result),
        levers=(
            faint_levers(model, rows, floor, result.answers.organisation)
            if indicative
            else levers(model, rows, result.answers.organisation)
        ),
    )


def _rounded(shares: Sequence[float | None], digits: int) -> list[float | None]:
    return [None if s is None else round(s, digits) for s in round_shares(shares, digits)]


def _stated(profile: tuple[DeclaredShare, ...] | None, digits: int) -> dict[str, float | None]:
    if profile is None:
        return {}
    rounded = _rounded([d.share for d in profile], digits)
    return {d.id: r for d, r in zip(profile, rounded, strict=True)}


def leaning(shares: Mapping[str, float | None]) -> tuple[str, ...]:
    """The figures that lead a stated profile (the 2050 ambition), largest first: the largest ``k``
    (1 to :data:`AMBITION_LEAD_MAX`) such that the ``k`` largest shares all reach
    :data:`AMBITION_LEAD_SHARE` and the ``k``-th is at least :data:`AMBITION_LEAD_MARGIN` points
    above the next one. Empty for an even spread (four figures at 20 %: no lean), or when nothing
    was stated. Model order among ties."""
    ranked = sorted(((fid, s) for fid, s in shares.items() if s), key=lambda item: -(item[1] or 0.0))
    values = [s or 0.0 for _, s in ranked] + [0.0]
    for k in range(min(AMBITION_LEAD_MAX, len(ranked)), 0, -1):
        if values[k - 1] >= AMBITION_LEAD_SHARE and values[k - 1] - values[k] >= AMBITION_LEAD_MARGIN:
            return tuple(fid for fid, _ in ranked[:k])
    return ()


def spread(shares: Mapping[str, float | None]) -> tuple[str, ...]:
    """Every figure a stated profile gives points to, largest first (model order among ties)."""
    ranked = sorted(((fid, s) for fid, s in shares.items() if s), key=lambda item: -(item[1] or 0.0))
    return tuple(fid for fid, _ in ranked)


def indicative_gaps(
    rows: Sequence[Row], lean: Sequence[str], floor: float, limit: int = MAIN_GAPS
) -> tuple[Gap, ...]:
    """The gaps worth stating when the practice shares are only indicative: for each figure the
    ambition leads, how far the practice *intensity* draws it (below or at least at ``floor``); then
    the largest differences between the ambition and today's view (both stated by the team)."""
    by_id = {r.id: r for r in rows}
    out: list[Gap] = []
    for fid in lean:
        row = by_id[fid]
        if row.ambition is None:  # pragma: no cover - a leading figure has an ambition share
            continue
        intensity = row.intensity or 0.0
        kind: GapKind = "ambition_faint" if intensity < floor else "ambition_drawn"
        out.append(Gap(fid, kind, row.ambition, intensity))
    stated = [
        Gap(r.id, "ambition_declared", r.ambition, r.declared)
        for r in rows
        if r.ambition is not None and r.declared is not None and abs(r.ambition - r.declared) >= GAP_THRESHOLD
    ]
    stated.sort(key=lambda g: -abs(g.delta))
    room = max(1, limit - len(out))
    return tuple(out[:limit] + stated[:room])


def main_gaps(rows: Sequence[Row], limit: int = MAIN_GAPS) -> tuple[Gap, ...]:
    """Up to ``limit`` gaps of at least :data:`GAP_THRESHOLD` points: the two largest between
    ambition and practice, then the largest between declared and practice, topped up from the rest.
    """
    found: dict[GapKind, list[Gap]] = {"ambition": [], "declared": []}
    for row in rows:
        for kind in ("ambition", "declared"):
            delta = row.gap(kind)
            stated = row.ambition if kind == "ambition" else row.declared
            if delta is None or stated is None or row.practice is None:
                continue
            if abs(delta) >= GAP_THRESHOLD:
                found[kind].append(Gap(row.id, kind, stated, row.practice))
    for kind in found:
        found[kind].sort(key=lambda g: -abs(g.delta))
    chosen = found["ambition"][:2] + found["declared"][:1]
    rest = sorted(found["ambition"][2:] + found["declared"][1:], key=lambda g: -abs(g.delta))
    chosen += rest[: max(0, limit - len(chosen))]
    order: dict[GapKind, int] = {"ambition": 0, "declared": 1}
    return tuple(sorted(chosen[:limit], key=lambda g: (order[g.kind], -abs(g.delta))))


def reasons(model: Model, result: Result, limit: int = REASONS_PER_FIGURE) -> dict[str, tuple[Reason, ...]]:
    """Per figure, the answers that gave it the most points (already ordered by scoring)."""
    q = model.questionnaire
    out: dict[str, tuple[Reason, ...]] = {}
    for score in result.practice:
        items: list[Reason] = []
        for c in score.contributions[:limit]:
            question = q.question(c.question)
            if question is None:  # pragma: no cover - contributions come from this questionnaire
                continue
            options = tuple(o for o in (question.option(i) for i in c.options) if o is not None)
            items.append(Reason(question, options, c.points, c.attainable))
        out[score.id] = tuple(items)
    return out


def levers(
    model: Model, rows: Sequence[Row], organisation: Mapping[str, str] | None = None
) -> tuple[Lever, ...]:
    """Figures whose ambition share exceeds the practice share by :data:`GROW_THRESHOLD` or more,
    the largest difference first; their ingredients that fit the organisation's territory first."""
    from ccas_compass.territory.fit import for_territory, territories

    where = territories(organisation or {})
    found = [
        Lever(for_territory(model.figure(r.id), where), r.practice, r.ambition)
        for r in rows
        if r.practice is not None
        and r.ambition is not None
        and r.ambition - r.practice >= GROW_THRESHOLD
    ]
    return tuple(sorted(found, key=lambda lever: -lever.delta))


def faint_levers(
    model: Model, rows: Sequence[Row], floor: float, organisation: Mapping[str, str] | None = None
) -> tuple[Lever, ...]:
    """When the mix is only indicative: the figures the ambition gives at least
    :data:`LEVER_SHARE` and the practices draw under the rule's ``floor`` (by intensity), the
    largest ambition first; their ingredients that fit the organisation's territory first."""
    from ccas_compass.territory.fit import for_territory, territories

    where = territories(organisation or {})
    found = [
        Lever(for_territory(model.figure(r.id), where), r.intensity or 0.0, r.ambition, on_intensity=True)
        for r in rows
        if r.ambition is not None and r.ambition >= LEVER_SHARE and (r.intensity or 0.0) < floor
    ]
    return tuple(sorted(found, key=lambda lever: -lever.ambition))


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters (with "…")."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"
