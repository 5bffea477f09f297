"""Batch inputs: answers files, folders of them, tables (CSV, .xlsx) → respondents in a :class:`Collector`.

A table is read as the tool's own layout (:mod:`ccas_compass.columns`, which also reads the exports of
the XLSForm from KoboToolbox or ODK), or through a mapping (:mod:`ccas_compass.mapping`) for the
exports of other tools. Every input that cannot be scored becomes a
:class:`~ccas_compass.batch.Failure` with its file (and line for a table row) and the reading goes
on: one bad file never stops a departmental batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import answers as answers_check
from . import columns as cols
from .batch import Collector
from .errors import AnswersError, Problem
from .loading import load_answers
from .model import Model
from .tabular import TABLE_SUFFIXES, open_table

if TYPE_CHECKING:
    from .mapping import TableMapping

ANSWERS_SUFFIXES = frozenset({".yaml", ".yml", ".json"})

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
                    if not name.startswith((".", "~$")):  # hidden files, Excel's lock files
                        take(Path(root) / name, explicit=False)
        elif path.exists():
            take(path, explicit=True)
        else:
            missing.append(Problem("file_missing", file=str(path)))
    return found, missing


def read(
    inputs: Sequence[Input], model: Model, collector: Collector, progress: Progress | None = None,
    mapping: TableMapping | None = None,
) -> list[Problem]:
    """Read every input into ``collector`` (tables through ``mapping`` when given); return the
    warnings (unknown columns, incomplete responses skipped…)."""
    warnings: list[Problem] = mapping.warnings() if mapping is not None else []
    for item in inputs:
        if item.table:
            _read_table(item, model, collector, warnings, progress, mapping)
        else:
            try:
                collector.add(load_answers(item.path, model), str(item.path))
            except AnswersError as err:
                collector.fail(str(item.path), err.problems)
            if progress is not None:
                progress(item.size)
    return warnings


def _read_table(
    item: Input, model: Model, collector: Collector, warnings: list[Problem], progress: Progress | None,
    mapping: TableMapping | None,
) -> None:
    path = item.path
    name = str(path)
    try:
        table = open_table(path)
    except AnswersError as err:
        collector.fail(name, err.problems)
        return
    if table.is_xlsform:
        table.close()
        warnings.append(Problem("xlsform_not_answers", file=name))
        if progress is not None:
            progress(item.size)
        return
    plan = None
    if mapping is not None:
        from .mapping import plan as make_plan

        plan = make_plan(mapping, table.header, model, name)
        columns = plan.columns
        warnings += plan.warnings
    else:
        columns = cols.resolve(table.header, model)
    for column in columns:
        if column.kind == "unknown":
            warnings.append(Problem("unknown_column", {"name": column.target}, file=name, line=1))
    if not any(c.kind == "profile" and c.target in ("name", "insee") for c in columns):
        table.close()
        collector.fail(name, [Problem("no_name_column", file=name, line=1)])
        return
    q = model.questionnaire
    header_of = plan.header_of if plan is not None else {}
    try:
        for line, row in table.rows:
            if progress is not None and table.delimiter:
                progress(sum(len(cell) + 1 for cell in row))
            problems: list[Problem] = []
            if plan is not None:
                missing = plan.incomplete(row)
                if missing is not None:
                    warnings.append(Problem("incomplete_row", {"column": missing}, file=name, line=line))
                    continue
                row, problems = plan.translate(row)
            document, found = cols.document(columns, row, model)
            problems += found
            parsed, found = answers_check.check(document, q, source=f"{name}:{line}")
            problems += found
            if problems or parsed is None:
                located = [p.located(name) for p in _at_line(problems, line, header_of)]
                collector.fail(f"{name}:{line}", located)
            else:
                collector.add(parsed, name, line)
    except AnswersError as err:
        collector.fail(name, err.problems)
    if progress is not None and not table.delimiter:
        progress(item.size)  # a workbook is compressed: its rows do not add up to its size


def _at_line(problems: Iterable[Problem], line: int, header_of: dict[str, str]) -> list[Problem]:
    """Row problems located by line and column (``insee``, ``q_lieux``, or the source column a
    mapping reads the question from), as the user sees the table."""
    sections = ("answers", "organisation", "respondent")
    out = []
    for p in problems:
        path = p.path[1:] if p.path[:1] and p.path[0] in sections else p.path
        if path and isinstance(path[0], str) and path[0] in header_of:
            path = (header_of[path[0]], *path[1:])
        out.append(replace(p, line=line, path=path))
    return out
