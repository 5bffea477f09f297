"""The shipped referential, on real codes (COG 2026)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from ccas_compass.territory.referential import load, normalise


def test_communes_of_indre_et_loire() -> None:
    ref = load()
    tours = ref.find("37261")
    assert tours is not None
    assert tours.alias is None
    commune = tours.commune
    assert (commune.name, commune.departement, commune.population) == ("Tours", "37", 139259)
    assert ref.departement_name("37") == "Indre-et-Loire"
    assert ref.region_of(tours.commune) == ("24", "Centre-Val de Loire")
    assert len(ref.in_departement("37")) == 272
    assert sum(1 for c in ref.in_departement("37") if (c.population or 0) >= 1500) == 75
    assert ref.find("37072").commune.name == "Chinon"  # type: ignore[union-attr]


def test_an_old_code_leads_to_todays_commune() -> None:
    found = load().find("37235")
    assert found is not None
    assert found.commune.code == "37261"
    assert found.alias is not None
    assert found.alias.kind == "ancien"


def test_arrondissements_and_delegues_lead_to_their_commune() -> None:
    paris = load().find("75101")
    assert paris is not None
    assert paris.commune.code == "75056"
    assert paris.alias is not None
    assert paris.alias.kind == "arrondissement"
    corsica = load().find("2a004")
    assert corsica is not None
    assert corsica.commune.name == "Ajaccio"


def test_an_epci_and_its_members() -> None:
    ref = load()
    epci = ref.epci(ref.find("37261").commune.epci)  # type: ignore[union-attr]
    assert epci is not None
    assert epci.name == "Tours Métropole Val de Loire"
    assert epci.type == "METRO"
    members = ref.members(epci.siren)
    assert len(members) == 22
    assert members[0].name == "Tours"
    assert "Joué-lès-Tours" in {c.name for c in members}


def test_homonyms_and_names_without_accents_case_or_hyphens() -> None:
    ref = load()
    assert [c.departement for c in ref.by_name("saint denis")] == ["11", "30", "93", "974"]
    assert [c.code for c in ref.by_name("ST ETIENNE")] == ["42218"]
    assert [c.name for c in ref.closest("Chinonn")][0] == "Chinon"


@pytest.mark.parametrize("code", ["37999", "", "3726", "37261\tX", "99999"])
def test_unknown_codes_find_nothing(code: str) -> None:
    assert load().find(code) is None


def test_the_bulk_and_the_text_lookups_agree() -> None:
    from ccas_compass.territory.referential import Referential, path

    ref = Referential(gzip.decompress(path().read_bytes()).decode("utf-8"))  # fresh: nothing parsed yet
    sample = ["37261", "37235", "75101", "2A004", "97411", "01015"]
    before = [ref.find(code) for code in sample]
    members = [ref.members(ref.find(code).commune.epci or "") for code in sample]  # type: ignore[union-attr]
    assert "communes" not in ref.__dict__  # the text was searched, not parsed
    _ = ref.communes, ref.aliases  # parsed: lookups now go through dictionaries
    assert [ref.find(code) for code in sample] == before
    assert [ref.members(ref.find(code).commune.epci or "") for code in sample] == members  # type: ignore[union-attr]


def test_normalise() -> None:
    assert normalise("Saint-Étienne") == normalise("st etienne") == "saint etienne"
    assert normalise("L'Île-Bouchard") == "l ile bouchard"


def test_the_source_is_named() -> None:
    source = load().source
    assert "@etalab/decoupage-administratif 6.0.0" in source["source"]
    assert source["licence"] == "MIT"
    assert source["millesime"] == "2026"


def test_a_custom_model_folder_does_not_hide_the_referential(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ccas_compass.territory.referential import path

    monkeypatch.setenv("CCAS_COMPASS_DATA", str(tmp_path))
    assert path().is_file()


@pytest.mark.parametrize(("query", "places"), [
    ("CCAS de Tours", ["Tours"]), ("C.C.A.S. d'Amboise", ["Amboise"]),
    ("CIAS du Lochois", ["Le Lochois", "Lochois"]),
    ("Centre communal d'action sociale de la Riche", ["La Riche", "Riche"]), ("Mairie de Chinon", ["Chinon"]),
    ("Villeneuve-sur-Lot", ["Villeneuve-sur-Lot"]), ("Tours", ["Tours"]), ("CCAS", []),
])
def test_generic_words_are_left_aside_for_a_name(query: str, places: list[str]) -> None:
    from ccas_compass.territory.lookup import place_names

    assert place_names(query) == places
