"""Spreadsheet-like files read one row at a time: CSV (any of ``;`` ``,`` tab, with or without BOM)
and .xlsx workbooks (their first sheet, through :mod:`ccas_compass.collect.xlsx`).

Rows are streamed (a 100,000-row export is never held in memory) and each comes with the line it
starts on (for a workbook, its spreadsheet row number), so that every problem can name
``file:line``. A CSV file that is not UTF-8 is refused before
its first row is used: rows are never half-read from a file in another encoding.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ccas_compass.errors import AnswersError, Problem
from ccas_compass.i18n import os_reason

DELIMITERS = (";", ",", "\t")
TABLE_SUFFIXES = frozenset({".csv", ".xlsx", ".tsv", ".zip"})
"""``.tsv``: Framaforms' default download; ``.zip``: ODK Central's (its CSV read inside)."""
XLSFORM_COLUMNS = frozenset({"type", "name"})
CHUNK = 1 << 16
"""Bytes checked at a time: small, so that checking a large file leaves no large block behind."""


@dataclass(frozen=True)
class Table:
    """An open table: its header (cells stripped) and its rows, each with its first line number."""

    path: Path
    header: tuple[str, ...]
    delimiter: str
    """``;``, ``,`` or tab for a CSV file; empty for a workbook."""
    rows: Generator[tuple[int, list[str]], None, None]
    sheet: str | None = None
    """The title of the sheet read, for a workbook."""
    titles: tuple[str, ...] = ()
    """The row above the header when the export has one (Framaforms: the titles of the components
    spanning several columns, above their options' labels)."""

    def close(self) -> None:
        """Release the file when the rows are not all read."""
        self.rows.close()

    @property
    def is_xlsform(self) -> bool:
        """A questionnaire workbook (an XLSForm's ``survey`` sheet), not an export of answers."""
        return self.sheet == "survey" and XLSFORM_COLUMNS <= set(self.header)


def open_table(path: Path) -> Table:
    """Open a CSV file or a workbook (by its suffix) for streaming."""
    if path.suffix.lower() == ".xlsx":
        from ccas_compass.collect.xlsx import open_rows

        found = open_rows(path)
        return Table(path, found.header, "", found.rows, found.sheet)
    if path.suffix.lower() == ".zip":
        from ccas_compass.collect.archive import main_csv

        inner, data = main_csv(path)
        return open_csv(path, data, f"{path}/{inner}")
    return open_csv(path)


def check_utf8(path: Path, data: bytes | None = None, name: str | None = None) -> None:
    """Raise :class:`AnswersError` naming the line of the first byte that is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    shown = name or str(path)
    try:
        with (io.BytesIO(data) if data is not None else path.open("rb")) as handle:
            while chunk := handle.read(CHUNK):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as err:
                    line += chunk[: err.start].count(b"\n")
                    params = {"byte": f"0x{chunk[err.start]:02x}", "pos": err.start}
                    raise AnswersError([Problem("csv_not_utf8", params, file=shown, line=line)]) from None
                line += chunk.count(b"\n")
            decoder.decode(b"", final=True)
    except OSError as err:
        params = {"reason": os_reason(err)}
        raise AnswersError([Problem("file_unreadable", params, file=str(path))]) from None


def sniff(header_line: str) -> str:
    """The delimiter used by a header line: the most frequent of ``;`` ``,`` tab outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def open_csv(path: Path, data: bytes | None = None, name: str | None = None) -> Table:
    """Open a CSV file (or ``data``, a CSV read from an archive) for streaming; raise
    :class:`AnswersError` if it is unreadable or empty.

    A first row holding one cell at most, above a wider row, is a title (Framaforms writes the
    form's title, then the titles of its multi-column components, then the labels): the header is
    then the third row and :attr:`Table.titles` the second."""
    check_utf8(path, data, name)
    handle: TextIO = (
        io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="") if data is not None
        else path.open(encoding="utf-8-sig", newline="")
    )
    try:
        first = handle.readline()
        if not first.strip():
            raise AnswersError([Problem("empty_file", file=name or str(path))])
        lines = [first, handle.readline(), handle.readline()]
        delimiter = sniff(max(lines, key=lambda text: sum(text.count(d) for d in DELIMITERS)))
        handle.seek(0)  # the decoder starts again and skips the BOM again
        reader = csv.reader(handle, delimiter=delimiter)
        header = tuple(cell.strip() for cell in next(reader))
        titles: tuple[str, ...] = ()
        if sum(1 for cell in header if cell) <= 1:
            second = tuple(cell.strip() for cell in next(reader, []))
            third = tuple(cell.strip() for cell in next(reader, []))
            if len(third) > 1 and len(third) >= len(second) > 1 and second[0]:
                header, titles = third, second
            else:  # one column, not a title: read again from the start
                handle.seek(0)
                reader = csv.reader(handle, delimiter=delimiter)
                header = tuple(cell.strip() for cell in next(reader))
    except BaseException:
        handle.close()
        raise
    return Table(path, header, delimiter, _rows(handle, reader, name), titles=titles)


def _rows(
    handle: TextIO, reader: Any, name: str | None = None
) -> Generator[tuple[int, list[str]], None, None]:
    """Non-blank rows with the line each starts on; a malformed file raises a located error."""
    line_num = reader.line_num
    try:
        for row in reader:
            start = line_num + 1
            line_num = reader.line_num
            if any(cell.strip() for cell in row):
                yield start, row
    except csv.Error as err:
        problem = Problem("csv_syntax", {"detail": str(err)}, file=name or str(getattr(handle, "name", "")),
                          line=line_num + 1)
        raise AnswersError([problem]) from None
    finally:
        handle.close()
