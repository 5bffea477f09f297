"""Board documents benchmark: the PDF and Word reports against the Markdown report with its chart.

Usage:  python benchmarks/board.py [--runs 7]

Each command runs end to end from the command line, in a fresh process (the three formats
interleaved, so that a busy machine slows each alike), writing into a temporary
folder (``--force`` so every run writes): ``assess -f markdown -o r.md`` (Markdown + PNG + SVG
chart), ``-f pdf -o r.pdf`` and ``-f docx -o r.docx``. Prints the median, min and max of each, and
the PDF's and Word file's ratio to the Markdown (target: PDF ≤ 1.5 × Markdown). No assertion:
numbers go to benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ccas-exemple.yaml"


def measure(args: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ccas_compass", *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ccas-compass-board-") as folder:
        base = ["assess", "--answers", str(EXAMPLE), "--force", "-o"]
        commands = {
            "markdown": [*base, str(Path(folder) / "r.md"), "-f", "markdown"],
            "pdf": [*base, str(Path(folder) / "r.pdf"), "-f", "pdf"],
            "docx": [*base, str(Path(folder) / "r.docx"), "-f", "docx"],
        }
        measure(commands["markdown"], 2)  # warm the file cache and the model cache
        times: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(options.runs):  # interleaved: a busy machine slows every format alike
            for label, args in commands.items():
                times[label] += measure(args, 1)
        medians = {}
        for label, values in times.items():
            medians[label] = statistics.median(values)
            print(f"assess -f {label:<9} median {medians[label]:6.0f} ms"
                  f"   min {min(values):5.0f}   max {max(values):5.0f}")
    for label in ("pdf", "docx"):
        print(f"{label} / markdown: × {medians[label] / medians['markdown']:.2f}")


if __name__ == "__main__":
    main()
