"""click's own words (usage, help, errors) in French, untouched in English."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ccas_compass.cli.clickfr import translate
from ccas_compass.typography import NBSP


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Usage: ccas-compass assess [OPTIONS]", "Utilisation : ccas-compass assess [OPTIONS]"),
        ("  -h, --help  Show this message and exit.", "  -h, --help  Afficher ce message et quitter."),
        ("Error: No such command 'asess'. Did you mean 'assess'?",
         "Erreur : Commande inconnue : « asess ». Vouliez-vous dire « assess » ?"),
        ("Error: Invalid value for '--format' / '-f': 'x' is not one of 'text', 'json'.",
         "Erreur : Valeur invalide pour '--format' / '-f' : « x » ne fait pas partie des valeurs "
         "possibles ('text', 'json')."),
        ("Error: Missing argument 'kind'.", "Erreur : Argument manquant : « kind »."),
        ("Error: Missing option '--output' / '-o'.", "Erreur : Option manquante : « --output » / « -o »."),
        ("Error: No such option: --frmat (Possible options: --format)",
         "Erreur : Option inconnue : --frmat (options proches : --format)"),
        ("  --answers TEXT  [required]", "  --answers TEXT  [obligatoire]"),
        ("Options:", "Options :"),
        ("Error: Missing command.", "Erreur : Commande manquante."),
        ("Error: Option '--force' does not take a value.",
         "Erreur : L’option « --force » ne prend pas de valeur."),
        ("Error: Invalid value for '--template' (env var: 'CCAS_COMPASS_TEMPLATE'): 'x' is a directory.",
         "Erreur : Valeur invalide pour '--template' (variable d’environnement « CCAS_COMPASS_TEMPLATE ») : "
         "'x' is a directory."),
    ],
)
def test_click_words_in_french(english: str, french: str) -> None:
    assert translate(english, "fr").replace(NBSP, " ") == french
    assert translate(english, "en") == english


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "C.UTF-8"}
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    return subprocess.run([sys.executable, "-m", "ccas_compass", *args], capture_output=True, text=True,
                          env=env, encoding="utf-8", check=False)


def test_the_command_line_speaks_french_by_default_and_english_when_asked() -> None:
    help_fr = run("assess", "--help").stdout.replace(NBSP, " ")
    assert help_fr.startswith("Utilisation : ")
    assert "Afficher ce message et quitter." in help_fr
    assert "Show this message" not in help_fr
    error = run("assess", "--format", "x").stderr.replace(NBSP, " ")
    assert "Erreur : Valeur invalide pour '--format'" in error
    assert "assess -h »." in error
    assert "Vouliez-vous dire « assess » ?" in run("asess").stderr.replace(NBSP, " ")
    assert "Error: Invalid value for '--format'" in run("assess", "--format", "x", "--lang", "en").stderr
    assert "Show this message and exit." in run("assess", "--help", "--lang", "en").stdout
