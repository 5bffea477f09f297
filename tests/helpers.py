"""Helpers shared by several test modules, so that no test module imports another one.

The paths of the repository and its example, answers built without a file, a small generated model,
batch collections, the command line through CliRunner, a scripted interview, the example report in
Markdown, and every survey tool's export of the same campaign.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from ccas_compass.answers import check
from ccas_compass.answers.loading import load_answers
from ccas_compass.batch.teams import Collector
from ccas_compass.cli.app import app
from ccas_compass.errors import Problem
from ccas_compass.interview.session import Step
from ccas_compass.model.core import Answers, Model, Question
from ccas_compass.render.markdown import report_markdown
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from tests import tools
from tests.factory import departement_docs

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ccas-exemple.yaml"


def edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    """Load a YAML file, let ``change`` mutate it, write it back (UTF-8)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def best_option_for(question: Question, figure_id: str) -> Any:
    """The answer that gives ``figure_id`` the most from this question (the "favour f" answer)."""
    if question.type == "multiple":
        chosen = [o.id for o in question.options if o.weights.get(figure_id, 0) > 0]
        if chosen:
            return chosen
        return [question.exclusive_option.id if question.exclusive_option else question.options[0].id]
    return max(question.options, key=lambda o: o.weights.get(figure_id, 0)).id


def answers_of(model: Model, values: Mapping[str, Any], **organisation: str) -> Answers:
    """Answers built directly (no file), checked like a file would be."""
    from ccas_compass.answers import check

    document = {
        "organisation": {"name": "CCAS de Test", **organisation},
        "questionnaire": {"id": model.questionnaire.id, "version": model.questionnaire.version},
        "answers": dict(values),
    }
    parsed, problems = check.check(document, model.questionnaire)
    assert not problems, [p.render("en") for p in problems]
    assert parsed is not None
    return parsed


def write_mini_model(folder: Path, questions: int = 6) -> Path:
    """A small valid model (two figures, a few single-choice questions) for interview tests."""
    import yaml

    def text(fr: str, en: str) -> dict[str, str]:
        return {"fr": fr, "en": en}

    ingredients = {axis: [text("Un ingrédient", "An ingredient")] for axis in
                   ("espaces", "presence", "modes_action", "competences")}
    figures = {
        "format": 1,
        "figures": [
            {"id": fid, "name": text(name, name), "summary": text("Résumé", "Summary"),
             "description": text("Description", "Description"), "ingredients": ingredients}
            for fid, name in (("radar", "Radar"), ("avocat", "Avocat"))
        ],
    }
    practice = [
        {
            "id": f"q{i}", "theme": "pratiques", "type": "single",
            "text": text(f"Question {i} ?", f"Question {i}?"),
            "help": text(f"Aide {i}", f"Help {i}"),
            "options": [
                {"id": "veille", "label": text("Veille", "Watch"), "weights": {"radar": 2}},
                {"id": "plaidoyer", "label": text("Plaidoyer", "Advocacy"), "weights": {"avocat": 2}},
                {"id": "rien", "label": text("Rien de tel", "Nothing of the kind"), "weights": {}},
            ],
        }
        for i in range(1, questions + 1)
    ]
    allocations = [
        {
            "id": qid, "theme": "regard", "type": "allocation", "points": 10, "profile": profile,
            "text": text(f"Répartissez ({qid})", f"Spread ({qid})"),
            "options": [
                {"id": "radar", "label": text("Radar", "Radar"), "weights": {"radar": 1}},
                {"id": "avocat", "label": text("Avocat", "Advocate"), "weights": {"avocat": 1}},
            ],
        }
        for qid, profile in (("regard_aujourdhui", "declared"), ("ambition_2050", "ambition"))
    ]
    notes = {"id": "notes", "theme": "regard", "type": "text", "text": text("Remarques", "Notes")}
    questions_doc = {
        "format": 1, "id": "mini", "version": "1.0", "title": text("Mini", "Mini"),
        "themes": [
            {"id": "pratiques", "title": text("Pratiques", "Practices")},
            {"id": "regard", "title": text("Regard", "Outlook")},
        ],
        "profile": [
            {"id": "name", "type": "text", "required": True, "text": text("Nom", "Name")},
            {"id": "insee", "type": "text", "pattern": "^(?:[0-9]{2}|2[AB])[0-9]{3}$",
             "text": text("Code INSEE", "INSEE code")},
            {"id": "kind", "type": "single", "text": text("Type", "Kind"),
             "options": [{"id": "ccas", "label": text("CCAS", "CCAS")},
                         {"id": "cias", "label": text("CIAS", "CIAS")}]},
        ],
        "questions": [*practice, *allocations, notes],
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in (("figures.yaml", figures), ("questions.yaml", questions_doc)):
        (folder / name).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return folder


# --- the command line ---

runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# --- batch: answers documents and their collection ---

def parsed(model: Model, document: dict[str, Any]) -> Answers:
    answers, problems = check.check(document, model.questionnaire)
    assert not problems, [p.render("en") for p in problems]
    assert answers is not None
    return answers


def collect(model: Model, documents: list[dict[str, Any]]) -> Collector:
    collector = Collector(model)
    for n, document in enumerate(documents):
        collector.add(parsed(model, document), f"r{n}.yaml")
    return collector


def doc(name: str, insee: str | None, answers: dict[str, Any], **profile: str) -> dict[str, Any]:
    organisation = {"name": name, **profile}
    if insee:
        organisation["insee"] = insee
    return {"organisation": organisation, "answers": answers}


# --- the interview, scripted ---

class Scripted:
    """Answers from a list; records what was shown (step id, default) and notified."""

    def __init__(self, replies: Iterable[Any]) -> None:
        self.replies = list(replies)
        self.shown: list[tuple[str, Any]] = []
        self.notes: list[str] = []

    def ask(self, step: Step, current: Any) -> Any:
        self.shown.append((step.question.id, current))
        reply = self.replies.pop(0)
        if isinstance(reply, BaseException):
            raise reply
        return reply

    def notify(self, problem: Problem) -> None:
        self.notes.append(problem.key)


# --- the example report in Markdown ---

HOSTILE = [
    "Les | Pins *<b>*",
    '=HYPERLINK("x")',
    "CCAS de\nSaint-Ligne | deux\r\n# Titre",
    "<script>alert(1)</script> [lien](javascript:x) ![i](x.png) `code` ~~barré~~ _x_ &amp; \\|",
    "- liste",
    "1. numéro",
]


def example_markdown(model: Model, lang: str, chart: str | None = "rapport.png") -> str:
    report = build_report(model, score(model, load_answers(EXAMPLE, model)))
    return report_markdown(report, lang, chart=chart)


def tables(tokens: list[Any]) -> list[list[int]]:
    """For each table, the number of cells of each row (header included)."""
    out: list[list[int]] = []
    cells = 0
    for token in tokens:
        if token.type == "table_open":
            out.append([])
        elif token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            out[-1].append(cells)
    return out


# --- one campaign exported by every survey tool ---

def campaign_docs(model: Model) -> list[dict[str, Any]]:
    """Ten respondents of four organisations in two départements; answers left unanswered dropped."""
    docs = []
    for _, doc in departement_docs(model, 4, seed=5, departements=("37", "41"), respondents=(2, 3)):
        doc["answers"] = {k: v for k, v in doc["answers"].items() if v is not None}
        docs.append(doc)
    docs = docs[:10]
    # one respondent leaves the 2050 allocation « ne sait pas », whatever the random draw gave
    last_allocation = [x.id for x in model.questionnaire.questions if x.type == "allocation"][-1]
    docs[3]["answers"].pop(last_allocation, None)
    return docs


def member_facts(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Per respondent (sorted): organisation, every number, role and date."""
    out = []
    for team in document["organisations"]:
        for m in team["members"]:
            numbers = json.dumps({k: v for k, v in m.items() if k not in ("source", "questionnaire_version")},
                                 sort_keys=True)
            out.append((team["key"], json.dumps(team["organisation"], sort_keys=True), numbers))
    return sorted(out)


def team_facts(document: dict[str, Any]) -> dict[str, Any]:
    keys = ("organisation", "respondents", "coverage", "figures", "declared", "ambition", "dominant",
            "agreement", "least_consensus")
    return {t["key"]: {k: t[k] for k in keys} for t in document["organisations"]}


def _kobo(lang: str, sep: str | None, form: str, legacy: bool = False) -> Callable[..., Path]:
    def build(model: Model, docs: list[dict[str, Any]], root: Path) -> Path:
        header, rows = tools.kobo_labels(model, docs, lang=lang, group_sep=sep, legacy=legacy)
        if form == "xlsx":
            return tools.kobo_xlsx(root / "kobo.xlsx", header, rows)
        path = root / "kobo.csv"
        path.write_bytes(tools.kobo_csv(header, rows))
        return path
    return build


def _odk(groups: bool, split: bool) -> Callable[..., Path]:
    def build(model: Model, docs: list[dict[str, Any]], root: Path) -> Path:
        path = root / "odk.zip"
        path.write_bytes(tools.odk_zip(model, docs, groups=groups, split=split))
        return path
    return build


def _lime(headings: str, answers: str, meta: str, delimiter: str) -> Callable[..., Path]:
    def build(model: Model, docs: list[dict[str, Any]], root: Path) -> Path:
        path = root / "results-survey.csv"
        rows = tools.limesurvey(model, docs, headings=headings, answers=answers, meta=meta)
        path.write_bytes(tools.limesurvey_csv(rows, delimiter=delimiter))
        return path
    return build


def _google(**options: Any) -> Callable[..., Path]:
    def build(model: Model, docs: list[dict[str, Any]], root: Path) -> Path:
        path = root / "Questionnaire (réponses).csv"
        path.write_bytes(tools.google(model, docs, **options))
        return path
    return build


def _frama(compact: bool, delimiter: str, suffix: str) -> Callable[..., Path]:
    def build(model: Model, docs: list[dict[str, Any]], root: Path) -> Path:
        path = root / f"framaforms{suffix}"
        path.write_bytes(tools.framaforms(model, docs, compact=compact, delimiter=delimiter))
        return path
    return build


VARIANTS: dict[str, Callable[..., Path]] = {
    "kobo-default-xls-fr-labels": _kobo("fr", "/", "xlsx"),
    "kobo-csv-en-labels-dot-separator": _kobo("en", ".", "csv"),
    "kobo-csv-fr-labels-no-groups": _kobo("fr", None, "csv"),
    "kobo-xlsx-en-labels-no-groups": _kobo("en", None, "xlsx"),
    "kobo-legacy-csv-fr-labels": _kobo("fr", "/", "csv", legacy=True),
    "odk-central-zip": _odk(groups=True, split=False),
    "odk-central-zip-split-select": _odk(groups=True, split=True),
    "odk-central-zip-no-group-names": _odk(groups=False, split=False),
    "limesurvey-codes-comma": _lime("code", "codes", "en", ","),
    "limesurvey-expression-codes-semicolon-french": _lime("underscore", "codes", "fr", ";"),
    "limesurvey-full-text-full-answers": _lime("full", "full", "fr", ","),
    "limesurvey-full-text-codes-semicolon": _lime("full", "codes", "en", ";"),
    "google-forms-french": _google(),
    "google-forms-timestamp-utc-minus-5": _google(timestamp="Timestamp", offset="UTC-5"),
    "google-forms-no-offset": _google(offset=""),
    "google-sheets-french": _google(sheets=True),
    "framaforms-tsv-separate": _frama(False, "\t", ".tsv"),
    "framaforms-tsv-compact": _frama(True, "\t", ".tsv"),
    "framaforms-csv-comma-separate": _frama(False, ",", ".csv"),
}
