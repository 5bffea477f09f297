"""``validate``'s check of answers files, tables and folders of them, read exactly as ``batch`` reads them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ccas_compass.batch.inputs import expand, read
from ccas_compass.batch.teams import Collector
from ccas_compass.errors import Problem
from ccas_compass.model.core import Model

if TYPE_CHECKING:
    from ccas_compass.scoring.versions import Shelf


@dataclass
class Checked:
    """What the check found: the inputs that passed, the problems, the warnings."""

    passed: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    missing: bool = False
    """An input does not exist (a usage error, exit 2, as in every command)."""


def check_inputs(model: Model, paths: Sequence[Path], shelf: Shelf | None = None) -> Checked:
    """Check answers files, tables and folders of them (walked as ``batch`` walks them), each answers
    file with the questionnaire version it declares when the ``shelf`` holds it."""
    found, problems = expand(paths)
    checked = Checked(problems=problems, missing=bool(problems))
    if not found and not problems and paths:
        checked.problems.append(Problem("no_inputs", file=", ".join(map(str, paths))))
    collector = Collector(model)
    try:
        checked.warnings = read(found, model, collector, shelf=shelf)
    finally:
        collector.close()
    failed = {part for f in collector.failures for part in (f.source, f.source.rsplit(":", 1)[0])}
    checked.passed = [item.path for item in found if str(item.path) not in failed]
    for failure in collector.failures:
        checked.problems += failure.problems
    return checked
