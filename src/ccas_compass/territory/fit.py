"""Ingredients that fit the organisation's territory, listed first.

The territory is read from the profile answers: a CIAS is ``intercommunal``; a QPV on its territory
makes it ``qpv``; its level in INSEE's density grid makes it ``rural`` (bourgs ruraux, rural à habitat
dispersé or très dispersé: INSEE's rural communes) or ``urbain`` (the four other levels). Pure
functions, for the report layer.
"""

from __future__ import annotations

from collections.abc import Mapping

from ccas_compass.model.core import Figure, Ingredient

RURAL_WORDS = ("rural", "bourg")
URBAN_WORDS = ("urbain", "ville", "ceinture")


def territories(organisation: Mapping[str, str]) -> frozenset[str]:
    """``rural``/``urbain``, ``qpv``, ``intercommunal`` from the profile (option ids)."""
    out: set[str] = set()
    if organisation.get("kind") == "cias":
        out.add("intercommunal")
    if organisation.get("qpv") == "oui":
        out.add("qpv")
    density = (organisation.get("densite") or "").lower()
    if any(w in density for w in RURAL_WORDS):
        out.add("rural")
    elif any(w in density for w in URBAN_WORDS):
        out.add("urbain")
    return frozenset(out)


def fitting_first(items: tuple[Ingredient, ...], where: frozenset[str]) -> tuple[Ingredient, ...]:
    """Those tagged for one of ``where`` first, then those for anywhere (no tag), then those tagged
    for other territories; file order kept within each group."""
    if not where:
        return items

    def rank(item: Ingredient) -> int:
        if set(item.territories) & where:
            return 0
        return 1 if not item.territories else 2

    return tuple(sorted(items, key=rank))


def for_territory(figure: Figure, where: frozenset[str]) -> Figure:
    """The figure with each axis's ingredients in that order (the same figure when nothing changes)."""
    if not where:
        return figure
    from dataclasses import replace

    ordered = {axis: fitting_first(items, where) for axis, items in figure.ingredients.items()}
    return figure if ordered == dict(figure.ingredients) else replace(figure, ingredients=ordered)
