"""Ingredients for this territory: a small model with tagged ingredients."""

from __future__ import annotations

from ccas_compass.model.core import Figure, I18n, Ingredient
from ccas_compass.territory.fit import for_territory, territories


def _ing(text: str, *where: str) -> Ingredient:
    return Ingredient(text, text, territories=where)


FIGURE = Figure(
    "radar", I18n("Radar", "Radar"), I18n("r", "r"), I18n("d", "d"),
    {"presence": (_ing("partout"), _ing("urbain", "urbain"), _ing("rural", "rural"),
                  _ing("qpv", "qpv", "urbain"), _ing("epci", "intercommunal"))},
)


def test_the_territory_is_read_from_the_profile() -> None:
    assert territories({"kind": "cias", "qpv": "oui", "densite": "bourgs_ruraux"}) == {
        "intercommunal", "qpv", "rural"}
    assert territories({"kind": "ccas", "qpv": "non", "densite": "grands_centres_urbains"}) == {"urbain"}
    assert territories({"densite": "petites_villes"}) == {"urbain"}
    assert territories({"densite": "rural_tres_disperse"}) == {"rural"}
    assert territories({}) == frozenset()


def test_fitting_ingredients_come_first_then_anywhere_then_the_others() -> None:
    where = frozenset({"rural", "intercommunal"})
    rural = [i.fr for i in for_territory(FIGURE, where).ingredients["presence"]]
    assert rural == ["rural", "epci", "partout", "urbain", "qpv"]
    urban = [i.fr for i in for_territory(FIGURE, frozenset({"urbain"})).ingredients["presence"]]
    assert urban == ["urbain", "qpv", "partout", "rural", "epci"]
    assert for_territory(FIGURE, frozenset()) is FIGURE
