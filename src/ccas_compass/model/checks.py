"""Rules the model files must follow beyond their shape: references, ids, and balance.

Pure functions over the frozen model; each problem carries the path of the offending element in
its file (``questions[14].options[2].weights.radr``), so the loader can add the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ccas_compass.errors import Path, Problem, dotted
from ccas_compass.model.core import Figure, Question, Questionnaire

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
YAML_BOOLEANS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
MIN_INFORMING = 6
"""Each figure must be informed by at least this many practice questions."""
BALANCE_TOLERANCE = 15
"""Each figure's maximum attainable score stays within ± this percentage of the mean."""
REQUIRED_PROFILE = {"name": "text", "insee": "text", "kind": "single"}


@dataclass(frozen=True)
class Balance:
    """How much the practice questions can give each figure."""

    attainable: dict[str, int]
    informing: dict[str, int]

    @property
    def mean(self) -> float:
        return sum(self.attainable.values()) / len(self.attainable) if self.attainable else 0.0

    def deviation(self, figure_id: str) -> float:
        """Percentage gap between this figure's maximum and the mean of all maxima."""
        mean = self.mean
        return 100.0 * (self.attainable[figure_id] - mean) / mean if mean else 0.0


class Sizes(NamedTuple):
    """How big a questionnaire is (``validate`` says it)."""

    questions: int
    """Scored questions: practice questions and allocations."""
    practice: int
    allocations: int
    profile: int


def sizes(questionnaire: Questionnaire) -> Sizes:
    """The questionnaire's counts of scored, practice, allocation and profile questions."""
    practice = len(questionnaire.practice_questions)
    allocations = sum(1 for x in questionnaire.questions if x.type == "allocation")
    return Sizes(practice + allocations, practice, allocations, len(questionnaire.profile))


def balance(questionnaire: Questionnaire, figure_ids: Sequence[str]) -> Balance:
    attainable = dict.fromkeys(figure_ids, 0)
    informing = dict.fromkeys(figure_ids, 0)
    for question in questionnaire.practice_questions:
        for fid, value in question.attainable.items():
            if fid in attainable and value > 0:
                attainable[fid] += value
                informing[fid] += 1
    return Balance(attainable, informing)


def _check_id(value: str, path: Path) -> list[Problem]:
    if not ID_RE.match(value):
        return [Problem("bad_id", {"id": value}, path)]
    return []


def _unique(items: Sequence[tuple[str, Path]]) -> list[Problem]:
    seen: dict[str, Path] = {}
    problems = []
    for value, path in items:
        if value in seen:
            first = dotted(seen[value])
            problems.append(Problem("duplicate_id", {"id": value, "first": first}, path))
        else:
            seen[value] = path
    return problems


def check_figures(figures: Sequence[Figure]) -> list[Problem]:
    problems: list[Problem] = []
    for i, figure in enumerate(figures):
        problems += _check_id(figure.id, ("figures", i, "id"))
    problems += _unique([(f.id, ("figures", i, "id")) for i, f in enumerate(figures)])
    return problems


def check_questionnaire(q: Questionnaire, figure_ids: Sequence[str]) -> list[Problem]:
    """Every rule of the questionnaire file, including the balance across figures."""
    problems: list[Problem] = []
    known = set(figure_ids)
    theme_ids = {t.id for t in q.themes}
    for i, theme in enumerate(q.themes):
        problems += _check_id(theme.id, ("themes", i, "id"))
    problems += _unique([(t.id, ("themes", i, "id")) for i, t in enumerate(q.themes)])

    everything = [("profile", i, x) for i, x in enumerate(q.profile)]
    everything += [("questions", i, x) for i, x in enumerate(q.questions)]
    problems += _unique([(x.id, (section, i, "id")) for section, i, x in everything])
    for section, i, question in everything:
        problems += _check_question(question, (section, i), known, theme_ids)
        if section == "profile" and question.type not in ("single", "text"):
            problems.append(Problem("profile_scored", {}, (section, i, "type")))
    problems += _check_profile(q)
    for kind in ("declared", "ambition"):
        if not any(x.profile == kind for x in q.questions):
            problems.append(Problem("profile_missing", {"profile": kind}, ("questions",)))
    if not problems:
        problems += _check_balance(q, figure_ids)
    return problems


def _check_profile(q: Questionnaire) -> list[Problem]:
    problems = []
    for qid, expected in REQUIRED_PROFILE.items():
        found = q.profile_question(qid)
        if found is None:
            problems.append(Problem("profile_field_missing", {"id": qid}, ("profile",)))
        elif found.type != expected:
            index = q.profile.index(found)
            path: Path = ("profile", index, "type")
            problems.append(Problem("profile_field_type", {"id": qid, "expected": expected}, path))
    return problems


def _check_question(
    question: Question, at: Path, figures: set[str], themes: set[str]
) -> list[Problem]:
    problems = _check_id(question.id, (*at, "id"))
    if question.theme is not None and question.theme not in themes:
        problems.append(Problem("unknown_theme", {"id": question.theme}, (*at, "theme")))
    if question.pattern is not None:
        try:
            re.compile(question.pattern)
        except re.error as err:
            problems.append(Problem("bad_pattern", {"detail": str(err)}, (*at, "pattern")))
    kind = question.type
    if kind == "text":
        if question.options:
            problems.append(Problem("no_options_expected", {"type": kind}, (*at, "options")))
    elif len(question.options) < 2:
        problems.append(Problem("too_few_options", {"type": kind, "n": 2}, (*at, "options")))
    if kind == "allocation":
        if question.points is None or question.points <= 0:
            problems.append(Problem("points_required", {}, (*at, "points")))
        if question.profile is None:
            problems.append(Problem("profile_required", {}, (*at, "profile")))
        weighted = {fid for o in question.options for fid, w in o.weights.items() if w > 0}
        problems += [
            Problem("allocation_figure_missing", {"id": fid}, (*at, "options"))
            for fid in sorted(figures - weighted)
        ]
    else:
        if question.points is not None:
            problems.append(Problem("points_unexpected", {}, (*at, "points")))
        if question.profile is not None:
            problems.append(Problem("profile_unexpected", {}, (*at, "profile")))
    exclusive = [o for o in question.options if o.exclusive]
    if exclusive and kind != "multiple":
        problems.append(Problem("exclusive_misplaced", {}, (*at, "options")))
    if len(exclusive) > 1:
        problems.append(Problem("exclusive_count", {}, (*at, "options")))
    problems += _unique([(o.id, (*at, "options", j, "id")) for j, o in enumerate(question.options)])
    for j, option in enumerate(question.options):
        opath: Path = (*at, "options", j)
        problems += _check_id(option.id, (*opath, "id"))
        if option.id in YAML_BOOLEANS:
            problems.append(Problem("ambiguous_id", {"id": option.id}, (*opath, "id")))
        for fid in option.weights:
            if fid not in figures:
                problems.append(Problem("unknown_figure", {"id": fid}, (*opath, "weights", fid)))
        if option.exclusive and any(option.weights.values()):
            problems.append(Problem("exclusive_weighted", {"id": option.id}, (*opath, "weights")))
        if kind == "allocation" and not any(option.weights.values()):
            problems.append(Problem("allocation_weightless", {}, (*opath, "weights")))
    return problems


def _check_balance(q: Questionnaire, figure_ids: Sequence[str]) -> list[Problem]:
    """No figure may win by construction: coverage and maximum scores are kept even."""
    result = balance(q, figure_ids)
    problems = []
    for fid in figure_ids:
        count = result.informing[fid]
        if count < MIN_INFORMING:
            params = {"id": fid, "count": count, "minimum": MIN_INFORMING}
            problems.append(Problem("figure_coverage", params, ("questions",)))
        deviation = result.deviation(fid)
        if abs(deviation) > BALANCE_TOLERANCE:
            params = {
                "id": fid,
                "value": result.attainable[fid],
                "deviation": deviation,
                "mean": result.mean,
                "tolerance": BALANCE_TOLERANCE,
            }
            problems.append(Problem("figure_balance", params, ("questions",)))
    return problems
