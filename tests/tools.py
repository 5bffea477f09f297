"""Exports of our questionnaire as each survey tool writes them, built from answers documents.

Each builder follows the facts of ``/work/shared/FORMATS.md`` and names, in its docstring, the file
of the tool's repository the layout comes from. Ids, labels and texts come from the loaded model
(never hard-coded), so that the fixtures follow the questionnaire when it changes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from ccas_compass.collect import limesurvey as ls
from ccas_compass.collect.xlsform import LANGUAGES, _survey
from ccas_compass.i18n import message
from ccas_compass.model.core import Model, Question

Doc = dict[str, Any]
# A cell getter, called as ``get(doc, n)``: the lambdas bind their loop's question and option as default
# arguments (``x=question``), which ``Callable[[Doc, int], Any]`` cannot describe.
Getter = Callable[..., Any]


def given(doc: Doc, question: Question) -> Any:
    section = doc["organisation"] if question.id in doc["organisation"] else doc["answers"]
    return section.get(question.id)


def role(doc: Doc) -> str:
    return (doc.get("respondent") or {}).get("role") or ""


def label(question: Question, option_id: str, lang: str = "fr") -> str:
    option = question.option(option_id)
    assert option is not None
    return option.label.get(lang)


def csv_text(rows: Sequence[Sequence[Any]], *, delimiter: str, quote_all: bool, crlf: bool) -> str:
    buffer = io.StringIO()
    quoting: Literal[0, 1] = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting,
                        lineterminator="\r\n" if crlf else "\n")
    writer.writerows([["" if c is None else str(c) for c in row] for row in rows])
    return buffer.getvalue()


def stamp(doc: Doc, n: int) -> dt.datetime:
    """The moment a respondent submitted: on the day of its answers file, in the morning."""
    return dt.datetime.fromisoformat(doc["date"]) + dt.timedelta(hours=9, minutes=n)


# ── KoboToolbox ───────────────────────────────────────────────────────────────────────────────────


def kobo_labels(model: Model, docs: Sequence[Doc], *, lang: str, group_sep: str | None,
                legacy: bool = False) -> tuple[list[str], list[list[Any]]]:
    """KoboToolbox's labels export (kobotoolbox/formpack ``src/formpack/schema/fields.py``
    ``_get_label``, ``FormChoiceFieldWithMultipleSelect.get_labels``/``format``;
    ``src/formpack/reporting/export.py``): the form's fields in order, each headed by its label in
    ``lang`` (its name when it has none: a calculate), with its group labels joined by ``group_sep``
    when "include groups in headers" is on (``None``: off); a select_multiple gives its summary (the
    chosen labels joined by spaces), then one ``label{sep}choice label`` column per choice holding
    1/0 (empty when unanswered); a select_one its choice's label; trailing metadata
    (``_id;_uuid;_submission_time;…;_index``). ``legacy``: the legacy export with ``n/a`` for an
    unanswered cell and ``True``/``False`` ticks (kpi's legacy exporter)."""
    q = model.questionnaire
    survey, _ = _survey(model)
    sep = group_sep or "/"
    key = f"label::{LANGUAGES[lang]}"
    groups: list[str] = []
    header: list[str] = ["start", "end"]
    getters: list[Getter] = [
        lambda d, n: stamp(d, n).isoformat() + ".000+01:00",
        lambda d, n: stamp(d, n + 20).isoformat() + ".000+01:00",
    ]
    na = "n/a" if legacy else ""
    for row in survey:
        kind, name = row["type"], row["name"]
        if kind == "begin_group":
            groups.append(row.get(key) or name)
            continue
        if kind == "end_group":
            groups.pop()
            continue
        own = row.get(key) or name
        shown = sep.join([*groups, own]) if group_sep else own
        header.append(shown)
        question = q.question(name) or q.profile_question(name)
        if name == "questionnaire_version":
            getters.append(lambda d, n: q.version)
        elif name == "role":
            getters.append(lambda d, n: role(d) or na)
        elif question is not None and question.type == "multiple":
            getters.append(lambda d, n, x=question: " ".join(label(x, o, lang) for o in given(d, x))
                           if given(d, x) else na)
            for option in question.options:
                header.append(f"{shown}{sep}{option.label.get(lang)}")
                getters.append(lambda d, n, x=question, o=option.id: na if not given(d, x)
                               else (str(o in given(d, x)) if legacy else int(o in given(d, x))))
        elif question is not None and question.type == "single":
            getters.append(lambda d, n, x=question: label(x, given(d, x), lang) if given(d, x) else na)
        elif question is not None:
            getters.append(lambda d, n, x=question: given(d, x) or na)
        else:
            getters.append(_allocation_field(model, name, na))
    header += ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
               "__version__", "_tags", "meta/rootUuid", "_index"]
    getters += [lambda d, n: 1000 + n, lambda d, n: f"0000-{n:04d}", lambda d, n: stamp(d, n).isoformat(),
                lambda d, n: "", lambda d, n: "", lambda d, n: "submitted_via_web", lambda d, n: "",
                lambda d, n: "vGh3kq9a2", lambda d, n: "", lambda d, n: f"uuid:0000-{n:04d}",
                lambda d, n: n + 1]
    return header, [[get(doc, n) for get in getters] for n, doc in enumerate(docs)]


def _allocation_field(model: Model, name: str, na: str) -> Getter:
    """A field the XLSForm adds around an allocation: its points, its total, its notes."""
    themes = {t.id for t in model.questionnaire.themes}
    if name.endswith("_intro") and re.sub(r"_\d+$", "", name.removesuffix("_intro")) in themes:
        return lambda d, n: na  # the note opening a theme's group
    for question in model.questionnaire.questions:
        if question.type != "allocation":
            continue
        for option in question.options:
            if name == f"{question.id}_{option.id}":
                return lambda d, n, x=question.id, o=option.id: na if d["answers"].get(x) is None \
                    else d["answers"][x].get(o, 0)
        if name == f"{question.id}_total":
            return lambda d, n, x=question.id: sum((d["answers"].get(x) or {}).values())
        if name in (f"{question.id}_instructions", f"{question.id}_total_note"):
            return lambda d, n: na
    raise AssertionError(f"field {name} of the form is neither a question nor an allocation field")


def kobo_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """formpack's CSV: ``;`` separator, every cell quoted, CRLF, UTF-8 without BOM."""
    return csv_text([header, *rows], delimiter=";", quote_all=True, crlf=True).encode("utf-8")


def kobo_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """formpack's XLSX: numbers as numbers, ticks 0/1, ``_submission_time`` a date, ``_index`` a float."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "CCAS"
    sheet.append(list(header))
    for row in rows:
        cells = []
        for name, value in zip(header, row, strict=True):
            if name == "_submission_time":
                value = dt.datetime.fromisoformat(value)
            elif name == "_index":
                value = float(value)
            cells.append(value)
        sheet.append(cells)
    book.save(path)
    return path


# ── ODK Central ───────────────────────────────────────────────────────────────────────────────────


def odk_zip(model: Model, docs: Sequence[Doc], *, groups: bool, split: bool) -> bytes:
    """ODK Central's download (getodk/central-backend ``lib/data/briefcase.js``): a zip holding
    ``{formId}.csv`` (and a repeat's CSV, a media folder); ``SubmissionDate`` first, then the fields
    in instance order named ``group-field`` (``groups``; bare names with "remove group names"), a
    select_multiple as space-separated values and, with ``split``, ``field/value`` columns of 1/0
    (0 even when unanswered, values sorted); the trailing metadata with a ``FormVersion`` that is
    not the questionnaire's (Central refuses a version string twice, so it changes at every
    publication); comma separator, quotes only when needed, ``\\n``, newest row first."""
    q = model.questionnaire
    survey, _ = _survey(model)
    path: list[str] = []
    header = ["SubmissionDate"]
    getters: list[Getter] = [lambda d, n: stamp(d, n).isoformat() + ".000Z"]
    for row in survey:
        kind, name = row["type"], row["name"]
        if kind == "begin_group":
            path.append(name)
            continue
        if kind == "end_group":
            path.pop()
            continue
        if kind == "note":
            continue  # notes hold no data in an ODK instance export
        shown = "-".join([*path, name]) if groups else name
        header.append(shown)
        question = q.question(name) or q.profile_question(name)
        if name == "questionnaire_version":
            getters.append(lambda d, n: q.version)
        elif name == "role":
            getters.append(lambda d, n: role(d))
        elif question is not None and question.type == "multiple":
            getters.append(lambda d, n, x=question: " ".join(given(d, x) or []))
            if split:
                for option in sorted(o.id for o in question.options):
                    header.append(f"{shown}/{option}")
                    getters.append(lambda d, n, x=question, o=option: int(o in (given(d, x) or [])))
        elif question is not None:
            getters.append(lambda d, n, x=question: given(d, x) or "")
        else:
            getters.append(_allocation_field(model, name, ""))
    header += ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
               "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]
    getters += [lambda d, n: f"uuid:{n:08d}", lambda d, n: f"uuid:{n:08d}", lambda d, n: 5, lambda d, n: "",
                lambda d, n: 0, lambda d, n: 0, lambda d, n: "", lambda d, n: "", lambda d, n: "",
                lambda d, n: 0, lambda d, n: "2026112803"]
    rows = [[get(doc, n) for get in getters] for n, doc in enumerate(docs)]
    rows.reverse()  # newest first
    main = csv_text([header, *rows], delimiter=",", quote_all=False, crlf=False).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(f"{q.id}.csv", main)
        archive.writestr(f"{q.id}-photos.csv", b"PARENT_KEY,KEY,photo\n")
        archive.writestr("media/1.jpg", b"\xff\xd8\xff")
    return out.getvalue()


# ── LimeSurvey ────────────────────────────────────────────────────────────────────────────────────

LS_META = {
    "en": ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp"],
    "fr": ["ID de la réponse", "Date de soumission", "Dernière page", "Langue de départ", "Tête de série",
           "Date de lancement", "Date de la dernière action"],
}


def limesurvey(model: Model, docs: Sequence[Doc], *, headings: str, answers: str, meta: str = "en",
               unfinished: int = 2, datestamp: bool = True, seed: int = 3) -> list[list[str]]:
    """A LimeSurvey response export of the survey ``export limesurvey`` writes
    (LimeSurvey/LimeSurvey ``application/helpers/admin/export/Writer.php``, ``SurveyObj.php``,
    ``application/helpers/viewHelper.php`` getFieldCode): metadata first (``meta``: code names or
    the French headings), then per question its code (``headings`` "code"), ``code_SQ`` ("underscore",
    ExpressionScript codes) or its full text (``text [sub-question]``, "full"); answers as codes
    (``A1``, ``Y``/empty) or in full (labels, ``Oui``/``Non``); numbers as written; unfinished
    responses (empty ``submitdate``) included as by default; without ``datestamp`` every
    ``submitdate`` is ``1980-01-01 00:00:00``."""
    q = model.questionnaire
    rng = random.Random(seed)
    codes = ls.question_codes(model)
    header = list(LS_META[meta])
    cells: list[Callable[..., str]] = []  # called as cell(doc), loop variables bound as defaults

    def head(code: str, text: str, sub: str = "", sub_text: str = "") -> str:
        if headings == "full":
            return f"{text} [{sub_text}]" if sub else text
        if not sub:
            return code
        return f"{code}_{sub}" if headings == "underscore" else f"{code}[{sub}]"

    header.append(head(ls.VERSION_CODE, str(q.version)))
    cells.append(lambda d: str(q.version))
    for question in (*q.profile, *q.questions):
        code = codes[question.id]
        text = question.text.fr
        if question.type in ("multiple", "allocation"):
            subs = ls.sub_codes(question)
            for option in question.options:
                header.append(head(code, text, subs[option.id], option.label.fr))
                if question.type == "multiple":
                    cells.append(lambda d, x=question, o=option.id: _ls_tick(given(d, x), o, answers))
                else:
                    cells.append(lambda d, x=question, o=option.id: "" if given(d, x) is None
                                 else str(given(d, x).get(o, 0)))
        else:
            header.append(head(code, text))
            if question.type == "single":
                cells.append(lambda d, x=question: "" if given(d, x) is None else (
                    ls.answer_code(x, given(d, x)) if answers == "codes" else label(x, given(d, x))))
            else:
                cells.append(lambda d, x=question: given(d, x) or "")
        if question is q.profile[-1]:
            header.append(head(ls.ROLE_CODE, message("xlsform_role", "fr")))
            cells.append(role)
    rows = [header]
    for n, doc in enumerate(docs):
        when = stamp(doc, n).strftime("%Y-%m-%d %H:%M:%S") if datestamp else "1980-01-01 00:00:00"
        start = [str(n + 1), when, "9", "fr", str(rng.randint(1, 10**9))]
        rows.append(start + [when, when] + [cell(doc) for cell in cells])
    for k in range(unfinished):  # abandoned on page 3: no submitdate, later pages empty
        when = stamp(docs[k], 50).strftime("%Y-%m-%d %H:%M:%S")
        values = [cell(docs[k]) for cell in cells]
        rows.append([str(len(docs) + k + 1), "", "3", "fr", "42", when, when]
                    + [v if i < 12 else "" for i, v in enumerate(values)])
    return rows


def _ls_tick(chosen: list[str] | None, option: str, answers: str) -> str:
    if answers == "codes":
        return "Y" if chosen and option in chosen else ""
    return "Oui" if chosen and option in chosen else "Non"


def limesurvey_csv(rows: Sequence[Sequence[str]], *, delimiter: str = ",") -> bytes:
    """``CsvWriter.php``: a UTF-8 BOM, every value quoted, CRLF, a final blank line."""
    text = csv_text(rows, delimiter=delimiter, quote_all=True, crlf=True)
    return ("\ufeff" + text + "\r\n").encode("utf-8")


# ── Google Forms ──────────────────────────────────────────────────────────────────────────────────

GRID_TITLE = "Répartissez 10 points"
"""The same title given to both allocation grids: Google then writes identical headers."""


def google(model: Model, docs: Sequence[Doc], *, timestamp: str = "Horodateur", offset: str = "UTC+1",
           sheets: bool = False) -> bytes:
    """Google Forms' "Télécharger les réponses (.csv)" (closed source; the layout of real downloads
    kept in public repositories, FORMATS.md): ``Horodateur`` (``Timestamp`` in English) like
    ``2026/11/18 9:00:00 AM UTC+1``, ``Adresse e-mail``, then the question titles as written;
    checkbox labels joined by ", " (labels may contain commas); a grid (an allocation: rows the
    statements, columns 0 to 10) one column per row, ``Title [Row]`` — two grids titled alike give
    identical headers; every cell quoted, comma separator. ``sheets``: downloaded from Google Sheets
    in French instead: dates ``JJ/MM/AAAA HH:MM:SS``."""
    q = model.questionnaire
    header = [timestamp, "Adresse e-mail"]

    def when(d: Doc, n: int) -> str:
        moment = stamp(d, n * 37)
        if sheets:
            return moment.strftime("%d/%m/%Y %H:%M:%S")
        hour = moment.hour % 12 or 12
        return f"{moment:%Y/%m/%d} {hour}:{moment:%M:%S} {'AM' if moment.hour < 12 else 'PM'} {offset}"

    getters: list[Callable[..., str]] = [when, lambda d, n: f"ccas{n}@example.org"]
    for question in (*q.profile, *q.questions):
        if question.type == "allocation":
            for option in question.options:
                header.append(f"{GRID_TITLE} [{option.label.fr}]")
                getters.append(lambda d, n, x=question, o=option.id: "" if given(d, x) is None
                               else str(given(d, x).get(o, 0)))
            continue
        header.append(question.text.fr)
        if question.type == "multiple":
            getters.append(lambda d, n, x=question: ", ".join(label(x, o) for o in given(d, x) or []))
        elif question.type == "single":
            getters.append(lambda d, n, x=question: label(x, given(d, x)) if given(d, x) else "")
        else:
            getters.append(lambda d, n, x=question: given(d, x) or "")
        if question is q.profile[-1]:
            header.append(message("xlsform_role", "fr"))
            getters.append(lambda d, n: role(d))
    rows = [header, *([get(doc, n) for get in getters] for n, doc in enumerate(docs))]
    return csv_text(rows, delimiter=",", quote_all=True, crlf=False).encode("utf-8")


# ── Framaforms ────────────────────────────────────────────────────────────────────────────────────


def framaforms(model: Model, docs: Sequence[Doc], *, compact: bool, delimiter: str = "\t") -> bytes:
    """Framaforms' download (Drupal webform 7.x-4.x ``includes/webform.report.inc``
    ``webform_results_download_headers``, ``components/select.inc`` ``_webform_csv_headers_select``,
    ``components/grid.inc``, ``includes/exporters/webform_exporter_delimited.inc``): three header
    rows — the form's title; "Submission Details" then the title of each multi-column component
    above its first column; the labels — then one row per submission: Serial, SID, Submitted Time
    (the site's short date format, ``d/m/Y - H:i`` on a French site), Completed Time, Modified Time,
    Draft, IP Address, UID, Username, then the components. A select with several answers gives one
    column per option holding ``X`` ("separate", the default), or one column of the chosen labels
    joined by ``,`` (``compact``); a grid (an allocation) one column per row. Tab-separated by
    default (``.tsv``), every cell quoted, ``\\n``, no BOM."""
    q = model.questionnaire
    meta = ["Serial", "SID", "Submitted Time", "Completed Time", "Modified Time", "Draft", "IP Address",
            "UID", "Username"]
    titles = ["Submission Details"] + [""] * (len(meta) - 1)
    labels = list(meta)

    def when(d: Doc, n: int) -> str:
        return stamp(d, n).strftime("%d/%m/%Y - %H:%M")

    getters: list[Callable[..., str]] = [
        lambda d, n: str(n + 1), lambda d, n: str(300 + n), when, when, when, lambda d, n: "0",
        lambda d, n: "192.0.2.1", lambda d, n: "0", lambda d, n: "",
    ]
    for question in (*q.profile, *q.questions):
        separate = question.type == "allocation" or (question.type == "multiple" and not compact)
        if separate:
            for k, option in enumerate(question.options):
                titles.append(question.text.fr if k == 0 else "")
                labels.append(option.label.fr)
                if question.type == "multiple":
                    getters.append(lambda d, n, x=question, o=option.id:
                                   "X" if o in (given(d, x) or []) else "")
                else:
                    getters.append(lambda d, n, x=question, o=option.id: "" if given(d, x) is None
                                   else str(given(d, x).get(o, 0)))
        else:
            titles.append("")
            labels.append(question.text.fr)
            if question.type == "multiple":
                getters.append(lambda d, n, x=question: ",".join(label(x, o) for o in given(d, x) or []))
            elif question.type == "single":
                getters.append(lambda d, n, x=question: label(x, given(d, x)) if given(d, x) else "")
            else:
                getters.append(lambda d, n, x=question: given(d, x) or "")
        if question is q.profile[-1]:
            titles.append("")
            labels.append(message("xlsform_role", "fr"))
            getters.append(lambda d, n: role(d))
    rows = [[q.title.fr], titles, labels, *([get(doc, n) for get in getters] for n, doc in enumerate(docs))]
    return csv_text(rows, delimiter=delimiter, quote_all=True, crlf=False).encode("utf-8")
