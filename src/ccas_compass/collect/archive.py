"""ODK Central's default download: a zip holding the form's CSV (and its repeats' CSVs, its media).

central-backend ``lib/data/briefcase.js`` names the main table ``{formId}.csv`` at the root of the
archive and each repeat ``{formId}-{repeat}.csv`` beside it (their rows carry ``PARENT_KEY``);
attachments go under ``media/``. The main table is the root CSV whose header has no ``PARENT_KEY``
(the shortest name when several have none).
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from ccas_compass.errors import AnswersError, Problem

MAX_BYTES = 1 << 30
"""A CSV inside an archive larger than this is refused (a zip bomb, not an export)."""


def main_csv(path: Path) -> tuple[str, bytes]:
    """The name and bytes of the main CSV of an ODK Central zip; AnswersError when there is none."""
    try:
        with zipfile.ZipFile(path) as archive:
            tables = [
                info for info in archive.infolist()
                if info.filename.lower().endswith(".csv") and "/" not in info.filename.strip("/")
                and not info.is_dir()
            ]
            found: list[tuple[str, bytes]] = []
            for info in sorted(tables, key=lambda i: (len(i.filename), i.filename)):
                if info.file_size > MAX_BYTES:
                    raise AnswersError([Problem("zip_too_large", {"name": info.filename}, file=str(path))])
                data = archive.read(info)
                first = data.split(b"\n", 1)[0].decode("utf-8-sig", "replace")
                header = next(csv.reader(io.StringIO(first)), [])
                if "PARENT_KEY" not in header:
                    found.append((info.filename, data))
    except (zipfile.BadZipFile, OSError) as err:
        reason = str(err) or type(err).__name__
        raise AnswersError([Problem("zip_unreadable", {"reason": reason}, file=str(path))]) from None
    if not found:
        raise AnswersError([Problem("zip_no_csv", file=str(path))])
    return found[0]
