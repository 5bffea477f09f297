"""Batch inputs: answers files, folders of them, tables (CSV, .xlsx) → respondents in a :class:`Collector`.

A table is read as the tool's own layout (:mod:`ccas_compass.answers.columns`, which also reads the exports of
the XLSForm from KoboToolbox or ODK), or through a mapping (:mod:`ccas_compass.collect.mapping`) for the
exports of other tools. Every input that cannot be scored becomes a
:class:`~ccas_compass.batch.teams.Failure` with its file (and line for a table row) and the reading goes
on: one bad file never stops a departmental batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ccas_compass.answers import check as answers_check
from ccas_compass.answers import columns as cols
from ccas_compass.answers.loading import load_answers
from ccas_compass.batch.collector import Collector
from ccas_compass.collect.tabular import TABLE_SUFFIXES, open_table
from ccas_compass.errors import AnswersError, CompassError, Problem
from ccas_compass.model.core import Answers, Model

if TYPE_CHECKING:
    from ccas_compass.collect.mapping import Plan, TableMapping
    from ccas_compass.scoring.versions import Shelf

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


MANIFEST = ".ccas-compass-batch.json"
"""The manifest ``batch --out`` writes in its folder (what it wrote): a folder holding one is a
results folder, never read back as inputs."""


def results_folder(folder: Path) -> bool:
    """A folder written by ``batch --out`` (it holds the manifest of what it wrote)."""
    return (folder / MANIFEST).is_file()


def read(
    inputs: Sequence[Input], model: Model, collector: Collector, progress: Progress | None = None,
    mapping: TableMapping | Sequence[TableMapping] | None = None, jobs: int = 1, shelf: Shelf | None = None,
    tally: Tally | None = None,
) -> list[Problem]:
    """Read every input into ``collector`` (each table through the mapping drafted for it, see
    :func:`mapping_for`); return the warnings (unknown columns, incomplete responses skipped…) and
    count in ``tally`` the rows read, scored, refused and left out.

    With ``jobs`` > 1, answers files are read, parsed and checked by that many worker processes
    (YAML parsing is most of a batch's time); they reach the collector in the same order as with
    one process, so the results are identical. With a ``shelf``, each answers file is checked and
    scored with the questionnaire version it declares when shipped (tables: the current one)."""
    mappings: Sequence[TableMapping] = (
        () if mapping is None else (mapping,) if not isinstance(mapping, Sequence) else mapping
    )
    warnings: list[Problem] = [w for m in mappings for w in m.warnings()]
    tally = tally if tally is not None else Tally()
    files = [item for item in inputs if not item.table]
    source = shelf if shelf is not None else model
    loaded: Iterator[tuple[Input, Loaded]] = (
        _parallel(files, source, jobs) if jobs > 1 and len(files) >= PARALLEL_FROM else
        ((item, _load(item.path, source)) for item in files)
    )
    for item in inputs:
        if item.table:
            chosen = mapping_for(item.path, mappings)
            _read_table(item, model, collector, warnings, progress, chosen, tally)
            continue
        done, result = next(loaded)
        assert done is item
        tally.read += 1
        if isinstance(result, Answers):
            used = shelf.model_for(result.questionnaire_version) if shelf is not None else None
            collector.add(result, str(item.path), model=used)
            tally.scored += 1
        else:
            collector.fail(str(item.path), result)
            tally.refused += 1
        if progress is not None:
            progress(item.size)
    return warnings


def mapping_for(path: Path, mappings: Sequence[TableMapping]) -> TableMapping | None:
    """The mapping drafted for the table ``path``: the one given for it (``INPUT=MAP``) or for a
    folder holding it, else the one naming its file (``export:``), else the only mapping given
    when it names no export (as before mappings named theirs)."""
    real = os.path.realpath(path)
    for mapping in mappings:
        for given in mapping.inputs:
            if real == given or real.startswith(given.rstrip(os.sep) + os.sep):
                return mapping
    for mapping in mappings:
        if mapping.export is not None and mapping.export == path.name:
            return mapping
    free = [m for m in mappings if m.export is None and not m.inputs]
    return free[0] if len(free) == 1 and len(mappings) == 1 else None


PARALLEL_FROM = 64
"""Fewer answers files than this are read in one process (starting workers costs more)."""
CHUNK_FILES = 64


Loaded = Answers | tuple[Problem, ...]
"""An answers file read: its answers, or what is wrong with it (plain data: it crosses processes)."""


def _load(path: Path, model: Model | Shelf) -> Loaded:
    try:
        if isinstance(model, Model):
            return load_answers(path, model)
        return model.load_answers(path)[1]
    except CompassError as err:  # unreadable, invalid, or gone since the folder was listed
        return err.problems


_worker_model: Model | Shelf | None = None


def _start_worker(model: Model | Shelf) -> None:
    global _worker_model
    _worker_model = model


def _load_chunk(paths: list[Path]) -> list[Loaded]:
    assert _worker_model is not None
    return [_load(path, _worker_model) for path in paths]


def _parallel(files: list[Input], model: Model | Shelf, jobs: int) -> Iterator[tuple[Input, Loaded]]:
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


@dataclass
class Tally:
    """Rows (and answers files) read, scored, refused, left out as unfinished: the batch summary."""

    read: int = 0
    scored: int = 0
    refused: int = 0
    left_out: int = 0


def _read_table(
    item: Input, model: Model, collector: Collector, warnings: list[Problem], progress: Progress | None,
    mapping: TableMapping | None, tally: Tally | None = None,
) -> None:
    path = item.path
    name = str(path)
    tally = tally if tally is not None else Tally()
    try:
        table = open_table(path)
    except AnswersError as err:
        collector.fail(name, err.problems)
        tally.refused += 1
        return
    if table.is_xlsform:
        table.close()
        warnings.append(Problem("xlsform_not_answers", file=name))
        if progress is not None:
            progress(item.size)
        return
    plan = None
    if mapping is not None:
        from ccas_compass.collect.mapping import plan as make_plan

        base = _recognised(table.header, table.titles, cols.resolve(table.header, model), model)
        plan = make_plan(mapping, table.header, model, name, base)
        columns = plan.columns
        warnings += plan.warnings
    else:
        columns = cols.resolve(table.header, model)
        plan = _recognised(table.header, table.titles, columns, model)
        if plan is not None:
            columns = plan.columns
    twice = _twice(table.header, columns, name)
    if twice:
        table.close()
        collector.fail(name, twice)
        tally.refused += 1
        return
    if not any(c.kind == "profile" and c.target in ("name", "insee") for c in columns):
        table.close()
        collector.fail(name, [Problem("no_name_column", file=name, line=1)])
        tally.refused += 1
        return
    q = model.questionnaire
    header_of = plan.header_of if plan is not None else {}
    unknown = [i for i, c in enumerate(columns) if c.kind == "unknown"]
    holding: set[int] = set()
    try:
        for line, row in table.rows:
            if progress is not None and table.delimiter:
                progress(sum(len(cell) + 1 for cell in row))
            tally.read += 1
            problems: list[Problem] = []
            if plan is not None:
                missing = plan.incomplete(row)
                if missing is not None:
                    key = "incomplete_row" if mapping is not None else "unfinished_row"
                    warnings.append(Problem(key, {"column": missing}, file=name, line=line))
                    tally.left_out += 1
                    continue
                row, problems = plan.translate(row)
            elif "n/a" in row:  # Kobo's legacy export: an unanswered cell
                row = ["" if cell == "n/a" else cell for cell in row]
            holding.update(i for i in unknown if i < len(row) and row[i].strip())
            document, found = cols.document(columns, row, model)
            problems += found
            if mapping is not None and mapping.questionnaire_version and "questionnaire" not in document:
                document["questionnaire"] = {"id": q.id, "version": mapping.questionnaire_version}
            parsed, found = answers_check.check(document, q, source=f"{name}:{line}")
            problems += found
            if problems or parsed is None:
                parsed, aside = _without_allocations(document, problems, model, f"{name}:{line}")
                located = [p.located(name) for p in _at_line(problems + aside, line, header_of)]
                collector.fail(f"{name}:{line}", located)
                if parsed is None:
                    tally.refused += 1
                    continue
            collector.add(parsed, name, line)
            tally.scored += 1
    except AnswersError as err:
        collector.fail(name, err.problems)
    for index in unknown:
        if index in holding:
            collector.fail(name, [Problem("unused_column", {"name": table.header[index]}, file=name, line=1)])
        else:
            warnings.append(Problem("unknown_column", {"name": table.header[index]}, file=name, line=1))
    if plan is not None and plan.counts:
        from ccas_compass.collect.mapping import PLACEHOLDER

        warnings.append(Problem("date_placeholder_rows", {"count": plan.counts[PLACEHOLDER]}, file=name))
    if progress is not None and not table.delimiter:
        progress(item.size)  # a workbook is compressed: its rows do not add up to its size


def _recognised(
    header: Sequence[str], titles: Sequence[str], native: Sequence[cols.Column], model: Model
) -> Plan | None:
    """The plan of a survey tool's export of our questionnaire (labels, LimeSurvey codes, Google
    titles…) when it reads more columns than our own layout does; None when ours reads it all."""
    if not titles and not any(c.kind == "unknown" for c in native):
        return None
    from ccas_compass.collect.known import recognise

    found = recognise(header, model, titles)
    mine = sum(1 for c in native if c.kind == "unknown")
    return found.plan if found.unknown < mine or titles else None


def _twice(header: Sequence[str], columns: Sequence[cols.Column], name: str) -> list[Problem]:
    """Two columns giving the same answer (a header that occurs twice, a question exported twice)."""
    seen: dict[cols.Column, int] = {}
    problems = []
    for index, column in enumerate(columns):
        if column.kind in ("ignored", "unknown"):
            continue
        if column in seen:
            params = {"name": header[index], "first": seen[column] + 1, "second": index + 1}
            problems.append(Problem("column_twice", params, file=name, line=1))
        else:
            seen[column] = index
    return problems


def _without_allocations(
    document: dict[str, object], problems: Sequence[Problem], model: Model, source: str
) -> tuple[Answers | None, list[Problem]]:
    """When only allocations are wrong (a total of 9 out of 10…), the respondent's other answers,
    checked, and a note per allocation set aside; else None (the row is refused)."""
    q = model.questionnaire
    wrong: set[str] = set()
    for problem in problems:
        path = problem.path
        if len(path) < 2 or path[0] != "answers" or not isinstance(path[1], str):
            return None, []
        question = q.question(path[1])
        if question is None or question.type != "allocation":
            return None, []
        wrong.add(question.id)
    if not wrong:
        return None, []
    answers = dict(document.get("answers") or {})  # type: ignore[call-overload]
    for qid in wrong:
        answers.pop(qid, None)
    parsed, found = answers_check.check({**document, "answers": answers}, q, source=source)
    if found or parsed is None:
        return None, []
    aside = [Problem("allocation_set_aside", {"question": qid}, ("answers", qid)) for qid in sorted(wrong)]
    return parsed, aside


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
