"""The honest mirror in every output: option rationales in the "why", and the panorama's
« aucune figure ne se détache » group (JSON, Markdown, resultats.csv)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from ccas_compass.batch.panorama import PanoramaBuilder
from ccas_compass.cli.app import app
from tests.helpers import REPO, edit_yaml

ARCHIVE = REPO / "data" / "archive" / "1.0"
CORPUS = Path(__file__).resolve().parent / "corpus_v1"
runner = CliRunner()
WHY_FR = "Le seed nomme l'aller-vers comme pratique du Radar."
WHY_EN = "The seed names outreach as a Radar practice."


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def with_rationales(tmp_path: Path) -> tuple[Path, str, str]:
    """1.0 with a rationale on every Radar-weighted option of one question: (folder, question, option)."""
    folder = tmp_path / "data"
    shutil.copytree(ARCHIVE, folder)
    found: dict[str, str] = {}

    def add(doc: dict[str, Any]) -> None:
        for question in doc["questions"]:
            if question["type"] != "single":
                continue
            radar = [o for o in question["options"] if o.get("weights", {}).get("radar")]
            if radar:
                for option in radar:
                    option["rationale"] = {"fr": WHY_FR, "en": WHY_EN}
                found.update(question=question["id"], option=radar[0]["id"])
                return

    edit_yaml(folder / "questions.yaml", add)
    return folder, found["question"], found["option"]


def test_rationales_in_questions_json_and_in_every_why(tmp_path: Path) -> None:
    data, question, option = with_rationales(tmp_path)
    code, out, _ = run("questions", "--format", "json", "--data", str(data))
    assert code == 0
    options = {o["id"]: o for q in json.loads(out)["questions"] if q["id"] == question for o in q["options"]}
    assert options[option]["rationale"] == WHY_FR
    assert not any("rationale" in o for o in options.values() if o["id"] != option and not o["weights"])

    doc = yaml.safe_load((CORPUS / "radar.yaml").read_text(encoding="utf-8"))
    doc["answers"][question] = option
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")

    code, out, _ = run("assess", "-a", str(answers), "--format", "json", "--data", str(data), "--lang", "en")
    radar = next(f for f in json.loads(out)["figures"] if f["id"] == "radar")
    item = next(c for c in radar["contributions"] if c["question"] == question)
    assert item["rationales"] == [WHY_EN]
    other = next(c for c in radar["contributions"] if c["question"] != question)
    assert other["rationales"] == [None] * len(other["options"])

    code, out, _ = run("assess", "-a", str(answers), "--data", str(data))
    assert code == 0
    assert "pourquoi : " + WHY_FR in " ".join(out.split())
    code, out, _ = run("assess", "-a", str(answers), "--format", "markdown", "--data", str(data))
    assert "Pourquoi cette réponse compte" in out
    assert WHY_FR.replace("'", "'") in out


def test_panorama_counts_organisations_where_no_figure_stands_out(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, source in enumerate(["ordinaire-statutaire.yaml"] * 3 + ["radar.yaml"]):
        doc = yaml.safe_load((CORPUS / source).read_text(encoding="utf-8"))
        doc["organisation"].update(name=f"CCAS numéro {i}", insee=f"370{i:02d}")
        (inputs / f"{i}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("batch", str(inputs), "--out", str(out), "--data", str(ARCHIVE), "--no-chart")
    assert code == 0, err
    overall = json.loads((out / "panorama.json").read_text(encoding="utf-8"))["panorama"]["overall"]
    assert overall["none_stands_out"] == 3
    leading = {f["id"]: f["dominant_in"] for f in overall["figures"]}
    assert leading["radar"] == 1
    assert sum(leading.values()) == 1
    markdown = " ".join((out / "panorama.md").read_text(encoding="utf-8").split())
    assert "3 organisations dont aucune figure ne se détache" in markdown
    rows = list(csv.DictReader(io.StringIO((out / "resultats.csv").read_text(encoding="utf-8-sig")),
                               delimiter=";"))
    leads = sorted(r["figure_principale"] for r in rows)
    assert leads == ["Radar"] + ["aucune figure ne se détache"] * 3
    folder = out / "organisations"
    teams = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}
    stem, team = next((k, t) for k, t in teams.items() if t["organisation"]["name"] == "CCAS numéro 0")
    assert team["standing_out"] == []
    assert team["dominant"] is None
    report = " ".join((out / "organisations" / f"{stem}.md").read_text(encoding="utf-8").split())
    assert "Aucune figure ne se détache" in report
    assert "Mix indicatif" in report


def test_panorama_builder_without_intensities_keeps_the_largest_share() -> None:
    builder = PanoramaBuilder(("a", "b"))
    for _ in range(3):
        builder.add_profile(1, (70.0, 30.0), None, None, {})
    builder.add_profile(1, (60.0, 40.0), None, None, {}, intensity=(12.0, 8.0))
    overall = builder.build().overall
    assert overall is not None
    assert overall.dominant == (3, 0)
    assert overall.none_stands_out == 1


def test_a_faint_mix_stays_out_of_the_panoramas_share_quartiles() -> None:
    """An organisation whose practices are the statutory core (every intensity under the floor) has a
    mix of faint intensities — 100 % « b » from a 4 % intensity: its shares must not pull the medians."""
    builder = PanoramaBuilder(("a", "b"))
    for _ in range(3):
        builder.add_profile(1, (80.0, 20.0), None, None, {}, intensity=(90.0, 22.0))
    builder.add_profile(1, (0.0, 100.0), None, None, {}, intensity=(0.0, 4.0))
    overall = builder.build().overall
    assert overall is not None
    assert overall.organisations == 4  # still counted
    assert overall.none_stands_out == 1
    median_b = overall.practice[1]
    assert median_b is not None
    assert (median_b.q3, median_b.count) == (20.0, 3)  # the faint organisation's 100 % left out (Q3 was 40)
