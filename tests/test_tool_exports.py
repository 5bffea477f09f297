"""Ten respondents of several organisations, given as answers files and as every survey tool's
export (default and documented variants, built by tests/tools.py from the tools' exporter code):
each export scores exactly as the answers files — shares, intensities, declared, ambition,
coverage, profile, role and date — with no mapping, and exits 0 with no warning."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ccas_compass.model.core import Model
from tests import tools
from tests.exports import batch_json, write_answers
from tests.factory import departement_docs


def _docs(model: Model) -> list[dict[str, Any]]:
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


@pytest.fixture(scope="module")
def campaign(model: Model, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("tools")
    docs = _docs(model)
    code, expected, stderr = batch_json(str(write_answers(root / "reponses", docs)))
    assert code == 0, stderr
    return {"root": root, "docs": docs, "expected": expected}


def test_the_respondents_cover_what_an_export_must_carry(campaign: dict[str, Any], model: Model) -> None:
    docs = campaign["docs"]
    assert len(docs) == 10
    assert len({d["organisation"]["insee"] for d in docs}) >= 3
    q = model.questionnaire
    multiple = [x.id for x in q.questions if x.type == "multiple"]
    allocations = [x.id for x in q.questions if x.type == "allocation"]
    assert any(len(d["answers"].get(m, [])) > 1 for d in docs for m in multiple)
    assert any(a not in d["answers"] for d in docs for a in allocations)  # "don't know"
    assert any(a in d["answers"] for d in docs for a in allocations)
    assert len({d["respondent"]["role"] for d in docs if d.get("respondent")}) > 1


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


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_export_scores_exactly_as_the_answers_files(
    campaign: dict[str, Any], model: Model, variant: str, tmp_path: Path
) -> None:
    export = VARIANTS[variant](model, campaign["docs"], tmp_path)
    code, document, stderr = batch_json(str(export))
    assert document["failures"] == [], stderr
    unfinished = variant.startswith("limesurvey")
    assert code == 0, stderr
    if unfinished:  # LimeSurvey's unfinished responses are left out, each named
        assert [w.split(":")[-1].strip() for w in document["warnings"]] == [
            w.split(":")[-1].strip() for w in document["warnings"]]
        assert len(document["warnings"]) == 2
        assert all("submitdate" in w or "Date de soumission" in w for w in document["warnings"])
    else:
        assert document["warnings"] == []
    assert team_facts(document) == team_facts(campaign["expected"])
    assert member_facts(document) == member_facts(campaign["expected"])
    if variant.startswith(("kobo", "odk", "limesurvey")):  # our forms carry the questionnaire's version
        versions = {m["questionnaire_version"] for t in document["organisations"] for m in t["members"]}
        assert versions == {model.questionnaire.version}


@pytest.mark.parametrize("variant", sorted(v for v in VARIANTS if not v.startswith("odk")))
def test_the_draft_of_mapping_draft_used_as_written_scores_the_same(
    campaign: dict[str, Any], model: Model, variant: str, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from ccas_compass.cli.app import app

    export = VARIANTS[variant](model, campaign["docs"], tmp_path)
    target = tmp_path / "correspondance.yaml"
    result = CliRunner().invoke(app, ["mapping", "draft", str(export), "-o", str(target), "--lang", "fr"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "À VÉRIFIER" not in text
    assert f"export: {json.dumps(export.name, ensure_ascii=False)}" in text
    code, document, stderr = batch_json(str(export), "--mapping", str(target))
    assert code == 0, stderr
    assert document["failures"] == []
    assert team_facts(document) == team_facts(campaign["expected"])
    assert member_facts(document) == member_facts(campaign["expected"])
