"""Snapshot files: whole outputs stored under tests/snapshots/ and compared exactly.

To regenerate them after an intended change, run ``UPDATE_SNAPSHOTS=1 python -m pytest tests/render``
and review the diff (``git diff tests/snapshots``) before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


def terminal_text(text: str) -> str:
    """Rich pads table cells with spaces: compare lines without their trailing blanks."""
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def assert_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return
    assert path.exists(), f"no snapshot {path}: run UPDATE_SNAPSHOTS=1 python -m pytest to create it"
    expected = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert text == expected, f"{name} differs from its snapshot (UPDATE_SNAPSHOTS=1 to accept)"
