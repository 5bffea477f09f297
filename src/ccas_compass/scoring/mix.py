"""Answers + model → result. Pure functions: no I/O, no randomness, independent of answer order.

Practice profile (single and multiple choice questions), for each figure f:

* ``intensity(f) = 100 × Σ weights obtained / Σ maximum attainable``, both sums over the questions
  that were answered *and* can inform f. "Don't know" (null) removes a question from both sums: it
  lowers the coverage, never the score.
* ``share(f) = 100 × intensity(f) / Σ intensities``: the figure's part of the mix. Shares are built
  on intensities (already relative to what each figure could get), so a figure informed by more
  questions does not weigh more in the mix.

Declared and ambition profiles (allocation questions): each statement's points are split over the
figures it weights, in proportion to the weights; ``share(f) = 100 × points(f) / Σ points``.

:class:`ccas_compass.scoring.packing.Codec` computes the same numbers (bit for bit: same integer sums, same
float operations in the same order) from packed answers, for batch scoring of many respondents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from ccas_compass.errors import Problem
from ccas_compass.model.core import (
    Answers,
    Contribution,
    DeclaredShare,
    FigureScore,
    Model,
    ProfileKind,
    Questionnaire,
    Result,
    coverage,
)
from ccas_compass.scoring.standing import reason_of, standing_out


def score(model: Model, answers: Answers) -> Result:
    """The whole result of one respondent's answers."""
    q = model.questionnaire
    figure_ids = model.figure_ids
    practice = practice_profile(q, figure_ids, answers.values)
    answered = sum(1 for x in q.practice_questions if answers.values.get(x.id) is not None)
    intensities = {s.id: s.intensity for s in practice}
    covered = coverage(answered, len(q.practice_questions))
    figures = standing_out(intensities, q.standing_out, covered)
    return Result(
        model_id=q.id,
        model_version=q.version,
        model_sha256=q.sha256,
        answers=answers,
        practice=practice,
        declared=declared_profile(q, figure_ids, answers.values, "declared"),
        ambition=declared_profile(q, figure_ids, answers.values, "ambition"),
        answered=answered,
        total=len(q.practice_questions),
        warnings=tuple(version_warnings(q, answers)),
        standing_out=figures,
        standing_out_rule=q.standing_out,
        standing_out_reason=reason_of(intensities, q.standing_out, covered, answered, figures),
    )


def chosen_options(value: object) -> tuple[str, ...]:
    """The option ids of a single or multiple answer (none for null)."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple):
        return value
    return ()


def practice_profile(
    q: Questionnaire, figure_ids: Sequence[str], values: Mapping[str, object]
) -> tuple[FigureScore, ...]:
    obtained = dict.fromkeys(figure_ids, 0)
    attainable = dict.fromkeys(figure_ids, 0)
    answered = dict.fromkeys(figure_ids, 0)
    informing = dict.fromkeys(figure_ids, 0)
    why: dict[str, list[Contribution]] = {fid: [] for fid in figure_ids}
    for question in q.practice_questions:
        value = values.get(question.id)
        options = chosen_options(value)
        for fid, best in question.attainable.items():
            if fid not in obtained:
                continue
            informing[fid] += 1
            if not options:
                continue
            got = 0
            giving: list[str] = []
            for option_id in options:
                option = question.option(option_id)
                weight = option.weights.get(fid, 0) if option is not None else 0
                if weight:
                    got += weight
                    giving.append(option_id)
            obtained[fid] += got
            attainable[fid] += best
            answered[fid] += 1
            if got:
                why[fid].append(Contribution(question.id, tuple(giving), got, best))

    intensities = {
        fid: (100.0 * obtained[fid] / attainable[fid] if attainable[fid] else None)
        for fid in figure_ids
    }
    shares = mix(intensities)
    return tuple(
        FigureScore(
            id=fid,
            intensity=intensities[fid],
            share=shares[fid],
            obtained=obtained[fid],
            attainable=attainable[fid],
            answered=answered[fid],
            informing=informing[fid],
            contributions=tuple(sorted(why[fid], key=lambda c: (-c.points, -c.attainable))),
        )
        for fid in figure_ids
    )


def mix(intensities: Mapping[str, float | None]) -> dict[str, float | None]:
    """Shares (summing to 100) in proportion to intensities; all None when nothing scored."""
    return dict(zip(intensities, mix_values(list(intensities.values())), strict=True))


def mix_values(intensities: Sequence[float | None]) -> tuple[float | None, ...]:
    """:func:`mix` over a sequence (the batch's packed scoring uses it too: same floats)."""
    total = sum(v for v in intensities if v)
    if total <= 0:
        return (None,) * len(intensities)
    return tuple(100.0 * (v or 0.0) / total for v in intensities)


Shares = tuple[float | None, ...]
Stated = tuple[float, ...] | None


class Numbers(NamedTuple):
    """One respondent's numbers, per figure in model order (what the batch keeps of a result)."""

    shares: Shares
    """Practice shares (the mix)."""
    intensities: Shares
    """Practice intensities."""
    declared: Stated
    """Declared shares (how the team sees itself), None when not answered."""
    ambition: Stated
    """Ambition shares (the 2050 ambition), None when not answered."""
    answered: int
    """The number of practice questions answered."""


def declared_profile(
    q: Questionnaire, figure_ids: Sequence[str], values: Mapping[str, object], kind: ProfileKind
) -> tuple[DeclaredShare, ...] | None:
    """The mix stated in the allocation question(s) of this profile; None if unanswered."""
    points = dict.fromkeys(figure_ids, 0.0)
    total = 0.0
    for question in q.questions:
        value = values.get(question.id)
        if question.profile != kind or not isinstance(value, Mapping):
            continue
        for option in question.options:  # the questionnaire's order, not the file's: same sums
            given = value.get(option.id)
            if not given:
                continue
            weight_sum = sum(w for fid, w in option.weights.items() if fid in points)
            for fid, weight in option.weights.items():
                if fid in points and weight_sum:
                    points[fid] += given * weight / weight_sum
            total += given
    if total <= 0:
        return None
    return tuple(DeclaredShare(fid, 100.0 * points[fid] / total) for fid in figure_ids)


def version_warnings(q: Questionnaire, answers: Answers) -> Iterable[Problem]:
    if answers.questionnaire_version is None:
        yield Problem("version_unknown", {"expected": q.version}, file=answers.source)
    elif answers.questionnaire_version != q.version:
        params = {"got": answers.questionnaire_version, "expected": q.version}
        yield Problem("version_mismatch", params, file=answers.source)


def round_shares(shares: Sequence[float | None], digits: int = 1) -> list[float | None]:
    """Round shares so that the rounded values still add up to exactly 100 (largest remainder)."""
    if None in shares:
        return [None if s is None else round(s, digits) for s in shares]
    scale = 10**digits
    exact = [float(s or 0.0) * scale for s in shares]
    floors = [int(x) for x in exact]
    missing = round(100 * scale) - sum(floors)
    if missing > 0:  # largest remainders first; a stable sort keeps ties in figure order
        remainders = [f - x for f, x in zip(floors, exact, strict=True)]
        for i in sorted(range(len(exact)), key=remainders.__getitem__)[:missing]:
            floors[i] += 1
    return [f / scale for f in floors]


