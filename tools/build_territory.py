"""Build ``data/territoire/territoire.tsv.gz`` from Etalab's *découpage administratif* (npm package).

Usage (from the repository root; ``npm pack`` only downloads the package's archive)::

    npm pack @etalab/decoupage-administratif@6.0.0
    python tools/build_territory.py etalab-decoupage-administratif-6.0.0.tgz

The derived file is one gzip'd UTF-8 text, one record per line, tab-separated, its kind first:

* ``#`` a comment (source, version, licence, COG millésime, build date);
* ``R code name``: a region;
* ``D code name region``: a département (or overseas collectivity);
* ``E siren type name``: an EPCI à fiscalité propre (CC, CA, CU, METRO, MET69);
* ``C code name departement population epci``: a current commune (``commune-actuelle``); population
  empty when unknown, EPCI empty for the few communes outside any;
* ``A code current kind name``: another code that leads to a current commune: ``ancien`` (an old
  code of a merged commune, no name), ``deleguee``, ``associee`` (with their own name; their
  ``chefLieu``), ``arrondissement`` (Paris, Lyon, Marseille arrondissements: their commune).

Regions of communes follow from their département; EPCI members from the communes' EPCI column.
The output is deterministic (sorted), so a rebuild from the same package changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import re
import tarfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "data" / "territoire" / "territoire.tsv.gz"


def _clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").split())


def _read(archive: Path) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The package.json (with the COG millésime its README gives for this version) and the four
    data files of the npm archive."""
    data: dict[str, list[dict[str, Any]]] = {}
    with tarfile.open(archive, "r:gz") as tar:
        meta = json.load(tar.extractfile("package/package.json"))  # type: ignore[arg-type]
        readme = tar.extractfile("package/README.md").read().decode("utf-8")  # type: ignore[union-attr]
        year = re.search(rf"^\|\s*(\d{{4}})\s*\|\s*{re.escape(meta['version'])}\s*\|", readme, re.M)
        meta["millesime"] = year.group(1) if year else "?"
        for name in ("communes", "epci", "departements", "regions"):
            member = tar.extractfile(f"package/data/{name}.json")
            data[name] = json.load(io.TextIOWrapper(member, encoding="utf-8"))  # type: ignore[arg-type]
    return meta, data


def build(archive: Path, today: dt.date) -> str:
    """The derived text (not yet compressed)."""
    meta, data = _read(archive)
    communes = data["communes"]
    current = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
    epci_of: dict[str, str] = {}
    for epci in data["epci"]:
        for member in epci["membres"]:
            epci_of[member["code"]] = epci["code"]
    lines = [
        f"# source\t{meta['name']} {meta['version']} (npm), built from INSEE's Code officiel géographique",
        f"# licence\t{meta['license']}",
        f"# millesime\t{meta['millesime']}",
        f"# built\t{today.isoformat()}",
    ]
    for region in sorted(data["regions"], key=lambda r: r["code"]):
        lines.append(f"R\t{region['code']}\t{_clean(region['nom'])}")
    for dep in sorted(data["departements"], key=lambda d: d["code"]):
        lines.append(f"D\t{dep['code']}\t{_clean(dep['nom'])}\t{dep['region']}")
    for epci in sorted(data["epci"], key=lambda e: e["code"]):
        lines.append(f"E\t{epci['code']}\t{epci['type']}\t{_clean(epci['nom'])}")
    for code in sorted(current):
        c = current[code]
        population = c.get("population")
        lines.append(
            f"C\t{code}\t{_clean(c['nom'])}\t{c['departement']}\t"
            f"{'' if population is None else int(population)}\t{epci_of.get(code, '')}"
        )
    aliases: dict[str, tuple[str, str, str]] = {}
    kinds = {"commune-deleguee": "deleguee", "commune-associee": "associee",
             "arrondissement-municipal": "arrondissement"}
    for c in communes:  # named aliases first: they win over a bare old code
        kind = kinds.get(c["type"])
        if kind is None or c["code"] in current:
            continue
        target = c.get("commune") if kind == "arrondissement" else c.get("chefLieu")
        if target in current:
            aliases[c["code"]] = (target, kind, _clean(c["nom"]))
    for c in communes:
        if c["type"] != "commune-actuelle":
            continue
        for old in c.get("anciensCodes", ()):
            if old not in current and old not in aliases:
                aliases[old] = (c["code"], "ancien", "")
    for code in sorted(aliases):
        target, kind, name = aliases[code]
        lines.append(f"A\t{code}\t{target}\t{kind}\t{name}")
    return "\n".join(lines) + "\n"


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("archive", type=Path, help="etalab-decoupage-administratif-X.Y.Z.tgz (npm pack)")
    parser.add_argument("--output", type=Path, default=OUT)
    parser.add_argument("--date", help="build date written in the header (default: today)")
    options = parser.parse_args()
    today = dt.date.fromisoformat(options.date) if options.date else dt.date.today()
    text = build(options.archive, today)
    # mtime=0: the same input gives the same bytes
    payload = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    tmp = options.output.with_suffix(".tmp")
    tmp.write_bytes(payload)
    tmp.replace(options.output)
    print(f"{options.output}: {len(text.splitlines())} lines, {len(payload)} bytes")


if __name__ == "__main__":
    main()
