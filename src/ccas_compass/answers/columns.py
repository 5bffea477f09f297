"""One row per respondent ↔ one answers document: the tool's wide table layout.

Header: the profile ids (``name``, ``insee``, ``kind``…), optionally ``role``, ``date`` and
``questionnaire_version``, then one column per question id. Cells:

* single choice: the option id;
* multiple choice: option ids separated by ``|``, spaces or commas (``aucune`` alone for none);
* allocation: ``option:points`` pairs separated the same way (``radar:4 | avocat:6``);
* text: the text. An empty cell means "don't know / not concerned".

Exports of the XLSForm made by ``ccas-compass export xlsform`` (KoboToolbox, ODK, Ona) are read the
same way: a group path (``organisation/insee``, ``espaces/accueil_premier_lieu``; ODK Central joins
with ``-``) is reduced to its last part, a ``question/option`` column of 1/0 ticks an option of a
multiple choice, ``question_option`` columns hold allocation points (an empty one: "don't know"),
the fields the form adds around an allocation (``question_total``, ``question_instructions``,
``question_total_note``), the note opening a theme's group (``theme_intro``) and metadata columns
(``_id``, ``_uuid``, ``start``, ``meta/…``…) are ignored. Without a ``date`` column, the date of the
answers is taken from the submission's own timestamp (``end``, ``_submission_time``,
``SubmissionDate``, LimeSurvey's ``submitdate``) when it starts with an ISO date.

Exports of other tools go through a mapping first (:mod:`ccas_compass.collect.mapping`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ccas_compass.errors import Problem
from ccas_compass.model.core import Model

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
        "attachmentsexpected", "status", "reviewstate", "edits", "meta-instanceid",
        "formversion",  # ODK Central: new at every publication, not the questionnaire's version
    }
)
"""Metadata columns of survey tools, ignored (also any column starting with ``_``, and the groups
``meta`` and ``formhub`` that ODK and KoboToolbox add)."""
IGNORED_GROUPS = frozenset({"meta", "formhub"})
STAMPS = ("end", "_submission_time", "submissiondate", "submitdate")
"""Timestamps of a submission, by preference: the date of the answers when no ``date`` column."""
TRUE = frozenset({"1", "true", "vrai", "oui", "yes", "x", "y"})
FALSE = frozenset({"0", "false", "faux", "non", "no", "n", ""})
SPLIT = re.compile(r"[|,\s]+")
PATH = re.compile(r"[/-]")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Column:
    """What one header cell holds."""

    kind: str
    """``profile``, ``meta``, ``stamp`` (a submission timestamp), ``question``, ``choice`` (a 1/0
    tick), ``points``, ``ignored``, ``unknown``."""
    target: str = ""
    option: str = ""


def header_row(model: Model) -> list[str]:
    """The header of the wide layout (``ccas-compass template --csv``)."""
    q = model.questionnaire
    return [x.id for x in q.profile] + ["role", "date", "questionnaire_version"] + [x.id for x in q.questions]


def _theme_intro(model: Model) -> re.Pattern[str]:
    """Names of the notes opening the XLSForm's theme groups (``espaces_intro``, ``espaces_2_intro``)."""
    themes = "|".join(re.escape(t.id) for t in model.questionnaire.themes) or "(?!)"
    return re.compile(rf"(?:{themes})(?:_\d+)?_intro")


def resolve(header: Sequence[str], model: Model) -> list[Column]:
    """Read each header cell against the questionnaire."""
    q = model.questionnaire
    points: dict[str, tuple[str, str]] = {}
    generated: set[str] = set()  # fields the XLSForm adds around an allocation: no answer in them
    for question in q.questions:
        if question.type == "allocation":
            generated |= {f"{question.id}_{x}" for x in ("total", "instructions", "total_note")}
            for option in question.options:
                points[f"{question.id}_{option.id}"] = (question.id, option.id)
    intro = _theme_intro(model)
    out = []
    for cell in header:
        name = cell.strip()
        lower = name.lower()
        parts = [p for p in PATH.split(name) if p]
        last = parts[-1] if parts else name
        if last.lower() in STAMPS and len(parts) == 1:
            out.append(Column("stamp", last.lower()))
        elif (lower in IGNORED or name.startswith("_") or last.startswith("_") or last in generated
              or (intro.fullmatch(last) and q.question(last) is None)
              or (len(parts) >= 2 and parts[0].lower() in IGNORED_GROUPS)):
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
    """``"4"`` (or ``"4.0"``, ``"4,0000000000"`` as LimeSurvey writes numbers) → 4; anything else is
    left as text, for the answers check to refuse with its words."""
    stripped = text.strip()
    found = re.fullmatch(r"(\d{1,6})(?:[.,]0+)?", stripped)
    return int(found.group(1)) if found else stripped


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
    stamps: dict[str, str] = {}
    ticks: dict[str, list[str]] = {}
    allocations: dict[str, dict[str, Any]] = {}
    for column, raw in zip(columns, row, strict=False):
        cell = raw.strip()
        kind = column.kind
        if kind == "profile":
            if cell:
                # option ids are lower case by construction: "CCAS" or "Oui" typed in a sheet are ours
                choice = q.profile_question(column.target)
                organisation[column.target] = cell.lower() if choice and choice.type == "single" else cell
        elif kind == "question":
            if not cell:
                continue
            question = q.question(column.target)
            assert question is not None
            if question.type == "multiple":
                answers[column.target] = [x.lower() for x in SPLIT.split(cell) if x]
            elif question.type == "allocation":
                answers[column.target] = _allocation(cell)
            elif question.type == "single":
                answers[column.target] = cell.lower()
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
        elif kind == "stamp" and ISO_DATE.match(cell):
            stamps[column.target] = cell[:10]
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
    elif stamps:
        out["date"] = stamps[min(stamps, key=STAMPS.index)]
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
        out[option.strip().lower()] = _points(value)
    return out
