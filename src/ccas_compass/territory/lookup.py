"""``ccas-compass commune CODE|NAME``: a commune by code, old code or name, as text or JSON.

Pure functions: a query in, communes (or a located error) out; renderers return strings.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import CompassError, Problem
from ..i18n import message
from ..typography import typeset
from .count import Count
from .referential import Found, Referential

CODE = re.compile(r"^(?:[0-9]{2}|2[AB])[0-9]{3}$", re.IGNORECASE)


class NotFound(CompassError):
    """No commune answers the query (exit 1, like any data the tool cannot find)."""


def resolve(ref: Referential, query: str) -> list[Found]:
    """The communes a code or a name leads to: one for a code, one or more (homonyms) for a name.

    Raises :class:`NotFound` with the closest names when nothing matches."""
    text = " ".join(query.split())
    if CODE.match(text):
        found = ref.find(text)
        if found is None:
            raise NotFound([Problem("commune_not_found", {"query": text, "source": source(ref)})])
        return [found]
    communes = ref.by_name(text)
    if communes:
        return [Found(c) for c in communes]
    close = ref.closest(text)
    if close:
        names = ", ".join(f"{ref.label(c)} {c.code}" for c in close)
        raise NotFound([Problem("commune_not_found_close", {"query": text, "names": names})])
    raise NotFound([Problem("commune_not_found", {"query": text, "source": source(ref)})])


def source(ref: Referential) -> str:
    return ref.source.get("source", "?").split(" (", 1)[0]


def document(ref: Referential, found: Found) -> dict[str, Any]:
    """The JSON of one commune: code, name, département, region, population, EPCI, and the alias
    (old code, délégué, arrondissement) that led to it."""
    c = found.commune
    region = ref.region_of(c)
    epci = ref.epci(c.epci)
    members = ref.members(epci.siren) if epci else []
    out: dict[str, Any] = {
        "code": c.code,
        "name": c.name,
        "departement": {"code": c.departement, "name": ref.departement_name(c.departement)},
        "region": None if region is None else {"code": region[0], "name": region[1]},
        "population": c.population,
        "epci": None if epci is None else {
            "siren": epci.siren, "name": epci.name, "type": epci.type, "members": len(members),
            "population": sum(m.population or 0 for m in members),
        },
    }
    if found.alias is not None:
        a = found.alias
        out["requested"] = {"code": a.code, "kind": a.kind, "name": a.name or None}
    return out


def text(ref: Referential, found: list[Found], lang: str) -> str:
    """One commune as a short card; homonyms as a list with their département and code."""
    if len(found) > 1:
        first = found[0].commune
        lines = [message("commune_homonyms", lang, count=len(found), name=first.name)]
        for item in found:
            c = item.commune
            pop = message("commune_inhabitants", lang, population=Count(c.population))
            lines.append(f"  {c.code}  {ref.label(c)}, {pop}")
        lines.append(message("commune_homonyms_hint", lang, code=first.code))
        return typeset("\n".join(lines), lang) + "\n"
    item = found[0]
    c = item.commune
    lines = []
    if item.alias is not None:
        a = item.alias
        lines.append(message(f"territory_info_alias_{a.kind}", lang, code=a.code, old=a.name, name=c.name,
                             current=c.code))
    lines.append(f"{c.name} ({c.code})")
    rows = [("commune_departement", f"{ref.departement_name(c.departement) or '?'} ({c.departement})")]
    region = ref.region_of(c)
    if region is not None:
        rows.append(("commune_region", f"{region[1]} ({region[0]})"))
    rows.append(("commune_population", message("commune_inhabitants", lang, population=Count(c.population))))
    epci = ref.epci(c.epci)
    if epci is None:
        rows.append(("commune_epci", message("commune_no_epci", lang)))
    else:
        members = ref.members(epci.siren)
        rows.append(("commune_epci", message(
            "commune_epci_line", lang, name=epci.name, type=epci.type, siren=epci.siren, count=len(members),
            population=Count(sum(m.population or 0 for m in members)),
        )))
    width = max(len(message(key, lang)) for key, _ in rows)
    colon = " :" if lang == "fr" else ":"
    for key, value in rows:
        label = message(key, lang)
        lines.append(f"  {label}{colon}{' ' * (width - len(label))} {value}")
    lines.append(credit(ref, lang))
    return typeset("\n".join(lines), lang) + "\n"


def credit(ref: Referential, lang: str) -> str:
    """« Source : découpage administratif d'Etalab 6.0.0 (COG 2026, licence MIT) »."""
    return message("commune_source", lang, source=source(ref), millesime=ref.source.get("millesime", "?"),
                   licence=ref.source.get("licence", "?"))
