"""``commune`` and ``batch --departement`` through the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import yaml

from ccas_compass.model import Model
from tests.factory import respondent
from tests.test_cli import run


def test_commune_json_has_the_documented_keys() -> None:
    code, out, _ = run("commune", "37235", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert (doc["code"], doc["name"], doc["population"]) == ("37261", "Tours", 139259)
    assert doc["departement"] == {"code": "37", "name": "Indre-et-Loire"}
    assert doc["region"]["name"] == "Centre-Val de Loire"
    assert doc["epci"]["siren"] == "243700754"
    assert doc["epci"]["members"] == 22
    assert doc["requested"]["kind"] == "ancien"


def test_commune_by_name_lists_homonyms_and_refuses_the_unknown() -> None:
    code, out, _ = run("commune", "saint", "denis")
    assert code == 0
    assert "4 communes" in out
    assert "93066" in out
    assert "La Réunion" in out
    code, _, err = run("commune", "Chinonn")
    assert code == 1
    assert "Chinon (37, Indre-et-Loire) 37072" in err
    code, _, err = run("commune", "37999")
    assert code == 1
    assert "37999" in err


def test_a_campaign_of_a_dozen_ccas_of_one_departement(tmp_path: Path, model: Model) -> None:
    import random

    rng = random.Random(4)
    folder = tmp_path / "reponses"
    folder.mkdir()
    orgs = [("CCAS de Tours", "37261", "ccas"), ("CCAS de Chinon", "37072", "ccas"),
            ("CCAS d'Amboise", "37003", "ccas"), ("CIAS Touraine-Est Vallées", "37156", "cias"),
            ("CCAS de Loches", "37132", "ccas"), ("CCAS de Chinon", "37214", "ccas")]
    for i, (name, insee, kind) in enumerate(orgs):
        doc = respondent({"name": name, "insee": insee, "kind": kind}, rng, model)
        (folder / f"r{i}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "resultats"
    code, _, err = run("batch", str(folder), "--out", str(out), "--no-chart", "--departement", "37")
    assert code == 0, err
    assert "« CCAS de Chinon » ne semble pas être le CCAS/CIAS de Saint-Cyr-sur-Loire (37214)" in err
    with (out / "relance.csv").open(encoding="utf-8-sig", newline="") as handle:  # as Excel-FR reads it
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert rows
    assert "37261" not in {r["code_insee"] for r in rows}
    assert not {"37072", "37156", "37132"} & {r["code_insee"] for r in rows}  # a CIAS covers its EPCI
    assert (out / "relance.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    panorama = json.loads((out / "panorama.json").read_text(encoding="utf-8"))
    assert panorama["campaign"]["expected"] == 75
    assert panorama["campaign"]["answered"] == 75 - len(rows)
    assert "## Représentativité" in (out / "panorama.md").read_text(encoding="utf-8")


def test_help_does_not_import_the_territory() -> None:
    """``--help`` stays as fast as before: nothing of the referential is imported."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.argv = ['ccas-compass', '--help']\n"
        "from ccas_compass import cli\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('ccas_compass.territory')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_an_old_code_joins_the_team_of_todays_commune(tmp_path: Path, model: Model) -> None:
    import random

    rng = random.Random(5)
    for i, insee in enumerate(("37261", "37235")):  # Tours, and one of its old codes
        doc = respondent({"name": "CCAS de Tours", "insee": insee, "kind": "ccas"}, rng, model)
        (tmp_path / f"r{i}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, out, err = run("batch", str(tmp_path), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert len(document["organisations"]) == 1
    organisation = document["organisations"][0]["organisation"]
    assert organisation["insee"] == "37261"
    assert organisation["commune"] == {"code": "37261", "name": "Tours", "population": 139259,
                                       "departement_name": "Indre-et-Loire"}
    assert "37235 (ancien code)" in err
