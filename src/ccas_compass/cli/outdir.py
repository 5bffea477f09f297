"""A folder of results written all at once: staged beside the target, then moved in.

Everything is first written into a hidden sibling folder; only when every file is there does it
become the target (a rename, or with ``--force`` a file-by-file replace of the previous results).
An interrupted batch leaves no half-filled results folder. A manifest lists what the tool wrote, so
that ``--force`` removes the old results it made — and nothing else the user put in the folder.

File names come from organisation names through :func:`unique_name`: ASCII letters, digits and
dashes only (no ``..``, no separator, no clobbering of a homonym: two CCAS of the same name get
``-2``), compared case-insensitively for Windows and macOS.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from ccas_compass.batch.inputs import MANIFEST
from ccas_compass.errors import Problem, UsageError
from ccas_compass.i18n import os_reason
from ccas_compass.paths import slug

__all__ = ["MANIFEST", "Names", "Staging", "check_target"]


def check_target(out: Path, force: bool) -> None:
    """Refuse early (exit 2) a target that is a file, or a non-empty folder without ``--force``."""
    if out.exists() and not out.is_dir():
        raise UsageError([Problem("out_is_file", file=str(out))])
    if out.is_dir() and any(out.iterdir()) and not force:
        raise UsageError([Problem("out_not_empty", file=str(out))])


class Names:
    """File stems that are safe and unique within one results folder."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def unique(self, name: str, insee: str | None) -> str:
        base = slug(name, fallback="organisation")[:50].strip("-") or "organisation"
        if insee:
            base = f"{slug(insee, fallback='code')}-{base}"
        stem, counter = base, 2
        while stem.casefold() in self._taken:
            stem, counter = f"{base}-{counter}", counter + 1
        self._taken.add(stem.casefold())
        return stem


class Staging:
    """Files written into a hidden sibling of ``out``, committed all together."""

    def __init__(self, out: Path) -> None:
        self.out = out
        parent = out.parent if str(out.parent) else Path(".")
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=parent))
        except OSError as err:
            params = {"reason": os_reason(err)}
            raise UsageError([Problem("output_failed", params, file=str(out))]) from None
        self.files: list[str] = []

    def write(self, relative: str, data: bytes) -> None:
        target = self.folder / relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as err:
            params = {"reason": os_reason(err)}
            raise UsageError([Problem("output_failed", params, file=str(self.out / relative))]) from None
        self.files.append(relative)

    def write_text(self, relative: str, text: str, *, bom: bool = False) -> None:
        self.write(relative, text.encode("utf-8-sig" if bom else "utf-8"))

    def commit(self) -> None:
        """Make the staged files the results folder (replacing the previous results it holds)."""
        manifest = {"tool": "ccas-compass", "files": sorted(self.files)}
        self.write_text(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        try:
            if not self.out.exists():
                os.rename(self.folder, self.out)
                return
            old = _previous(self.out)
            for name in old:
                with contextlib.suppress(OSError):
                    (self.out / name).unlink()
            for folder in sorted({(self.out / name).parent for name in old}, reverse=True):
                if folder != self.out:
                    with contextlib.suppress(OSError):
                        folder.rmdir()  # only if the old results left it empty
            for relative in self.files:
                target = self.out / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(self.folder / relative, target)
        except OSError as err:
            params = {"reason": os_reason(err)}
            raise UsageError([Problem("output_failed", params, file=str(self.out))]) from None
        finally:
            self.discard()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _previous(out: Path) -> list[str]:
    """The files the previous batch wrote in ``out`` (from its manifest), never outside ``out``."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        files = [str(f) for f in data.get("files", [])]
    except (OSError, ValueError, AttributeError):
        return []
    root = out.resolve()
    safe = []
    for name in files:
        candidate = (out / name).resolve()
        if candidate != root and root in candidate.parents:
            safe.append(name)
    return safe
