"""Questionnaire versions: the current one and every archived one, each answers file scored with its own.

A data folder holds the current ``figures.yaml`` and ``questions.yaml``, and ``archive/<version>/``
for each earlier version the tool still ships (``data/archive/1.0/``). An answers file that declares
a shipped version is checked and scored with that version, and its result names it (plus a note
that it is archived, so that nobody compares it unawares with a result of the current version). A
file that declares no version, or one the tool does not ship, is scored with the current version
and warned about, as before.

Archived models are loaded only when an answers file asks for them, and cached each under its own
slot (:mod:`ccas_compass.model.cache`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ccas_compass.errors import Problem
from ccas_compass.model.core import Answers, Model, Result

ARCHIVE = "archive"


class Shelf:
    """The versions shipped in one data folder: the current model, archived ones on demand.

    Plain data (a model, a folder, a dict of models): it crosses processes in a parallel batch.
    """

    def __init__(self, current: Model, folder: Path | None) -> None:
        self.current = current
        self.folder = folder
        self._archived: dict[str, Model] = {}
        self._listed: list[str] | None = None

    @property
    def archive(self) -> Path | None:
        return None if self.folder is None else self.folder / ARCHIVE

    def archived_versions(self) -> list[str]:
        """The archived versions present (folder names), oldest first (listed once)."""
        if self._listed is None:
            archive = self.archive
            found = [] if archive is None or not archive.is_dir() else [
                p.name for p in archive.iterdir() if (p / "questions.yaml").is_file()
            ]
            self._listed = sorted(found, key=_version_key)
        return list(self._listed)

    def versions(self) -> list[str]:
        """Every version this shelf can score with, the current one last."""
        return [v for v in self.archived_versions() if v != self.current.questionnaire.version] + [
            self.current.questionnaire.version
        ]

    def model(self, version: str | None) -> Model | None:
        """The model of a shipped version (None when not shipped); archived ones loaded once."""
        if version is None:
            return None
        if version == self.current.questionnaire.version:
            return self.current
        if version in self._archived:
            return self._archived[version]
        archive = self.archive
        if archive is None or version not in self.archived_versions():
            return None
        from ccas_compass.model.loading import load_model

        found = load_model(archive / version, slot=f"archive-{_slot(version)}")
        self._archived[version] = found
        return found

    def model_for(self, declared: str | None) -> Model:
        """The model an answers file declaring ``declared`` is scored with: its own when shipped,
        else the current one (whose scoring then warns about the version)."""
        return self.model(declared) or self.current

    def is_archived(self, model: Model) -> bool:
        return model is not self.current

    def load_answers(self, source: str | Path, *, text: str | None = None) -> tuple[Model, Answers]:
        """Read an answers file and check it against the version it declares (see :meth:`model_for`)."""
        from ccas_compass.answers.loading import check_answers_data, parse_answers_text, read_answers_text

        name = str(source)
        if text is None:
            text = read_answers_text(Path(source))
        data = parse_answers_text(text, name)
        model = self.model_for(declared_version(data))
        return model, check_answers_data(data, text, name, model)

    def score(self, model: Model, answers: Answers) -> Result:
        """:func:`~ccas_compass.scoring.mix.score`, plus a note when an archived version was used."""
        from ccas_compass.scoring.mix import score

        return with_version_note(score(model, answers), self)


def with_version_note(result: Result, shelf: Shelf) -> Result:
    """The result, with a note when it was scored with an archived questionnaire version."""
    current = shelf.current.questionnaire.version
    if result.model_version == current:
        return result
    note = Problem("version_archived", {"version": result.model_version, "current": current},
                   file=result.answers.source)
    return replace(result, warnings=(*result.warnings, note))


def declared_version(data: Any) -> str | None:
    """The ``questionnaire.version`` an answers document declares, as text (None if absent)."""
    if not isinstance(data, Mapping):
        return None
    header = data.get("questionnaire")
    if not isinstance(header, Mapping):
        return None
    version = header.get("version")
    if version is None or isinstance(version, bool):
        return None
    return str(version).strip() or None


def shelf(data_dir: str | Path | None = None) -> Shelf:
    """The shelf of a data folder (the shipped one by default)."""
    from ccas_compass.model.loading import default_data_dir, load_model

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    return Shelf(load_model(folder), folder)


def _slot(version: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "_", version)


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """``1.10`` after ``1.9``: numeric parts compared as numbers."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-]", version))
