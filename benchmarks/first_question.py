"""Time from launching ``ccas-compass assess`` to the first question on screen (median of N).

Usage:  python benchmarks/first_question.py [--runs 15] [--lang fr]

Runs the real interview in a pseudo-terminal (pexpect, POSIX only) with a throw-away data folder,
waits for "Question 1/", then stops it. Also reports the time to the first arrow-key question (a
prompt_toolkit screen of :mod:`ccas_compass.interview.screens`), which needs prompt_toolkit to be imported.
No assertion: the numbers go to benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

import pexpect


def once(lang: str, home: str) -> tuple[float, float]:
    env = {**os.environ, "CCAS_COMPASS_HOME": home, "PROMPT_TOOLKIT_NO_CPR": "1"}
    start = time.perf_counter()
    child = pexpect.spawn(
        sys.executable, ["-m", "ccas_compass", "assess", "--lang", lang, "--organisation", "Bench"],
        env=env, encoding="utf-8", dimensions=(24, 80), timeout=20,
    )
    child.expect("Question 2/")  # the name is pre-filled: the INSEE code (a text prompt)
    first = time.perf_counter() - start
    child.sendline("33522")
    child.expect("↑↓")  # the keys line of the first choice screen
    choice = time.perf_counter() - start
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    return first * 1000, choice * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--lang", default="fr")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        once(options.lang, home)  # warm the model cache and the file cache
        results = [once(options.lang, home) for _ in range(options.runs)]
    for label, values in (
        ("first question on screen", [r[0] for r in results]),
        ("first arrow-key question ready (after typing the code)", [r[1] for r in results]),
    ):
        print(
            f"{label:<56} median {statistics.median(values):5.0f} ms"
            f"   min {min(values):4.0f}   max {max(values):4.0f}"
        )


if __name__ == "__main__":
    main()
