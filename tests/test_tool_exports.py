"""Ten respondents of several organisations, given as answers files and as every survey tool's
export (default and documented variants, built by tests/tools.py from the tools' exporter code):
each export scores exactly as the answers files — shares, intensities, declared, ambition,
coverage, profile, role and date — with no mapping, and exits 0 with no warning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ccas_compass.model.core import Model
from tests.exports import batch_json, write_answers
from tests.helpers import VARIANTS, campaign_docs, member_facts, team_facts


@pytest.fixture(scope="module")
def campaign(model: Model, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("tools")
    docs = campaign_docs(model)
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
