"""Every command and sub-command has its own ``--help`` text and is shown in the README.

After sqlite-utils' ``tests/test_docs.py``: the list of commands is read from the application itself,
so that a new command cannot ship undocumented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from ccas_compass.cli.app import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def command_paths(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """Every (sub-)command of the application, with its path of names (``("mapping", "draft")``)."""
    found = []
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found.append(((*path, name), sub))
        found.extend(command_paths(sub, (*path, name)))
    return found


COMMANDS = command_paths(typer.main.get_command(app))


def test_the_application_has_its_commands() -> None:
    names = {path[0] for path, _ in COMMANDS}
    assert {"assess", "batch", "validate"} <= names


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help_text(path: tuple[str, ...], command: Any) -> None:
    assert (command.help or "").strip(), f"ccas-compass {' '.join(path)} has no help text"
    result = CliRunner().invoke(app, [*path, "--help"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (command.help or "").strip().split("\n")[0][:40] in " ".join(result.stdout.split())


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_appears_in_the_readme(path: tuple[str, ...]) -> None:
    assert f"ccas-compass {' '.join(path)}" in README
