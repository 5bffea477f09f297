"""Check one parsed answers document against the questionnaire; plain Python, fast for batch.

Shape of an answers file::

    organisation: {name: ..., insee: "33522", kind: ccas, population: ..., ...}   # the profile
    respondent: {role: ...}                # optional
    date: 2026-11-28                       # optional
    questionnaire: {id: ..., version: ...} # the questionnaire the answers were given to
    answers: {question_id: value}          # option id | [option ids] | {option: points} | text | null
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ccas_compass.errors import Path, Problem
from ccas_compass.i18n import did_you_mean
from ccas_compass.model.core import Answers, AnswerValue, Question, Questionnaire

TOP_KEYS = ("organisation", "respondent", "date", "questionnaire", "answers")
RESPONDENT_KEYS = ("role", "name")


def check(
    data: Any, q: Questionnaire, *, source: str | None = None
) -> tuple[Answers | None, list[Problem]]:
    """Return the answers and no problem, or None and every problem found."""
    if not isinstance(data, Mapping):
        return None, [Problem("expected_mapping")]
    problems: list[Problem] = [
        Problem("extra_forbidden", {"hint": did_you_mean(str(k), TOP_KEYS)}, (k,))
        for k in data if k not in TOP_KEYS
    ]
    organisation = _organisation(data.get("organisation"), q, problems)
    respondent = _respondent(data.get("respondent"), problems)
    date = _date(data.get("date"), problems)
    qid, qversion = _questionnaire(data.get("questionnaire"), q, problems)
    values = _values(data.get("answers"), q, problems)
    if problems:
        return None, problems
    answers = Answers(
        organisation=organisation,
        values=values,
        questionnaire_id=qid,
        questionnaire_version=qversion,
        respondent=respondent,
        date=date,
        source=source,
    )
    return answers, []


def _text_value(value: Any) -> str | None:
    """Scalars users type in YAML (a code 33522 read as a number, say) become text."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text or None
    return None


def _organisation(raw: Any, q: Questionnaire, problems: list[Problem]) -> dict[str, str]:
    at: Path = ("organisation",)
    if raw is None:
        problems.append(Problem("missing", {}, at))
        return {}
    if not isinstance(raw, Mapping):
        problems.append(Problem("expected_mapping", {}, at))
        return {}
    out: dict[str, str] = {}
    for key, value in raw.items():
        question = q.profile_question(str(key))
        path: Path = (*at, str(key))
        if question is None:
            hint = did_you_mean(str(key), (x.id for x in q.profile))
            problems.append(Problem("extra_forbidden", {"hint": hint}, path))
            continue
        checked = check_profile_value(value, question, path, problems)
        if checked is not None:
            out[question.id] = checked
    if not out.get("name"):
        problems.append(Problem("name_required", {}, (*at, "name")))
    return out


def check_profile_value(
    value: Any, question: Question, path: Path, problems: list[Problem]
) -> str | None:
    """One profile answer (organisation name, INSEE code, population band…), or None."""
    if value is None:
        return None
    if question.type == "single":
        return _single(value, question, path, problems)
    if question.id == "insee" and isinstance(value, int) and not 10000 <= value <= 99999:
        # 01001 written without quotes reaches us as a number (octal in YAML 1.1): refuse it.
        problems.append(Problem("insee_quote", {"value": value}, path))
        return None
    text = _text_value(value)
    if text is None:
        problems.append(Problem("expected_text", {}, path))
        return None
    if question.id == "insee":
        text = text.upper()
    if question.pattern and not re.fullmatch(question.pattern, text):
        if question.id == "insee":
            lost = len(text) == 4 and text.isdigit() and re.fullmatch(question.pattern, "0" + text)
            problems.append(Problem("bad_insee_zero" if lost else "bad_insee", {"value": text}, path))
        else:
            problems.append(Problem("pattern_mismatch", {"value": text}, path))
        return None
    return text


def _respondent(raw: Any, problems: list[Problem]) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        problems.append(Problem("expected_mapping", {}, ("respondent",)))
        return {}
    out = {}
    for key, value in raw.items():
        if key not in RESPONDENT_KEYS:
            hint = did_you_mean(str(key), RESPONDENT_KEYS)
            problems.append(Problem("extra_forbidden", {"hint": hint}, ("respondent", str(key))))
        elif value is not None:
            text = _text_value(value)
            if text is None:
                problems.append(Problem("expected_text", {}, ("respondent", str(key))))
            else:
                out[str(key)] = text
    return out


def _date(raw: Any, problems: list[Problem]) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, str):
        text = raw.strip()
        french = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T].*)?", text)  # as French Excel writes it
        try:
            if french:
                day, month, year = (int(x) for x in french.groups())
                return dt.date(year, month, day).isoformat()
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    problems.append(Problem("expected_date", {"value": str(raw)}, ("date",)))
    return None


def _questionnaire(
    raw: Any, q: Questionnaire, problems: list[Problem]
) -> tuple[str | None, str | None]:
    if raw is None:
        return None, None
    if not isinstance(raw, Mapping):
        problems.append(Problem("expected_mapping", {}, ("questionnaire",)))
        return None, None
    for key in raw:
        if key not in ("id", "version"):
            problems.append(Problem("extra_forbidden", {}, ("questionnaire", str(key))))
    qid, version = _text_value(raw.get("id")), _text_value(raw.get("version"))
    if qid is not None and qid != q.id:
        params = {"got": qid, "expected": q.id}
        problems.append(Problem("other_questionnaire", params, ("questionnaire", "id")))
    return qid, version


def _values(raw: Any, q: Questionnaire, problems: list[Problem]) -> dict[str, AnswerValue]:
    at: Path = ("answers",)
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        problems.append(Problem("expected_mapping", {}, at))
        return {}
    out: dict[str, AnswerValue] = {}
    for key, value in raw.items():
        qid = str(key)
        question = q.question(qid)
        if question is not None:  # the common cases first, fast (a batch checks thousands)
            kind = question.type
            if kind == "single" and type(value) is str and question.option(value) is not None:
                out[qid] = value
                continue
            if kind == "multiple" and _plainly_valid(value, question):
                out[qid] = tuple(value)
                continue
        path: Path = (*at, qid)
        if question is None:
            known_profile = q.profile_question(qid) is not None
            hint = did_you_mean(qid, (x.id for x in q.questions))
            problems.append(
                Problem("profile_in_answers" if known_profile else "unknown_question",
                        {"id": qid, "hint": hint}, path)
            )
            continue
        if value is None:
            continue
        checked = check_value(value, question, path, problems)
        if checked is not None:
            out[qid] = checked
    return out


def _plainly_valid(value: Any, question: Question) -> bool:
    """True for a well-formed multiple-choice answer; any other answer goes through
    :func:`check_value`, which names what is wrong."""
    if type(value) is not list or not value:
        return False
    options = question.option_ids
    if not all(type(v) is str and v in options for v in value):
        return False
    if len(set(value)) != len(value):
        return False
    exclusive = question.exclusive_option
    return exclusive is None or len(value) == 1 or exclusive.id not in value


def check_value(
    value: Any, question: Question, path: Path, problems: list[Problem]
) -> AnswerValue | None:
    """One answer checked against its question; None (and a problem) when it does not fit."""
    if question.type == "single":
        return _single(value, question, path, problems)
    if question.type == "multiple":
        return _multiple(value, question, path, problems)
    if question.type == "allocation":
        return _allocation(value, question, path, problems)
    text = _text_value(value)
    if text is None:
        problems.append(Problem("expected_text", {}, path))
    return text


def _allowed(question: Question) -> str:
    return ", ".join(o.id for o in question.options)


def option_id(question: Question, value: str) -> str | None:
    """The option ``value`` names, in any case and without surrounding spaces (``Non``, `` CCAS``),
    as the CSV reader accepts them; None when it names none."""
    if question.option(value) is not None:
        return value
    folded = value.strip().casefold()
    return next((o.id for o in question.options if o.id.casefold() == folded), None)


def _unknown(value: str, question: Question) -> dict[str, Any]:
    return {"id": value, "allowed": _allowed(question), "hint": did_you_mean(value, question.option_ids)}


def _single(value: Any, question: Question, path: Path, problems: list[Problem]) -> str | None:
    if not isinstance(value, str):
        problems.append(Problem("expected_option", {"allowed": _allowed(question)}, path))
        return None
    found = option_id(question, value)
    if found is None:
        problems.append(Problem("unknown_option", _unknown(value, question), path))
    return found


def _multiple(
    value: Any, question: Question, path: Path, problems: list[Problem]
) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        example = ", ".join(o.id for o in question.options[:2])
        problems.append(Problem("expected_option_list", {"example": example}, path))
        return None
    exclusive = question.exclusive_option
    if not value:
        none_id = exclusive.id if exclusive else "[]"
        problems.append(Problem("empty_choice", {"none": none_id}, path))
        return None
    chosen: list[str] = []
    ok = True
    for index, given in enumerate(value):
        item = option_id(question, given) if isinstance(given, str) else None
        if item is None:
            problems.append(Problem("unknown_option", _unknown(str(given), question), (*path, index)))
            ok = False
        elif item in chosen:
            problems.append(Problem("repeated_option", {"id": item}, (*path, index)))
            ok = False
        else:
            chosen.append(item)
    if ok and exclusive is not None and exclusive.id in chosen and len(chosen) > 1:
        problems.append(Problem("exclusive_with_others", {"id": exclusive.id}, path))
        ok = False
    return tuple(chosen) if ok else None


def _allocation(
    value: Any, question: Question, path: Path, problems: list[Problem]
) -> dict[str, int] | None:
    points = question.points or 0
    if not isinstance(value, Mapping):
        example = question.options[0].id
        problems.append(Problem("expected_allocation", {"example": example, "points": points}, path))
        return None
    out: dict[str, int] = {}
    ok = True
    for key, given in value.items():
        found = option_id(question, str(key))
        if found is None:
            problems.append(Problem("unknown_option", _unknown(str(key), question), (*path, str(key))))
            ok = False
        elif given is None:
            continue
        elif isinstance(given, bool) or not isinstance(given, int) or given < 0:
            problems.append(Problem("negative_points", {}, (*path, str(key))))
            ok = False
        else:
            out[found] = given
    total = sum(out.values())
    if ok and total != points:
        problems.append(Problem("allocation_total", {"total": total, "points": points}, path))
        ok = False
    return out if ok else None
