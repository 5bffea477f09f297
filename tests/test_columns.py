"""The wide table layout read from the headers of survey tools' exports (KoboToolbox, ODK Central)."""

from __future__ import annotations

from ccas_compass.answers import columns as cols
from ccas_compass.answers.columns import Column
from ccas_compass.model.core import Model


def test_headers_of_kobo_and_odk_central_exports(model: Model) -> None:
    header = [
        "start", "end", "today", "organisation/name", "organisation-insee", "espaces-accueil_premier_lieu",
        "espaces/accueil_sans_rendez_vous/cafe_discussion",
        "regard/regard_aujourdhui/regard_aujourdhui_radar", "regard_aujourdhui_total",
        "regard_aujourdhui_instructions", "ambition_2050_total_note",
        "meta/instanceID", "meta/rootUuid", "formhub/uuid", "__version__", "_id", "_submission_time",
        "SubmissionDate", "FormVersion", "KEY", "SubmitterName", "ReviewState", "submitdate", "role", "",
        "Q1",
    ]
    assert dict(zip(header, cols.resolve(header, model), strict=True)) == {
        "start": Column("ignored"),
        "end": Column("stamp", "end"),
        "today": Column("ignored"),
        "organisation/name": Column("profile", "name"),
        "organisation-insee": Column("profile", "insee"),
        "espaces-accueil_premier_lieu": Column("question", "accueil_premier_lieu"),
        "espaces/accueil_sans_rendez_vous/cafe_discussion": Column(
            "choice", "accueil_sans_rendez_vous", "cafe_discussion"),
        "regard/regard_aujourdhui/regard_aujourdhui_radar": Column("points", "regard_aujourdhui", "radar"),
        "regard_aujourdhui_total": Column("ignored"),
        "regard_aujourdhui_instructions": Column("ignored"),
        "ambition_2050_total_note": Column("ignored"),
        "meta/instanceID": Column("ignored"),
        "meta/rootUuid": Column("ignored"),
        "formhub/uuid": Column("ignored"),
        "__version__": Column("ignored"),
        "_id": Column("ignored"),
        "_submission_time": Column("stamp", "_submission_time"),
        "SubmissionDate": Column("stamp", "submissiondate"),
        "FormVersion": Column("ignored"),
        "KEY": Column("ignored"),
        "SubmitterName": Column("ignored"),
        "ReviewState": Column("ignored"),
        "submitdate": Column("stamp", "submitdate"),
        "role": Column("meta", "role"),
        "": Column("ignored"),
        "Q1": Column("unknown", "Q1"),
    }


def test_the_date_comes_from_a_date_column_else_from_the_best_timestamp(model: Model) -> None:
    header = ["name", "_submission_time", "end", "date"]
    columns = cols.resolve(header, model)
    row = ["CCAS de Tours", "2026-11-29T08:00:00", "2026-11-28T23:59:00.000+01:00", ""]
    assert cols.document(columns, row, model)[0]["date"] == "2026-11-28"  # the device's day: end
    row[3] = "2026-11-20"
    assert cols.document(columns, row, model)[0]["date"] == "2026-11-20"
    row = ["CCAS de Tours", "29/11/2026 08:00", "", ""]
    assert "date" not in cols.document(columns, row, model)[0]  # not ISO: no date rather than a wrong one


def test_points_as_limesurvey_writes_them_and_y_ticks(model: Model) -> None:
    header = ["name", "regard_aujourdhui_radar", "regard_aujourdhui_avocat",
              "accueil_sans_rendez_vous/cafe_discussion", "accueil_sans_rendez_vous/outils_accompagnes"]
    columns = cols.resolve(header, model)
    document, problems = cols.document(columns, ["CCAS", "4.0000000000", "6,0", "Y", "N"], model)
    assert problems == []
    assert document["answers"] == {"accueil_sans_rendez_vous": ["cafe_discussion"],
                                   "regard_aujourdhui": {"radar": 4, "avocat": 6}}
    document, _ = cols.document(columns, ["CCAS", "4.5", "", "", ""], model)
    assert document["answers"] == {"regard_aujourdhui": {"radar": "4.5"}}  # left for the check to refuse
