"""What ``validate`` counts and checks, outside the command line: the questionnaire's sizes and the
answers inputs read as ``batch`` reads them."""

from __future__ import annotations

from pathlib import Path

from ccas_compass.batch.check import check_inputs
from ccas_compass.model.checks import sizes
from ccas_compass.model.core import Model
from tests.helpers import EXAMPLE


def test_sizes_count_every_kind_of_question(model: Model) -> None:
    q = model.questionnaire
    counted = sizes(q)
    assert counted.practice == len(q.practice_questions) > 0
    assert counted.questions == counted.practice + counted.allocations
    assert counted.profile == len(q.profile) > 0
    assert counted.allocations == sum(1 for x in q.questions if x.type == "allocation")


def test_a_good_file_passes_a_missing_one_is_a_usage_problem(model: Model, tmp_path: Path) -> None:
    checked = check_inputs(model, [EXAMPLE])
    assert checked.passed == [EXAMPLE]
    assert not checked.problems
    assert not checked.missing
    checked = check_inputs(model, [tmp_path / "absent.yaml"])
    assert checked.missing
    assert checked.problems
    assert not checked.passed


def test_a_bad_file_is_a_data_problem_with_its_name(model: Model, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("questionnaire: [\n", encoding="utf-8")
    checked = check_inputs(model, [EXAMPLE, bad])
    assert checked.passed == [EXAMPLE]
    assert not checked.missing
    assert checked.problems
    assert all(p.file == str(bad) for p in checked.problems)


def test_an_empty_folder_is_said(model: Model, tmp_path: Path) -> None:
    checked = check_inputs(model, [tmp_path])
    assert [p.key for p in checked.problems] == ["no_inputs"]
