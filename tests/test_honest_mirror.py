"""Why no figure stands out (statutory core, broad mix, few answers), and what the report then says:
headline, indicative gaps on intensities, levers toward the ambition, the ambition's lean, compare,
JSON, panorama and validate's French numbers. Answers are derived from the loaded model (the 0-point
option, the heaviest option of every practice question), never from hard-coded question ids."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from ccas_compass.batch.panorama import PanoramaBuilder
from ccas_compass.cli.app import app
from ccas_compass.model.core import Model, Question
from ccas_compass.render import jsonout
from ccas_compass.render.checks_view import number
from ccas_compass.render.wording import compare_moves, headline, levers_intro, mix_indicative
from ccas_compass.render.wording import intensity as in_words
from ccas_compass.scoring.compare import compare, side_from_result
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from ccas_compass.scoring.standing import StandingOutRule, above_floor, no_standing_reason, standing_out
from tests.helpers import answers_of

RULE = StandingOutRule(45.0, 25.0, 50.0)
IDS = ("a", "b", "c", "d", "e", "f", "g")
runner = CliRunner()


def weight(option: Any) -> int:
    return sum(option.weights.values()) if option.weights else 0


def zero_answer(question: Question) -> Any:
    """An answer worth no point (the statutory-core option, or the exclusive « none of these »)."""
    if question.type == "single":
        return next(o.id for o in question.options if weight(o) == 0)
    exclusive = question.exclusive_option
    if exclusive is not None:
        return [exclusive.id]
    return [next(o.id for o in question.options if weight(o) == 0)]


def max_answer(question: Question) -> Any:
    """The heaviest option (single) or every weighted option (multiple)."""
    if question.type == "single":
        return max(question.options, key=weight).id
    exclusive = question.exclusive_option
    return [o.id for o in question.options if weight(o) > 0 and (exclusive is None or o.id != exclusive.id)]


def stated(model: Model, declared: Mapping[str, int], ambition: Mapping[str, int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for q in model.questionnaire.questions:
        if q.type == "allocation":
            out[q.id] = dict(declared if q.profile == "declared" else ambition)
    return out


def practice(model: Model, answer: Any) -> dict[str, Any]:
    return {q.id: answer(q) for q in model.questionnaire.practice_questions}


@pytest.fixture
def flat(model: Model) -> dict[str, Any]:
    """Today's view on three figures; an ambition spread evenly over five (20 % each)."""
    f = model.figure_ids
    return stated(model, {f[0]: 4, f[1]: 3, f[2]: 3}, {f[2]: 2, f[3]: 2, f[4]: 2, f[5]: 2, f[6]: 2})


@pytest.fixture
def leaning_ambition(model: Model) -> dict[str, Any]:
    f = model.figure_ids
    return stated(model, {f[0]: 5, f[1]: 5}, {f[3]: 6, f[0]: 2, f[1]: 2})


# ── the pure rule ────────────────────────────────────────────────────────────────────────────────


def test_reasons_on_small_profiles() -> None:
    assert no_standing_reason({"a": 0.0, "b": 0.0}, RULE) == "statutory_core"
    assert no_standing_reason({"a": 40.0, "b": 30.0, "c": 5.0}, RULE) == "statutory_core"
    assert no_standing_reason(dict.fromkeys(IDS, 70.0), RULE) == "broad_mix"
    assert no_standing_reason({"a": 60.0, "b": 50.0, "c": 45.0}, RULE) == "broad_mix"
    assert above_floor({"a": 60.0, "b": 50.0, "c": 20.0}, RULE) == ("a", "b")
    assert no_standing_reason({"a": 80.0, "b": 0.0}, RULE, coverage=49.0) == "few_answers"
    assert no_standing_reason({"a": 80.0, "b": 0.0}, RULE) is None  # a stands out
    assert no_standing_reason({"a": None, "b": None}, RULE) is None  # nothing answered


@given(st.lists(st.one_of(st.none(), st.floats(0, 100)), min_size=7, max_size=7), st.floats(0, 100))
def test_a_reason_is_given_exactly_when_nothing_stands_out(
    values: list[float | None], coverage: float
) -> None:
    profile = dict(zip(IDS, values, strict=True))
    why = no_standing_reason(profile, RULE, coverage)
    informed = any(v is not None for v in values)
    assert (why is None) == (bool(standing_out(profile, RULE, coverage)) or not informed)
    if why == "statutory_core":
        assert all(v is None or v < RULE.min_intensity for v in values)
    if why == "broad_mix":
        assert above_floor(profile, RULE)


# ── the report, tried on answers derived from the model ──────────────────────────────────────────


def test_every_answer_at_zero_points_is_the_statutory_core_not_no_answer(
    model: Model, flat: dict[str, Any], leaning_ambition: dict[str, Any]
) -> None:
    """TRIAL 3: all answered, all 0 points: statutory-core wording, gaps stated against the
    practice intensity, and ingredients offered toward the ambition's figures."""
    answers = answers_of(model, {**practice(model, zero_answer), **leaning_ambition})
    report = build_report(model, score(model, answers))
    assert report.result.coverage == 100.0
    assert report.reason == "statutory_core"
    text = headline(report, "fr")
    assert "socle légal" in text
    assert "Aucune réponse de pratiques" not in text
    assert "penche vers" in text
    lead = model.figure_ids[3]
    assert [(g.figure, g.kind, g.practice) for g in report.gaps][0] == (lead, "ambition_faint", 0.0)
    assert [lever.figure.id for lever in report.levers] == [lead, model.figure_ids[0], model.figure_ids[1]]
    assert all(lever.on_intensity for lever in report.levers)
    assert "indicatif" in levers_intro(report, "fr")
    assert "faibles" in (mix_indicative(report, "fr") or "")


def test_nothing_answered_is_the_only_no_answer_case(model: Model) -> None:
    report = build_report(model, score(model, answers_of(model, {})))
    assert headline(report, "fr").startswith("Aucune réponse de pratiques")
    assert report.reason is None


def test_strong_practices_everywhere_are_a_broad_mix_never_the_statutory_core(
    model: Model, flat: dict[str, Any]
) -> None:
    """TRIAL 1 and 5: the heaviest option everywhere, a flat ambition."""
    answers = answers_of(model, {**practice(model, max_answer), **flat})
    report = build_report(model, score(model, answers))
    assert report.practice_lean == ()
    assert report.reason == "broad_mix"
    for lang, core in (("fr", "socle légal"), ("en", "statutory core")):
        text = headline(report, lang)
        assert core not in text
        assert core not in (mix_indicative(report, lang) or "")
    assert "plusieurs figures" in headline(report, "fr") or "toutes les figures" in headline(report, "fr")
    # a flat ambition leans toward nothing: it is spread
    assert report.ambition_lean == ()
    assert "se répartit entre" in headline(report, "fr")
    assert "penche vers" not in headline(report, "fr")
    # no practice-vs-ambition share gap is stated as a fact; only what the team stated itself
    assert {g.kind for g in report.gaps} <= {"ambition_declared", "ambition_faint", "ambition_drawn"}


def test_a_distinctive_profile_keeps_its_share_gaps(model: Model, leaning_ambition: dict[str, Any]) -> None:
    """One figure at its heaviest, the others at zero: it stands out; gaps stay on shares."""
    target = model.figure_ids[0]

    def one(q: Question) -> Any:
        fed = [o for o in q.options if o.weights and o.weights.get(target)]
        if not fed:
            return zero_answer(q)
        best = max(fed, key=lambda o: o.weights.get(target, 0))
        return best.id if q.type == "single" else [best.id]

    answers = answers_of(model, {**practice(model, one), **leaning_ambition})
    report = build_report(model, score(model, answers))
    assert report.practice_lean[:1] == (target,)
    assert report.reason is None
    assert {g.kind for g in report.gaps} <= {"ambition", "declared"}
    assert "dessinent surtout" in headline(report, "fr")


def test_compare_says_an_intensity_fall_and_calls_indicative_shares_so(
    model: Model, leaning_ambition: dict[str, Any]
) -> None:
    """TRIAL 4: from the heaviest answers to all-zero answers, intensities fall to 0."""
    a = score(model, answers_of(model, {**practice(model, max_answer), **leaning_ambition}))
    b = score(model, answers_of(model, {**practice(model, zero_answer), **leaning_ambition}))
    comparison = compare(side_from_result(model, a, "a.yaml"), side_from_result(model, b, "b.yaml"),
                         model.figure_ids)
    assert comparison.intensity_moves
    assert all((c.intensity_b or 0) == 0 for c in comparison.intensity_moves)
    text = " ".join(compare_moves(model, comparison, "fr").split())
    assert "intensité des pratiques" in text
    assert "→ 0 %" in text
    assert "Aucune part du mix ni aucune intensité" not in text
    assert "toutes les intensités sont nulles en B" in text  # B has no mix: no share "move" is said
    from ccas_compass.render.wording import compare_standing

    standing = " ".join(compare_standing(model, comparison, "fr"))
    assert "plusieurs figures" in standing
    assert "socle légal" in standing


def test_json_reason_and_indicative_gaps_validate_against_the_schema(
    model: Model, leaning_ambition: dict[str, Any]
) -> None:
    result = score(model, answers_of(model, {**practice(model, zero_answer), **leaning_ambition}))
    doc = jsonout.result(model, result, "fr")
    assert doc["standing_out_reason"] == "statutory_core"
    faint = doc["main_gaps"][0]
    assert faint["kind"] == "ambition_faint"
    assert faint["intensity"] == 0.0
    assert faint["delta"] is None
    assert doc["levers"]
    assert doc["levers"][0]["intensity"] == 0.0
    schema = runner.invoke(app, ["schema", "result"], catch_exceptions=False).stdout
    jsonschema.validate(json.loads(json.dumps(doc)), json.loads(schema))


def test_panorama_splits_the_none_stands_out_group_by_reason() -> None:
    builder = PanoramaBuilder(IDS[:3], rule=RULE)
    for intensity in ([0.0, 0.0, 0.0], [10.0, 20.0, 5.0], [70.0, 65.0, 60.0], [90.0, 5.0, 0.0]):
        shares = [None] * 3 if not sum(intensity) else [100 * v / sum(intensity) for v in intensity]
        builder.add_profile(1, shares, None, None, {}, 100.0, intensity=intensity)
    builder.add_profile(1, [100.0, 0.0, 0.0], None, None, {}, 20.0, intensity=[90.0, 0.0, 0.0])
    group = builder._group("all", "all", range(5))
    assert group.dominant == (1, 0, 0)
    assert group.none_stands_out == 4
    assert (group.statutory_core, group.broad_mix, group.few_answers) == (2, 1, 1)


def test_validate_numbers_are_french() -> None:
    assert number(-3.6, "fr", signed=True, percent=True) == "\u22123,6\u00a0%"
    assert number(-3.6, "en", signed=True, percent=True) == "-3.6%"
    assert number(50.0, "fr", 0) == "50"
    result = runner.invoke(app, ["validate"], catch_exceptions=False, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    import re

    rows = "\n".join(line for line in result.stdout.splitlines() if "│" in line or "(" in line)
    assert "\u2212" in rows  # some figure is under the mean: a true minus
    assert not re.search(r"\d\.\d|-\d|\d %", rows)  # decimal comma, no ASCII minus, nbsp before %


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_tried_as_a_user_all_zero_and_max_files(tmp_path: Path, model: Model, fmt: str,
                                                flat: dict[str, Any]) -> None:
    q = model.questionnaire
    cases = (("zero", zero_answer, "socle légal"), ("max", max_answer, "sans qu’aucune"))
    for name, answer, expected in cases:
        doc = {"questionnaire": {"id": q.id, "version": q.version}, "organisation": {"name": "CCAS de Test"},
               "answers": {**practice(model, answer), **flat}}
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        result = runner.invoke(app, ["assess", "-a", str(path), "--format", fmt, "--no-chart"],
                               catch_exceptions=False, env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.stderr
        flat_out = " ".join(result.stdout.split())
        assert expected in flat_out
        assert "Aucune réponse de pratiques" not in flat_out
        assert "des points possibles" in flat_out
        assert "(0 à 100)" not in flat_out


def test_compare_json_lists_intensity_moves_and_says_shares_are_indicative(
    model: Model, leaning_ambition: dict[str, Any]
) -> None:
    a = score(model, answers_of(model, {**practice(model, max_answer), **leaning_ambition}))
    b = score(model, answers_of(model, {**practice(model, zero_answer), **leaning_ambition}))
    comparison = compare(side_from_result(model, a, "a.yaml"), side_from_result(model, b, "b.yaml"),
                         model.figure_ids)
    doc = jsonout.comparison(model, comparison, "fr")
    assert doc["largest_intensity_changes"]
    assert doc["shares_indicative"] is True


@given(st.lists(st.integers(0, 10), min_size=7, max_size=7))
def test_the_ambition_leans_only_toward_clear_leaders(points: list[int]) -> None:
    from ccas_compass.scoring.report import (
        AMBITION_LEAD_MARGIN,
        AMBITION_LEAD_MAX,
        AMBITION_LEAD_SHARE,
        leaning,
    )

    total = sum(points)
    shares = {fid: (100.0 * p / total if total else 0.0) for fid, p in zip(IDS, points, strict=True)}
    named = leaning(shares)
    assert len(named) <= AMBITION_LEAD_MAX
    assert all(shares[f] >= AMBITION_LEAD_SHARE for f in named)
    rest = [v for f, v in shares.items() if f not in named]
    if named:
        assert min(shares[f] for f in named) - max(rest, default=0.0) >= AMBITION_LEAD_MARGIN
    if len(set(shares.values()) - {0.0}) == 1 and sum(v > 0 for v in shares.values()) >= 4:
        assert named == ()  # an even spread over four or more figures leans toward none


def test_a_broad_mix_with_a_leaning_ambition_says_its_figure_is_already_drawn(model: Model) -> None:
    f = model.figure_ids
    ambition = stated(model, {f[0]: 10}, {f[1]: 8, f[2]: 2})
    answers = answers_of(model, {**practice(model, max_answer), **ambition})
    report = build_report(model, score(model, answers))
    assert report.reason == "broad_mix"
    assert report.ambition_lean == (f[1],)
    assert report.gaps[0].kind == "ambition_drawn"
    assert report.levers == ()  # every figure is above the floor: nothing "drawn little"
    from ccas_compass.render.wording import gap_sentence

    assert "déjà en partie" in gap_sentence(report, report.gaps[0], "fr")


@pytest.mark.parametrize("missing", ["ambition", "declared"])
def test_with_one_stated_profile_no_sentence_compares_the_two(model: Model, missing: str) -> None:
    """Trial: the 2050 ambition skipped, « (Ambition 2050 non renseignée.) », then « le regard
    d'aujourd'hui et l'ambition 2050 ne diffèrent … pour aucune figure »: a comparison of nothing."""
    from ccas_compass.render.wording import no_gap

    f = model.figure_ids
    both = stated(model, {f[0]: 10}, {f[1]: 10})
    kept = {k: v for k, v in both.items() if not _is_profile(model, k, missing)}
    report = build_report(model, score(model, answers_of(model, {**practice(model, zero_answer), **kept})))
    assert report.indicative
    assert (report.result.ambition is None) == (missing == "ambition")
    for lang, compared in (("fr", "ne diffèrent"), ("en", "differ by")):
        assert compared not in no_gap(report, lang)


def _is_profile(model: Model, question_id: str, profile: str) -> bool:
    question = next(q for q in model.questionnaire.questions if q.id == question_id)
    return question.profile == profile


def test_the_statutory_core_sentence_names_the_most_drawn_figure_under_the_floor(
    model: Model, flat: dict[str, Any]
) -> None:
    """Trial: practices at up to 31 % of a figure's points were told « relèvent surtout du socle
    légal » with nothing more; the sentence now says which figure is most drawn, and how far."""
    target = model.figure_ids[2]
    fed = [q for q in model.questionnaire.practice_questions
           if q.type == "single" and any(o.weights.get(target) for o in q.options)]

    def mild(q: Question) -> Any:
        if q in fed[:2]:
            return max(q.options, key=lambda o: o.weights.get(target, 0)).id
        return zero_answer(q)

    report = build_report(model, score(model, answers_of(model, {**practice(model, mild), **flat})))
    assert report.reason == "statutory_core"
    row = next(r for r in report.rows if r.id == target)
    assert row.intensity
    assert max(r.intensity or 0 for r in report.rows) == row.intensity
    for lang, name in (("fr", f"« {report.name(target, 'fr')} »"), ("en", report.name(target, "en"))):
        text = headline(report, lang).replace("\xa0", " ")
        assert name in text
        assert in_words(row.intensity, lang).replace("\xa0", " ") in text
