"""``commune`` and ``batch --departement`` through the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import yaml

from ccas_compass.model.core import Model
from tests.factory import respondent
from tests.helpers import run


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
        "from ccas_compass.cli import app as cli\n"
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
    assert organisation["commune"] == {
        "code": "37261", "name": "Tours", "population": 139259, "departement_name": "Indre-et-Loire",
        "epci": {"siren": "243700754", "name": "Tours Métropole Val de Loire", "type": "METRO",
                 "members": 22, "population": 301339},
    }
    assert "37235 (ancien code)" in err
    warnings = document["organisations"][0]["warnings"]
    assert any("37235 (ancien code)" in w for w in warnings)  # not only on stderr


def test_commune_strips_the_kind_of_centre_and_hints_at_a_lost_zero() -> None:
    code, out, _ = run("commune", "CCAS de Tours")
    assert code == 0
    assert out.startswith("Tours (37261)")
    code, out, _ = run("commune", "Centre communal d'action sociale de Chinon")
    assert code == 0
    assert out.startswith("Chinon (37072)")
    code, out, _ = run("commune", "CCAS de la Riche")
    assert code == 0
    assert out.startswith("La Riche (37195)")
    code, out, err = run("commune", "1004")
    assert code == 1
    assert out == ""
    assert "01004" in err
    assert "Ambérieu-en-Bugey" in err


def test_commune_json_error_goes_to_stdout_too() -> None:
    code, out, err = run("commune", "99999", "--format", "json")
    assert code == 1
    assert "99999" in err
    doc = json.loads(out)
    assert "99999" in doc["error"]
    assert doc["suggestions"] == []
    code, out, _ = run("commune", "1004", "--format", "json")
    assert code == 1
    assert json.loads(out)["suggestions"][0]["code"] == "01004"
    code, out, _ = run("commune", "Chinonn", "--format", "json")
    assert code == 1
    suggestions = json.loads(out)["suggestions"]
    assert {"code": "37072", "name": "Chinon", "departement": {"code": "37", "name": "Indre-et-Loire"}} \
        in suggestions


def test_an_old_code_says_the_referential_has_no_name_for_it() -> None:
    code, out, _ = run("commune", "37235")
    assert code == 0
    assert "37235" in out.splitlines()[0]
    assert "Tours" in out.splitlines()[0]
    assert "nom" in out.splitlines()[0]  # honest: the source keeps no name for a bare old code


def test_territory_warnings_reach_the_assess_result_and_its_appendix(tmp_path: Path, model: Model) -> None:
    import random

    doc = respondent({"name": "CCAS de Chinon", "insee": "37214", "kind": "ccas"}, random.Random(3), model)
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, out, err = run("assess", "-a", str(path), "--format", "json")
    assert code == 0
    mismatch = [w for w in json.loads(out)["warnings"] if "Saint-Cyr-sur-Loire (37214)" in w]
    assert len(mismatch) == 1
    assert err.count("Saint-Cyr-sur-Loire (37214)") == 1  # told once on stderr, not twice
    code, out, _ = run("assess", "-a", str(path), "--format", "markdown")
    appendix = out[out.index("## Annexe"):]
    assert "Saint-Cyr-sur-Loire (37214)" in appendix


def _write_org(folder: Path, name: str, org: dict[str, str], model: Model, seed: int) -> None:
    import random

    doc = respondent(org, random.Random(seed), model)
    (folder / name).write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")


def test_each_organisation_of_a_batch_carries_its_own_territory_warnings(
    tmp_path: Path, model: Model
) -> None:
    from ccas_compass.territory.bands import population_bands

    folder = tmp_path / "in"
    folder.mkdir()
    small = population_bands(model.questionnaire)[0].id  # Amboise has some 13,000 inhabitants
    amboise = {"name": "CCAS d'Amboise", "insee": "37003", "kind": "ccas", "population": small}
    _write_org(folder, "a.yaml", amboise, model, 1)
    _write_org(folder, "b.yaml", {"name": "CCAS de Chinon", "insee": "37072", "kind": "ccas"}, model, 2)
    _write_org(folder, "c.yaml", {"name": "CCAS de Nulle Part", "insee": "37999", "kind": "ccas"}, model, 3)
    out = tmp_path / "res"
    code, _, err = run("batch", str(folder), "--out", str(out), "--no-chart")
    assert code == 0, err
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (out / "organisations").glob("*.json")}
    by_code = {d["organisation"].get("insee"): d for d in docs.values()}
    assert any("Amboise compte" in w for w in by_code["37003"]["warnings"])
    assert not any("Amboise" in w for w in by_code["37072"]["warnings"])  # each its own
    assert any("37999" in w for w in by_code["37999"]["warnings"])
    assert all(str(folder) not in w for d in docs.values() for w in d["warnings"] if "37999" in w)
    report = next(p for p in (out / "organisations").glob("*.md") if "amboise" in p.name)
    text = report.read_text(encoding="utf-8")
    assert "Amboise compte" in text[text.index("## Annexe"):]


def test_a_cias_report_names_its_intercommunality(tmp_path: Path, model: Model) -> None:
    import random

    doc = respondent({"name": "CIAS Loches Sud Touraine", "insee": "37132", "kind": "cias"}, random.Random(4),
                     model)
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, out, _ = run("assess", "-a", str(path), "--format", "json")
    assert code == 0
    epci = json.loads(out)["organisation"]["commune"]["epci"]
    assert (epci["siren"], epci["name"], epci["type"]) == ("200071587", "CC Loches Sud Touraine", "CC")
    assert epci["members"] == 67
    assert epci["population"] > 40000
    code, out, _ = run("assess", "-a", str(path), "--format", "markdown")
    head = out[: out.index("## ")]
    assert "CC Loches Sud Touraine (SIREN 200071587)" in head
    assert "67 communes" in head
    code, out, _ = run("assess", "-a", str(path), "--format", "text")
    assert "CC Loches Sud Touraine" in out
    ccas = respondent({"name": "CCAS de Tours", "insee": "37261", "kind": "ccas"}, random.Random(4), model)
    path.write_text(yaml.safe_dump(ccas, allow_unicode=True), encoding="utf-8")
    code, out, _ = run("assess", "-a", str(path), "--format", "markdown")
    head = out[: out.index("## ")].replace("\xa0", " ")
    assert "Intercommunalité : Tours Métropole Val de Loire" in head  # a CCAS: the name only
    assert "SIREN" not in head


def test_relance_xlsx_keeps_codes_as_text_with_its_header_frozen(tmp_path: Path, model: Model) -> None:
    from openpyxl import load_workbook

    folder = tmp_path / "in"
    folder.mkdir()
    bourg = {"name": "CCAS de Bourg-en-Bresse", "insee": "01053", "kind": "ccas"}
    _write_org(folder, "a.yaml", bourg, model, 1)
    out = tmp_path / "res"
    code, _, err = run("batch", str(folder), "--out", str(out), "--no-chart", "--departement", "01")
    assert code == 0, err
    sheet = load_workbook(out / "relance.xlsx").active
    assert sheet.freeze_panes == "B2"
    rows = list(sheet.iter_rows(values_only=True))
    with (out / "relance.csv").open(encoding="utf-8-sig", newline="") as handle:
        csv_rows = list(csv.reader(handle, delimiter=";"))
    assert list(rows[0]) == csv_rows[0]
    assert len(rows) == len(csv_rows) > 10
    assert all(isinstance(r[0], str) and len(r[0]) == 5 and r[0].startswith("01") for r in rows[1:])
    assert all(isinstance(r[4], int) for r in rows[1:])
    assert "01053" not in {r[0] for r in rows}


def test_the_panorama_uses_the_referentials_band_in_both_sections(tmp_path: Path, model: Model) -> None:
    """Amboise (about 13,000 inhabitants) declared in the smallest band is counted in the
    referential's band in « Par taille de commune », as in « Représentativité »."""
    from ccas_compass.territory.bands import band_of, population_bands

    folder = tmp_path / "in"
    folder.mkdir()
    small = population_bands(model.questionnaire)[0].id
    right = band_of(model.questionnaire, 12937)
    from ccas_compass.territory.referential import load

    towns = [c for c in load().in_departement("37") if band_of(model.questionnaire, c.population) == right]
    codes = ["37003", *sorted(c.code for c in towns if c.code != "37003")[:5]]  # Amboise and five alike
    for i, insee in enumerate(codes):
        org = {"name": f"CCAS {insee}", "insee": insee, "kind": "ccas", "population": small}
        _write_org(folder, f"r{i}.yaml", org, model, i)
    villages = sorted(c.code for c in load().in_departement("37") if 1500 <= (c.population or 0) < 5000)[:4]
    for i, insee in enumerate(villages):  # a second group, so that the panorama may show both
        village = {"name": f"CCAS {insee}", "insee": insee, "kind": "ccas"}
        _write_org(folder, f"v{i}.yaml", village, model, 10 + i)
    code, out, _ = run("batch", str(folder), "--format", "json", "--departement", "37")
    assert code == 0
    document = json.loads(out)
    groups = {g["value"]: g["organisations"] for g in document["panorama"]["groups"]["population"]}
    assert groups.get(right) == len(codes)
    assert small not in groups
    campaign_band = next(b for b in document["campaign"]["by_population"] if b["band"] == right)
    assert campaign_band["answered"] >= len(codes)
