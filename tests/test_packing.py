"""Packed answers: lossless, small, and scored exactly as ``score()`` scores the answers."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_compass.model.core import Model
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.packing import Codec
from tests.factory import answer_value
from tests.helpers import doc, parsed


@settings(max_examples=60, deadline=None, print_blob=False)
@given(seed=st.integers(0, 10_000), answered=st.floats(0.0, 1.0))
def test_codec_gives_exactly_what_score_gives(model: Model, seed: int, answered: float) -> None:
    rng = random.Random(seed)
    q = model.questionnaire
    values = {x.id: answer_value(x, rng) for x in q.questions if x.type != "text" and rng.random() < answered}
    answers = parsed(model, doc("CCAS de Test", "37001", values))
    codec = Codec(model)
    decoded = codec.decode(codec.encode(answers.values))

    def canonical(values: Any) -> dict[str, Any]:
        """Same answers: ticks in any order, allocation zeros left out, notes aside."""
        out: dict[str, Any] = {}
        for key, value in values.items():
            if isinstance(value, tuple):
                out[key] = frozenset(value)
            elif isinstance(value, dict):
                out[key] = {k: v for k, v in value.items() if v}
            elif q.question(key).type != "text":  # type: ignore[union-attr]
                out[key] = value
        return out

    assert canonical(decoded) == canonical(answers.values)
    reference = score(model, answers)
    shares, intensities, declared, ambition, answered_count = codec.numbers(codec.encode(answers.values))
    assert shares == tuple(s.share for s in reference.practice)
    assert intensities == tuple(s.intensity for s in reference.practice)
    assert declared == (None if reference.declared is None else tuple(d.share for d in reference.declared))
    assert ambition == (None if reference.ambition is None else tuple(d.share for d in reference.ambition))
    assert answered_count == reference.answered


def test_codec_packs_a_respondent_in_a_few_bytes(model: Model) -> None:
    codec = Codec(model)
    assert codec.compact
    packed = codec.encode({})
    assert isinstance(packed, bytes)
    assert len(packed) == codec.width < 80


@st.composite
def wide_multiple(draw: st.DrawFn) -> tuple[list[dict[str, int]], list[int]]:
    """Per option of one multiple choice (2 to 30 options), its weights; and the options ticked."""
    count = draw(st.integers(2, 30))
    weights = [
        {f: w for f in ("radar", "avocat") if (w := draw(st.integers(0, 3)))} for _ in range(count)
    ]
    ticked = draw(st.lists(st.integers(0, count - 1), min_size=1, unique=True))
    return weights, ticked


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Model:
    from ccas_compass.model.loading import load_model
    from tests.helpers import write_mini_model

    return load_model(write_mini_model(tmp_path_factory.mktemp("mini") / "data"))


@settings(max_examples=60, deadline=2000)
@given(case=wide_multiple())
def test_a_multiple_choice_of_up_to_30_options_packs_and_scores_like_score(
    mini: Model, case: tuple[list[dict[str, int]], list[int]]
) -> None:
    """Packing is linear in the options (no 2ⁿ table): 30 options build at once, score as score()."""
    from ccas_compass.model.core import I18n, Option, Question
    from ccas_compass.model.loading import _attainable
    from tests.helpers import answers_of

    weights, ticked = case
    label = I18n("Option", "Option")
    options = tuple(Option(f"o{i}", label, w) for i, w in enumerate(weights))
    large = Question("large", "multiple", I18n("Lesquelles ?", "Which?"), "pratiques", None, options,
                     attainable=_attainable("multiple", options))
    q = mini.questionnaire
    model = replace(mini, questionnaire=replace(q, questions=(q.questions[0], large, *q.questions[1:])))
    answers = answers_of(model, {"large": [f"o{i}" for i in ticked], "q1": "veille"})
    codec = Codec(model)
    codes = codec.encode(answers.values)
    assert codec.decode(codes)["large"] == tuple(f"o{i}" for i in sorted(ticked))
    reference = score(model, answers)
    shares, intensities, _, _, answered = codec.numbers(codes)
    assert shares == tuple(s.share for s in reference.practice)
    assert intensities == tuple(s.intensity for s in reference.practice)
    assert answered == reference.answered == 2
