"""What ``batch`` does with the parts of real exports that do not score: unfinished responses, the
LimeSurvey date placeholder, a column no rule reads, a column given twice, a wrong allocation; and
which export each ``--mapping`` applies to."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ccas_compass.cli.app import app
from ccas_compass.model.core import Model
from tests import tools
from tests.exports import batch_json, results, write_answers
from tests.factory import csv_text, departement_docs
from tests.helpers import campaign_docs, member_facts

runner = CliRunner()


@pytest.fixture(scope="module")
def docs(model: Model) -> list[dict[str, Any]]:
    return campaign_docs(model)


def _allocation(model: Model) -> str:
    return next(x.id for x in model.questionnaire.questions if x.type == "allocation")


def test_unfinished_limesurvey_responses_are_left_out_and_counted(
    model: Model, docs: list[dict[str, Any]], tmp_path: Path
) -> None:
    export = tmp_path / "results-survey.csv"
    export.write_bytes(tools.limesurvey_csv(tools.limesurvey(model, docs, headings="code", answers="codes",
                                                             unfinished=3)))
    result = runner.invoke(app, ["batch", str(export), "--lang", "fr"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    summary = "13 lignes ou fichiers lus : 10 analysés, 0 refusé, 3 laissés de côté"
    assert summary in result.output
    assert result.output.count("réponse non terminée (colonne « submitdate » vide) : laissée de côté") == 3


def test_the_1980_placeholder_of_limesurvey_is_no_date_with_a_warning(
    model: Model, docs: list[dict[str, Any]], tmp_path: Path
) -> None:
    export = tmp_path / "results-survey.csv"
    rows = tools.limesurvey(model, docs, headings="code", answers="codes", unfinished=0, datestamp=False)
    export.write_bytes(tools.limesurvey_csv(rows))
    code, document, stderr = batch_json(str(export))
    assert code == 0, stderr
    assert document["warnings"] == [
        f"{export}: 10 réponses datées du 1980-01-01, la date que LimeSurvey écrit quand l’enquête "
        "ne garde pas l’horodatage : lues sans date (activez « Horodatage » dans les paramètres de "
        "l’enquête)"]
    assert {m["date"] for t in document["organisations"] for m in t["members"]} == {None}


def test_a_column_holding_answers_no_rule_reads_is_an_error_naming_it(
    model: Model, docs: list[dict[str, Any]], tmp_path: Path
) -> None:
    raw = tools.google(model, docs).decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw)))
    rows[0].append("Commentaire libre")
    for n, row in enumerate(rows[1:]):
        row.append("Très utile" if n == 4 else "")
    export = tmp_path / "google.csv"
    export.write_text(tools.csv_text(rows, delimiter=",", quote_all=True, crlf=False), encoding="utf-8")
    code, document, _ = batch_json(str(export))
    assert code == 1
    assert document["failures"] == [{"source": str(export), "problems": [
        f"{export}:1: la colonne « Commentaire libre » contient des réponses qu’aucune règle ne lit : "
        "ajoutez-la à « ignore » d’une correspondance (ccas-compass mapping draft) si elle n’est pas une "
        "question du questionnaire"]}]
    assert sum(t["respondents"] for t in document["organisations"]) == 10  # the answers are all scored

    # a mapping naming this export ignores it; our own table in the same run is read without it
    mapping = tmp_path / "google.yaml"
    text = f'mapping: 1\nexport: "{export.name}"\nignore: ["Commentaire libre"]\n'
    mapping.write_text(text, encoding="utf-8")
    own = tmp_path / "nous.csv"
    others = [d for _, d in departement_docs(model, 2, seed=9, departements=("18",))]
    own.write_text(csv_text(model, others), encoding="utf-8-sig")
    code, document, stderr = batch_json(str(export), str(own), "--mapping", str(mapping))
    assert code == 0, stderr
    assert document["warnings"] == []
    assert sum(t["respondents"] for t in document["organisations"]) == 10 + len(others)
    # the same as EXPORT=MAP, the mapping naming no export
    mapping.write_text('mapping: 1\nignore: ["Commentaire libre"]\n', encoding="utf-8")
    code, document, stderr = batch_json(str(export), str(own), "--mapping", f"{export}={mapping}")
    assert code == 0, stderr
    assert sum(t["respondents"] for t in document["organisations"]) == 10 + len(others)


def test_a_question_given_twice_refuses_the_table(
    model: Model, docs: list[dict[str, Any]], tmp_path: Path
) -> None:
    rows = list(csv.reader(io.StringIO(csv_text(model, docs)), delimiter=";"))
    single = next(x.id for x in model.questionnaire.questions if x.type == "single")
    at = rows[0].index(single)
    for row in rows:
        row.append(row[at])
    export = tmp_path / "twice.csv"
    export.write_text(tools.csv_text(rows, delimiter=";", quote_all=False, crlf=False), encoding="utf-8")
    code, document, _ = batch_json(str(export))
    assert code == 1
    assert document["failures"] == [{"source": str(export), "problems": [
        f"{export}:1: « {single} » : les colonnes {at + 1} et {len(rows[0])} donnent la même réponse ; "
        "gardez-en une seule"]}]


def test_a_wrong_allocation_is_set_aside_and_the_other_answers_scored(
    model: Model, docs: list[dict[str, Any]], tmp_path: Path
) -> None:
    allocation = _allocation(model)
    n = next(i for i, d in enumerate(docs) if allocation in d["answers"])
    rows = list(csv.reader(io.StringIO(csv_text(model, docs)), delimiter=";"))
    at = rows[0].index(allocation)
    given = dict(docs[n]["answers"][allocation])
    first = next(o for o, p in given.items() if p > 0)
    given[first] -= 1  # 9 points out of 10: the form let it through
    rows[n + 1][at] = " | ".join(f"{o}:{p}" for o, p in given.items())
    export = tmp_path / "neuf-points.csv"
    export.write_text(tools.csv_text(rows, delimiter=";", quote_all=False, crlf=False), encoding="utf-8")
    code, document, _ = batch_json(str(export))
    assert code == 1
    [failure] = document["failures"]
    assert failure["source"] == f"{export}:{n + 2}"
    assert failure["problems"][-1] == (
        f"{export}:{n + 2} {allocation}: répartition laissée de côté (comptée « ne sait pas ») ; les autres "
        "réponses de cette ligne sont analysées")
    # scored as the same respondent without that allocation
    expected_docs = [dict(d, answers=dict(d["answers"])) for d in docs]
    del expected_docs[n]["answers"][allocation]
    code, expected, stderr = batch_json(str(write_answers(tmp_path / "attendu", expected_docs)))
    assert code == 0, stderr
    assert results(document) == results(expected)
    assert member_facts(document) == member_facts(expected)


def test_export_limesurvey_writes_a_survey_limesurvey_imports(model: Model, tmp_path: Path) -> None:
    target = tmp_path / "questionnaire-limesurvey.txt"
    result = runner.invoke(app, ["export", "limesurvey", "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))  # as TSVImportSurvey reads it
    assert rows[0]["class"] == "S"
    settings = {r["name"]: r["text"] for r in rows if r["class"] == "S"}
    assert settings["language"] == "fr"
    assert settings["additional_languages"] == "en"
    assert settings["datestamp"] == "Y"  # submitdate then holds the real date
    q = model.questionnaire
    questions = [r for r in rows if r["class"] == "Q"]
    code = r"[A-Za-z][A-Za-z0-9]{0,19}"
    import re

    assert all(re.fullmatch(code, r["name"]) for r in questions)
    assert all(re.fullmatch(code, r["name"]) for r in rows if r["class"] == "SQ")
    assert all(re.fullmatch(r"[A-Za-z0-9]{1,5}", r["name"]) for r in rows if r["class"] == "A")
    for lang in ("fr", "en"):  # every question, in both languages, with its text
        texts = {r["text"] for r in questions if r["language"] == lang}
        assert {x.text.get(lang) for x in (*q.profile, *q.questions)} <= texts
    names = [r["name"] for r in questions if r["language"] == "fr"]
    assert len(names) == len({n.lower() for n in names}) == len(q.profile) + len(q.questions) + 2
    long_ids = [x.id for x in q.questions if len(x.id) > 20]
    assert long_ids  # the questionnaire has ids LimeSurvey could not take as codes
    kinds = {r["name"]: r["type/scale"] for r in questions}
    from ccas_compass.collect.limesurvey import question_codes

    codes = question_codes(model)
    for question in q.questions:
        assert kinds[codes[question.id]] == {"single": "L", "multiple": "M", "allocation": "K"}.get(
            question.type, "T")
    for question in q.profile:
        assert kinds[codes[question.id]] == {"single": "L"}.get(question.type, "S")
    for question in (x for x in q.profile if x.pattern):  # preg_match searches: anchored as a whole
        row = next(r for r in questions if r["name"] == codes[question.id] and r["language"] == "fr")
        assert row["validation"].startswith("/^")
        assert row["validation"].endswith("$/")
    groups = [r for r in rows if r["class"] == "G"]
    used = [t for t in q.themes if any(x.theme == t.id for x in q.questions)]
    assert any(t.intro for t in used)
    for lang in ("fr", "en"):  # each theme's intro is its group's description, in both languages
        described = {r["name"]: r["text"] for r in groups if r["language"] == lang}
        for theme in used:
            assert described[theme.title.get(lang)] == (theme.intro.get(lang) if theme.intro else "")
    # the response export of this survey is read back without a mapping (test_tool_exports)


def test_a_dont_know_option_added_to_a_copied_question_counts_as_no_answer(
    model: Model, docs: list[dict[str, Any]], tmp_path: Path
) -> None:
    rows = list(csv.reader(io.StringIO(tools.google(model, docs).decode("utf-8"))))
    single = next(x for x in model.questionnaire.questions
                  if x.type == "single" and any(x.id not in d["answers"] for d in docs))
    at = rows[0].index(single.text.fr)
    for row in rows[1:]:
        if not row[at]:
            row[at] = "Je ne sais pas"
    assert sum(row[at] == "Je ne sais pas" for row in rows) >= 1
    export = tmp_path / "google.csv"
    export.write_text(tools.csv_text(rows, delimiter=",", quote_all=True, crlf=False), encoding="utf-8")
    code, document, stderr = batch_json(str(export))
    assert code == 0, stderr
    code, expected, stderr = batch_json(str(write_answers(tmp_path / "attendu", docs)))
    assert member_facts(document) == member_facts(expected)
    # the draft says it too
    target = tmp_path / "correspondance.yaml"
    result = runner.invoke(app, ["mapping", "draft", str(export), "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert '"Je ne sais pas": null' in target.read_text(encoding="utf-8")
    code, drafted, stderr = batch_json(str(export), "--mapping", str(target))
    assert code == 0, stderr
    assert member_facts(drafted) == member_facts(expected)


def test_a_framaforms_export_whose_title_rows_were_deleted_by_hand_scores_the_same(
    model: Model, docs: list[dict[str, Any]], tmp_path: Path
) -> None:
    """The issue's silent mis-score: without the component titles above them, the options' columns
    are told apart by their order, as the tool wrote them."""
    text = tools.framaforms(model, docs, compact=False).decode("utf-8")
    export = tmp_path / "framaforms.tsv"
    export.write_text(text.split("\n", 2)[2], encoding="utf-8")
    code, document, stderr = batch_json(str(export))
    assert code == 0, stderr
    code, expected, stderr = batch_json(str(write_answers(tmp_path / "attendu", docs)))
    assert member_facts(document) == member_facts(expected)
