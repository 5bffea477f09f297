"""Batch speed and memory, against the issue's goals (run from the repository root).

    python benchmarks/batch.py                # 10,000 files / 2,000 organisations; CSV 10k and 100k rows
    python benchmarks/batch.py --files 2000   # a quicker run

1. Time: ``ccas-compass batch DIR --format json > /dev/null`` on N answers files (5 respondents per
   organisation), against the time libyaml (``yaml.CSafeLoader``) alone takes to read and parse the
   same files in one Python loop. Goal: ratio ≤ 1.3 with ``--jobs 1`` (one process, like the
   baseline); also shown with the default (one reading process per core, at most 4). The command's
   time includes its start-up. Each time is given as wall-clock and as CPU time (user + system,
   of the process and its children): on a machine shared with other work, CPU time is the steadier
   measure of ``--jobs 1``.
2. Memory: peak RSS of ``ccas-compass batch FILE.csv --format json > /dev/null`` on a 10,000-row and
   a 100,000-row CSV in the wide layout (5 rows per organisation). Goal: ratio ≤ 1.2.

Inputs are generated once (seeded) under ``$TMPDIR/ccas-compass-bench/<version>-<hash>`` (the
questionnaire's version and a hash of its files) and reused.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ccas_compass.model.loading import load_model  # noqa: E402
from tests.factory import departement_docs, write_csv  # noqa: E402

DEPARTEMENTS = tuple(f"{n:02d}" for n in range(1, 96) if n != 20) + ("2A", "2B")
Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def questionnaire_key() -> str:
    """The questionnaire's version and the start of its SHA-256: generated inputs follow them."""
    questionnaire = load_model().questionnaire
    return f"{questionnaire.version}-{questionnaire.sha256[:12]}"


def work_dir() -> Path:
    """``$TMPDIR/ccas-compass-bench/<questionnaire version>-<hash>``: a new questionnaire, new inputs."""
    base = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "ccas-compass-bench"
    folder = base / questionnaire_key()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def generate_files(count: int) -> Path:
    folder = work_dir() / f"files-{count}"
    if folder.is_dir() and sum(1 for _ in folder.rglob("*.yaml")) == count:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    model = load_model()
    docs = departement_docs(model, count // 5, seed=1, departements=DEPARTEMENTS, respondents=(5, 5))
    for n, (index, document) in enumerate(docs):
        path = folder / f"org{index:05d}" / f"reponses-{n:06d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.dump(document, Dumper=Dumper, allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
    return folder


def generate_csv(rows: int) -> Path:
    path = work_dir() / f"rows-{rows}.csv"
    if not path.is_file():
        model = load_model()
        docs = departement_docs(model, rows // 5, seed=2, departements=DEPARTEMENTS, respondents=(5, 5))
        write_csv(path, model, docs)
    return path


def libyaml_seconds(folder: Path) -> tuple[float, float]:
    """Read and parse every file with libyaml, nothing else: (wall-clock, CPU) seconds."""
    files = sorted(folder.rglob("*.yaml"))
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)  # noqa: S506 - safe C loader
    return time.perf_counter() - start, time.process_time() - cpu


def children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def command() -> list[str]:
    exe = shutil.which("ccas-compass")
    return [exe] if exe else [sys.executable, "-m", "ccas_compass"]


def batch_seconds(target: Path, jobs: int | None = None) -> tuple[float, float]:
    """One batch run: (wall-clock, CPU of the command and its worker processes) seconds."""
    start, cpu = time.perf_counter(), children_cpu()
    run = [*command(), "batch", str(target), "--format", "json", *(["--jobs", str(jobs)] if jobs else [])]
    subprocess.run(run, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start, children_cpu() - cpu


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def peak_rss_mib(target: Path) -> float:
    """Peak resident memory of one batch run, measured by a wrapper that waits for it alone."""
    probe = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *command(), "batch", str(target), "--format", "json"],
        capture_output=True, text=True, check=True,
    )
    return int(out.stdout.strip()) / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--rows", type=int, nargs=2, default=(10_000, 100_000))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-memory", action="store_true", help="skip the CSV memory measure")
    args = parser.parse_args()

    folder = generate_files(args.files)
    batch_seconds(folder)  # warm the model cache and the file system cache
    parse_runs, one_runs, ours_runs = [], [], []
    for _ in range(args.repeat):  # interleaved: a burst of load elsewhere hits all three alike
        parse_runs.append(libyaml_seconds(folder))
        one_runs.append(batch_seconds(folder, 1))
        ours_runs.append(batch_seconds(folder))
    (parse, parse_cpu), (one, one_cpu), (ours, ours_cpu) = (
        medians(r) for r in (parse_runs, one_runs, ours_runs)
    )
    print(f"{args.files} files, {args.files // 5} organisations, {os.cpu_count()} cores; wall-clock | CPU")
    print(f"  libyaml read+parse (one process)     : {parse:6.2f} s | {parse_cpu:6.2f} s")
    print(f"  batch --format json --jobs 1         : {one:6.2f} s | {one_cpu:6.2f} s  "
          f"(ratio {one / parse:.2f} | {one_cpu / parse_cpu:.2f}, goal <= 1.3)")
    print(f"  batch --format json (default --jobs) : {ours:6.2f} s | {ours_cpu:6.2f} s  "
          f"(ratio {ours / parse:.2f})")

    if args.no_memory:
        return
    small, large = (generate_csv(n) for n in args.rows)
    rss_small = statistics.median(peak_rss_mib(small) for _ in range(args.repeat))
    rss_large = statistics.median(peak_rss_mib(large) for _ in range(args.repeat))
    print("CSV, peak memory of batch --format json")
    print(f"  {args.rows[0]:>7} rows: {rss_small:6.1f} MiB")
    print(f"  {args.rows[1]:>7} rows: {rss_large:6.1f} MiB  (ratio {rss_large / rss_small:.2f}, goal <= 1.2)")


if __name__ == "__main__":
    main()
