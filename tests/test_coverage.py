"""One coverage formula, unrounded until display: a team's JSON, its report and the panorama agree."""

from __future__ import annotations

from pathlib import Path

from ccas_compass.answers import check
from ccas_compass.batch.panorama import peers
from ccas_compass.batch.teams import Collector, panorama, team_result, teams
from ccas_compass.model.core import Answers, Model
from ccas_compass.model.loading import load_model
from ccas_compass.render import jsonout
from ccas_compass.render.batch_markdown import panorama_markdown, team_markdown
from ccas_compass.scoring.report import build_report, coverage_text
from tests.helpers import write_mini_model


def respondent(model: Model, name: str, insee: str, answered: int, who: str = "") -> Answers:
    questions = model.questionnaire.practice_questions[:answered]
    document = {
        "organisation": {"name": name, "insee": insee},
        "respondent": {"name": who or "Camille"},
        "answers": {x.id: x.options[0].id for x in questions},
    }
    parsed, problems = check.check(document, model.questionnaire)
    assert not problems
    assert parsed is not None
    return parsed


def test_25_25_26_26_26_of_43_is_low_everywhere(tmp_path: Path) -> None:
    """Mean 25.6 of 43 = 59.5 %: low (below 60 %), although 26 of 43 (the rounded mean) is 60.5 %."""
    model = load_model(write_mini_model(tmp_path / "data", questions=43))
    collector = Collector(model)
    for i, answered in enumerate((25, 25, 26, 26, 26)):
        collector.add(respondent(model, "CCAS de Juste", "49001", answered, f"R{i}"), f"juste-{i}.yaml")
    for insee in ("49002", "49003"):
        collector.add(respondent(model, f"CCAS {insee}", insee, 43), f"{insee}.yaml")
    overview = panorama(collector)
    team = next(t for t in teams(collector) if t.name == "CCAS de Juste")
    result = team_result(model, team)
    document = jsonout.team(model, team, peers(overview, team), "fr", result)
    assert document["coverage"] == 59.5
    assert document["low_coverage"] is True
    assert build_report(model, result).low_coverage
    assert overview.overall is not None
    assert overview.overall.low_coverage == 1
    pano = panorama_markdown(model, overview, "fr")
    assert "1 organisation a répondu en moyenne à moins de 60" in pano
    markdown = team_markdown(model, team, peers(overview, team), "fr", None, build_report(model, result))
    markdown = markdown.replace("\xa0", " ")
    assert "en moyenne 59,5 %" in markdown
    assert "couverture faible (59,5 %)" in markdown


def test_coverage_is_shown_whole_unless_rounding_would_cross_the_threshold() -> None:
    assert [coverage_text(v) for v in (59.53, 60.47, 58.1, 100.0, 59.96, 60.0)] == [
        "59.5", "60", "58", "100", "59.9", "60"
    ]
    assert coverage_text(59.53, "fr") == "59,5"
