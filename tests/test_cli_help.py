"""Every command's ``--help`` speaks one language: French throughout by default, English with ``--lang en``.

The helps are printed by a real process (click's words are translated when the command line starts,
from the language it is started in), all of them in one run per language; the list of commands is
read from the application itself, so that a new command or option is walked too.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from ccas_compass.typography import NBSP

WALK = """
import sys
import typer.main
from typer.testing import CliRunner
from ccas_compass.cli.app import app

def paths(command, path=()):
    yield path
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from paths(sub, (*path, name))

for path in paths(typer.main.get_command(app)):
    extra = ["--lang", "en"] if sys.argv[1] == "en" else []
    result = CliRunner().invoke(app, [*path, *extra, "--help"], terminal_width=80)
    print("=== ccas-compass", " ".join(path), result.exit_code)
    print(result.stdout)
"""

ENGLISH = re.compile(
    r"\b(Usage|Commands|COMMAND|ARGS|default|required|env var|Show this|FILE|FILES|DIR|TEXT|INTEGER|"
    r"INPUT|NAME|LIST)\b|Options:|Arguments:|<(path|file|directory|str|text|int|integer|float)>"
)
FRENCH = re.compile(
    r"Utilisation|Commandes|COMMANDE|ARGUMENTS|par défaut|obligatoire|variable d'environnement|Afficher|"
    r"FICHIER|DOSSIER|TEXTE|ENTRÉE|\bNOM\b|LISTE|au moins|<(chemin|fichier|dossier|texte|entier)>"
)


def helps(lang: str) -> dict[str, str]:
    """Every command's help (``ccas-compass``, ``ccas-compass mapping draft``…) in ``lang``."""
    env = {**os.environ, "LANG": "C.UTF-8", "COLUMNS": "80"}
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    # --lang read from the command line, as a user gives it, sets the help's language
    argv = [sys.executable, "-c", WALK, lang] + (["--lang", "en"] if lang == "en" else [])
    out = subprocess.run(argv, capture_output=True, text=True, env=env, encoding="utf-8", check=True).stdout
    found = {}
    for block in out.split("=== ")[1:]:
        head, _, text = block.partition("\n")
        name, code = head.rsplit(" ", 1)
        name = name.strip()
        assert code == "0", block
        found[name] = text
    assert "ccas-compass" in found
    assert "ccas-compass mapping draft" in found
    return found


@pytest.fixture(scope="module")
def french() -> dict[str, str]:
    return helps("fr")


@pytest.fixture(scope="module")
def english() -> dict[str, str]:
    return helps("en")


def test_every_help_is_french_throughout(french: dict[str, str]) -> None:
    for name, text in french.items():
        plain = text.replace(NBSP, " ")
        assert plain.startswith("Utilisation : " + name), (name, text)
        leaks = sorted({m.group(0) for m in ENGLISH.finditer(plain)})
        assert not leaks, f"{name} --help: English words {leaks}\n{text}"


def test_every_help_is_english_throughout(english: dict[str, str]) -> None:
    for name, text in english.items():
        assert text.startswith("Usage: " + name), (name, text)
        leaks = sorted({m.group(0) for m in FRENCH.finditer(text)})
        assert not leaks, f"{name} --help --lang en: French words {leaks}\n{text}"


def test_french_help_is_wrapped_after_translation(french: dict[str, str]) -> None:
    """Translated words are wrapped with the rest (no line past the width), with French typography."""
    for name, text in french.items():
        assert all(len(line) <= 80 for line in text.splitlines()), (name, text)
    assert f"[par{NBSP}défaut{NBSP}: text]" in french["ccas-compass figures"]
    assert f"«{NBSP}saint etienne{NBSP}»" in french["ccas-compass commune"]


def test_metavars_say_what_is_expected(french: dict[str, str], english: dict[str, str]) -> None:
    assert "{ENTRÉE…}" in french["ccas-compass batch"]
    assert "{INPUT...}" in english["ccas-compass batch"]
    assert "--data DOSSIER" in french["ccas-compass figures"]
    assert "--data DIR" in english["ccas-compass figures"]
    assert "{CODE|NOM}" in french["ccas-compass commune"]
    assert "{CODE|NAME}" in english["ccas-compass commune"]
    assert "COMMANDE [ARGUMENTS]…" in french["ccas-compass mapping"]
    assert "[FICHIERS…]" in french["ccas-compass validate"]
