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
