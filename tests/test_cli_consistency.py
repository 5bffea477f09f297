"""The same rules in every command: ``--lang`` is fr or en, a missing input file exits with 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from tests.helpers import EXAMPLE

runner = CliRunner()


@pytest.mark.parametrize(
    "args",
    [
        ["figures"],
        ["questions"],
        ["assess", "--answers", str(EXAMPLE)],
        ["batch", str(EXAMPLE)],
        ["compare", str(EXAMPLE), str(EXAMPLE)],
        ["validate"],
    ],
)
@pytest.mark.parametrize("lang", ["de", "english?", "f"])
def test_an_unknown_language_is_a_usage_error(args: list[str], lang: str) -> None:
    result = runner.invoke(app, [*args, "--lang", lang])
    assert result.exit_code == 2
    assert result.stderr == f"langue « {lang} » inconnue : --lang fr ou --lang en\n"
    assert result.stdout == ""


@pytest.mark.parametrize("lang", ["fr", "EN", "en_GB", "fr-FR", "fr_FR.UTF-8"])
def test_known_languages_in_any_spelling_are_accepted(lang: str) -> None:
    assert runner.invoke(app, ["figures", "--lang", lang]).exit_code == 0


def test_a_missing_input_file_exits_with_2_in_every_command(tmp_path: Path) -> None:
    absent = tmp_path / "absent.yaml"
    commands = [
        ["assess", "--answers", str(absent)],
        ["batch", str(absent)],
        ["batch", str(absent), str(EXAMPLE)],
        ["compare", str(absent), str(EXAMPLE)],
        ["compare", str(EXAMPLE), str(absent)],
        ["validate", str(absent)],
        ["mapping", "draft", str(absent)],
        ["batch", str(EXAMPLE), "--mapping", str(absent)],
    ]
    for args in commands:
        result = runner.invoke(app, args)
        assert (args, result.exit_code) == (args, 2)
        assert f"{absent}: fichier introuvable" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "{lang}", "figures"],
        ["mapping", "--lang", "{lang}", "draft", str(EXAMPLE)],
        ["schema", "answers", "--lang", "{lang}"],
    ],
)
def test_the_tool_its_groups_and_schema_take_lang_too(args: list[str]) -> None:
    english = runner.invoke(app, [a.format(lang="en") for a in args])
    assert english.exit_code == 0, english.output
    unknown = runner.invoke(app, [a.format(lang="de") for a in args])
    assert (unknown.exit_code, unknown.stderr) == (2, "langue « de » inconnue : --lang fr ou --lang en\n")
    assert unknown.stdout == ""


def test_lang_before_the_command_is_passed_down_and_the_command_s_own_wins() -> None:
    assert "In one sentence" in runner.invoke(app, ["--lang", "en", "figures"]).stdout
    assert "En une phrase" in runner.invoke(app, ["--lang", "en", "figures", "--lang", "fr"]).stdout
    drafted = runner.invoke(app, ["mapping", "--lang", "en", "draft", str(EXAMPLE)])
    assert "columns not recognised" in drafted.stderr


def test_a_folder_given_for_a_file_is_one_french_line_and_exits_with_2(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    folder.mkdir()
    ours = [  # read or written by the tool: its own line, the path first
        ["assess", "--answers", str(folder)],
        ["compare", str(folder), str(EXAMPLE)],
        ["compare", str(EXAMPLE), str(folder)],
        ["assess", "--answers", str(EXAMPLE), "-o", str(folder)],
        ["assess", "--answers", str(EXAMPLE), "-o", str(folder), "--force"],
        ["assess", "--answers", str(EXAMPLE), "-f", "markdown", "-o", str(folder)],
        ["template", "-o", str(folder), "--force"],
        ["template", "--csv", "-o", str(folder)],
        ["batch", str(EXAMPLE), "--mapping", str(folder)],
    ]
    for args in ours:
        result = runner.invoke(app, args)
        assert (args, result.exit_code) == (args, 2)
        assert result.stderr == f"{folder}: ce chemin est un dossier ; un fichier est attendu\n", args
        assert result.exception is None or isinstance(result.exception, SystemExit)
    checked_by_click = [  # refused before the command runs (an interview would not start)
        ["mapping", "draft", str(folder)],
        ["mapping", "draft", str(EXAMPLE), "-o", str(folder)],
        ["export", "xlsform", "-o", str(folder)],
        ["assess", "--save", str(folder)],
        ["batch", str(EXAMPLE), "--expected", str(folder)],
        ["assess", "--answers", str(EXAMPLE), "--template", str(folder)],
    ]
    for args in checked_by_click:
        result = runner.invoke(app, args)
        assert (args, result.exit_code) == (args, 2)
        last = result.stderr.replace("\u00a0", " ").splitlines()[-1]
        assert last.startswith("Erreur : Valeur invalide pour"), (args, last)
        assert last.endswith(f"« {folder} » est un dossier, pas un fichier."), (args, last)
        assert "env var" not in last
        assert "directory" not in last


def test_a_folder_for_a_file_in_english(tmp_path: Path) -> None:
    result = runner.invoke(app, ["assess", "--answers", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path}: this path is a folder; a file is expected\n"
