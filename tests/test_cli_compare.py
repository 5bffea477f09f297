"""compare A B: answers files or JSON results, in text, Markdown and JSON, with its warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from tests.helpers import EXAMPLE

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def later(tmp_path: Path) -> Path:
    """The same CCAS two years on: out of its walls more often, a different ambition."""
    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    document["date"] = "2028-11-20"
    answers = document["answers"]
    answers["accueil_premier_lieu"] = "hors_les_murs"
    answers["presence_aller_vers"] = None
    answers["partenariats_animation_reseau"] = None
    answers["gouvernance_sujets_ca"] = None
    path = tmp_path / "2028.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def result_2026(tmp_path: Path) -> Path:
    path = tmp_path / "2026.json"
    assert run("assess", "-a", str(EXAMPLE), "-f", "json", "-o", str(path))[0] == 0
    return path


def test_json_compare_of_a_result_file_and_an_answers_file(result_2026: Path, later: Path) -> None:
    code, out, err = run("compare", str(result_2026), str(later), "-f", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["a"]["date"] == "2026-11-20"
    assert doc["b"]["date"] == "2028-11-20"
    assert doc["same_questionnaire"] is True
    assert len(doc["figures"]) == 7
    for f in doc["figures"]:
        assert f["share"]["change"] == pytest.approx(f["share"]["b"] - f["share"]["a"])
    assert sum(f["share"]["change"] for f in doc["figures"]) == pytest.approx(0)
    assert doc["warnings"] == []


def test_text_and_markdown(result_2026: Path, later: Path) -> None:
    code, out, _ = run("compare", str(EXAMPLE), str(later), "--lang", "en")
    assert code == 0
    assert "Comparison of two assessments" in out
    assert "A: CCAS de Val-des-Tilleuls — 20 November 2026" in out
    code, out, _ = run("compare", str(result_2026), str(later), "-f", "markdown")
    assert code == 0
    tokens = MarkdownIt("commonmark", {"html": False}).enable("table").parse(out)
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 2 * 8  # the mix, then the declared profile and the ambition
    cells = [sum(1 for t in tokens[i:] if t.type in ("th_open", "td_open")) for i in (0,)]
    assert cells == [2 * 7 * 8]


def test_questionnaire_differences_are_warned(result_2026: Path, tmp_path: Path) -> None:
    doc = json.loads(result_2026.read_text(encoding="utf-8"))
    version = doc["questionnaire"]["version"]
    doc["questionnaire"]["version"] = "0.9"
    old = tmp_path / "old.json"
    old.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run("compare", str(old), str(result_2026), "--lang", "en", "-f", "json")
    assert code == 0
    assert "not scored with the same questionnaire version" in err
    assert json.loads(out)["same_questionnaire"] is False
    doc["questionnaire"]["version"] = version
    doc["questionnaire"]["sha256"] = "0" * 64
    old.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run("compare", str(old), str(result_2026), "--lang", "en")
    assert "different sha256" in out
    assert "different sha256" in err


def test_output_file_and_bad_result(result_2026: Path, tmp_path: Path) -> None:
    target = tmp_path / "evolution.md"
    args = ("compare", str(result_2026), str(result_2026), "-f", "markdown", "-o", str(target))
    assert run(*args)[0] == 0
    assert target.read_text(encoding="utf-8").startswith("# Comparaison")
    assert run(*args)[0] == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"figures": [{"id": "radar", "share": "beaucoup"}]}', encoding="utf-8")
    code, _, err = run("compare", str(bad), str(result_2026))
    assert code == 1
    assert "bad.json" in err
    assert "assess --format json" in err


def test_two_different_organisations_are_said_to_be_compared_not_followed(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parent / "corpus"
    result = CliRunner().invoke(
        app, ["compare", str(corpus / "ordinaire-6000.yaml"), str(corpus / "radar-pont-saint-esprit.yaml")]
    )
    assert result.exit_code == 0, result.output
    assert "deux organisations différentes" in result.stderr
    ordinary = str(corpus / "ordinaire-6000.yaml")
    same = CliRunner().invoke(app, ["compare", ordinary, ordinary])
    assert "deux organisations différentes" not in same.stderr
