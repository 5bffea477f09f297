"""``resultats.csv`` and ``.xlsx`` carry each organisation's intercommunality, appended after the
older columns: SIREN, name and population of the EPCI (a CIAS's own), empty when the referential
does not know it."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
import yaml

from ccas_compass.model.core import Model
from tests.factory import respondent
from tests.helpers import run

ORGS = [
    ("CCAS de Tours", "37261", "ccas"),
    ("CIAS Touraine-Est Vallées", "37156", "cias"),  # its seat, Montlouis-sur-Loire
    ("CCAS de L'Île-d'Yeu", "85113", "ccas"),  # a commune outside any EPCI
    ("CCAS de Nulle-Part", "37999", "ccas"),  # a code the referential does not know
]
OLDER = ["organisation", "code_insee", "commune", "departement", "nom_departement", "population_commune",
         "type", "population", "densite", "qpv", "effectif", "repondants", "couverture_pct",
         "figure_principale", "accord_equipe_pct"]
"""The first columns as scripts read them before the EPCI's were added."""


def _batch(tmp_path: Path, model: Model, *extra: str) -> Path:
    rng = random.Random(5)
    folder = tmp_path / "reponses"
    folder.mkdir()
    for i, (name, insee, kind) in enumerate(ORGS):
        doc = respondent({"name": name, "insee": insee, "kind": kind}, rng, model)
        (folder / f"r{i}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "sortie"
    code, _, err = run("batch", str(folder), "--out", str(out), "--no-chart", *extra)
    assert code == 0, err
    return out


def test_resultats_csv_appends_the_epci_of_each_organisation(tmp_path: Path, model: Model) -> None:
    out = _batch(tmp_path, model)
    with (out / "resultats.csv").open(encoding="utf-8-sig", newline="") as handle:  # as Excel-FR reads it
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    assert header[: len(OLDER)] == OLDER
    assert header[-4:] == ["rapport", "siren_epci", "intercommunalite", "population_intercommunalite"]
    by_code = {row[1]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    tours = by_code["37261"]
    assert (tours["siren_epci"], tours["intercommunalite"]) == ("243700754", "Tours Métropole Val de Loire")
    assert tours["population_commune"] == "139259"
    cias = by_code["37156"]  # a CIAS: its own EPCI, whose population its band is checked against
    assert (cias["siren_epci"], cias["intercommunalite"]) == ("200073161", "CC Touraine-Est Vallées")
    assert cias["population_intercommunalite"] == "41489"
    for code in ("85113", "37999"):  # outside any EPCI, unknown code: empty cells, never a guess
        row = by_code[code]
        assert [row[k] for k in ("siren_epci", "intercommunalite", "population_intercommunalite")] == [""] * 3
    assert by_code["85113"]["commune"] == "L'Île-d'Yeu"
    assert by_code["37999"]["commune"] == ""


def test_resultats_xlsx_keeps_the_siren_as_text_and_speaks_english(tmp_path: Path, model: Model) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = _batch(tmp_path, model, "--lang", "en")
    sheet = openpyxl.load_workbook(out / "resultats.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][-3:]) == ["epci_siren", "intercommunality", "intercommunality_population"]
    tours = next(r for r in rows[1:] if r[1] == "37261")
    assert tours[-3:] == ("243700754", "Tours Métropole Val de Loire", 301339)
