"""What the interview says after the profile answers (pure: no terminal)."""

from __future__ import annotations

from ccas_compass.model.core import Model
from ccas_compass.territory.bands import band_of, bands
from ccas_compass.territory.profile import review


def test_after_a_real_code_the_commune_is_named_and_the_band_proposed(model: Model) -> None:
    q = model.questionnaire
    out = review(q, "insee", {"name": "CCAS de Tours", "insee": "37261"})
    assert not out.retry
    assert out.notes[0].render("fr") == "Tours — Indre-et-Loire (37), 139\u00a0259 habitants"
    assert out.notes[0].render("en") == "Tours — Indre-et-Loire (37), 139,259 inhabitants"
    assert "Tours Métropole Val de Loire" in out.notes[1].render("fr")
    assert out.updates["population"] == band_of(q, 139259) is not None


def test_an_old_code_is_accepted_as_todays(model: Model) -> None:
    out = review(model.questionnaire, "insee", {"name": "CCAS", "insee": "37235"})
    assert out.updates["insee"] == "37261"
    assert not out.retry
    assert out.notes[0].key == "territory_info_alias_ancien"


def test_an_unknown_code_is_refused_once_with_communes_close_to_the_name(model: Model) -> None:
    org = {"name": "CCAS de Chinon", "insee": "37999"}
    out = review(model.questionnaire, "insee", org)
    assert out.retry
    assert "Chinon (37, Indre-et-Loire) : 37072" in out.notes[0].render("fr")
    again = review(model.questionnaire, "insee", org, previous="37999")
    assert not again.retry
    assert again.notes[0].key == "territory_unknown_kept"


def test_a_cias_sees_its_epci_and_the_band_of_its_members(model: Model) -> None:
    q = model.questionnaire
    out = review(q, "kind", {"name": "CIAS", "insee": "37156", "kind": "cias"})
    text = out.notes[0].render("fr")
    assert text.startswith("CC Touraine-Est Vallées : 10 communes membres, ")
    assert "Montlouis-sur-Loire" in text
    from ccas_compass.territory.profile import epci_members
    from ccas_compass.territory.referential import load

    ref = load()
    _, total, _ = epci_members(ref, ref.find("37156").commune.epci)  # type: ignore[arg-type,union-attr]
    assert out.updates["population"] == band_of(q, total)  # the band of all its members
    org = {"name": "CIAS", "insee": "37156", "kind": "cias"}
    given = review(q, "kind", org, asked=frozenset({"population"}))
    assert "population" not in given.updates  # a band the team gave is never overwritten


def test_density_help_after_the_population(model: Model) -> None:
    out = review(model.questionnaire, "population", {"name": "CCAS", "insee": "37261"})
    assert "grille communale de densité" in out.notes[0].render("fr")
    assert "37261" in out.notes[0].render("fr")


def test_bands_are_read_from_the_model(model: Model) -> None:
    found = bands(model.questionnaire.profile_question("population"))
    assert found
    assert found[0].low == 0
    assert found[-1].high is None
    assert all(a.high is not None and a.high + 1 == b.low for a, b in zip(found, found[1:], strict=False))
    assert band_of(model.questionnaire, 1499) != band_of(model.questionnaire, 1500)


def test_the_interview_refuses_an_unknown_code_once_then_takes_an_old_one(model: Model) -> None:
    """Through the real session loop: the referential's notes, today's code, the band as default."""
    import pytest

    from ccas_compass.interview.session import Move, Session, Stopped, run
    from tests.helpers import Scripted

    asker = Scripted(["CCAS de Tours", "37999", "37235", "ccas", Move.STOP])
    session = Session.new(model)
    with pytest.raises(Stopped):
        run(model, session, asker, lambda s: None)
    assert asker.notes[0] == "territory_unknown_code_close"
    assert [q for q, _ in asker.shown[:3]] == ["name", "insee", "insee"]  # asked again once
    assert session.organisation["insee"] == "37261"  # the old code led to today's commune
    assert "territory_info_alias_ancien" in asker.notes
    population = next(current for q, current in asker.shown if q == "population")
    assert population == band_of(model.questionnaire, 139259)  # proposed; the team confirms


def test_a_code_given_on_the_command_line_is_read_the_same_way(model: Model) -> None:
    from ccas_compass.interview.session import Session

    session = Session.new(model)
    assert session.prefill(model, name="CCAS de Tours", insee="37235") == []
    assert session.organisation["insee"] == "37261"
    assert session.proposed["organisation.population"] == band_of(model.questionnaire, 139259)
    assert "population" not in session.organisation  # proposed, not answered: still asked
    assert "organisation.population" not in session.asked


def test_a_cias_whose_code_came_on_the_command_line_is_proposed_its_epcis_band(model: Model) -> None:
    """``assess --insee 37072``, then « CIAS » answered: the band proposed is the EPCI's (Chinon's
    own band was proposed first, and won, with a warning against the tool's own proposal)."""
    import pytest

    from ccas_compass.interview.session import Move, Session, Stopped, run
    from ccas_compass.territory.profile import epci_members
    from ccas_compass.territory.referential import load
    from tests.helpers import Scripted

    session = Session.new(model)
    assert session.prefill(model, name="CIAS du Chinonais", insee="37072") == []
    asker = Scripted(["cias", Move.STOP])
    with pytest.raises(Stopped):
        run(model, session, asker, lambda s: None)
    ref = load()
    _, total, _ = epci_members(ref, ref.find("37072").commune.epci)  # type: ignore[arg-type,union-attr]
    population = next(current for q, current in asker.shown if q == "population")
    assert population == band_of(model.questionnaire, total) != band_of(model.questionnaire, 8144)
