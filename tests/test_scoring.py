"""Scoring: the formula, its invariants, and no figure winning by construction."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_compass.model.core import Model
from ccas_compass.scoring.mix import mix, round_shares, score
from tests.helpers import answers_of, best_option_for


def random_values(model: Model, rng: random.Random, skip: float = 0.2) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for q in model.questionnaire.questions:
        if rng.random() < skip:
            continue
        if q.type == "single":
            values[q.id] = rng.choice(q.options).id
        elif q.type == "multiple":
            plain = [o.id for o in q.options if not o.exclusive]
            chosen = rng.sample(plain, rng.randint(1, len(plain)))
            none = q.exclusive_option
            values[q.id] = [none.id] if none is not None and rng.random() < 0.1 else chosen
        elif q.type == "allocation":
            points = q.points or 0
            ids = [o.id for o in q.options]
            spread = dict.fromkeys(ids, 0)
            for _ in range(points):
                spread[rng.choice(ids)] += 1
            values[q.id] = spread
    return values


@pytest.mark.parametrize("figure_index", range(7))
def test_favouring_a_figure_makes_it_lead_the_mix(model: Model, figure_index: int) -> None:
    fid = model.figure_ids[figure_index]
    values = {q.id: best_option_for(q, fid) for q in model.questionnaire.practice_questions}
    result = score(model, answers_of(model, values))
    ranked = sorted(result.practice, key=lambda s: s.share or 0, reverse=True)
    assert ranked[0].id == fid
    assert ranked[0].intensity == 100.0


def test_intensity_formula_on_one_question(model: Model) -> None:
    q = next(x for x in model.questionnaire.practice_questions if x.type == "single")
    option = max(q.options, key=lambda o: sum(o.weights.values()))
    result = score(model, answers_of(model, {q.id: option.id}))
    for s in result.practice:
        if s.id in q.attainable:
            assert s.intensity == pytest.approx(100 * option.weights.get(s.id, 0) / q.attainable[s.id])
            assert s.answered == 1
        else:
            assert s.intensity is None
            assert s.share == 0.0
    assert result.answered == 1
    assert result.coverage == pytest.approx(100 / len(model.questionnaire.practice_questions))


def test_dont_know_lowers_coverage_never_the_score(model: Model) -> None:
    fid = "radar"
    values = {q.id: best_option_for(q, fid) for q in model.questionnaire.practice_questions}
    full = score(model, answers_of(model, values))
    informing = [q.id for q in model.questionnaire.practice_questions if fid in q.attainable]
    for qid in informing[: len(informing) // 2]:
        values.pop(qid)
    partial = score(model, answers_of(model, values))
    assert partial.coverage < full.coverage
    radar_full = next(s for s in full.practice if s.id == fid)
    radar_partial = next(s for s in partial.practice if s.id == fid)
    assert radar_partial.intensity == radar_full.intensity == 100.0


def test_no_answers_gives_no_mix(model: Model) -> None:
    result = score(model, answers_of(model, {}))
    assert result.coverage == 0
    assert all(s.intensity is None and s.share is None for s in result.practice)
    assert result.declared is None
    assert result.ambition is None


def test_declared_and_ambition_profiles_are_kept_apart(model: Model) -> None:
    declared = next(q for q in model.questionnaire.questions if q.profile == "declared")
    ambition = next(q for q in model.questionnaire.questions if q.profile == "ambition")
    points = declared.points or 10
    values = {
        declared.id: {"radar": points},
        ambition.id: {"radar": points // 2, "avocat": points - points // 2},
    }
    result = score(model, answers_of(model, values))
    assert result.declared is not None
    assert result.ambition is not None
    assert {d.id: d.share for d in result.declared}["radar"] == 100.0
    shares = {d.id: d.share for d in result.ambition}
    assert shares["radar"] + shares["avocat"] == pytest.approx(100.0)
    assert all(s.share is None for s in result.practice)


def test_contributions_explain_the_intensity(model: Model) -> None:
    rng = random.Random(7)
    result = score(model, answers_of(model, random_values(model, rng, skip=0)))
    for s in result.practice:
        assert sum(c.points for c in s.contributions) == s.obtained
        points = [c.points for c in s.contributions]
        assert points == sorted(points, reverse=True)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_invariants_bounded_deterministic_order_free(model: Model, seed: int) -> None:
    rng = random.Random(seed)
    values = random_values(model, rng, skip=rng.random())
    first = score(model, answers_of(model, values))
    items = list(values.items())
    rng.shuffle(items)
    again = score(model, answers_of(model, dict(items)))
    assert first.practice == again.practice
    assert first.declared == again.declared
    assert first.ambition == again.ambition
    for s in first.practice:
        assert s.intensity is None or 0.0 <= s.intensity <= 100.0
        assert s.share is None or 0.0 <= s.share <= 100.0
    shares = [s.share for s in first.practice if s.share is not None]
    if shares:
        assert sum(shares) == pytest.approx(100.0)
    assert 0 <= first.coverage <= 100
    for profile in (first.declared, first.ambition):
        if profile is not None:
            assert sum(d.share for d in profile) == pytest.approx(100.0)


@given(st.lists(st.floats(min_value=0, max_value=100), min_size=2, max_size=9))
def test_rounded_shares_still_add_up_to_100(raw: list[float]) -> None:
    shares = mix({str(i): v for i, v in enumerate(raw)})
    values = list(shares.values())
    if values[0] is None:
        assert all(v is None for v in values)
        return
    rounded = round_shares(values)
    assert sum(round(10 * (r or 0)) for r in rounded) == 1000
    assert all(abs((r or 0) - (v or 0)) < 0.1 + 1e-9 for r, v in zip(rounded, values, strict=True))


def test_version_warnings(model: Model) -> None:
    from ccas_compass.answers import check

    reference = {"id": model.questionnaire.id, "version": "0.9"}
    document = {"organisation": {"name": "X"}, "questionnaire": reference}
    parsed, _ = check.check(document, model.questionnaire)
    assert parsed is not None
    result = score(model, parsed)
    assert [w.key for w in result.warnings] == ["version_mismatch"]
    assert "0.9" in result.warnings[0].render("fr")
    parsed, _ = check.check({"organisation": {"name": "X"}}, model.questionnaire)
    assert parsed is not None
    assert [w.key for w in score(model, parsed).warnings] == ["version_unknown"]


def test_contributions_name_only_the_options_that_gave_points(model: Model) -> None:
    q = next(
        x for x in model.questionnaire.practice_questions
        if x.type == "multiple" and len({f for o in x.options for f in o.weights}) >= 2
    )
    first = next(o for o in q.options if o.weights)
    fid = next(iter(first.weights))
    other = next(o for o in q.options if o.weights and fid not in o.weights)
    result = score(model, answers_of(model, {q.id: [first.id, other.id]}))
    contribution = next(s for s in result.practice if s.id == fid).contributions[0]
    assert contribution.options == (first.id,)
