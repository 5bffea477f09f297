"""Commune referential benchmark: load + lookup in a fresh process (median of N runs).

Usage:  python benchmarks/territory.py [--runs 15]

Prints, in milliseconds: the file read and decompressed, one lookup by code (an old code), the
first bulk operation (every commune parsed: a département's communes), the first search by name
(name index built), and `ccas-compass commune 37261` end to end. No assertion: numbers go to the
benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

PROBE = """
import time
t0 = time.perf_counter()
from ccas_compass.territory import referential
referential.path()  # the package's data folder (imported by every command anyway)
t1 = time.perf_counter()
ref = referential.load()
t2 = time.perf_counter()
ref.find("37235")
t3 = time.perf_counter()
ref.in_departement("37")
t4 = time.perf_counter()
ref.by_name("saint etienne")
t5 = time.perf_counter()
print((t2 - t1) * 1000, (t3 - t2) * 1000, (t4 - t3) * 1000, (t5 - t4) * 1000)
"""

LABELS = ("load (read + gunzip)", "find by code (old code 37235)", "first bulk: communes of 37",
          "first search by name")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    columns: list[list[float]] = [[] for _ in LABELS]
    for _ in range(options.runs):
        out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True)
        for column, value in zip(columns, out.stdout.split(), strict=True):
            column.append(float(value))
    for label, values in zip(LABELS, columns, strict=True):
        print(f"{label:<40} median {statistics.median(values):7.1f} ms   min {min(values):6.1f}")
    times = []
    for _ in range(options.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ccas_compass", "commune", "37261"], check=True,
                       stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    label = "ccas-compass commune 37261"
    print(f"{label:<40} median {statistics.median(times):7.1f} ms   min {min(times):6.1f}")


if __name__ == "__main__":
    main()
