from pathlib import Path

import pytest

from ccas_compass.errors import UsageError
from ccas_compass.output import write_text


def test_writes_utf8_atomically_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "rapport.md"
    write_text(target, "Écarts à l'ambition\n")
    assert target.read_bytes() == "Écarts à l'ambition\n".encode()
    assert sorted(p.name for p in target.parent.iterdir()) == ["rapport.md"]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        write_text(target, "new")
    assert caught.value.exit_code == 2
    assert "--force" in caught.value.lines("fr")[0]
    assert target.read_text(encoding="utf-8") == "old"
    write_text(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"


def test_bom_for_spreadsheets(tmp_path: Path) -> None:
    target = tmp_path / "r.csv"
    write_text(target, "é;1\n", bom=True)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_unwritable_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        write_text(blocker / "r.md", "x")
    assert str(blocker / "r.md") in caught.value.lines("en")[0]
