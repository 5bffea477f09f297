"""A UDCCAS campaign's follow-up: who was expected, who answered, who to remind, and how far the
panorama speaks for the territory.

Expected: every commune of a département with 1,500 inhabitants or more (a CCAS is compulsory there,
CASF L123-4), or the communes of a list the analyst keeps (``--expected``). A CCAS that answered
covers its commune; a CIAS covers every member commune of its seat's EPCI (whether an EPCI runs a
CIAS is in no public file: it is known from the CIAS's own answers). Pure functions, but for reading
the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccas_compass.errors import Problem, UsageError
from ccas_compass.model.core import Questionnaire
from ccas_compass.territory.bands import Band, population_bands
from ccas_compass.territory.referential import CCAS_THRESHOLD, Commune, Referential

CODE_COLUMNS = ("code_insee", "insee", "code_commune", "codgeo", "cog", "code", "com", "depcom")
"""Headers accepted for the INSEE code column of an ``--expected`` list, in order of preference."""
LOW_SHARE = 0.5
"""A population band answering at less than half the overall rate is flagged."""
FALLBACK_BANDS = (Band("0_1499", 0, 1499), Band("1500_4999", 1500, 4999), Band("5000_9999", 5000, 9999),
                  Band("10000_29999", 10000, 29999), Band("30000_99999", 30000, 99999),
                  Band("100000_plus", 100000, None))


@dataclass(frozen=True)
class Expected:
    communes: tuple[Commune, ...]
    scope: str
    """``departement`` or ``list``."""
    value: str
    """The département's code, or the list's file name."""
    warnings: tuple[Problem, ...] = ()


def for_departement(ref: Referential, code: str) -> Expected:
    """Every commune of the département with 1,500 inhabitants or more."""
    code = code.strip().upper()
    if len(code) == 1 and code.isdigit():
        code = "0" + code
    if code not in ref.departements:
        raise UsageError([Problem("campaign_unknown_departement", {"code": code})])
    communes = [c for c in ref.in_departement(code) if (c.population or 0) >= CCAS_THRESHOLD]
    return Expected(tuple(sorted(communes, key=lambda c: c.code)), "departement", code)


def _header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")


def from_list(ref: Referential, path: Path) -> Expected:
    """The communes of a CSV (``;`` ``,`` or tab, UTF-8 with or without BOM) or .xlsx list: a column
    of INSEE codes (``code_insee``, ``insee``, ``code``, ``cog``…), other columns ignored. Old codes
    lead to today's commune; an unknown code is a warning naming its line."""
    from ccas_compass.collect.tabular import open_table

    if not path.is_file():
        raise UsageError([Problem("file_missing", file=str(path))])
    table = open_table(path)
    try:
        keys = [_header_key(h) for h in table.header]
        column = next((keys.index(k) for k in CODE_COLUMNS if k in keys), None)
        if column is None:
            raise UsageError([Problem("campaign_expected_no_column", file=str(path), line=1)])
        found: dict[str, Commune] = {}
        warnings: list[Problem] = []
        for line, cells in table.rows:
            raw = cells[column].strip() if column < len(cells) else ""
            if not raw:
                continue
            code = raw.upper().zfill(5) if raw.isdigit() else raw.upper()
            hit = ref.find(code)
            if hit is None:
                warnings.append(Problem("campaign_expected_bad_code", {"value": raw}, file=str(path),
                                        line=line))
                continue
            found.setdefault(hit.commune.code, hit.commune)
    finally:
        table.close()
    if not found:
        raise UsageError([Problem("campaign_expected_empty", file=str(path))])
    return Expected(tuple(sorted(found.values(), key=lambda c: c.code)), "list", path.name, tuple(warnings))


@dataclass(frozen=True)
class BandCount:
    band: str
    label: str
    expected: int
    answered: int

    @property
    def rate(self) -> float | None:
        return self.answered / self.expected if self.expected else None


@dataclass(frozen=True)
class Campaign:
    expected: Expected
    answered: tuple[Commune, ...]
    missing: tuple[Commune, ...]
    """Expected communes not covered by any answer, most populated first."""
    by_population: tuple[BandCount, ...]
    outside: int
    """Organisations that answered from no expected commune."""
    low: tuple[BandCount, ...] = field(default=())
    """Bands answering at less than half the overall rate."""
    band_labels: dict[str, str] = field(default_factory=dict)
    """Per expected commune's code, the label of its population band."""

    @property
    def rate(self) -> float:
        return len(self.answered) / len(self.expected.communes) if self.expected.communes else 0.0

    @property
    def population_expected(self) -> int:
        return sum(c.population or 0 for c in self.expected.communes)

    @property
    def population_covered(self) -> int:
        return sum(c.population or 0 for c in self.answered)


Org = tuple[str | None, str | None]
"""An organisation that answered: its INSEE code and its kind (``ccas``, ``cias``)."""


def covered_codes(ref: Referential, organisations: Iterable[Org]) -> tuple[set[str], int]:
    """The communes the answering organisations cover — a CCAS its commune, a CIAS its EPCI's
    members — from (INSEE code, kind) pairs; and how many organisations have no known commune."""
    covered: set[str] = set()
    unknown = 0
    for code, kind in organisations:
        found = ref.find(code) if code else None
        if found is None:
            unknown += 1
            continue
        covered.add(found.commune.code)
        if kind == "cias" and found.commune.epci:
            covered.update(c.code for c in ref.members(found.commune.epci))
    return covered, unknown


def follow_up(
    ref: Referential, q: Questionnaire, expected: Expected, organisations: Sequence[Org],
    lang: str = "fr",
) -> Campaign:
    """Who answered among the expected communes, who did not, and the answer rate per population band."""
    covered, _ = covered_codes(ref, organisations)
    expected_codes = {c.code for c in expected.communes}
    answered = tuple(c for c in expected.communes if c.code in covered)
    missing = tuple(sorted((c for c in expected.communes if c.code not in covered),
                           key=lambda c: (-(c.population or 0), c.code)))
    outside = 0
    for code, kind in organisations:
        found = ref.find(code) if code else None
        seat = found.commune.code if found else None
        members = {c.code for c in ref.members(found.commune.epci)} if found and kind == "cias" and \
            found.commune.epci else set()
        if seat not in expected_codes and not (members & expected_codes):
            outside += 1
    question = q.profile_question("population")
    bands = population_bands(q) or list(FALLBACK_BANDS)
    labels = {o.id: o.label.get(lang) for o in question.options} if question is not None else {}
    counts = []
    band_labels: dict[str, str] = {}
    for band in bands:
        inside = [c for c in expected.communes if band.holds(c.population or 0)]
        if not inside:
            continue
        label = labels.get(band.id, band.id)
        band_labels.update((c.code, label) for c in inside)
        counts.append(BandCount(band.id, label, len(inside), sum(1 for c in inside if c.code in covered)))
    overall = len(answered) / len(expected.communes) if expected.communes else 0.0
    low = tuple(b for b in counts if b.rate is not None and overall > 0 and b.rate < LOW_SHARE * overall)
    return Campaign(expected, answered, missing, tuple(counts), outside, low, band_labels)


def document(campaign: Campaign) -> dict[str, Any]:
    """``campaign`` in ``panorama.json``."""
    return {
        "scope": {"kind": campaign.expected.scope, "value": campaign.expected.value},
        "expected": len(campaign.expected.communes),
        "answered": len(campaign.answered),
        "population_expected": campaign.population_expected,
        "population_covered": campaign.population_covered,
        "by_population": [
            {"band": b.band, "label": b.label, "expected": b.expected, "answered": b.answered}
            for b in campaign.by_population
        ],
        "low_bands": [b.band for b in campaign.low],
        "outside": campaign.outside,
        "missing": [c.code for c in campaign.missing],
    }
