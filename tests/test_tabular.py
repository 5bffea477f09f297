"""Tables read one row at a time: workbooks (.xlsx) as KoboToolbox or Excel write them, beside CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from ccas_compass.collect.tabular import open_table
from ccas_compass.collect.xlsx import cell_text
from ccas_compass.errors import AnswersError
from tests.exports import batch_json


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (4, "4"),
        (4.0, "4"),
        (4.5, "4.5"),
        (True, "1"),
        (False, "0"),
        ("37001", "37001"),
        (dt.datetime(2026, 11, 28), "2026-11-28"),
        (dt.datetime(2026, 11, 28, 10, 12, 33), "2026-11-28T10:12:33"),
        (dt.date(2026, 11, 28), "2026-11-28"),
        (dt.time(10, 12), "10:12:00"),
    ],
)
def test_cells_become_the_text_a_csv_export_would_hold(value: object, text: str) -> None:
    assert cell_text(value) == text


def workbook(path: Path, rows: list[list[object]], title: str = "Réponses") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    extra = book.create_sheet("repeat_group")  # Kobo puts repeat groups on later sheets: not read
    extra["A1"] = "ignored"
    book.save(path)
    return path


def test_the_first_sheet_is_streamed_with_spreadsheet_row_numbers(tmp_path: Path) -> None:
    path = workbook(tmp_path / "export.xlsx", [
        [" name ", "insee", "regard_aujourdhui_radar", "_submission_time"],
        ["CCAS de Tours", "37261", 4, dt.datetime(2026, 11, 28, 9, 30)],
        [None, None, None, None],
        ["CCAS de Blois", 41018, 10.0],
    ])
    table = open_table(path)
    assert table.header == ("name", "insee", "regard_aujourdhui_radar", "_submission_time")
    assert table.sheet == "Réponses"
    assert not table.is_xlsform
    assert list(table.rows) == [
        (2, ["CCAS de Tours", "37261", "4", "2026-11-28T09:30:00"]),
        (4, ["CCAS de Blois", "41018", "10"]),
    ]


def test_a_file_that_is_no_workbook_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(AnswersError) as caught:
        open_table(path)
    (problem,) = caught.value.problems
    assert problem.key == "xlsx_invalid"
    assert problem.file == str(path)
    empty = workbook(tmp_path / "vide.xlsx", [])
    with pytest.raises(AnswersError) as caught:
        open_table(empty)
    assert [p.key for p in caught.value.problems] == ["empty_file"]


def test_batch_reads_a_workbook_and_names_its_bad_rows_by_spreadsheet_row(tmp_path: Path) -> None:
    path = workbook(tmp_path / "export.xlsx", [
        ["name", "insee", "accueil_premier_lieu", "accueil_sans_rendez_vous/cafe_discussion"],
        ["CCAS de Tours", "37261", "guichet_bureau", 1],
        [],
        ["CCAS de Blois", "41018", "guichet", 0],
        ["CCAS d'Amboise", "37003", None, None],
    ])
    broken = tmp_path / "casse.xlsx"
    broken.write_text("texte", encoding="utf-8")
    code, document, stderr = batch_json(str(path), str(broken))
    assert code == 1
    names = [t["organisation"]["name"] for t in document["organisations"]]
    assert names == ["CCAS d'Amboise", "CCAS de Tours"]
    failures = {f["source"]: f["problems"] for f in document["failures"]}
    assert failures[f"{path}:4"] == [
        f"{path}:4 accueil_premier_lieu: option inconnue « guichet » (possibles : guichet_bureau, "
        "espace_convivial, espace_accompagnement, hors_les_murs, lieu_mutualise)"]
    assert failures[str(broken)][0].startswith(f"{broken}: classeur .xlsx illisible : ")
    assert "Traceback" not in stderr


def test_a_folder_of_exports_skips_excel_lock_files(tmp_path: Path) -> None:
    workbook(tmp_path / "export.xlsx", [["name", "insee"], ["CCAS de Tours", "37261"]])
    (tmp_path / "~$export.xlsx").write_bytes(b"\x00lock")  # Excel's, while the export is open
    code, document, stderr = batch_json(str(tmp_path))
    assert code == 0, stderr
    assert document["failures"] == []
    assert [t["organisation"]["name"] for t in document["organisations"]] == ["CCAS de Tours"]
