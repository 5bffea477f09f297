"""Atomic file writing: a temporary file in the same folder, then ``os.replace``.

A reader never sees a half-written report, and an existing file is kept unless ``force`` is given.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ccas_compass.errors import Problem, UsageError
from ccas_compass.i18n import os_reason


def write_text(path: Path, text: str, *, force: bool = False, bom: bool = False) -> None:
    """Write ``text`` as UTF-8 (optionally with a BOM, for spreadsheets) atomically."""
    write_bytes(path, text.encode("utf-8-sig" if bom else "utf-8"), force=force)


def write_bytes(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` (an image, or encoded text) atomically; keep an existing file unless ``force``;
    never replace a folder."""
    if path.is_dir():
        raise UsageError([Problem("path_is_folder", file=str(path))])
    if path.exists() and not force:
        raise UsageError([Problem("output_exists", file=str(path))])
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.chmod(tmp_name, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as err:
        params = {"reason": os_reason(err)}
        raise UsageError([Problem("output_failed", params, file=str(path))]) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _umask() -> int:
    """The process umask (read by setting it and putting it back)."""
    current = os.umask(0o022)
    os.umask(current)
    return current
