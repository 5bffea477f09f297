"""The XLSForm export, filled in KoboToolbox and exported back (CSV with or without group paths, XLSX),
scores exactly as the same answers given as answers files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pyxform.xls2xform import convert

from ccas_compass.answers import columns as cols
from ccas_compass.collect.xlsform import xlsform_bytes
from ccas_compass.model.core import Model
from tests.exports import (
    batch_json,
    kobo_table,
    plain,
    results,
    write_answers,
    write_csv,
    write_xlsx,
    xform_fields,
)
from tests.factory import departement_docs


@pytest.fixture(scope="module")
def campaign(model: Model, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The form converted by pyxform, 30-odd generated respondents and what their answers files give."""
    root = tmp_path_factory.mktemp("kobo")
    form = root / "questionnaire.xlsx"
    form.write_bytes(xlsform_bytes(model))
    converted = convert(xlsform=str(form), validate=False)
    docs = plain([doc for _, doc in departement_docs(model, 10, seed=21, departements=("37", "41"))])
    code, expected, stderr = batch_json(str(write_answers(root / "reponses", docs)))
    assert code == 0, stderr
    return {"root": root, "form": form, "xform": converted.xform, "docs": docs, "expected": expected}


def test_the_generated_respondents_cover_what_the_export_must_carry(campaign: dict[str, Any]) -> None:
    docs = campaign["docs"]
    assert len(docs) >= 20
    answers = [doc["answers"] for doc in docs]
    assert any("ambition_2050" not in a for a in answers)  # an allocation left empty: "don't know"
    assert any(len(a.get("accueil_sans_rendez_vous", [])) > 1 for a in answers)
    assert any(a.get("notes") and ";" in a["notes"] for a in answers)  # a ";" inside a quoted cell
    assert len(campaign["expected"]["organisations"]) == 10


def test_every_column_of_a_kobo_export_of_the_form_is_understood(
    campaign: dict[str, Any], model: Model
) -> None:
    fields = xform_fields(campaign["xform"])
    assert "regard/regard_aujourdhui/regard_aujourdhui_total" in fields
    assert "regard/ambition_2050/ambition_2050_instructions" in fields  # notes are exported too
    for groups in (True, False):
        header, _ = kobo_table(model, fields, campaign["docs"][:1], groups=groups)
        resolved = dict(zip(header, cols.resolve(header, model), strict=True))
        assert [h for h, c in resolved.items() if c.kind == "unknown"] == []
        ticks = ("espaces/" if groups else "") + "accueil_sans_rendez_vous"
        assert resolved[ticks] == cols.Column("question", "accueil_sans_rendez_vous")
        tick = cols.Column("choice", "accueil_sans_rendez_vous", "cafe_discussion")
        assert resolved[f"{ticks}/cafe_discussion"] == tick
        radar = "regard/regard_aujourdhui/regard_aujourdhui_radar" if groups else "regard_aujourdhui_radar"
        assert resolved[radar] == cols.Column("points", "regard_aujourdhui", "radar")
        total = "regard/regard_aujourdhui/regard_aujourdhui_total" if groups else "regard_aujourdhui_total"
        assert resolved[total].kind == "ignored"
        assert resolved[("organisation/" if groups else "") + "insee"] == cols.Column("profile", "insee")
        assert resolved["_submission_time"].kind == "stamp"
        assert resolved["__version__"].kind == "ignored"


@pytest.mark.parametrize("variant", ["csv-group-paths", "csv-xml-names", "xlsx"])
def test_a_kobo_export_scores_exactly_as_the_answers_files(
    campaign: dict[str, Any], model: Model, variant: str
) -> None:
    fields = xform_fields(campaign["xform"])
    header, rows = kobo_table(model, fields, campaign["docs"], groups=variant != "csv-xml-names")
    root: Path = campaign["root"]
    if variant == "xlsx":
        export = write_xlsx(root / "export.xlsx", header, rows)
    else:
        text_rows = [["" if c is None else str(c) for c in row] for row in rows]
        export = write_csv(root / f"{variant}.csv", header, text_rows)  # ";" and every field quoted
        name = "organisation/name" if variant == "csv-group-paths" else "name"
        first = f'"start";"end";"questionnaire_version";"{name}"'
        assert export.read_text(encoding="utf-8").startswith(first)
    code, document, stderr = batch_json(str(export))
    assert code == 0, stderr
    assert document["warnings"] == []
    assert document["failures"] == []
    assert results(document) == results(campaign["expected"])
    # the date of each respondent is the day of its submission
    dates = sorted(m["date"] for t in document["organisations"] for m in t["members"])
    assert dates == sorted(doc["date"] for doc in campaign["docs"])
    # the respondent's role and the questionnaire's version travel with each submission
    members = [m for t in document["organisations"] for m in t["members"]]
    assert {m["questionnaire_version"] for m in members} == {model.questionnaire.version}
    roles = sorted(m["role"] or "" for m in members)
    assert roles == sorted((doc.get("respondent") or {}).get("role") or "" for doc in campaign["docs"])


def test_a_bad_cell_of_a_kobo_export_fails_its_row_only(campaign: dict[str, Any], model: Model) -> None:
    fields = xform_fields(campaign["xform"])
    header, rows = kobo_table(model, fields, campaign["docs"], groups=True)
    text_rows = [["" if c is None else str(c) for c in row] for row in rows]
    at = header.index("espaces/accueil_premier_lieu")
    text_rows[4][at] = "guichet"  # a choice name the form never had
    tick = header.index("espaces/accueil_sans_rendez_vous/cafe_discussion")
    text_rows[7][tick] = "2"
    export = write_csv(campaign["root"] / "bad.csv", header, text_rows)
    code, document, stderr = batch_json(str(export))
    assert code == 1
    assert document["failures"] == [
        {"source": f"{export}:6", "problems": [
            f"{export}:6 accueil_premier_lieu: option inconnue « guichet » (possibles : guichet_bureau, "
            "espace_convivial, espace_accompagnement, hors_les_murs, lieu_mutualise)"]},
        {"source": f"{export}:9", "problems": [
            f"{export}:9 accueil_sans_rendez_vous.cafe_discussion: « 2 » n’est ni 1 (cochée) ni 0 "
            "(non cochée)"]},
    ]
    scored = sum(t["respondents"] for t in document["organisations"])
    assert scored == len(campaign["docs"]) - 2


def test_the_xlsform_itself_given_to_batch_is_left_aside_with_a_warning(campaign: dict[str, Any]) -> None:
    folder = campaign["root"] / "with-form"
    folder.mkdir()
    (folder / "questionnaire.xlsx").write_bytes(campaign["form"].read_bytes())
    write_answers(folder / "reponses", campaign["docs"][:3])
    code, document, stderr = batch_json(str(folder))
    assert code == 0, stderr
    assert document["failures"] == []
    assert document["warnings"] == [
        f"{folder / 'questionnaire.xlsx'}: ce classeur est le questionnaire XLSForm, pas un export de "
        "réponses : fichier laissé de côté"
    ]
