"""Charts in a batch: ``batch DIR --out OUT`` against the same run with ``--no-chart``.

    python benchmarks/charts.py                 # 60 organisations (300 answers files), 3 runs each
    python benchmarks/charts.py --orgs 200 --jobs 1

Goal: with charts, within 5× the time without (the charts are drawn by worker processes, on a
reused figure whose shared parts are drawn once). Times include the command's start-up; the inputs
are generated once (seeded) under ``$TMPDIR/ccas-compass-bench/<questionnaire version>-<hash>``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.batch import children_cpu, command, medians, work_dir  # noqa: E402
from ccas_compass.model.loading import load_model  # noqa: E402
from tests.factory import departement_docs, write_files  # noqa: E402


def generate(orgs: int) -> Path:
    folder = work_dir() / f"charts-{orgs}"
    if not folder.is_dir():
        model = load_model()
        write_files(folder, departement_docs(model, orgs, seed=4, departements=("49", "53", "72"),
                                             respondents=(5, 5)))
    return folder


def seconds(folder: Path, charts: bool, jobs: int | None) -> tuple[float, float]:
    """One run: (wall-clock, CPU of the command and its worker processes) seconds."""
    out = Path(tempfile.mkdtemp(prefix="ccas-compass-charts-")) / "out"
    run = [*command(), "batch", str(folder), "--out", str(out)]
    run += [] if charts else ["--no-chart"]
    run += ["--jobs", str(jobs)] if jobs else []
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run(run, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    elapsed = time.perf_counter() - start, children_cpu() - cpu
    shutil.rmtree(out.parent)
    return elapsed


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--orgs", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    folder = generate(args.orgs)
    seconds(folder, False, args.jobs)  # warm the model cache and the file system cache
    runs: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for _ in range(args.repeat):  # interleaved
        for charts in (False, True):
            runs[charts].append(seconds(folder, charts, args.jobs))
    (without, without_cpu), (with_charts, with_cpu) = medians(runs[False]), medians(runs[True])
    jobs = args.jobs or f"default ({min(os.cpu_count() or 1, 4)})"
    print(f"{args.orgs} organisations, --jobs {jobs}, {os.cpu_count()} cores, median of {args.repeat}; "
          "wall-clock | CPU (all processes)")
    print(f"  batch --out --no-chart : {without:6.2f} s | {without_cpu:6.2f} s")
    print(f"  batch --out            : {with_charts:6.2f} s | {with_cpu:6.2f} s  "
          f"(ratio {with_charts / without:.1f} | {with_cpu / without_cpu:.1f}, goal <= 5)")


if __name__ == "__main__":
    main()
