"""``ccas-compass commune CODE|NAME``: a commune by code, old code or name, as text or JSON.

Pure functions: a query in, communes (or a located error) out; renderers return strings.
"""

from __future__ import annotations

import re
from typing import Any

from ccas_compass.errors import CompassError, Problem
from ccas_compass.i18n import message
from ccas_compass.territory.count import Count
from ccas_compass.territory.referential import Commune, Found, Referential
from ccas_compass.typography import typeset

CODE = re.compile(r"^(?:[0-9]{2}|2[AB])[0-9]{3}$", re.IGNORECASE)


class NotFound(CompassError):
    """No commune answers the query (exit 1, like any data the tool cannot find); ``suggestions``:
    the communes the message proposes, for ``--format json``."""

    def __init__(self, problems: list[Problem], suggestions: list[Commune] | None = None) -> None:
        super().__init__(problems)
        self.suggestions = list(suggestions or ())


GENERIC = re.compile(
    r"(?i)\b(?:c\.?\s*c\.?\s*a\.?\s*s\.?|c\.?\s*i\.?\s*a\.?\s*s\.?"
    r"|centre\s+(?:communal|intercommunal)\s+d['’]\s*action\s+sociale|mairie|ville|commune)(?=\W|$)"
)
ARTICLES = (("de la ", "La "), ("de l'", "L'"), ("de l’", "L'"), ("du ", "Le "), ("des ", "Les "),
            ("de ", ""), ("d'", ""), ("d’", ""))
"""« de la Riche » is La Riche, « du Mans » Le Mans: the article a commune's name may start with."""


def place_names(query: str) -> list[str]:
    """« CCAS de Tours » → [« Tours »], « CCAS de la Riche » → [« La Riche », « Riche »]: the names a
    query may mean once the generic words the batch's tolerant name matching leaves aside (CCAS,
    CIAS, centre communal d'action sociale, mairie, ville, commune) are removed."""
    text = " ".join(GENERIC.sub(" ", query).split()).strip(" -–—:,.")
    for link, article in ARTICLES:
        if text.lower().startswith(link):
            rest = text[len(link):].strip()
            return [article + rest, rest] if article else [rest]
    return [text] if text else []


def resolve(ref: Referential, query: str) -> list[Found]:
    """The communes a code or a name leads to: one for a code, one or more (homonyms) for a name.
    A name may carry « CCAS de » and the like; four digits are tried with the leading zero a
    spreadsheet drops (``1004`` → « 01004 ? »).

    Raises :class:`NotFound` with the closest names when nothing matches."""
    text = " ".join(query.split())
    if CODE.match(text):
        found = ref.find(text)
        if found is None:
            raise NotFound([Problem("commune_not_found", {"query": text, "source": source(ref)})])
        return [found]
    if text.isdigit() and len(text) == 4:  # a spreadsheet's number: the leading zero lost
        found = ref.find("0" + text)
        if found is not None:
            raise NotFound([Problem("commune_lost_zero", {"query": text, "code": "0" + text,
                                                          "name": ref.label(found.commune)})],
                           [found.commune])
        raise NotFound([Problem("commune_not_found", {"query": text, "source": source(ref)})])
    names = [text, *(n for n in place_names(text) if n and n != text)]
    for name in names:
        communes = ref.by_name(name)
        if communes:
            return [Found(c) for c in communes]
    close = ref.closest(names[-1])
    if close:
        listed = ", ".join(f"{ref.label(c)} {c.code}" for c in close)
        raise NotFound([Problem("commune_not_found_close", {"query": text, "names": listed})], close)
    raise NotFound([Problem("commune_not_found", {"query": text, "source": source(ref)})])


def error_document(ref: Referential, err: NotFound, lang: str) -> dict[str, Any]:
    """``{"error": …, "suggestions": [{code, name, departement{code, name}}]}``: what
    ``commune --format json`` prints on standard output when nothing matches."""
    return {
        "error": "; ".join(err.lines(lang)),
        "suggestions": [
            {"code": c.code, "name": c.name,
             "departement": {"code": c.departement, "name": ref.departement_name(c.departement)}}
            for c in err.suggestions
        ],
    }


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
