"""assess --format text|markdown|json through the command line: files, chart, --force, --no-chart."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from tests.helpers import EXAMPLE

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_markdown_to_stdout_writes_no_chart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("assess", "-a", str(EXAMPLE), "-f", "markdown")
    assert code == 0, err
    assert out.replace("\xa0", " ").startswith("# CCAS de Val-des-Tilleuls — le mix des figures\n")
    assert "![" not in out
    assert list(tmp_path.iterdir()) == []


def test_markdown_with_output_writes_svg_and_png_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "rapport CA.md"
    code, out, err = run("assess", "-a", str(EXAMPLE), "-f", "markdown", "-o", str(target), "--lang", "en")
    assert code == 0, err
    assert out == ""
    png, svg = tmp_path / "rapport CA.png", tmp_path / "rapport CA.svg"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in svg.read_bytes()
    text = target.read_text(encoding="utf-8")
    assert "(rapport%20CA.png)" in text
    assert "(rapport%20CA.svg)" in text
    for path in (target, png, svg):
        assert str(path) in err

    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    png.unlink()
    code, _, err = run("assess", "-a", str(EXAMPLE), "-f", "markdown", "-o", str(target))
    assert code == 2
    assert "--force" in err
    assert str(target) in err
    assert str(svg) in err
    assert not png.exists(), "nothing is written when one target exists"
    code, _, err = run("assess", "-a", str(EXAMPLE), "-f", "markdown", "-o", str(target), "--force")
    assert code == 0, err
    assert png.exists()
    assert target.stat().st_mtime_ns >= before[target.name]


def test_no_chart_writes_only_the_markdown(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    code, _, err = run("assess", "-a", str(EXAMPLE), "-f", "markdown", "-o", str(target), "--no-chart")
    assert code == 0, err
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]
    assert "![" not in target.read_text(encoding="utf-8")


def test_text_report_on_screen() -> None:
    code, out, _ = run("assess", "-a", str(EXAMPLE), "--lang", "en")
    assert code == 0
    assert "Your practices mostly draw" in out
    assert "Toward your ambition: possible ingredients" in out


def test_json_with_a_hostile_name_validates_against_the_schema(tmp_path: Path) -> None:
    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    document["organisation"]["name"] = 'Les | Pins *<b>*\n=HYPERLINK("x")'
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    code, out, err = run("assess", "-a", str(path), "-f", "json")
    assert code == 0, err
    doc = json.loads(out)
    jsonschema.validate(doc, json.loads(run("schema", "result")[1]))
    assert doc["organisation"]["name"] == document["organisation"]["name"]
    assert [g["id"] for g in doc["main_gaps"]] == ["convivialites", "lieux_partages", "convivialites"]
    assert doc["levers"][0]["id"] == "lieux_partages"
    assert set(doc["levers"][0]["ingredients"]) == {"espaces", "presence", "modes_action", "competences"}
    assert doc["figures"][0]["contributions"][0]["question_text"]
