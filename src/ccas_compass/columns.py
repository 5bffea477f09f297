"""One row per respondent ↔ one answers document: the tool's wide table layout.

Header: the profile ids (``name``, ``insee``, ``kind``…), optionally ``role``, ``date`` and
``questionnaire_version``, then one column per question id. Cells:

* single choice: the option id;
* multiple choice: option ids separated by ``|``, spaces or commas (``aucune`` alone for none);
* allocation: ``option:points`` pairs separated the same way (``radar:4 | avocat:6``);
* text: the text. An empty cell means "don't know / not concerned".

Exports of the XLSForm made by ``ccas-compass export xlsform`` (KoboToolbox, ODK, Ona) are read the
same way: a group path (``organisation/insee``) is reduced to its last part, a ``question/option``
column of 1/0 ticks an option of a multiple choice, ``question_option`` columns hold allocation
points, and metadata columns (``_id``, ``_uuid``, ``start``…) are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import Problem
from .model import Model

META_COLUMNS = {
    "role": "role",
    "respondent_role": "role",
    "date": "date",
    "questionnaire_version": "version",
    "version": "version",
}
IGNORED = frozenset(
    {
        "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
        "instanceid", "instancename", "uuid", "formhub/uuid", "meta/instanceid", "meta/deprecatedid",
        "__version__", "key", "submissiondate", "submitterid", "submittername", "attachmentspresent",
        "attachmentsexpected", "status", "reviewstate", "edits", "formversion", "meta-instanceid",
    }
)
"""Metadata columns of survey tools, ignored (also any column starting with ``_``)."""
TRUE = frozenset({"1", "true", "vrai", "oui", "yes", "x"})
FALSE = frozenset({"0", "false", "faux", "non", "no", ""})
SPLIT = re.compile(r"[|,\s]+")


@dataclass(frozen=True)
class Column:
    """What one header cell holds."""

    kind: str
    """``profile``, ``meta``, ``question``, ``choice`` (a 1/0 tick), ``points``, ``ignored``, ``unknown``."""
    target: str = ""
    option: str = ""


def header_row(model: Model) -> list[str]:
    """The header of the wide layout (``ccas-compass template --csv``)."""
    q = model.questionnaire
    return [x.id for x in q.profile] + ["role", "date", "questionnaire_version"] + [x.id for x in q.questions]


def resolve(header: Sequence[str], model: Model) -> list[Column]:
    """Read each header cell against the questionnaire."""
    q = model.questionnaire
    points: dict[str, tuple[str, str]] = {}
    totals: set[str] = set()
    for question in q.questions:
        if question.type == "allocation":
            totals.add(f"{question.id}_total")
            for option in question.options:
                points[f"{question.id}_{option.id}"] = (question.id, option.id)
    out = []
    for cell in header:
        name = cell.strip()
        lower = name.lower()
        parts = [p for p in name.split("/") if p]
        last = parts[-1] if parts else name
        if lower in IGNORED or name.startswith("_") or last.startswith("_") or last in totals:
            out.append(Column("ignored"))
        elif q.profile_question(last) is not None:
            out.append(Column("profile", last))
        elif last.lower() in META_COLUMNS:
            out.append(Column("meta", META_COLUMNS[last.lower()]))
        elif q.question(last) is not None:
            out.append(Column("question", last))
        elif last in points:
            out.append(Column("points", *points[last]))
        elif len(parts) >= 2 and (owner := q.question(parts[-2])) is not None and owner.option(last):
            out.append(Column("choice", owner.id, last))
        elif not name:
            out.append(Column("ignored"))
        else:
            out.append(Column("unknown", name))
    return out


def _points(text: str) -> Any:
    """``"4"`` → 4; anything else is left as text, for the answers check to refuse with its words."""
    stripped = text.strip()
    return int(stripped) if re.fullmatch(r"\d{1,6}", stripped) else stripped


def document(
    columns: Sequence[Column], row: Sequence[str], model: Model
) -> tuple[dict[str, Any], list[Problem]]:
    """One row as an answers document (checked afterwards like any answers file), and the cells
    that cannot be read as the layout says (a 1/0 tick that is neither)."""
    problems: list[Problem] = []
    q = model.questionnaire
    organisation: dict[str, Any] = {}
    answers: dict[str, Any] = {}
    respondent: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    ticks: dict[str, list[str]] = {}
    allocations: dict[str, dict[str, Any]] = {}
    for column, raw in zip(columns, row, strict=False):
        cell = raw.strip()
        kind = column.kind
        if kind == "profile":
            if cell:
                organisation[column.target] = cell
        elif kind == "question":
            if not cell:
                continue
            question = q.question(column.target)
            assert question is not None
            if question.type == "multiple":
                answers[column.target] = [x for x in SPLIT.split(cell) if x]
            elif question.type == "allocation":
                answers[column.target] = _allocation(cell)
            else:
                answers[column.target] = cell
        elif kind == "choice":
            flag = cell.lower()
            if flag in TRUE:
                ticks.setdefault(column.target, []).append(column.option)
            elif flag not in FALSE:
                at = ("answers", column.target, column.option)
                problems.append(Problem("bad_tick", {"value": cell}, at))
        elif kind == "points":
            if cell:
                allocations.setdefault(column.target, {})[column.option] = _points(cell)
        elif kind == "meta" and cell:
            if column.target == "role":
                respondent["role"] = cell
            else:
                meta[column.target] = cell
    for qid, chosen in ticks.items():
        answers.setdefault(qid, chosen)  # a column of option ids wins over 1/0 columns
    for qid, given in allocations.items():
        answers.setdefault(qid, given)
    out: dict[str, Any] = {"organisation": organisation, "answers": answers}
    if respondent:
        out["respondent"] = respondent
    if "date" in meta:
        out["date"] = meta["date"]
    if "version" in meta:
        out["questionnaire"] = {"id": q.id, "version": meta["version"]}
    return out, problems


def _allocation(cell: str) -> Mapping[str, Any] | str:
    """``radar:4 | avocat:6`` → ``{"radar": 4, "avocat": 6}``; a cell that is not pairs stays text."""
    out: dict[str, Any] = {}
    for item in SPLIT.split(re.sub(r"\s*:\s*", ":", cell)):
        if not item:
            continue
        option, sep, value = item.partition(":")
        if not sep:
            return cell
        out[option.strip()] = _points(value)
    return out
