"""What the referential adds to the interview's profile questions: pure functions returning notes
(translatable :class:`Problem` s), a refusal, and the answers it proposes.

Called once per profile answer by :func:`ccas_compass.interview.session.run`, through the interview's hook
(``_territory_note`` in :mod:`ccas_compass.interview.session`: the interview calls the territory, never
the other way round):

* after the INSEE code: « Tours — Indre-et-Loire (37), 139 259 habitants » and its EPCI; an old code
  (or a délégué, an arrondissement) accepted as today's commune, with a message; an unknown code
  refused once, with the communes whose names come closest to the organisation's name (typed
  again, it is kept: codes change each year and the referential has a millésime);
* the population band proposed from the referential (the team confirms it: it becomes the band
  question's default);
* for a CIAS, its EPCI and member communes (count and the largest), and the band of their total;
* before the density question, where to find the commune's level in INSEE's grid.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ccas_compass.errors import Problem
from ccas_compass.model.core import Questionnaire, departement
from ccas_compass.territory.bands import POPULATION_QUESTION, band_of
from ccas_compass.territory.count import Count
from ccas_compass.territory.referential import Referential, load

CIAS = re.compile(r"(?i)\bc\.?i\.?a\.?s\b|intercommunal")
SHOWN_MEMBERS = 5
"""How many member communes a CIAS sees by name (the most populated)."""


@dataclass
class Review:
    notes: list[Problem] = field(default_factory=list)
    retry: bool = False
    """Ask the same question again (an unknown code, refused once)."""
    updates: dict[str, Any] = field(default_factory=dict)
    """Profile answers to store or propose: today's code for an old one, a population band."""


def _org_name_words(name: str) -> str:
    """« CCAS de Chinon » → « Chinon »: what is left of a name once the kind of centre is removed."""
    text = re.sub(r"(?i)\b(c\.?\s*c\.?\s*a\.?\s*s\.?|c\.?\s*i\.?\s*a\.?\s*s\.?"
                  r"|centre (communal|intercommunal) d'action sociale)\b", " ", name)
    text = re.sub(r"(?i)^\s*(de la|de l'|du|des|de|d')\s*", "", text.strip(" -–—:"))
    return text.strip(" -–—:")


def epci_members(ref: Referential, siren: str) -> tuple[int, int, list[str]]:
    """(number of members, their total population, the names of the most populated)."""
    members = ref.members(siren)
    total = sum(c.population or 0 for c in members)
    return len(members), total, [c.name for c in members[:SHOWN_MEMBERS]]


def review(
    q: Questionnaire,
    question_id: str,
    organisation: Mapping[str, Any],
    previous: Any = None,
    *,
    asked: frozenset[str] = frozenset(),
    ref: Referential | None = None,
) -> Review:
    """What to tell (and propose) after the profile answer ``question_id`` (already in
    ``organisation``); ``previous`` is the answer it replaced; ``asked``, the profile questions
    already answered (a band the team gave is never overwritten)."""
    out = Review()
    if question_id not in ("insee", "kind", POPULATION_QUESTION):
        return out
    code = organisation.get("insee")
    if not code:
        return out
    ref = ref or load()
    found = ref.find(str(code))
    if question_id == "insee":
        if found is None:
            if previous == code:  # typed twice: kept, with a warning
                out.notes.append(Problem("territory_unknown_kept", {"code": code}))
                return out
            org_name = str(organisation.get("name", ""))
            dep = departement(str(code))
            close = sorted(ref.closest(_org_name_words(org_name)), key=lambda c: c.departement != dep)[:3]
            names = ", ".join(f"{ref.label(c)} : {c.code}" for c in close)
            if organisation.get("kind") == "cias" or CIAS.search(org_name):
                epcis = ref.closest_epcis(org_name)
                if epcis:  # a CIAS names its EPCI: show its largest communes, one of which is its seat
                    names = ", ".join(
                        f"{e.name} ({', '.join(f'{c.name} : {c.code}' for c in ref.members(e.siren)[:3])}…)"
                        for e in epcis
                    )
                    close = close or ref.members(epcis[0].siren)[:1]
            key = "territory_unknown_code_close" if close else "territory_unknown_code"
            out.notes.append(Problem(key, {"code": code, "names": names}))
            out.retry = True
            return out
        commune = found.commune
        if found.alias is not None:
            out.updates["insee"] = commune.code
            out.notes.append(_alias_note(found.alias.code, found.alias.kind, found.alias.name, commune.name,
                                         commune.code))
        out.notes.append(commune_note(ref, commune.code))
        epci_line = epci_note(ref, commune.code)
        if epci_line is not None and organisation.get("kind") != "cias":
            out.notes.append(epci_line)
        if organisation.get("kind") != "cias" and POPULATION_QUESTION not in asked:
            band = band_of(q, commune.population)
            if band is not None:
                out.updates[POPULATION_QUESTION] = band
    if found is None:
        return out
    epci = ref.epci(found.commune.epci)
    if question_id == "kind" and organisation.get("kind") == "cias":
        if epci is None:
            out.notes.append(Problem("territory_info_no_epci", {"name": found.commune.name}))
            return out
        count, total, shown = epci_members(ref, epci.siren)
        listed = ", ".join(shown) + (f"… (+{count - len(shown)})" if count > len(shown) else "")
        out.notes.append(Problem("territory_info_cias", {
            "epci": epci.name, "count": count, "population": Count(total), "names": listed,
        }))
        if POPULATION_QUESTION not in asked:
            band = band_of(q, total)
            if band is not None:
                out.updates[POPULATION_QUESTION] = band
    if question_id == POPULATION_QUESTION:
        out.notes.append(Problem("territory_info_density", {"name": found.commune.name,
                                                            "code": found.commune.code}))
    return out


def _alias_note(code: str, kind: str, name: str, current: str, current_code: str) -> Problem:
    return Problem(f"territory_info_alias_{kind}", {"code": code, "old": name, "name": current,
                                                    "current": current_code})


def commune_note(ref: Referential, code: str) -> Problem:
    """« Tours — Indre-et-Loire (37), 139 259 habitants — Tours Métropole Val de Loire »."""
    commune = ref.commune(code)
    assert commune is not None
    return Problem("territory_info_commune", {
        "name": commune.name,
        "departement": ref.departement_name(commune.departement) or commune.departement,
        "dep": commune.departement,
        "population": Count(commune.population),
    })


def epci_note(ref: Referential, code: str) -> Problem | None:
    """« Intercommunalité : Tours Métropole Val de Loire (22 communes) »."""
    commune = ref.commune(code)
    epci = ref.epci(commune.epci if commune else None)
    if epci is None:
        return None
    return Problem("territory_info_epci", {"epci": epci.name, "count": len(ref.members(epci.siren))})
