"""Output read by a program that leaves early (``ccas-compass validate | head -1``): no traceback, no
« Exception ignored », exit 141 (128 + SIGPIPE, as the system's tools), nothing half-written.

Real processes and real pipes: the reader's end is closed before the tool writes, so that every
write meets the closed pipe (a ``head`` would sometimes leave after the whole output fits in the
pipe). Python's standard output is block-buffered in a pipe, as for a user (no PYTHONUNBUFFERED).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE


def closed_pipe(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``ccas-compass ARGS`` with its standard output a pipe nobody reads any more."""
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop("PYTHONUNBUFFERED", None)
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run([sys.executable, "-m", "ccas_compass", *args], stdout=write,
                              stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, cwd=cwd,
                              check=False)
    finally:
        os.close(write)


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],  # a Rich console
        ["figures", "-f", "json"],  # one write, still in the buffer when the command ends
        ["batch", str(EXAMPLE), "--format", "json"],  # streamed JSON
        ["assess", "--answers", str(EXAMPLE), "-f", "markdown"],
        ["commune", "aucunecommunedecenom", "-f", "json"],  # an error, its JSON document on stdout
        ["--help"],  # printed by click itself
        ["mapping", "draft", "--help"],
        ["--version"],
    ],
    ids=lambda args: " ".join(args[:3]),
)
def test_a_closed_pipe_ends_quietly_with_141(args: list[str]) -> None:
    done = closed_pipe(*args)
    assert "Traceback" not in done.stderr, done.stderr
    assert "Exception ignored" not in done.stderr, done.stderr
    assert "Broken pipe" not in done.stderr
    assert "BrokenPipe" not in done.stderr
    assert done.returncode == 141, (done.returncode, done.stderr)


def test_a_batch_cut_short_leaves_no_results_folder(tmp_path: Path) -> None:
    out = tmp_path / "resultats"
    done = closed_pipe("batch", str(EXAMPLE), "--format", "json", "--out", str(out), "--no-chart")
    assert (done.returncode, done.stderr) == (141, "")
    assert list(tmp_path.iterdir()) == []  # neither the folder nor its staging copy


def test_head_reads_the_first_line_and_the_tool_says_nothing(tmp_path: Path) -> None:
    """The way users write it, in a shell: the first line comes through, nothing else is said."""
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop("PYTHONUNBUFFERED", None)
    command = f"'{sys.executable}' -m ccas_compass validate | head -1; echo \"exit=${{PIPESTATUS[0]}}\""
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, check=False)
    first, status = done.stdout.splitlines()
    assert first.startswith("Modèle valide")
    assert status in ("exit=0", "exit=141")  # 0 when the whole output fitted in the pipe before head left
    assert done.stderr == ""
