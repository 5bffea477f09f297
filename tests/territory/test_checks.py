"""Answers checked against the referential: warnings, today's code, tolerant names."""

from __future__ import annotations

import pytest

from ccas_compass.model.core import Answers, Model
from ccas_compass.territory.bands import band_of
from ccas_compass.territory.checks import Reconciler, name_fits
from ccas_compass.territory.referential import load


@pytest.mark.parametrize("name", ["CCAS de Tours", "C.C.A.S. Tours", "CCAS", "ccas de la ville de tours",
                                  "Centre communal d'action sociale de Tours"])
def test_names_that_fit_tours(name: str) -> None:
    ref = load()
    assert name_fits(ref, name, ref.find("37261"))  # type: ignore[arg-type]


def test_a_cias_named_after_its_epci_fits_its_seat() -> None:
    ref = load()
    seat = ref.find("37156")  # Montlouis-sur-Loire, in CC Touraine-Est Vallées
    assert seat is not None
    epci = ref.epci(seat.commune.epci)
    assert epci is not None
    assert "Touraine-Est" in epci.name
    assert name_fits(ref, "CIAS Touraine Est Vallées", seat, "cias")
    assert not name_fits(ref, "CIAS du Pays de Chinon", seat, "cias")


def test_unknown_code_old_code_and_mismatch_are_warnings_naming_them() -> None:
    check = Reconciler()
    old = check.reconcile(Answers({"name": "CCAS de Tours", "insee": "37235"}, {}), "a.yaml")
    assert old.organisation["insee"] == "37261"
    check.reconcile(Answers({"name": "CCAS de Chinon", "insee": "37261"}, {}), "b.yaml")
    unknown = check.reconcile(Answers({"name": "CCAS X", "insee": "37999"}, {}), "c.csv", 4)
    assert unknown.organisation["insee"] == "37999"  # kept: still scored
    check.reconcile(Answers({"name": "CCAS de Chinon", "insee": "37261"}, {}), "d.yaml")  # said once
    lines = [w.render("fr") for w in check.warnings]
    assert len(lines) == 3
    assert lines[0].startswith("a.yaml: code INSEE 37235 (ancien code)")
    assert "Tours (37261)" in lines[0]
    assert lines[1].startswith("b.yaml: « CCAS de Chinon »")
    assert "Tours (37261)" in lines[1]
    assert lines[2].startswith("c.csv:4: code INSEE 37999")
    assert "(old code)" in check.warnings[0].render("en")


def test_a_declared_band_that_does_not_hold_the_population_is_a_warning(model: Model) -> None:
    q = model.questionnaire
    check = Reconciler(questionnaire=q)
    small, big = band_of(q, 7000), band_of(q, 139259)
    assert small is not None
    assert big is not None
    check.reconcile(Answers({"name": "CCAS de Tours", "insee": "37261", "population": big}, {}), "ok.yaml")
    assert check.warnings == []
    check.reconcile(Answers({"name": "CCAS de Tours", "insee": "37261", "population": small}, {}), "no.yaml")
    (warning,) = check.warnings
    assert warning.render("fr").startswith("no.yaml: tranche de population déclarée « ")
    assert "Tours compte 139\u00a0259 habitants" in warning.render("fr")
    band = band_of(q, 41489)  # the EPCI's members, not the seat's 11 335
    assert band is not None
    cias = {"name": "CIAS Touraine-Est Vallées", "insee": "37156", "kind": "cias", "population": band}
    check.reconcile(Answers(cias, {}), "cias.yaml")
    assert len(check.warnings) == 1


def test_the_reference_band_is_the_communes_or_the_epcis_and_none_when_unknown(model: Model) -> None:
    ref = load()
    reconciler = Reconciler(ref, model.questionnaire)
    q = model.questionnaire
    assert reconciler.reference_band({"insee": "37003", "kind": "ccas"}) == band_of(q, 12937)
    loches = ref.find("37132")
    assert loches is not None
    assert loches.commune.epci is not None
    total = sum(c.population or 0 for c in ref.members(loches.commune.epci))
    assert reconciler.reference_band({"insee": "37132", "kind": "cias"}) == band_of(q, total)
    own = band_of(q, loches.commune.population)
    assert reconciler.reference_band({"insee": "37132", "kind": "ccas"}) == own
    assert reconciler.reference_band({"insee": "37999", "kind": "ccas"}) is None
    assert reconciler.reference_band({"kind": "ccas"}) is None


def test_a_batch_keeps_only_the_organisations_with_something_to_say(monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory of a batch (issue 14): clean profiles leave a bounded cache, their verdicts are
    recomputed alike, and warnings are still told once per organisation, kept with its team."""
    from ccas_compass.territory import checks

    monkeypatch.setattr(checks, "CACHE_SIZE", 1)
    check = Reconciler()
    clean = {"name": "CCAS de Tours", "insee": "37261"}
    typo = {"name": "CCAS de Chinon", "insee": "37261"}
    for n, organisation in enumerate([clean, typo, clean, {"name": "CCAS", "insee": "37003"}, typo, clean]):
        check.reconcile(Answers(organisation, {}), f"{n}.yaml")
        check.attach(organisation["name"], organisation)
    assert [w.file for w in check.warnings] == ["1.yaml"]
    assert check.warnings_for("CCAS de Tours") == ()
    assert [p.key for p in check.warnings_for("CCAS de Chinon")] == ["territory_warn_name"]
    assert set(check._by_key) == {"CCAS de Chinon"}
    assert len(check._clean) <= 1
    assert check.verdict(clean) == (None, ())
