"""French apostrophes (’) in the tool's own French words; what is put into them keeps its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ccas_compass.i18n import MESSAGES, _template, message
from ccas_compass.typography import apostrophes

STRAIGHT = re.compile(r"[^\W\d_]'[^\W\d_]")


def test_apostrophes_between_letters_only() -> None:
    assert apostrophes("Pas d'aide aujourd'hui") == "Pas d’aide aujourd’hui"
    assert apostrophes("ne peut pas contenir à la fois ' et \"") == "ne peut pas contenir à la fois ' et \""
    assert apostrophes("'x' ou l'y") == "'x' ou l’y"  # quotes around code stay


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_french_message_has_french_apostrophes_and_english_keeps_its_own(key: str) -> None:
    params = dict.fromkeys(re.findall(r"\{(\w+)", MESSAGES[key]["fr"] + MESSAGES[key]["en"]), "")
    try:
        french = message(key, "fr", **params)
        english = message(key, "en", **params)
    except (ValueError, TypeError, AttributeError):  # a parameter needing a number (``{count:fr}``)
        french, english = _template(key, "fr"), _template(key, "en")
    assert not STRAIGHT.search(french), french
    assert "’" not in english


def test_a_value_put_into_a_message_keeps_its_straight_apostrophe() -> None:
    folder = Path("/home/agent/l'équipe")
    text = message("batch_nothing_written", "fr", path=folder)
    assert text.startswith("Aucun répondant n’a pu")
    assert str(folder) in text  # the path as it is on disk, to be copied


def test_clicks_french_words_get_french_apostrophes() -> None:
    from ccas_compass.cli.clickfr import translate

    text = translate("Error: Option '--out' requires an argument.", "fr").replace("\xa0", " ")
    assert "L’option « --out »" in text
    assert "--out" in translate("Error: Option '--out' requires an argument.", "en")


def test_a_system_error_in_french_has_french_apostrophes() -> None:
    from ccas_compass.i18n import os_reason

    assert os_reason(IsADirectoryError(21, "Is a directory")).fr == "c’est un dossier, pas un fichier"
