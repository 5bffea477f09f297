"""Batch inputs: answers files, folders of them, CSV tables → respondents in a :class:`Collector`.

Every input that cannot be scored becomes a :class:`~ccas_compass.batch.Failure` with its file (and
line for a table row) and the reading goes on: one bad file never stops a departmental batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import answers as answers_check
from . import columns as cols
from .batch import Collector
from .errors import AnswersError, Problem
from .loading import load_answers
from .model import Model
from .tabular import open_csv

ANSWERS_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
TABLE_SUFFIXES = frozenset({".csv"})

Progress = Callable[[int], None]
"""Called with the number of bytes just read (for a progress bar)."""


@dataclass(frozen=True)
class Input:
    path: Path
    table: bool
    size: int


def expand(paths: Iterable[Path], skip: Path | None = None) -> tuple[list[Input], list[Problem]]:
    """The files to read, folders walked recursively in name order (hidden entries and ``skip``
    — the output folder — left out), each file once; and the inputs that do not exist."""
    found: list[Input] = []
    missing: list[Problem] = []
    seen: set[str] = set()
    skip_real = os.path.realpath(skip) if skip is not None else None

    def take(path: Path, explicit: bool) -> None:
        suffix = path.suffix.lower()
        table = suffix in TABLE_SUFFIXES
        if not explicit and not table and suffix not in ANSWERS_SUFFIXES:
            return
        real = os.path.realpath(path)
        if real in seen:
            return
        seen.add(real)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        found.append(Input(path, table, size))

    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d for d in dirs
                    if not d.startswith(".") and os.path.realpath(os.path.join(root, d)) != skip_real
                )
                for name in sorted(files):
                    if not name.startswith("."):
                        take(Path(root) / name, explicit=False)
        elif path.exists():
            take(path, explicit=True)
        else:
            missing.append(Problem("file_missing", file=str(path)))
    return found, missing


def read(
    inputs: Sequence[Input], model: Model, collector: Collector, progress: Progress | None = None
) -> list[Problem]:
    """Read every input into ``collector``; return the warnings (unknown columns…)."""
    warnings: list[Problem] = []
    for item in inputs:
        if item.table:
            _read_table(item.path, model, collector, warnings, progress)
        else:
            try:
                collector.add(load_answers(item.path, model), str(item.path))
            except AnswersError as err:
                collector.fail(str(item.path), err.problems)
            if progress is not None:
                progress(item.size)
    return warnings


def _read_table(
    path: Path, model: Model, collector: Collector, warnings: list[Problem], progress: Progress | None
) -> None:
    name = str(path)
    try:
        table = open_csv(path)
    except AnswersError as err:
        collector.fail(name, err.problems)
        return
    columns = cols.resolve(table.header, model)
    for column in columns:
        if column.kind == "unknown":
            warnings.append(Problem("unknown_column", {"name": column.target}, file=name, line=1))
    if not any(c.kind == "profile" and c.target in ("name", "insee") for c in columns):
        table.rows.close()  # type: ignore[attr-defined]
        collector.fail(name, [Problem("no_name_column", file=name, line=1)])
        return
    q = model.questionnaire
    try:
        for line, row in table.rows:
            document, problems = cols.document(columns, row, model)
            parsed, found = answers_check.check(document, q, source=f"{name}:{line}")
            problems += found
            if problems or parsed is None:
                collector.fail(f"{name}:{line}", [p.located(name) for p in _at_line(problems, line)])
            else:
                collector.add(parsed, name, line)
            if progress is not None:
                progress(sum(len(cell) + 1 for cell in row))
    except AnswersError as err:
        collector.fail(name, err.problems)


def _at_line(problems: Iterable[Problem], line: int) -> list[Problem]:
    """Row problems located by line and column (``insee``, ``q_lieux``…), as the user sees the table."""
    from dataclasses import replace

    sections = ("answers", "organisation", "respondent")
    return [replace(p, line=line, path=p.path[1:] if p.path[:1] and p.path[0] in sections else p.path)
            for p in problems]
