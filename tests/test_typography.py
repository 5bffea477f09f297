from __future__ import annotations

import pytest

from ccas_compass.typography import NBSP, french, thousands, typeset


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Couverture : 80 %", f"Couverture{NBSP}: 80{NBSP}%"),
        ("Couverture: 80%", f"Couverture{NBSP}: 80{NBSP}%"),
        ("la figure «Radar»", f"la figure «{NBSP}Radar{NBSP}»"),
        ("la figure « Radar »", f"la figure «{NBSP}Radar{NBSP}»"),
        ("Vraiment ? Oui ! Bon ; fin", f"Vraiment{NBSP}? Oui{NBSP}! Bon{NBSP}; fin"),
        ("à 18:30 précises", "à 18:30 précises"),
        ("voir https://example.org/a:b?c=1 !", f"voir https://example.org/a:b?c=1{NBSP}!"),
        ("C:\\Users\\moi : fichier", f"C:\\Users\\moi{NBSP}: fichier"),
        (": en tête", ": en tête"),
    ],
)
def test_french_spaces(raw: str, expected: str) -> None:
    assert french(raw) == expected


def test_french_is_idempotent() -> None:
    once = french("« Radar » : 40 % ?")
    assert french(once) == once


def test_english_is_left_alone() -> None:
    assert typeset("Coverage: 80% « x »", "en") == "Coverage: 80% « x »"


def test_thousands() -> None:
    assert thousands(139259, "fr") == f"139{NBSP}259"
    assert thousands(139259, "en") == "139,259"
    assert thousands(999, "fr") == "999"


def test_numbers_as_people_write_them() -> None:
    from ccas_compass.typography import MINUS, decimal, percent

    assert decimal(50.0, "fr") == "50"
    assert decimal(6.25, "fr") == "6,2"
    assert decimal(6.25, "en") == "6.2"
    assert percent(-2.0, "fr", sign=True) == f"{MINUS}2{NBSP}%"
    assert percent(6.0, "en", sign=True) == "+6%"
    assert percent(-0.01, "fr", sign=True) == f"0{NBSP}%"


def test_glue_keeps_typed_spaces_and_adds_none() -> None:
    from ccas_compass.typography import glue

    assert glue("Population : De 5 000 à 9 999 habitants", "fr") == (
        f"Population{NBSP}: De 5{NBSP}000 à 9{NBSP}999 habitants"
    )
    assert glue("width: 1cm", "fr") == "width: 1cm"  # no space added to what a user typed
    assert glue("Population : 9 999", "en") == "Population : 9 999"


def test_glue_markdown_leaves_the_syntax_alone() -> None:
    from ccas_compass.typography import glue_markdown

    text = "| Figure | Part |\n|:--|--:|\n| « Radar » | 40 % |\n`a : b` [lien](x : y) fin !\n"
    out = glue_markdown(text, "fr")
    lines = out.split("\n")
    assert lines[1] == "|:--|--:|"  # the delimiter row as written
    assert lines[2] == f"| «{NBSP}Radar{NBSP}» | 40{NBSP}% |"
    assert lines[3] == f"`a : b` [lien](x : y) fin{NBSP}!"  # code and link target untouched
    assert glue_markdown(text, "en") == text
