"""Answers checked against the referential: warnings, today's code, tolerant names."""

from __future__ import annotations

import pytest

from ccas_compass.model import Answers
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
    assert "Touraine-Est" in ref.epci(seat.commune.epci).name
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
