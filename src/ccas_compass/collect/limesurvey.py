"""LimeSurvey: the survey structure ``ccas-compass export limesurvey`` writes, and its codes.

LimeSurvey question and sub-question codes are at most 20 characters, letters and digits, starting
with a letter (the Question model's rules); answer codes at most 5. Our ids are longer and hold
``_``, so each gets a short code derived from the id alone (:func:`code`): the id without ``_`` when
that fits, else its first 15 letters and digits and 5 characters of its SHA-1. The map is therefore
reproducible from the model, and the same id always gets the same code. Answer codes are ``A1``,
``A2``… in the options' order.

The survey is written in LimeSurvey's tab-separated survey format (imported by ``TSVImportSurvey``
in ``application/helpers/admin/import_helper.php``): a header row of column names, then rows of
class ``S`` (survey settings), ``SL`` (settings per language), ``G`` (a group, ``type/scale`` naming
it across languages, ``text`` its description: the theme's intro), ``Q`` (a question: ``type/scale``
its type, ``name`` its code), ``SQ`` (a sub-question) and ``A`` (an answer option), every text row
once per language (French, then English).
Question attributes are extra columns. The survey keeps the "Date stamp" (``datestamp`` Y), so that
``submitdate`` is the real date.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator

from ccas_compass.collect.xlsform import _full_match
from ccas_compass.i18n import LANGS, message
from ccas_compass.model.core import Model, Question

MAX_CODE = 20
VERSION_CODE = "qversion"
"""The equation question carrying the questionnaire's version into every response."""
ROLE_CODE = "role"
TYPES = {"single": "L", "multiple": "M", "allocation": "K"}
"""LimeSurvey question types: list (radio), multiple choice, multiple numerical input."""
COLUMNS = ["id", "related_id", "class", "type/scale", "name", "relevance", "text", "help", "language",
           "validation", "mandatory", "other", "default", "same_default",
           "hidden", "exclude_all_others", "equals_num_value", "min_num_value_n", "max_num_value_n"]
LANGUAGE_CODES = {"fr": "fr", "en": "en"}


def code(identifier: str) -> str:
    """A LimeSurvey code for one of our ids: letters and digits, a letter first, at most 20."""
    plain = re.sub(r"[^A-Za-z0-9]", "", identifier)
    if not plain or not plain[0].isalpha():
        plain = "q" + plain
    if len(plain) <= MAX_CODE:
        return plain
    digest = hashlib.sha1(identifier.encode("utf-8")).hexdigest()[:5]
    return plain[: MAX_CODE - 5] + digest


def answer_code(question: Question, option_id: str) -> str:
    """``A1``, ``A2``… in the options' order."""
    ids = [o.id for o in question.options]
    return f"A{ids.index(option_id) + 1}"


def question_codes(model: Model) -> dict[str, str]:
    """Question id → code, for the profile and the questions (raise ValueError on a clash)."""
    q = model.questionnaire
    out: dict[str, str] = {}
    seen: dict[str, str] = {VERSION_CODE.lower(): "questionnaire_version", ROLE_CODE: "role"}
    for question in (*q.profile, *q.questions):
        found = code(question.id)
        if found.lower() in seen:
            raise ValueError(f"LimeSurvey code {found} of {question.id} is also {seen[found.lower()]}")
        seen[found.lower()] = question.id
        out[question.id] = found
    return out


def sub_codes(question: Question) -> dict[str, str]:
    """Option id → sub-question code, for a multiple choice or an allocation."""
    out = {o.id: code(o.id) for o in question.options}
    if len({c.lower() for c in out.values()}) != len(out):
        raise ValueError(f"two options of {question.id} get the same LimeSurvey code")
    return out


def _rows(model: Model) -> Iterator[dict[str, str]]:
    q = model.questionnaire
    codes = question_codes(model)
    yield {"class": "S", "name": "language", "text": "fr"}
    yield {"class": "S", "name": "additional_languages", "text": "en"}
    yield {"class": "S", "name": "format", "text": "G"}
    yield {"class": "S", "name": "datestamp", "text": "Y"}
    for lang in LANGS:
        yield {"class": "SL", "name": "surveyls_title", "text": q.title.get(lang), "language": lang}

    groups: list[tuple[str, dict[str, str], dict[str, str], list[Question]]] = []
    profile_title = {lang: message("xlsform_organisation", lang) for lang in LANGS}
    groups.append(("G1", profile_title, {}, list(q.profile)))
    for question in q.questions:
        theme = q.theme(question.theme)
        title = {lang: theme.title.get(lang) if theme else "" for lang in LANGS}
        intro = {lang: theme.intro.get(lang) for lang in LANGS} if theme and theme.intro else {}
        if groups[-1][1] != title or len(groups) == 1:
            groups.append((f"G{len(groups) + 1}", title, intro, []))
        groups[-1][3].append(question)

    for index, (seq, title, intro, questions) in enumerate(groups):
        for lang in LANGS:  # the theme's intro is the group's description, shown above its questions
            yield {"class": "G", "type/scale": seq, "name": title[lang], "text": intro.get(lang, ""),
                   "language": lang}
        if index == 0:
            for lang in LANGS:
                yield {"class": "Q", "type/scale": "*", "name": VERSION_CODE, "text": str(q.version),
                       "language": lang, "mandatory": "N", "hidden": "1"}
        for question in questions:
            yield from _question(question, codes[question.id], profile=index == 0)
        if index == 0:
            for lang in LANGS:
                yield {"class": "Q", "type/scale": "S", "name": ROLE_CODE,
                       "text": message("xlsform_role", lang), "help": message("xlsform_role_hint", lang),
                       "language": lang, "mandatory": "N"}


def _question(question: Question, qcode: str, *, profile: bool) -> Iterator[dict[str, str]]:
    kind = TYPES.get(question.type) or ("S" if profile else "T")  # short text, or long for notes
    subs = sub_codes(question) if question.type in ("multiple", "allocation") else {}
    for lang in LANGS:
        row = {"class": "Q", "type/scale": kind, "name": qcode, "text": question.text.get(lang),
               "help": question.help.get(lang) if question.help else "", "language": lang,
               "mandatory": "Y" if question.required else "N", "other": "N"}
        if question.pattern:  # PHP's preg_match searches: the whole answer must match, as in our check
            row["validation"] = "/" + _full_match(question.pattern).replace("/", r"\/") + "/"
        if question.type == "multiple" and question.exclusive_option is not None:
            row["exclude_all_others"] = subs[question.exclusive_option.id]
        if question.type == "allocation":
            points = str(question.points or 0)
            row |= {"equals_num_value": points, "min_num_value_n": "0", "max_num_value_n": points}
        yield row
        for option in question.options:
            if question.type == "single":
                yield {"class": "A", "name": answer_code(question, option.id), "text": option.label.get(lang),
                       "language": lang}
            else:
                yield {"class": "SQ", "name": subs[option.id], "text": option.label.get(lang),
                       "language": lang}


def survey_text(model: Model) -> str:
    """The survey as LimeSurvey's tab-separated survey structure (UTF-8 text, ``\\n`` lines)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in _rows(model):
        writer.writerow([_flat(row.get(c, "")) for c in COLUMNS])
    return buffer.getvalue()


def _flat(text: str) -> str:
    """Line breaks as LimeSurvey shows them (HTML), tabs as spaces: one row per line."""
    return text.replace("\t", " ").replace("\r\n", "\n").replace("\n", "<br />")
