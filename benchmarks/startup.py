"""Start-up benchmark: wall time of common commands, in fresh processes (median of N runs).

Usage:  python benchmarks/startup.py [--runs 15]

Run it with the interpreter of the environment where ccas-compass is installed. It prints one line
per command: median, min and max in milliseconds. No assertion: numbers go to benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ccas-exemple.yaml"

COMMANDS = {
    "python -c pass (interpreter alone)": ["-c", "pass"],
    "ccas-compass --help": ["-m", "ccas_compass", "--help"],
    "ccas-compass figures --format json": ["-m", "ccas_compass", "figures", "--format", "json"],
    "ccas-compass validate": ["-m", "ccas_compass", "validate"],
    "ccas-compass assess --answers examples/… --format json": [
        "-m", "ccas_compass", "assess", "--answers", str(EXAMPLE), "--format", "json",
    ],
}


def measure(args: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    measure(["-m", "ccas_compass", "--help"], 2)  # warm the file cache
    for label, args in COMMANDS.items():
        times = measure(args, options.runs)
        print(
            f"{label:<58} median {statistics.median(times):6.0f} ms"
            f"   min {min(times):5.0f}   max {max(times):5.0f}"
        )


if __name__ == "__main__":
    main()
