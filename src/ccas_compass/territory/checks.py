"""An answers file's organisation checked against the referential: warnings, never refusals.

* an unknown code is a warning naming it (codes change every year; the answers are still scored);
* an old code, a délégué or an arrondissement is read as today's commune, with a warning;
* a name that does not look like its code's commune (or, for a CIAS, its EPCI) is a warning naming
  both. Tolerant: « CCAS de Tours », « C.C.A.S. Tours », « Centre communal d'action sociale de
  Tours », « CIAS Touraine-Est Vallées » for a CIAS whose seat is in that EPCI all match.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from ccas_compass.errors import Problem
from ccas_compass.model.core import Answers, Questionnaire, Result
from ccas_compass.territory.bands import POPULATION_QUESTION, band_of
from ccas_compass.territory.count import Count, Localised
from ccas_compass.territory.referential import Found, Referential, load, normalise

KIND_WORDS = frozenset({"ccas", "cias", "centre", "communal", "intercommunal", "action", "sociale", "social"})
LINK_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "sur", "en", "a", "aux", "au"})
EPCI_WORDS = frozenset({"cc", "ca", "cu", "communaute", "communes", "agglomeration", "urbaine", "metropole",
                        "pays", "territoire", "intercommunalite", "com", "agglo"})


def _words(text: str) -> list[str]:
    """Normalised words, with dotted acronyms joined (``C.C.A.S.`` → ``ccas``)."""
    joined = "".join(ch for ch in text if ch not in ".")
    return normalise(joined.replace("'", " ").replace("’", " ")).split()


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def name_fits(ref: Referential, name: str, found: Found, kind: str | None = None) -> bool:
    """Whether an organisation's name fits its code: it names the commune (or the délégué the code
    was), or, for a CIAS, the EPCI of its seat. A name with nothing but « CCAS » in it fits."""
    words = _words(name)
    significant = [w for w in words if w not in KIND_WORDS and w not in LINK_WORDS]
    if not significant:
        return True
    candidates = [found.commune.name]
    if found.alias is not None and found.alias.name:
        candidates.append(found.alias.name)
    if any(_contains(words, _words(c)) for c in candidates):
        return True
    telling = [w for w in significant if len(w) > 3 and w not in ("saint", "sainte", "ville", "commune")]
    if telling and any(set(telling) <= set(_words(c)) for c in candidates):  # « CCAS de Chambray »
        return True
    epci = ref.epci(found.commune.epci)
    if epci is not None and (kind == "cias" or "cias" in words or "intercommunal" in words):
        core = [w for w in _words(epci.name) if w not in EPCI_WORDS and w not in LINK_WORDS]
        mine = [w for w in significant if w not in EPCI_WORDS]
        if core and mine and (set(core) <= set(words) or set(mine) <= set(core)):
            return True
    return False


CACHE_SIZE = 4096
"""Entries kept by the bounded caches of a batch (verdicts with nothing to say, populations, commune
information): enough for the organisations being read or reported at once, not one per organisation."""
CLEAN: tuple[None, tuple[Problem, ...]] = (None, ())
"""The verdict of a profile with nothing to say."""


class Reconciler:
    """Organisations in, today's codes and warnings out; one verdict per (code, name, kind)."""

    BULK_AFTER = 30
    """Codes looked up in the text (≈ 2 ms each) before every commune is parsed once (≈ 70 ms) and
    later lookups become dictionary accesses: a small batch never pays for the parse."""

    def __init__(self, ref: Referential | None = None, questionnaire: Questionnaire | None = None) -> None:
        self.ref = ref or load()
        self.questionnaire = questionnaire
        """When given, a declared population band is compared with the referential's population."""
        self.warnings: list[Problem] = []
        self._seen: dict[tuple[str, str, str, str], tuple[str | None, tuple[Problem, ...]]] = {}
        """Every profile with something to say (a warning or a new code), kept for the whole batch."""
        self._clean: dict[tuple[str, str, str, str], None] = {}
        """Recent profiles with nothing to say: a bounded cache (a verdict is recomputed exactly when
        it has left it), so that memory does not grow with the organisations that raise nothing."""
        self._verdicts = 0
        self._by_key: dict[str, list[Problem]] = {}
        """Warnings by team key: only for teams that have some."""
        self._references: dict[tuple[str, str], tuple[int | None, str] | None] = {}

    def verdict(self, organisation: Mapping[str, Any]) -> tuple[str | None, tuple[Problem, ...]]:
        """(today's code when it differs from the one given, the warnings) for a profile."""
        code = str(organisation.get("insee") or "")
        name = str(organisation.get("name") or "")
        kind = str(organisation.get("kind") or "")
        band = str(organisation.get("population") or "")
        key = (code, name, kind, band)
        if key in self._clean:
            return CLEAN
        known = self._seen.get(key)
        if known is not None:
            return known
        problems: list[Problem] = []
        current: str | None = None
        self._verdicts += 1
        if self._verdicts == self.BULK_AFTER:
            _ = self.ref.communes, self.ref.aliases
        found = self.ref.find(code) if code else None
        if code and found is None:
            problems.append(Problem("territory_warn_unknown", {"code": code}))
        elif found is not None:
            if found.alias is not None:
                current = found.commune.code
                problems.append(Problem("territory_warn_alias", {
                    "code": code, "kind": KindLabel(found.alias.kind), "name": found.commune.name,
                    "current": current,
                }))
            if name and not name_fits(self.ref, name, found, kind):
                problems.append(Problem("territory_warn_name", {"org": name, "name": found.commune.name,
                                                                "code": found.commune.code}))
            if band and self.questionnaire is not None:
                problems += self._band(found, kind, band)
        if current is None and not problems:
            if len(self._clean) >= CACHE_SIZE:
                self._clean.clear()
            self._clean[key] = None
            return CLEAN
        self._seen[key] = (current, tuple(problems))
        return current, tuple(problems)

    def _first_time(self, organisation: Mapping[str, Any]) -> bool:
        """Whether this profile's warnings have not been told yet (a clean profile has none)."""
        key = (str(organisation.get("insee") or ""), str(organisation.get("name") or ""),
               str(organisation.get("kind") or ""), str(organisation.get("population") or ""))
        return key not in self._seen

    def reference(self, code: str, kind: str) -> tuple[int | None, str] | None:
        """(population, the place it is the population of) from the referential: the commune's for a
        CCAS, the total of its EPCI's members for a CIAS; None for a missing or unknown code."""
        key = (code, kind)
        if key in self._references:
            return self._references[key]
        if len(self._references) >= CACHE_SIZE:  # bounded: recomputed exactly when needed again
            self._references.clear()
        found = self.ref.find(code) if code else None
        out: tuple[int | None, str] | None = None
        if found is not None:
            epci = self.ref.epci(found.commune.epci) if kind == "cias" else None
            if epci is not None:
                out = sum(c.population or 0 for c in self.ref.members(epci.siren)), epci.name
            else:
                out = found.commune.population, found.commune.name
        self._references[key] = out
        return out

    def reference_band(self, organisation: Mapping[str, Any]) -> str | None:
        """The population band the referential gives an organisation (its commune's population, its
        EPCI's for a CIAS); None when its code is missing or unknown (then its declared band holds).
        One rule for the panorama's « Par taille de commune » and its « Représentativité »."""
        if self.questionnaire is None:
            return None
        known = self.reference(str(organisation.get("insee") or ""), str(organisation.get("kind") or ""))
        return None if known is None else band_of(self.questionnaire, known[0])

    def _band(self, found: Found, kind: str, declared: str) -> list[Problem]:
        """A declared band that does not hold the referential's population (the commune's for a
        CCAS, its EPCI's members' for a CIAS)."""
        assert self.questionnaire is not None
        question = self.questionnaire.profile_question(POPULATION_QUESTION)
        known = self.reference(found.commune.code, kind)
        if known is None:  # pragma: no cover - a found commune always has a reference
            return []
        population, where = known
        expected = band_of(self.questionnaire, population)
        given = question.option(declared) if question is not None else None
        if expected is None or given is None or expected == declared:
            return []
        return [Problem("territory_warn_band", {"band": Localised(given.label), "where": where,
                                                "population": Count(population)})]

    def reconcile(self, answers: Answers, source: str | None = None, line: int | None = None) -> Answers:
        """The answers with today's code; new warnings (once per organisation) kept in ``warnings``."""
        first = self._first_time(answers.organisation)
        current, problems = self.verdict(answers.organisation)
        if first and problems:  # first time this organisation is met: tell it once
            where = source if source is not None else answers.source
            self.warnings += [dataclasses.replace(p, file=where, line=line or None) for p in problems]
        if current is None:
            return answers
        return dataclasses.replace(answers, organisation={**answers.organisation, "insee": current})

    def attach(self, key: str, organisation: Mapping[str, Any]) -> None:
        """Keep the warnings of a respondent's organisation (as given, before :meth:`reconcile`) with
        the organisation (team) ``key`` it was counted in, once each: for its own report."""
        problems = self.verdict(organisation)[1]
        if problems:
            kept = self._by_key.setdefault(key, [])
            kept += [p for p in problems if p not in kept]

    def warnings_for(self, key: str) -> tuple[Problem, ...]:
        """The territory warnings of one organisation of a batch (no file named: its report is read
        by its own team, not by the one who ran the batch)."""
        return tuple(self._by_key.get(key, ()))


def with_warnings(result: Result, problems: Sequence[Problem]) -> Result:
    """``result`` with territory warnings added to its own: in the JSON ``warnings`` and the
    report's appendix of technical warnings, not only on standard error."""
    fresh = tuple(p for p in problems if p not in result.warnings)
    return dataclasses.replace(result, warnings=(*result.warnings, *fresh)) if fresh else result


class KindLabel:
    """The kind of alias (``ancien``…) rendered in the message's language: ``{kind}`` in a Problem."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __format__(self, spec: str) -> str:
        from ccas_compass.i18n import message

        return message(f"territory_kind_{self.kind}", spec or "fr")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KindLabel) and other.kind == self.kind

    def __hash__(self) -> int:
        return hash(self.kind)


def commune_phrase(code: str | None, lang: str, kind: str | None = None) -> str | None:
    """« Tours (37261), Indre-et-Loire, 139 259 habitants » for a report's header; for a CIAS, its
    intercommunality first: « CC Loches Sud Touraine (SIREN 200043081) : 67 communes, 51 985
    habitants ; siège : Loches (37132), Indre-et-Loire ». None when the code is missing or unknown."""
    info = commune_info(code)
    if info is None:
        return None
    from ccas_compass.i18n import message

    epci = info["epci"]
    if kind == "cias" and epci is not None:
        return message("report_commune_cias", lang, epci=epci["name"], siren=epci["siren"],
                       count=epci["members"], population=Count(epci["population"]), name=info["name"],
                       code=info["code"], departement=info["departement_name"] or "")
    return message("report_commune", lang, name=info["name"], code=info["code"],
                   departement=info["departement_name"] or "", population=Count(info["population"]))


def epci_item(code: str | None, kind: str | None, lang: str) -> tuple[str, str] | None:
    """The profile's « Intercommunalité » entry: for a CIAS its name, SIREN, member communes and
    population; for a CCAS its name only. None without a known code or outside any EPCI."""
    info = commune_info(code)
    epci = None if info is None else info["epci"]
    if epci is None:
        return None
    from ccas_compass.i18n import message

    if kind == "cias":
        value = message("profile_epci_cias", lang, name=epci["name"], siren=epci["siren"],
                        count=epci["members"], population=Count(epci["population"]))
    else:
        value = epci["name"]
    return message("profile_epci", lang), value


def commune_info(code: str | None, ref: Referential | None = None) -> dict[str, Any] | None:
    """What reports and results carry about the commune of a code: code, name, population,
    département name, and its EPCI (SIREN, name, type, number of member communes, their total
    population; None outside any); None for no code or an unknown one."""
    if not code:
        return None
    if ref is None and code in _infos:  # a batch asks for each organisation's several times
        return _infos[code]
    shared = ref is None
    ref = ref or load()
    found = ref.find(code)
    info = None
    if found is not None:
        c = found.commune
        epci = ref.epci(c.epci)
        members = ref.members(epci.siren) if epci is not None else []
        info = {"code": c.code, "name": c.name, "population": c.population,
                "departement_name": ref.departement_name(c.departement),
                "epci": None if epci is None else {
                    "siren": epci.siren, "name": epci.name, "type": epci.type, "members": len(members),
                    "population": sum(m.population or 0 for m in members),
                }}
    if shared:
        if len(_infos) >= CACHE_SIZE:  # bounded: a batch asks for one organisation's at a time
            _infos.clear()
        _infos[code] = info
    return info


_infos: dict[str, dict[str, Any] | None] = {}
"""commune_info of the shipped referential, by code (read-only: callers copy before changing)."""
