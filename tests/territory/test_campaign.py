"""A campaign in Indre-et-Loire: expected communes, CIAS coverage, bands, relance.csv."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from ccas_compass.errors import UsageError
from ccas_compass.model.core import Model
from ccas_compass.render.campaign import campaign_markdown, relance_csv
from ccas_compass.territory import campaign
from ccas_compass.territory.referential import load


def test_expected_are_the_communes_of_1500_or_more() -> None:
    expected = campaign.for_departement(load(), "37")
    assert len(expected.communes) == 75
    assert all((c.population or 0) >= 1500 for c in expected.communes)
    with pytest.raises(UsageError):
        campaign.for_departement(load(), "99")


def test_a_cias_covers_its_epci_and_a_poor_band_is_flagged(model: Model) -> None:
    ref = load()
    expected = campaign.for_departement(ref, "37")
    orgs = [("37261", "ccas"), ("37156", "cias"), ("41018", "ccas"), ("37999", "ccas")]
    result = campaign.follow_up(ref, model.questionnaire, expected, orgs)
    montlouis = ref.find("37156")
    assert montlouis is not None
    assert montlouis.commune.epci is not None
    montlouis_epci = {c.code for c in ref.members(montlouis.commune.epci)}
    expected_codes = {c.code for c in expected.communes}
    assert {c.code for c in result.answered} == {"37261"} | (montlouis_epci & expected_codes)
    assert result.outside == 2  # Blois and an unknown code
    doc = campaign.document(result)
    assert doc["expected"] == 75
    assert doc["answered"] == len(result.answered)
    assert sum(b["expected"] for b in doc["by_population"]) == 75
    assert doc["population_covered"] < doc["population_expected"]
    assert result.low
    assert all(b.rate is not None and b.rate < result.rate / 2 for b in result.low)
    assert "## Représentativité" in campaign_markdown(result, ref, "fr")


def test_relance_csv_reads_back_as_a_french_spreadsheet_would(model: Model) -> None:
    ref = load()
    expected = campaign.for_departement(ref, "37")
    result = campaign.follow_up(ref, model.questionnaire, expected, [("37261", "ccas")])
    raw = relance_csv(result, ref, "fr").encode("utf-8")
    text = ("\ufeff" + raw.decode("utf-8")).encode("utf-8").decode("utf-8-sig")  # the writer adds the BOM
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:2] == ["code_insee", "commune"]
    assert len(rows) == 1 + 74
    first = dict(zip(rows[0], rows[1], strict=False))
    assert first["commune"] == "Joué-lès-Tours"
    assert first["population"].isdigit()
    assert first["intercommunalite"] == "Tours Métropole Val de Loire"
    assert all(not r[1].startswith(("=", "+", "-", "@")) for r in rows[1:])


def test_an_expected_list_with_bom_semicolons_and_an_old_code(tmp_path: Path) -> None:
    listing = tmp_path / "attendus.csv"
    listing.write_bytes("Nom;Code INSEE\r\nTours;37235\r\nChinon;37072\r\nX;37999\r\n".encode("utf-8-sig"))
    expected = campaign.from_list(load(), listing)
    assert [c.code for c in expected.communes] == ["37072", "37261"]
    assert expected.warnings[0].render("fr").startswith(f"{listing}:4:")
    commas = tmp_path / "b.csv"
    commas.write_text("insee,nom\n1004,Ambérieu\n", encoding="utf-8")
    assert [c.code for c in campaign.from_list(load(), commas).communes] == ["01004"]
    bad = tmp_path / "c.csv"
    bad.write_text("nom;population\nTours;1\n", encoding="utf-8")
    with pytest.raises(UsageError):
        campaign.from_list(load(), bad)
