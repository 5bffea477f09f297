"""Every command through CliRunner, plus the start-up promise checked in a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from ccas_compass.model.core import Model
from tests.helpers import EXAMPLE, edit_yaml, run


def test_help_in_english() -> None:
    # --lang is a per-command option, yet the help (printed before the options are parsed) obeys it.
    proc = subprocess.run(
        [sys.executable, "-m", "ccas_compass", "figures", "--help", "--lang", "en"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    assert "The seven figures" in proc.stdout


def test_figures_json_lists_exactly_the_seven_ids() -> None:
    code, out, _ = run("figures", "--format", "json")
    assert code == 0
    figures = json.loads(out)
    assert [f["id"] for f in figures] == [
        "convivialites", "potentialites", "radar", "lieux_partages", "energies", "avocat", "formateur",
    ]
    assert figures[0]["name"] == "Programmateur de convivialités"
    code, out, _ = run("figures", "--format", "json", "--lang", "en")
    assert json.loads(out)[0]["name"] == "Programmer of convivial moments"


def test_figures_text_and_details() -> None:
    code, out, _ = run("figures")
    assert code == 0
    assert "Radar" in out
    code, out, _ = run("figures", "--details", "--lang", "en")
    assert code == 0
    assert "Skills, functions, new jobs" in out


def test_questions_json_shape(model: Model) -> None:
    code, out, _ = run("questions", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["id"] == model.questionnaire.id
    assert doc["version"] == model.questionnaire.version
    for q in doc["questions"]:
        assert {"id", "type", "theme", "scored"} <= set(q)
        if q["type"] == "allocation":
            assert q["points"] > 0
        for option in q.get("options", []):
            assert set(option["weights"]) <= set(model.figure_ids)
    assert sum(q["scored"] for q in doc["questions"]) == len(model.questionnaire.practice_questions) + 2


def test_questions_text() -> None:
    code, out, _ = run("questions", "--lang", "en")
    assert code == 0
    assert "1/" in out


def test_validate_ok_prints_the_balance() -> None:
    code, out, _ = run("validate")
    assert code == 0
    assert "Modèle valide : 7 figures" in out
    assert "Max. atteignable" in out


def test_validate_bad_model_exits_1_with_one_line(data_copy: Path) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["questions"][0]["theme"] = "ailleurs"

    edit_yaml(data_copy / "questions.yaml", change)
    code, out, err = run("validate", "--data", str(data_copy), "--lang", "en")
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "questions[0].theme: unknown theme 'ailleurs'" in err
    assert "Traceback" not in err + out


def test_validate_answers_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("organisation: {name: X}\nanswers: {nope: 1}\n", encoding="utf-8")
    code, out, err = run("validate", str(EXAMPLE), str(bad))
    assert code == 1
    assert "Réponses valides" in out
    assert str(bad) in err
    assert "question inconnue" in err


def test_template_round_trip(tmp_path: Path, model: Model) -> None:
    code, out, _ = run("template")
    assert code == 0
    document = yaml.safe_load(out)
    assert set(document["answers"]) == {q.id for q in model.questionnaire.questions}
    assert document["questionnaire"]["version"] == model.questionnaire.version
    assert "# 1/" in out
    filled = out.replace("  name: null", "  name: CCAS de Modèle", 1)
    path = tmp_path / "rempli.yaml"
    path.write_text(filled, encoding="utf-8")
    code, out, err = run("assess", "--answers", str(path), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["coverage"] == 0


def test_template_to_file_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    assert run("template", "--output", str(path))[0] == 0
    code, _, err = run("template", "--output", str(path))
    assert code == 2
    assert "--force" in err
    assert run("template", "--output", str(path), "--force", "--lang", "en")[0] == 0
    assert "answers file" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["figures", "questions", "answers", "result"])
def test_schemas_are_valid_json_schemas(kind: str) -> None:
    code, out, _ = run("schema", kind)
    assert code == 0
    jsonschema.Draft202012Validator.check_schema(json.loads(out))


def test_schemas_accept_the_shipped_files() -> None:
    from ccas_compass.model.loading import default_data_dir

    for kind in ("figures", "questions"):
        schema = json.loads(run("schema", kind)[1])
        document = yaml.safe_load((default_data_dir() / f"{kind}.yaml").read_text(encoding="utf-8"))
        jsonschema.validate(document, schema)
    answers_schema = json.loads(run("schema", "answers")[1])
    example = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    example["date"] = str(example.get("date"))
    jsonschema.validate(example, answers_schema)


def test_assess_json_matches_its_schema_and_the_contract(model: Model) -> None:
    code, out, err = run("assess", "--answers", str(EXAMPLE), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    jsonschema.validate(doc, json.loads(run("schema", "result")[1]))
    assert doc["questionnaire"]["id"] == model.questionnaire.id
    assert len(doc["questionnaire"]["sha256"]) == 64
    assert [f["id"] for f in doc["figures"]] == list(model.figure_ids)
    assert sum(f["share"] for f in doc["figures"]) == pytest.approx(100.0)
    assert doc["declared"]
    assert doc["ambition"]
    assert doc["organisation"]["departement"] is None  # the example is a fictional commune, without a code


def test_assess_text(model: Model) -> None:
    code, out, _ = run("assess", "--answers", str(EXAMPLE))
    assert code == 0
    assert "Un miroir, pas une note" in out
    assert "Couverture" in out


def test_assess_reads_stdin() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    code, out, _ = run("assess", "--answers", "-", "--format", "json", input=text)
    assert code == 0
    assert json.loads(out)["source"] == "<stdin>"


def test_assess_writes_output_atomically(tmp_path: Path) -> None:
    target = tmp_path / "resultat.json"
    code, out, err = run("assess", "-a", str(EXAMPLE), "-f", "json", "-o", str(target))
    assert code == 0
    assert out == ""
    assert str(target) in err
    assert json.loads(target.read_text(encoding="utf-8"))["figures"]
    code, _, err = run("assess", "-a", str(EXAMPLE), "-f", "json", "-o", str(target))
    assert code == 2
    text_target = tmp_path / "resultat.txt"
    assert run("assess", "-a", str(EXAMPLE), "-o", str(text_target))[0] == 0
    assert "Couverture" in text_target.read_text(encoding="utf-8")


def test_assess_bad_answers_exit_1_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "r.yaml"
    bad.write_text("organisation: {name: X}\nanswers: {nope: oui}\n", encoding="utf-8")
    code, out, err = run("assess", "--answers", str(bad))
    assert code == 1
    assert out == ""
    assert err.strip() == f"{bad}:2 answers.nope: question inconnue « nope »"


def test_assess_missing_file_and_no_answers() -> None:
    code, _, err = run("assess", "--answers", "nulle-part.yaml")
    assert code == 2  # a missing input is a usage error in every command
    assert "nulle-part.yaml: fichier introuvable" in err
    code, _, err = run("assess")
    assert code == 2
    assert "ccas-compass template" in err


def test_version_mismatch_is_visible(tmp_path: Path) -> None:
    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    document["questionnaire"]["version"] = "0.1"
    path = tmp_path / "old.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    code, out, err = run("assess", "--answers", str(path), "--format", "json", "--lang", "en")
    assert code == 0
    assert "version 0.1" in err
    assert "version 0.1" in json.loads(out)["warnings"][0]


def test_help_does_not_import_questionary_nor_pydantic() -> None:
    heavy = "('questionary', 'prompt_toolkit', 'pydantic', 'matplotlib')"
    code = (
        "import sys\n"
        "sys.argv = ['ccas-compass', '--help']\n"
        "from ccas_compass.cli import app as cli\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_assess_with_answers_does_not_import_questionary() -> None:
    code = (
        "import sys\n"
        f"sys.argv = ['ccas-compass', 'assess', '--answers', {str(EXAMPLE)!r}, '--format', 'json']\n"
        "from ccas_compass.cli import app as cli\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "print('questionary' in sys.modules or 'prompt_toolkit' in sys.modules, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stderr.strip().splitlines()[-1] == "False"


def test_python_dash_m_works() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ccas_compass", "figures", "--format", "json"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    assert len(json.loads(proc.stdout)) == 7


def test_text_and_json_reports_do_not_import_matplotlib() -> None:
    for fmt in ("text", "json"):
        code = (
            "import sys\n"
            f"sys.argv = ['ccas-compass', 'assess', '--answers', {str(EXAMPLE)!r}, '--format', {fmt!r}]\n"
            "from ccas_compass.cli import app as cli\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "print('matplotlib' in sys.modules, file=sys.stderr)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert proc.stderr.strip().splitlines()[-1] == "False"


def test_version() -> None:
    from ccas_compass import __version__

    code, stdout, _ = run("--version")
    assert code == 0
    assert stdout == f"ccas-compass {__version__}\n"


def test_validate_walks_a_folder_like_batch(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "reponses"
    (folder / "sous-dossier").mkdir(parents=True)
    example = Path(__file__).parent.parent / "examples" / "ccas-exemple.yaml"
    shutil.copy(example, folder / "a.yaml")
    shutil.copy(example, folder / "sous-dossier" / "b.yaml")
    (folder / "notes.txt").write_text("pas des réponses", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Réponses valides") == 2
    (folder / "c.yaml").write_text("organisation: {name: x}\nanswers: {inconnue: 1}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    assert "c.yaml" in result.stderr
