"""Questionnaire versions: each answers file scored with the version it declares, when shipped.

The tests build their own two-version data folder — a "current" questionnaire derived from the
archived 1.0 (renamed question, version "2.0-test") with ``archive/1.0`` beside it — so that they do
not depend on the content of the shipped current questionnaire.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from ccas_compass.model import cache as model_cache
from ccas_compass.scoring.versions import Shelf, declared_version, shelf
from tests.helpers import REPO, edit_yaml

ARCHIVE = REPO / "data" / "archive" / "1.0"
CORPUS = Path(__file__).resolve().parent / "corpus_v1"
CURRENT = "2.0-test"
RENAMED = "accueil_premier_lieu"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder whose current questionnaire is a "2.0" (one question renamed) over 1.0."""
    folder = tmp_path / "data"
    shutil.copytree(ARCHIVE, folder)
    shutil.copytree(ARCHIVE, folder / "archive" / "1.0")

    def bump(doc: dict[str, Any]) -> None:
        doc["version"] = CURRENT
        for question in doc["questions"]:
            if question["id"] == RENAMED:
                question["id"] = RENAMED + "_v2"

    edit_yaml(folder / "questions.yaml", bump)
    return folder


def answers_file(tmp_path: Path, name: str, version: str | None, source: str = "radar.yaml") -> Path:
    doc = yaml.safe_load((CORPUS / source).read_text(encoding="utf-8"))
    if version is None:
        del doc["questionnaire"]["version"]
    else:
        doc["questionnaire"]["version"] = version
    if version == CURRENT:
        doc["answers"][RENAMED + "_v2"] = doc["answers"].pop(RENAMED)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_shelf_lists_and_loads_the_shipped_versions(data: Path) -> None:
    found = shelf(data)
    assert found.versions() == ["1.0", CURRENT]
    assert found.model("1.0") is found.model("1.0") is not None
    assert found.model(CURRENT) is found.current
    assert found.model("9.9") is None
    assert found.model_for("9.9") is found.current
    assert found.model_for(None) is found.current
    assert Shelf(found.current, None).versions() == [CURRENT]
    assert declared_version({"questionnaire": {"version": 1.0}}) == "1.0"
    assert declared_version({"questionnaire": "x"}) is None


def test_an_answers_file_of_1_0_is_scored_with_1_0_and_says_so(data: Path, tmp_path: Path) -> None:
    path = answers_file(tmp_path, "v1.yaml", "1.0")
    code, out, err = run("assess", "-a", str(path), "--format", "json", "--data", str(data))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["questionnaire"]["version"] == "1.0"
    assert doc["answered_with"]["version"] == "1.0"
    assert doc["standing_out"] == ["radar"]
    assert any("1.0" in w and CURRENT in w for w in doc["warnings"])
    assert "1.0" in err  # the note on stderr too
    code, out, _ = run("assess", "-a", str(path), "--data", str(data))
    assert code == 0
    flat = " ".join(out.split())
    assert "version 1.0" in flat
    assert "archivée" in flat
    code, out, _ = run("assess", "-a", str(path), "--format", "markdown", "--data", str(data))
    assert "version 1.0" in out
    assert "archivée" in " ".join(out.split())


def test_current_unknown_and_missing_versions_use_the_current_questionnaire(
    data: Path, tmp_path: Path
) -> None:
    current = answers_file(tmp_path, "v2.yaml", CURRENT)
    code, out, err = run("assess", "-a", str(current), "--format", "json", "--data", str(data))
    assert code == 0, err
    assert json.loads(out)["questionnaire"]["version"] == CURRENT
    warnings = json.loads(out)["warnings"]
    assert [w for w in warnings if "37997" not in w] == []  # the corpus's made-up code: a territory warning

    # a version the tool does not ship: checked against the current questionnaire, warned about
    unknown = answers_file(tmp_path, "v9.yaml", "9.9")
    code, _, err = run("assess", "-a", str(unknown), "--data", str(data))
    assert code == 1
    assert RENAMED in err
    doc = yaml.safe_load(current.read_text(encoding="utf-8"))
    doc["questionnaire"]["version"] = "9.9"
    unknown.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, out, err = run("assess", "-a", str(unknown), "--format", "json", "--data", str(data))
    assert code == 0, err
    assert json.loads(out)["questionnaire"]["version"] == CURRENT
    assert any("9.9" in w for w in json.loads(out)["warnings"])

    del doc["questionnaire"]["version"]
    unknown.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, out, _ = run("assess", "-a", str(unknown), "--format", "json", "--data", str(data))
    assert code == 0
    assert json.loads(out)["questionnaire"]["version"] == CURRENT
    assert json.loads(out)["warnings"]


def test_compare_across_versions_compares_figure_shares_with_a_note(data: Path, tmp_path: Path) -> None:
    old = answers_file(tmp_path, "old.yaml", "1.0", "ordinaire-statutaire.yaml")
    new = answers_file(tmp_path, "new.yaml", CURRENT)
    code, out, err = run("compare", str(old), str(new), "--format", "json", "--data", str(data))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["a"]["questionnaire"]["version"] == "1.0"
    assert doc["b"]["questionnaire"]["version"] == CURRENT
    assert not doc["same_questionnaire"]
    assert any("diffèrent" in w for w in doc["warnings"])
    assert doc["a"]["standing_out"] == []
    assert doc["b"]["standing_out"] == ["radar"]
    radar = next(f for f in doc["figures"] if f["id"] == "radar")
    assert radar["share"]["change"] > 0
    assert radar["intensity"]["change"] > 0
    code, out, _ = run("compare", str(old), str(new), "--data", str(data))
    flat = " ".join(out.split())
    assert "aucune figure ne se détache" in flat
    assert "« Radar »" in flat  # typeset (non-breaking spaces; split() counts them as spaces)


def test_batch_mixing_versions_scores_each_respondent_with_its_own(data: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    old = answers_file(inputs, "a-old.yaml", "1.0")
    answers_file(inputs, "b-new.yaml", CURRENT)
    # a second organisation, alone on 1.0
    doc = yaml.safe_load(old.read_text(encoding="utf-8"))
    doc["organisation"].update(name="CCAS d'Ailleurs", insee="37001")
    (inputs / "c-other.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run("batch", str(inputs), "--out", str(out), "--data", str(data), "--no-chart")
    assert code == 0, err
    flat = " ".join(err.split())
    assert "2 × 1.0" in flat
    assert f"1 × {CURRENT}" in flat
    team = json.loads(next((out / "organisations").glob("*veille*.json")).read_text(encoding="utf-8"))
    assert team["respondents"] == 2
    assert team["versions"] == ["1.0", CURRENT]
    assert any("versions différentes" in w for w in team["warnings"])
    assert team["standing_out"] == ["radar"]
    alone = json.loads(next((out / "organisations").glob("*ailleurs*.json")).read_text(encoding="utf-8"))
    assert alone["standing_out"] == ["radar"]
    assert alone["versions"] is None
    assert any("archivée" in w for w in alone["warnings"])
    report = next((out / "organisations").glob("*ailleurs*.md")).read_text(encoding="utf-8")
    assert "version 1.0" in report


def test_a_team_all_on_an_archived_version_is_reported_with_it(data: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    answers_file(inputs, "a.yaml", "1.0")
    answers_file(inputs, "b.yaml", "1.0", "ordinaire-statutaire.yaml")
    for name in ("a.yaml", "b.yaml"):  # one organisation, two respondents
        doc = yaml.safe_load((inputs / name).read_text(encoding="utf-8"))
        doc["organisation"].update(name="CCAS de Deux-Voix", insee="37002")
        (inputs / name).write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("batch", str(inputs), "--out", str(out), "--data", str(data), "--no-chart")
    assert code == 0, err
    team = json.loads(next((out / "organisations").glob("*.json")).read_text(encoding="utf-8"))
    assert team["respondents"] == 2
    assert team["versions"] is None
    assert team["least_consensus"]  # both members on 1.0: compared question by question
    assert any("archivée" in w for w in team["warnings"])
    report = " ".join(next((out / "organisations").glob("*.md")).read_text(encoding="utf-8").split())
    assert "version 1.0" in report


def test_validate_an_archived_version(data: Path) -> None:
    code, out, _ = run("validate", "--version", "1.0", "--data", str(data))
    assert code == 0
    assert "1.0" in out
    assert "✗" in out
    code, _, err = run("validate", "--version", "9.9", "--data", str(data))
    assert code == 2
    assert "9.9" in err
    assert CURRENT in err


def test_the_model_cache_keeps_each_version(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("CCAS_COMPASS_CACHE", str(cache))
    first = shelf(data)
    assert first.model("1.0") is not None
    entries = sorted(p.name for p in cache.glob("model-*.pickle"))
    assert len(entries) == 2
    assert any("archive-1.0" in e for e in entries)
    again = shelf(data)  # the current model loaded again must not evict the archived one
    assert again.model("1.0") == first.model("1.0")
    assert sorted(p.name for p in cache.glob("model-*.pickle")) == entries
    assert model_cache.get("nothing", "archive-1.0") is None


def test_every_shipped_version_loads_and_scores() -> None:
    """The package's own data: the current questionnaire and every archived one stay usable."""
    from ccas_compass.scoring.mix import score
    from tests.helpers import answers_of

    shipped = shelf()
    assert "1.0" in shipped.versions()
    for version in shipped.versions():
        used = shipped.model(version)
        assert used is not None
        assert used.questionnaire.version == version
        first = used.questionnaire.practice_questions[0]
        result = score(used, answers_of(used, {first.id: first.options[0].id}))
        assert result.model_version == version


def test_a_mixed_team_compares_question_by_question_only_its_main_version(
    data: Path, tmp_path: Path
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    answers_file(inputs, "a.yaml", CURRENT)
    answers_file(inputs, "b.yaml", "1.0")
    answers_file(inputs, "c.yaml", "1.0", "ordinaire-statutaire.yaml")
    for name, role in (("a.yaml", "directrice"), ("b.yaml", "élue"), ("c.yaml", "agent d'accueil")):
        doc = yaml.safe_load((inputs / name).read_text(encoding="utf-8"))
        doc["organisation"].update(name="CCAS de Trois-Voix", insee="37003")
        doc["respondent"] = {"role": role}
        (inputs / name).write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("batch", str(inputs), "--out", str(out), "--data", str(data), "--no-chart")
    assert code == 0, err
    team = json.loads(next((out / "organisations").glob("*.json")).read_text(encoding="utf-8"))
    assert team["versions"] == ["1.0", CURRENT]
    assert any("version 1.0" in w for w in team["warnings"])
    least = team["least_consensus"]
    assert least
    assert all(item["question_text"] != item["question"] for item in least)
    assert all(item["answered"] == 2 for item in least)  # the two 1.0 members only
    report = next((out / "organisations").glob("*.md")).read_text(encoding="utf-8")
    discussed = report.split("\n**1. ", 1)[1]  # each question to discuss, numbered, then its table
    first = discussed.split("\n**2. ", 1)[0].split("\n## ", 1)[0]
    assert "élue" in first
    assert "agent d'accueil" in first
    assert "directrice" not in first
