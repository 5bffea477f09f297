"""resultats.csv cells: formula injection, numbers, and a real spreadsheet opening the file."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from ccas_compass.render.csvout import line, safe_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+33 1 23", "'+33 1 23"),
        ("-Tours", "'-Tours"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tCCAS", "'CCAS"),
        ("\r\n=1+1", "'=1+1"),
        ("CCAS de\nSaint-Ligne", "CCAS de Saint-Ligne"),
        ("Les | Pins", "Les | Pins"),
        ("CCAS de Bléré", "CCAS de Bléré"),
    ],
)
def test_text_cells_never_start_a_formula(text: str, expected: str) -> None:
    assert safe_text(text) == expected


def test_numbers_stay_numbers_with_the_decimal_mark_of_the_language() -> None:
    assert line(["CCAS", 12.25, 7, None, -3.5], "fr") == "CCAS;12,2;7;;-3,5\r\n"
    assert line(["CCAS", 12.25, 7, None, -3.5], "en") == "CCAS;12.2;7;;-3.5\r\n"
    row = next(csv.reader(io.StringIO(line(['a;b "c"', 1], "fr")), delimiter=";"))
    assert row == ['a;b "c"', "1"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_resultats_csv_with_accents_and_numbers(tmp_path: Path) -> None:
    """What a user sees: LibreOffice (French) converts the file; accents, numbers, no formula."""
    openpyxl = pytest.importorskip("openpyxl")
    text = "".join(
        [
            line(["organisation", "code_insee", "pratiques_radar"], "fr"),
            line(["CCAS de Bléré", "37027", 14.5], "fr"),
            line(['=HYPERLINK("http://x")', "2A004", 9.0], "fr"),
        ]
    )
    source = tmp_path / "resultats.csv"
    source.write_bytes(text.encode("utf-8-sig"))
    subprocess.run(
        ["soffice", "--headless", "--infilter=CSV:59,34,76,1,,1036", "--convert-to", "xlsx",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    sheet = openpyxl.load_workbook(tmp_path / "resultats.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "CCAS de Bléré"
    assert rows[1][2] == 14.5
    assert rows[2][0] == '\'=HYPERLINK("http://x")'
    assert rows[2][1] == "2A004"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
