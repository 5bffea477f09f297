"""The commune referential shipped with the package: communes, old codes, EPCI, départements, regions.

Derived from Etalab's *découpage administratif* (npm ``@etalab/decoupage-administratif``, MIT, built
from INSEE's Code officiel géographique) by ``tools/build_territory.py``; the file and its source are
described in ``data/territoire/SOURCE.md``. Read once per process, lazily (:func:`load`): the
file is decompressed (about 10 ms) and a code is found by searching its sorted text; the communes
are parsed into objects only by what needs them all (a département, an EPCI's members, a name).
"""

from __future__ import annotations

import difflib
import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

FILE = "territoire.tsv.gz"
EPCI_KIND_WORDS = frozenset({"cc", "ca", "cu", "communaute", "de", "des", "du", "d", "communes",
                             "agglomeration", "urbaine", "metropole", "la", "l", "le", "les", "cias", "ccas"})
"""Words that say what kind of EPCI (or centre) a name is, left aside when comparing names."""
CCAS_THRESHOLD = 1500
"""A CCAS is compulsory in communes of 1,500 inhabitants or more (CASF L123-4, loi NOTRe)."""


class Commune(NamedTuple):
    """A current commune (``commune-actuelle``); a tuple, as 35,000 of them are built at load."""

    code: str
    name: str
    departement: str
    population: int | None
    epci: str | None
    """The SIREN of its EPCI à fiscalité propre, None for the few communes outside any."""


@dataclass(frozen=True)
class Epci:
    siren: str
    type: str
    """``CC``, ``CA``, ``CU``, ``METRO`` or ``MET69`` (Métropole de Lyon)."""
    name: str


@dataclass(frozen=True)
class Alias:
    """A code that is not a current commune's but leads to one."""

    code: str
    current: str
    kind: str
    """``ancien`` (old code of a merged commune), ``deleguee``, ``associee`` or ``arrondissement``."""
    name: str
    """Its own name (empty for a bare old code)."""


@dataclass(frozen=True)
class Found:
    """What a code leads to: today's commune, and the alias that led there (None for a current code)."""

    commune: Commune
    alias: Alias | None = None


def normalise(text: str) -> str:
    """A name reduced for searching: no accents, no case, hyphens and apostrophes as spaces,
    ``st``/``ste`` as ``saint``/``sainte`` (``st etienne`` finds Saint-Étienne)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    return " ".join({"st": "saint", "ste": "sainte"}.get(w, w) for w in words)


class Referential:
    """The referential, backed by the text of the derived file.

    A lookup by code searches the (sorted, one record per line) text directly: no parsing of the
    35,000 communes for the interview's one question. Everything that needs them all (members of
    an EPCI, communes of a département, names) parses them once, on first use.
    """

    def __init__(self, text: str) -> None:
        self.text = text if text.startswith("\n") else "\n" + text
        self.source: dict[str, str] = {}
        self.regions: dict[str, str] = {}
        self.departements: dict[str, tuple[str, str]] = {}
        """code → (name, region code)."""
        self._epci_members: dict[str, list[Commune]] = {}
        head_end = self.text.find("\nE\t")
        for line in self.text[: head_end if head_end > 0 else None].split("\n"):
            kind, _, rest = line.partition("\t")
            parts = rest.split("\t")
            if kind == "R":
                self.regions[parts[0]] = parts[1]
            elif kind == "D":
                self.departements[parts[0]] = (parts[1], parts[2])
            elif kind.startswith("#"):
                self.source[kind[1:].strip()] = rest

    def _record(self, kind: str, key: str) -> list[str] | None:
        """The fields after the key of the ``kind`` record for ``key``, or None."""
        if not key or "\t" in key or "\n" in key:
            return None
        probe = f"\n{kind}\t{key}\t"
        at = self.text.find(probe)
        if at < 0:
            return None
        end = self.text.find("\n", at + len(probe))
        return self.text[at + len(probe) : end if end >= 0 else None].split("\t")

    # -- codes --------------------------------------------------------------------------------------
    def commune(self, code: str) -> Commune | None:
        """A current commune by its code (not following old codes: see :meth:`find`)."""
        if "communes" in self.__dict__:  # already parsed (a batch): a dictionary access
            return self.communes.get(code)
        fields = self._record("C", code)
        if fields is None:
            return None
        name, dep, pop, epci = fields
        return Commune(code, name, dep, _int(pop), epci or None)

    def find(self, code: str) -> Found | None:
        """Today's commune for a current code, an old code, a délégué or an arrondissement."""
        code = code.strip().upper()
        commune = self.commune(code)
        if commune is not None:
            return Found(commune)
        if "aliases" in self.__dict__:
            alias = self.aliases.get(code)
        else:
            fields = self._record("A", code)
            alias = None if fields is None else Alias(code, *fields)
        if alias is None:
            return None
        target = self.commune(alias.current)
        return None if target is None else Found(target, alias)

    def epci(self, siren: str | None) -> Epci | None:
        fields = self._record("E", siren or "")
        return None if fields is None else Epci(siren or "", fields[0], fields[1])

    def departement_name(self, code: str | None) -> str | None:
        entry = self.departements.get(code or "")
        return entry[0] if entry else None

    def region_of(self, commune: Commune) -> tuple[str, str] | None:
        """(code, name) of the commune's region."""
        entry = self.departements.get(commune.departement)
        if entry is None:
            return None
        return entry[1], self.regions.get(entry[1], "")

    # -- everything at once -------------------------------------------------------------------------
    @cached_property
    def communes(self) -> dict[str, Commune]:
        """Every current commune by code (parsed on first use, ~50 ms)."""
        out: dict[str, Commune] = {}
        start = self.text.find("\nC\t")
        end = self.text.find("\nA\t")
        for line in self.text[start + 1 : end if end > 0 else None].split("\n"):
            _, code, name, dep, pop, epci = line.split("\t")
            out[code] = Commune(code, name, dep, _int(pop), epci or None)
        return out

    @cached_property
    def aliases(self) -> dict[str, Alias]:
        """Every other code that leads to a current commune (parsed on first use)."""
        out: dict[str, Alias] = {}
        start = self.text.find("\nA\t")
        if start < 0:
            return out
        for line in self.text[start + 1 :].split("\n"):
            if line:
                _, code, current, kind, name = line.split("\t")
                out[code] = Alias(code, current, kind, name)
        return out

    def members(self, siren: str) -> list[Commune]:
        """The member communes of an EPCI, most populated first."""
        if "communes" in self.__dict__:
            return self._members.get(siren, [])
        if not siren.isdigit():
            return []
        found = self._epci_members.get(siren)
        if found is None:  # one scan of the text (a few ms) rather than parsing every commune
            pattern = re.compile(rf"\nC\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t{siren}(?=\n)")
            found = [Commune(m[1], m[2], m[3], _int(m[4]), siren) for m in pattern.finditer(self.text)]
            found.sort(key=lambda c: (-(c.population or 0), c.name))
            self._epci_members[siren] = found
        return found

    @cached_property
    def _members(self) -> dict[str, list[Commune]]:
        out: dict[str, list[Commune]] = {}
        for commune in self.communes.values():
            if commune.epci:
                out.setdefault(commune.epci, []).append(commune)
        for items in out.values():
            items.sort(key=lambda c: (-(c.population or 0), c.name))
        return out

    def in_departement(self, code: str) -> list[Commune]:
        """The current communes of a département, by code."""
        return [c for c in self.communes.values() if c.departement == code]

    # -- names --------------------------------------------------------------------------------------
    @cached_property
    def _by_name(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for commune in self.communes.values():
            index.setdefault(normalise(commune.name), []).append(commune.code)
        return index

    def by_name(self, name: str) -> list[Commune]:
        """Every current commune with this name (accents, case and hyphens ignored): homonyms."""
        codes = self._by_name.get(normalise(name), [])
        return sorted((self.communes[c] for c in codes), key=lambda c: c.code)

    def closest(self, name: str, limit: int = 5) -> list[Commune]:
        """Communes whose names come closest to ``name`` (difflib), for a name or code not found."""
        key = normalise(name)
        if not key:
            return []
        names = difflib.get_close_matches(key, self._by_name.keys(), n=limit, cutoff=0.75)
        if not names:  # a name typed halfway (``chambray``) still finds Chambray-lès-Tours
            names = sorted(n for n in self._by_name if n.startswith(key))[:limit]
        found = [self.communes[c] for n in names for c in sorted(self._by_name[n])]
        return found[:limit]

    @cached_property
    def _epci_names(self) -> dict[str, str]:
        """Normalised EPCI names without their kind (``cc``, ``communaute de communes``…) → SIREN."""
        out: dict[str, str] = {}
        start, end = self.text.find("\nE\t"), self.text.find("\nC\t")
        for line in self.text[start + 1 : end].split("\n"):
            _, siren, _, name = line.split("\t")
            words = [w for w in normalise(name).split() if w not in EPCI_KIND_WORDS]
            out.setdefault(" ".join(words), siren)
        return out

    def closest_epcis(self, name: str, limit: int = 3) -> list[Epci]:
        """EPCI whose names (their kind left aside) come closest to ``name``: for a CIAS."""
        key = " ".join(w for w in normalise(name).split() if w not in EPCI_KIND_WORDS)
        if not key:
            return []
        names = difflib.get_close_matches(key, self._epci_names.keys(), n=limit, cutoff=0.75)
        found = [self.epci(self._epci_names[n]) for n in names]
        return [e for e in found if e is not None]

    def label(self, commune: Commune) -> str:
        """``Tours (37, Indre-et-Loire)``, for lists of homonyms and suggestions."""
        dep = self.departement_name(commune.departement)
        return f"{commune.name} ({commune.departement}{', ' + dep if dep else ''})"


def _int(text: str) -> int | None:
    return int(text) if text else None


def path() -> Path:
    """The shipped file — never from the ``--data`` folder or ``CCAS_COMPASS_DATA`` of a custom
    model: the territory is the same whatever the questionnaire."""
    from importlib import resources

    packaged = Path(str(resources.files("ccas_compass"))) / "data" / "territoire" / FILE
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "data" / "territoire" / FILE  # a source checkout


_loaded: list[Referential] = []


def load() -> Referential:
    """The referential, read on first use and kept for the life of the process."""
    if not _loaded:
        try:
            with gzip.open(path(), "rt", encoding="utf-8") as stream:
                _loaded.append(Referential(stream.read()))
        except (OSError, EOFError) as err:  # a broken installation: say which file, no traceback
            from ccas_compass.errors import Problem, UsageError

            raise UsageError([Problem("territory_missing", {"error": str(err)}, file=str(path()))]) from None
    return _loaded[0]
