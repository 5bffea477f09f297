"""The only module that imports openpyxl: workbooks written (the XLSForm export) and read (exports).

openpyxl is imported inside the functions, so that ``--help`` and the commands that never touch a
workbook do not pay for it.

* :func:`workbook_bytes` writes sheets whose strings are text cells with ``data_type = "s"`` (a
  text starting with ``=`` stays text, never a formula) and whose numbers are numbers; the bytes are
  reproducible (fixed document dates, fixed zip timestamps).
* :func:`open_rows` streams the first sheet of a workbook (a KoboToolbox or Excel export) in
  openpyxl's read-only mode, each row with its spreadsheet row number and every cell as text:
  ``4`` (never ``4.0``) for a whole number, ISO 8601 for a date, ``1``/``0`` for a boolean.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from ccas_compass.errors import AnswersError, Problem
from ccas_compass.i18n import os_reason

FIXED_DATE = (1980, 1, 1, 0, 0, 0)
"""The earliest date a zip entry can carry; also a written workbook's created/modified date."""

Sheet = tuple[str, Sequence[Sequence[str | int | float | None]]]
"""A sheet to write: its title and its rows (``None`` or ``""`` for an empty cell)."""


def workbook_bytes(
    sheets: Sequence[Sheet], *, title: str, creator: str = "ccas-compass", freeze: str | None = None
) -> bytes:
    """An .xlsx workbook, byte-identical for identical content (same openpyxl, zlib). Strings are
    text cells (never formulas), numbers are numbers; ``freeze`` keeps the header (``"B2"``) in view."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    fixed = dt.datetime(*FIXED_DATE)
    book.properties.creator = creator
    book.properties.title = title
    book.properties.created = fixed
    book.properties.modified = fixed
    for index, (name, rows) in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet(name)
        sheet.title = name
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    sheet.cell(row=r, column=c, value=value)
                elif value:
                    cell = sheet.cell(row=r, column=c, value=value)
                    cell.data_type = "s"  # text, even when it starts with "="
        if freeze:
            sheet.freeze_panes = freeze
    raw = io.BytesIO()
    # Not ``book.save``: it stamps the current time as the modification date.
    ExcelWriter(book, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps and attributes, so that equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0
            target.writestr(entry, source.read(info))
    return out.getvalue()


def cell_text(value: Any) -> str:
    """A cell's value as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time() and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Rows:
    """The first sheet of a workbook: its title, its header (row 1) and its other rows."""

    sheet: str
    header: tuple[str, ...]
    rows: Generator[tuple[int, list[str]], None, None]


def open_rows(path: Path) -> Rows:
    """Open a workbook for streaming; raise :class:`AnswersError` if it is not a readable .xlsx."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as err:
        params = {"reason": os_reason(err)}
        raise AnswersError([Problem("file_unreadable", params, file=str(path))]) from None
    except Exception as err:  # noqa: BLE001 - openpyxl raises many kinds on a file that is no workbook
        raise AnswersError([_invalid(path, err)]) from None
    try:
        if not book.worksheets:
            raise AnswersError([Problem("empty_file", file=str(path))])
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # exports often state wrong dimensions: read every cell there is
        rows = _rows(path, book, sheet.iter_rows(values_only=True))
        header = next(rows, None)
        if header is None or not any(header[1]):
            raise AnswersError([Problem("empty_file", file=str(path))])
    except BaseException:
        book.close()
        raise
    return Rows(str(sheet.title), tuple(cell.strip() for cell in header[1]), rows)


def _rows(
    path: Path, book: Any, source: Iterator[Sequence[Any]]
) -> Generator[tuple[int, list[str]], None, None]:
    """Every row with its spreadsheet row number (the header is row 1); blank rows left out except
    the first; a workbook that breaks while being read raises a located error."""
    number = 0
    try:
        for values in source:
            number += 1
            row = [cell_text(v) for v in values]
            if number == 1 or any(cell.strip() for cell in row):
                yield number, row
    except (zipfile.BadZipFile, ParseError, KeyError, ValueError, TypeError, OSError) as err:
        raise AnswersError([_invalid(path, err, number + 1)]) from None
    finally:
        book.close()


def _invalid(path: Path, err: BaseException, line: int | None = None) -> Problem:
    detail = str(err).strip() or type(err).__name__
    return Problem("xlsx_invalid", {"detail": detail}, file=str(path), line=line)
