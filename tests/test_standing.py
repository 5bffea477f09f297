"""When a figure stands out: the pure rule, its parameters in questions.yaml, and the headline."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from ccas_compass.errors import ModelError
from ccas_compass.model.core import Model
from ccas_compass.model.loading import load_model
from ccas_compass.render import jsonout
from ccas_compass.render.wording import headline
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from ccas_compass.scoring.standing import DEFAULT_RULE, StandingOutRule, lead, standing_out
from tests.helpers import REPO, answers_of, best_option_for, edit_yaml

ARCHIVE = REPO / "data" / "archive" / "1.0"
CORPUS = Path(__file__).resolve().parent / "corpus_v1"
IDS = ("a", "b", "c", "d", "e", "f", "g")
intensity = st.one_of(st.none(), st.floats(min_value=0, max_value=100, allow_nan=False))
profiles = st.lists(intensity, min_size=len(IDS), max_size=len(IDS)).map(
    lambda v: dict(zip(IDS, v, strict=True))
)
rules = st.builds(
    StandingOutRule,
    st.floats(min_value=1, max_value=100, allow_nan=False),
    st.floats(min_value=0.5, max_value=100, allow_nan=False),
    st.floats(min_value=0, max_value=100, allow_nan=False),
)
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# ── the pure rule ────────────────────────────────────────────────────────────────────────────────


def test_one_strong_figure_stands_out_and_faint_ones_do_not() -> None:
    assert standing_out({"a": 62.0, "b": 10.0, "c": 12.0, "d": 8.0}) == ("a",)
    # the ordinary CCAS: a 46 % share on an 8 % intensity, a 77 % share on 21 %
    assert standing_out({"a": 8.0, "b": 2.0, "c": 3.0, "d": 0.0}) == ()
    assert standing_out({"a": 21.0, "b": 4.0, "c": 2.0, "d": 0.0}) == ()


def test_two_strong_figures_both_stand_out_strongest_first() -> None:
    """The others' *median*: a second strong figure does not hide the first."""
    found = standing_out({"a": 55.0, "b": 75.0, "c": 10.0, "d": 5.0, "e": 8.0})
    assert found == ("b", "a")


def test_a_uniformly_high_profile_has_no_figure_standing_out() -> None:
    assert standing_out(dict.fromkeys(IDS, 70.0)) == ()
    assert standing_out({"a": 45.0, "b": 38.0, "c": 40.0, "d": 35.0}) == ()


def test_low_coverage_says_nothing_stands_out() -> None:
    strong = {"a": 80.0, "b": 0.0, "c": 0.0}
    assert standing_out(strong, DEFAULT_RULE, coverage=100.0) == ("a",)
    assert standing_out(strong, DEFAULT_RULE, coverage=DEFAULT_RULE.min_coverage - 1) == ()


def test_uninformed_figures_never_stand_out_and_are_left_out_of_the_median() -> None:
    assert lead({"a": 50.0, "b": None, "c": 10.0}, "a") == 40.0
    assert lead({"a": None}, "a") is None
    assert standing_out({"a": None, "b": None}) == ()
    assert standing_out({"a": 50.0}) == ("a",)  # alone: the reference is 0


@given(profiles, rules)
def test_every_figure_listed_meets_both_conditions_and_no_other_does(
    values: dict[str, float | None], rule: StandingOutRule
) -> None:
    found = standing_out(values, rule)
    for fid, value in values.items():
        others = [v for k, v in values.items() if k != fid and v is not None]
        meets = value is not None and value >= rule.min_intensity and (
            value - (statistics.median(others) if others else 0.0) >= rule.min_lead
        )
        assert (fid in found) == meets
    ranked: list[float] = []
    for f in found:
        value = values[f]
        assert value is not None
        ranked.append(value)
    assert ranked == sorted(ranked, reverse=True)


@given(profiles, rules, st.randoms())
def test_deterministic_and_independent_of_the_figures_order(
    values: dict[str, float | None], rule: StandingOutRule, rnd: object
) -> None:
    items = list(values.items())
    rnd.shuffle(items)  # type: ignore[attr-defined]
    assert standing_out(dict(items), rule) == standing_out(values, rule) == standing_out(values, rule)


@given(st.floats(min_value=0, max_value=100, allow_nan=False), rules)
def test_all_equal_intensities_never_stand_out(value: float, rule: StandingOutRule) -> None:
    assert standing_out(dict.fromkeys(IDS, value), rule) == ()


@given(profiles)
def test_all_intensities_under_the_floor_never_stand_out(values: dict[str, float | None]) -> None:
    low = {k: None if v is None else v * (DEFAULT_RULE.min_intensity - 0.01) / 100 for k, v in values.items()}
    assert standing_out(low) == ()


# ── parameters carried by the questionnaire ─────────────────────────────────────────────────────


def test_questionnaire_may_carry_its_own_parameters(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(ARCHIVE, folder)
    edit_yaml(folder / "questions.yaml",
              lambda d: d.update(scoring={"standing_out": {"min_intensity": 12, "min_lead": 5.5}}))
    loaded = load_model(folder)
    rule = loaded.questionnaire.standing_out
    assert (rule.min_intensity, rule.min_lead) == (12.0, 5.5)
    assert rule.min_coverage == DEFAULT_RULE.min_coverage
    assert load_model(ARCHIVE).questionnaire.standing_out == DEFAULT_RULE

    edit_yaml(folder / "questions.yaml",
              lambda d: d.update(scoring={"standing_out": {"min_intensity": 150}}))
    with pytest.raises(ModelError) as err:
        load_model(folder)
    assert "min_intensity" in " ".join(p.render("en") for p in err.value.problems)
    edit_yaml(folder / "questions.yaml", lambda d: d.update(scoring={"standing_out": {"floor": 3}}))
    with pytest.raises(ModelError):
        load_model(folder)


# ── the result and the report ───────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def v1() -> Model:
    return load_model(ARCHIVE)


def test_a_distinctive_profile_names_its_figure_and_an_ordinary_one_does_not(v1: Model) -> None:
    fid = v1.figure_ids[2]
    distinctive = answers_of(v1, {x.id: best_option_for(x, fid) for x in v1.questionnaire.practice_questions})
    result = score(v1, distinctive)
    assert result.standing_out[0] == fid
    name = v1.figure(fid).name
    assert f"dessinent surtout la figure «\u00a0{name.fr}\u00a0»" in headline(build_report(v1, result), "fr")
    assert f"mostly draw {name.en}" in headline(build_report(v1, result), "en")

    from ccas_compass.answers.loading import load_answers

    ordinary = score(v1, load_answers(CORPUS / "ordinaire-statutaire.yaml", v1))
    assert ordinary.standing_out == ()
    report = build_report(v1, ordinary)
    assert report.none_stands_out
    for lang in ("fr", "en"):
        text = headline(report, lang)
        assert "penche" not in text
        assert "lean" not in text
    assert "socle légal" in headline(report, "fr")
    assert "statutory core" in headline(report, "en")


def test_json_carries_standing_out_its_rule_and_the_headline(v1: Model) -> None:
    from ccas_compass.answers.loading import load_answers

    result = score(v1, load_answers(CORPUS / "radar.yaml", v1))
    doc = jsonout.result(v1, result, "fr")
    assert doc["standing_out"] == list(result.standing_out) == ["radar"]
    assert doc["standing_out_rule"]["min_intensity"] == DEFAULT_RULE.min_intensity
    assert doc["leaning"]["practice"] == ["radar"]
    assert "Radar" in doc["headline"]
    code, schema, _ = run("schema", "result", "--data", str(ARCHIVE))
    assert code == 0
    properties = json.loads(schema)["properties"]
    assert properties["standing_out"]["type"] == "array"
    assert set(properties["standing_out_rule"]["required"]) == {"min_intensity", "min_lead"}
    jsonschema.validate(json.loads(json.dumps(doc)), json.loads(schema))


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_ordinary_ccas_report_says_no_figure_stands_out(fmt: str) -> None:
    """Tried as a user: the ordinary statutory CCAS is not told it leans toward a figure."""
    code, out, err = run("assess", "-a", str(CORPUS / "ordinaire-statutaire.yaml"), "--format", fmt,
                         "--data", str(ARCHIVE), "--no-chart")
    assert code == 0, err
    flat = " ".join(out.split())
    assert "Aucune figure ne se détache" in flat
    assert "Mix indicatif" in flat
    assert "penchent surtout" not in flat
    assert "dessinent surtout" not in flat


def test_few_answers_say_so_rather_than_naming_a_figure() -> None:
    code, out, _ = run("assess", "-a", str(CORPUS / "petite-commune.yaml"), "--data", str(ARCHIVE))
    assert code == 0
    flat = " ".join(out.split())
    assert "Trop peu de réponses" in flat
    assert "dessinent surtout" not in flat
