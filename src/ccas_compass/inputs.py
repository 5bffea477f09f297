"""Batch inputs: answers files, folders of them, tables (CSV, .xlsx) → respondents in a :class:`Collector`.

A table is read as the tool's own layout (:mod:`ccas_compass.columns`, which also reads the exports of
the XLSForm from KoboToolbox or ODK), or through a mapping (:mod:`ccas_compass.mapping`) for the
exports of other tools. Every input that cannot be scored becomes a
:class:`~ccas_compass.batch.Failure` with its file (and line for a table row) and the reading goes
on: one bad file never stops a departmental batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import answers as answers_check
from . import columns as cols
from .batch import Collector
from .errors import AnswersError, CompassError, Problem
from .loading import load_answers
from .model import Answers, Model
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


def expand(
    paths: Iterable[Path], skip: Path | None = None, skipped: list[Problem] | None = None
) -> tuple[list[Input], list[Problem]]:
    """The files to read, folders walked recursively in name order (hidden entries, ``skip`` — the
    output folder — and the results folders of earlier runs left out, each of these noted in
    ``skipped``), each file once; and the inputs that do not exist."""
    found: list[Input] = []
    missing: list[Problem] = []
    seen: set[tuple[int, int] | str] = set()
    skip_real = os.path.realpath(skip) if skip is not None else None

    def take(path: Path, explicit: bool) -> None:
        suffix = path.suffix.lower()
        table = suffix in TABLE_SUFFIXES
        if not explicit and not table and suffix not in ANSWERS_SUFFIXES:
            return
        try:
            info = path.stat()
        except OSError:  # unreadable: kept, so that reading it reports why
            identity: tuple[int, int] | str = os.path.abspath(path)
            size = 0
        else:  # the same file under two names (a link, a folder and a file in it) is read once
            identity = (info.st_dev, info.st_ino) if info.st_ino else os.path.realpath(path)
            size = info.st_size
        if identity in seen:
            return
        seen.add(identity)
        found.append(Input(path, table, size))

    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                if results_folder(Path(root)):  # written by an earlier batch: results, not answers
                    if skipped is not None:
                        skipped.append(Problem("skipped_results_folder", file=root))
                    dirs[:] = []
                    continue
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


def results_folder(folder: Path) -> bool:
    """A folder written by ``batch --out`` (it holds the manifest of what it wrote)."""
    from .outdir import MANIFEST

    return (folder / MANIFEST).is_file()


def read(
    inputs: Sequence[Input], model: Model, collector: Collector, progress: Progress | None = None,
    mapping: TableMapping | None = None, jobs: int = 1,
) -> list[Problem]:
    """Read every input into ``collector`` (tables through ``mapping`` when given); return the
    warnings (unknown columns, incomplete responses skipped…).

    With ``jobs`` > 1, answers files are read, parsed and checked by that many worker processes
    (YAML parsing is most of a batch's time); they reach the collector in the same order as with
    one process, so the results are identical."""
    warnings: list[Problem] = mapping.warnings() if mapping is not None else []
    files = [item for item in inputs if not item.table]
    loaded: Iterator[tuple[Input, Loaded]] = (
        _parallel(files, model, jobs) if jobs > 1 and len(files) >= PARALLEL_FROM else
        ((item, _load(item.path, model)) for item in files)
    )
    for item in inputs:
        if item.table:
            _read_table(item, model, collector, warnings, progress, mapping)
            continue
        done, result = next(loaded)
        assert done is item
        if isinstance(result, Answers):
            collector.add(result, str(item.path))
        else:
            collector.fail(str(item.path), result)
        if progress is not None:
            progress(item.size)
    return warnings


PARALLEL_FROM = 64
"""Fewer answers files than this are read in one process (starting workers costs more)."""
CHUNK_FILES = 64


Loaded = Answers | tuple[Problem, ...]
"""An answers file read: its answers, or what is wrong with it (plain data: it crosses processes)."""


def _load(path: Path, model: Model) -> Loaded:
    try:
        return load_answers(path, model)
    except CompassError as err:  # unreadable, invalid, or gone since the folder was listed
        return err.problems


_worker_model: Model | None = None


def _start_worker(model: Model) -> None:
    global _worker_model
    _worker_model = model


def _load_chunk(paths: list[Path]) -> list[Loaded]:
    assert _worker_model is not None
    return [_load(path, _worker_model) for path in paths]


def _parallel(files: list[Input], model: Model, jobs: int) -> Iterator[tuple[Input, Loaded]]:
    """Answers files loaded by ``jobs`` processes, in order, a chunk of files per task."""
    from concurrent.futures import ProcessPoolExecutor

    chunks = [files[i : i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(model,))
    try:
        results = pool.map(_load_chunk, [[i.path for i in c] for c in chunks])
        for chunk, loaded in zip(chunks, results, strict=True):
            yield from zip(chunk, loaded, strict=True)
    finally:  # Ctrl-C or an error: do not wait for the files not read yet
        pool.shutdown(wait=True, cancel_futures=True)


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
            if mapping is not None and mapping.questionnaire_version and "questionnaire" not in document:
                document["questionnaire"] = {"id": q.id, "version": mapping.questionnaire_version}
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
