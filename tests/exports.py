"""Exports of survey tools built from generated answers documents (tests/factory.py), as KoboToolbox,
LimeSurvey and Google Forms write them, and what a batch run gives for them.

Used by tests/test_kobo.py, tests/test_limesurvey.py and tests/test_mapping.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from ccas_compass.model.core import Model, Question

runner = CliRunner()


def plain(docs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents without what an online form does not collect (role, questionnaire version)."""
    out = []
    for doc in docs:
        doc = {k: v for k, v in doc.items() if k not in ("respondent", "questionnaire")}
        doc["answers"] = {k: v for k, v in doc["answers"].items() if v is not None}
        out.append(doc)
    return out


def write_answers(folder: Path, docs: Sequence[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, doc in enumerate(docs):
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
        (folder / f"r{n:03d}.yaml").write_text(text, encoding="utf-8")
    return folder


def batch_json(*args: str) -> tuple[int, dict[str, Any], str]:
    """``ccas-compass batch … --format json``: exit code, the JSON document, stderr."""
    result = runner.invoke(app, ["batch", *args, "--format", "json", "--lang", "fr"], catch_exceptions=False)
    document = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.exit_code, document, result.stderr


def results(document: dict[str, Any]) -> dict[str, Any]:
    """Per organisation, every number of its results (not where each respondent was read from)."""
    out = {}
    for team in document["organisations"]:
        members = sorted(
            (json.dumps({k: v for k, v in m.items() if k not in ("source", "role", "questionnaire_version")},
                        sort_keys=True) for m in team["members"]),
        )
        out[team["key"]] = {
            "organisation": team["organisation"],
            "respondents": team["respondents"],
            "coverage": team["coverage"],
            "figures": team["figures"],
            "declared": team["declared"],
            "ambition": team["ambition"],
            "dominant": team["dominant"],
            "agreement": team["agreement"],
            "least_consensus": team["least_consensus"],
            "members": members,
        }
    return out


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]], *, bom: bool = False,
              delimiter: str = ";", quote_all: bool = True, crlf: bool = False) -> Path:
    buffer = io.StringIO()
    quoting: Literal[0, 1] = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8", newline="")
    return path


# ── KoboToolbox ──────────────────────────────────────────────────────────────────────────────────


def xform_fields(xform: str) -> list[str]:
    """The data fields of an XForm's main instance, as group paths (``espaces/accueil_premier_lieu``)."""
    root = ET.fromstring(xform)
    ns = {"h": "http://www.w3.org/1999/xhtml", "x": "http://www.w3.org/2002/xforms"}
    instance = root.find("h:head/x:model/x:instance", ns)
    assert instance is not None
    paths: list[str] = []

    def walk(node: ET.Element, prefix: str) -> None:
        for child in node:
            name = child.tag.rsplit("}", 1)[-1]
            path = f"{prefix}{name}"
            if len(child):
                walk(child, path + "/")
            else:
                paths.append(path)

    walk(instance[0], "")
    return paths


KOBO_META_BEFORE = ["start", "end"]
KOBO_META_AFTER = ["__version__", "meta/instanceID", "_id", "_uuid", "_submission_time", "_validation_status",
                   "_notes", "_status", "_submitted_by", "_tags", "_index"]


def kobo_table(
    model: Model, fields: Sequence[str], docs: Sequence[dict[str, Any]], *, groups: bool, seed: int = 1,
) -> tuple[list[str], list[list[Any]]]:
    """A KoboToolbox export: headers as XML names (``groups``: with their group paths), each
    select_multiple as space-separated names then one 1/0 column per choice, metadata around.
    Cells are Python values (ints for numbers) so that the same rows can be written to a workbook."""
    q = model.questionnaire
    rng = random.Random(seed)
    header: list[str] = list(KOBO_META_BEFORE)
    getters: list[Any] = [lambda d, n: _stamp(d, n, "+01:00"), lambda d, n: _stamp(d, n, "+01:00", 25)]

    for path in fields:
        if path.startswith("meta/"):
            continue
        name = path.rsplit("/", 1)[-1]
        shown = path if groups else name
        header.append(shown)
        question = q.question(name) or q.profile_question(name)
        if question is not None and question.type == "multiple":
            getters.append(lambda d, n, x=question: " ".join(_given(d, x) or []))
            for option in question.options:
                header.append(f"{shown}/{option.id}")
                getters.append(lambda d, n, x=question, o=option.id: _tick(d, x, o))
        elif question is not None:
            getters.append(lambda d, n, x=question: _scalar(d, x))
        else:
            getters.append(_generated(model, name, rng))
    header += KOBO_META_AFTER
    getters += [
        lambda d, n: "vGh3kq9a2",
        lambda d, n: f"uuid:0000-{n:04d}",
        lambda d, n: 1000 + n,
        lambda d, n: f"0000-{n:04d}",
        lambda d, n: _stamp(d, n, ""),
        lambda d, n: "",
        lambda d, n: "",
        lambda d, n: "submitted_via_web",
        lambda d, n: "",
        lambda d, n: "",
        lambda d, n: n + 1,
    ]
    rows = [[get(doc, n) for get in getters] for n, doc in enumerate(docs)]
    return header, rows


def _stamp(doc: dict[str, Any], n: int, zone: str, minutes: int = 0) -> str:
    if zone:
        return f"{doc['date']}T10:{minutes:02d}:{n % 60:02d}.000{zone}"
    return f"{doc['date']}T09:{n % 60:02d}:00"


def _given(doc: dict[str, Any], question: Question) -> Any:
    section = doc["organisation"] if question.id in doc["organisation"] else doc["answers"]
    return section.get(question.id)


def _tick(doc: dict[str, Any], question: Question, option: str) -> Any:
    given = _given(doc, question)
    return "" if given is None else int(option in given)


def _scalar(doc: dict[str, Any], question: Question) -> Any:
    given = _given(doc, question)
    return "" if given is None else given


def _generated(model: Model, name: str, rng: random.Random) -> Any:
    """A field the XLSForm adds: the questionnaire's version, the respondent's role, and around an
    allocation its points, its total, its notes."""
    if name == "questionnaire_version":
        return lambda d, n: model.questionnaire.version
    if name == "role":
        return lambda d, n: (d.get("respondent") or {}).get("role") or ""
    themes = {t.id for t in model.questionnaire.themes}
    if name.endswith("_intro") and re.sub(r"_\d+$", "", name.removesuffix("_intro")) in themes:
        return lambda d, n: ""  # the note opening a theme's group
    for question in model.questionnaire.questions:
        if question.type != "allocation":
            continue
        for option in question.options:
            if name == f"{question.id}_{option.id}":
                def points(d: dict[str, Any], n: int, x: str = question.id, o: str = option.id) -> Any:
                    given = d["answers"].get(x)
                    if given is None:
                        return ""
                    return given.get(o, rng.choice([0, ""]))  # a field left empty counts as 0
                return points
        if name == f"{question.id}_total":
            return lambda d, n, x=question.id: sum((d["answers"].get(x) or {}).values())
        if name in (f"{question.id}_instructions", f"{question.id}_total_note"):
            return lambda d, n: ""
    raise AssertionError(f"field {name} of the form is neither a question nor an allocation field")


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]], sheet: str = "CCAS") -> Path:
    """A workbook as KoboToolbox writes one: numbers as numbers, the submission time as a date."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(list(header))
    for row in rows:
        cells = []
        for name, value in zip(header, row, strict=True):
            if name == "_submission_time" and value:
                value = dt.datetime.fromisoformat(value)
            cells.append(value)
        ws.append(cells)
    book.save(path)
    return path


# ── LimeSurvey ───────────────────────────────────────────────────────────────────────────────────

LIMESURVEY_META = ["id", "submitdate", "lastpage", "startlanguage", "seed"]


SWAPPED = ("actions_isolement", "actions_domiciliation")
"""Two questions of the same shape the union asked in the other order."""


def limesurvey_order(model: Model, swap: tuple[str, str] | None = SWAPPED) -> list[Question]:
    q = model.questionnaire
    order = [*q.profile, *q.questions]
    if swap is not None:
        ids = [x.id for x in order]
        i, j = ids.index(swap[0]), ids.index(swap[1])
        order[i], order[j] = order[j], order[i]
    return order


def limesurvey_codes(model: Model, swap: tuple[str, str] | None = SWAPPED) -> dict[str, str]:
    """Question id → LimeSurvey code (letters and digits only), in the survey's order."""
    return {x.id: f"Q{n}" for n, x in enumerate(limesurvey_order(model, swap), start=1)}


def limesurvey_table(
    model: Model, docs: Sequence[dict[str, Any]], *, extra: bool = True, incomplete: int = 2, seed: int = 2,
    swap: tuple[str, str] | None = SWAPPED,
) -> tuple[list[str], list[list[str]], dict[str, tuple[str, ...]]]:
    """A LimeSurvey response export with code headings and answer codes; also, per header, the truth
    (``("question", id)``, ``("question", id, option)``, ``("profile", id)``)."""
    q = model.questionnaire
    rng = random.Random(seed)
    codes = limesurvey_codes(model, swap)
    header = list(LIMESURVEY_META)
    truth: dict[str, tuple[str, ...]] = {}
    cells: list[Any] = []
    for question in limesurvey_order(model, swap):
        code = codes[question.id]
        section = "profile" if q.profile_question(question.id) is not None else "question"
        if question.type in ("multiple", "allocation"):
            for k, option in enumerate(question.options, start=1):
                name = f"{code}[SQ{k:03d}]"
                header.append(name)
                truth[name] = (section, question.id, option.id)
                cells.append((question, option.id))
        else:
            header.append(code)
            truth[code] = (section, question.id)
            cells.append((question, None))
        if extra and question.id == "besoins_abs_usage":  # a question of the union's own, not ours
            header.append("Q99")
            cells.append(None)
    rows = []
    for n, doc in enumerate(docs):
        row = [str(n + 1), f"{doc['date']} 10:{n % 60:02d}:00", "12", "fr", str(rng.randint(1, 10**9))]
        for cell in cells:
            row.append(_ls_cell(doc, cell, rng))
        rows.append(row)
    for k in range(incomplete):  # abandoned half-way: no submitdate, lastpage 3
        row = [str(len(docs) + k + 1), "", "3", "fr", "42"] + [
            _ls_cell(docs[k], cell, rng) if i < 20 else "" for i, cell in enumerate(cells)
        ]
        rows.append(row)
    return header, rows, truth


def _ls_cell(doc: dict[str, Any], cell: Any, rng: random.Random) -> str:
    if cell is None:
        return rng.choice(["A1", "A2", "A3", ""])
    question, option = cell
    given = _given(doc, question)
    if given is None:
        return ""
    if question.type == "multiple":
        return "Y" if option in given else ""
    if question.type == "allocation":
        points = given.get(option, 0)
        return rng.choice([str(points), f"{points}.0000000000"])
    if question.type == "single":
        if question.id == "qpv":
            return "Y" if given == "oui" else "N"
        return f"A{[o.id for o in question.options].index(given) + 1}"
    return str(given)


# ── Google Forms / Framaforms ────────────────────────────────────────────────────────────────────

DONT_KNOW = "Je ne sais pas"


def google_table(
    model: Model, docs: Sequence[dict[str, Any]], *, renamed: dict[str, str] | None = None,
    relabelled: dict[tuple[str, str], str] | None = None, seed: int = 4,
) -> tuple[list[str], list[list[str]]]:
    """A Google Forms export: a timestamp, the questions' French texts as headers (a grid ``text
    [statement]`` per allocation), labels as values, several choices joined with ", ", "Je ne sais
    pas" for some questions left unanswered. ``renamed``: question id → another heading;
    ``relabelled``: (question id, option id) → another label, as the form's author typed them."""
    q = model.questionnaire
    renamed = renamed or {}
    relabelled = relabelled or {}
    rng = random.Random(seed)
    header = ["Horodateur", "Adresse e-mail"]
    getters: list[Any] = [
        lambda d, n: dt.date.fromisoformat(d["date"]).strftime("%d/%m/%Y") + f" 10:{n % 60:02d}:00",
        lambda d, n: f"ccas{n}@example.org",
    ]

    def label(question: Question, option: str) -> str:
        found = question.option(option)
        assert found is not None
        return relabelled.get((question.id, option), found.label.fr)

    for question in (*q.profile, *q.questions):
        text = renamed.get(question.id, question.text.fr)
        if question.type == "allocation":
            for option in question.options:
                header.append(f"{text} [{label(question, option.id)}]")
                getters.append(
                    lambda d, n, x=question.id, o=option.id: ""
                    if d["answers"].get(x) is None else str(d["answers"][x].get(o, 0))
                )
            continue
        header.append(text)

        def cell(d: dict[str, Any], n: int, x: Question = question) -> str:
            given = _given(d, x)
            if given is None:
                return DONT_KNOW if x.type == "single" and rng.random() < 0.5 else ""
            if x.type == "multiple":
                return ", ".join(label(x, o) for o in given)
            if x.type == "single":
                return label(x, given)
            return str(given)

        getters.append(cell)
    header.append("Commentaire sur ce questionnaire")
    getters.append(lambda d, n: rng.choice(["", "Trop long", "Très utile, merci"]))
    rows = [[str(get(doc, n)) for get in getters] for n, doc in enumerate(docs)]
    return header, rows


MARKED = re.compile(r'^\s*(?:#\s*)?"((?:[^"\\]|\\.)*)":.*# À VÉRIFIER :')


def marked(text: str) -> list[str]:
    """The source headers and values on the lines a ``mapping draft`` marks for checking."""
    return [found.group(1) for line in text.splitlines() if (found := MARKED.match(line))]
