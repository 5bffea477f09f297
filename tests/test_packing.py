"""Packed answers: lossless, small, and scored exactly as ``score()`` scores the answers."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_compass.model import Model
from ccas_compass.packing import Codec
from ccas_compass.scoring import score
from tests.factory import answer_value
from tests.test_batch import doc, parsed


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
