"""The batch's compact storage gives back exactly what it was given, across chunks and widths."""

from __future__ import annotations

import bisect
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_compass.batch import storage
from ccas_compass.batch.storage import CHUNK, CodeIndex, Column, Records, SparseTexts, Texts
from ccas_compass.model.loading import load_model
from tests.factory import departement_docs, write_files
from tests.helpers import run


def test_a_column_widens_only_when_a_value_needs_it_and_keeps_every_value() -> None:
    column = Column()
    values = [random.Random(3).randrange(200) for _ in range(CHUNK + 10)]  # two chunks
    for value in values:
        column.append(value)
    assert column._typecode == "B"
    column.append(70_000)  # needs 4 bytes: every chunk widened
    column[5] = 2**40  # and 8
    values += [70_000]
    values[5] = 2**40
    assert column._typecode == "Q"
    assert len(column) == len(values)
    assert list(column) == values
    assert [column[i] for i in (0, CHUNK - 1, CHUNK, len(values) - 1)] == [
        values[0], values[CHUNK - 1], values[CHUNK], values[-1]
    ]
    assert column.index(values[CHUNK + 3]) == values.index(values[CHUNK + 3])
    with pytest.raises(IndexError):
        column[len(values)]
    with pytest.raises(IndexError):
        column[-1]  # no negative index: a position is a respondent's number
    with pytest.raises(ValueError, match="non-negative"):
        column.append(-1)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.integers(0, 5_000), max_size=400), probe=st.integers(-1, 5_001))
def test_bisect_on_a_sorted_column_is_bisect_on_the_list(values: list[int], probe: int) -> None:
    values.sort()
    column = Column()
    for value in values:
        column.append(value)
    assert column.bisect_left(probe) == bisect.bisect_left(values, probe)


def test_bisect_across_chunks() -> None:
    values = list(range(0, 3 * CHUNK, 3))
    column = Column("I")
    for value in values:
        column.append(value)
    for probe in (0, 1, 3 * (CHUNK - 1), 3 * CHUNK - 1, 3 * CHUNK, 3 * CHUNK + 7, 10**9):
        assert column.bisect_left(probe) == bisect.bisect_left(values, probe)


def test_records_come_back_byte_for_byte_across_chunks() -> None:
    rng = random.Random(5)
    records = Records(7)
    given = [bytes(rng.randrange(256) for _ in range(7)) for _ in range(2 * 4096 + 3)]
    for record in given:
        records.append(record)
    assert len(records) == len(given)
    assert [records[i] for i in range(len(given))] == given
    with pytest.raises(ValueError, match="7 are expected"):
        records.append(b"short")
    with pytest.raises(IndexError):
        records[len(given)]


def test_texts_keep_every_string_across_chunks() -> None:
    texts = Texts()
    given = [f"CCAS de Saint-Étienne-{i}" * (i % 3) for i in range(CHUNK + 50)]
    for text in given:
        texts.append(text)
    assert len(texts) == len(given)
    assert [texts[i] for i in (0, 1, CHUNK - 1, CHUNK, CHUNK + 1, len(given) - 1)] == [
        given[i] for i in (0, 1, CHUNK - 1, CHUNK, CHUNK + 1, len(given) - 1)
    ]


def test_notes_move_to_a_temporary_file_past_the_spool_size_and_come_back() -> None:
    with SparseTexts(spool=100) as notes:
        notes.put(2, "court")
        assert not notes.on_disk
        notes.put(5, "é" * 80)  # 160 bytes of UTF-8: past 100
        notes.put(9, "")
        assert notes.on_disk
        assert [notes.get(p) for p in range(11)] == [
            None, None, "court", None, None, "é" * 80, None, None, None, "", None
        ]
        with pytest.raises(ValueError, match="increase"):
            notes.put(9, "again")


def test_a_spool_of_zero_sends_the_first_note_to_disk() -> None:
    with SparseTexts(spool=0) as notes:
        notes.put(0, "x")
        assert notes.on_disk
        assert notes.get(0) == "x"


def test_without_a_temporary_folder_the_notes_stay_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError("no temporary folder")

    monkeypatch.setattr("tempfile.TemporaryFile", refused)
    with SparseTexts(spool=4) as notes:
        for position in range(50):
            notes.put(position, f"note {position}")
        assert not notes.on_disk
        assert [notes.get(p) for p in (0, 25, 49)] == ["note 0", "note 25", "note 49"]


def test_the_code_index_takes_every_code_and_anything_else() -> None:
    index = CodeIndex()
    assert index.get("37261") is None
    assert "37261" not in index
    for number, code in enumerate(["00000", "37261", "99999", "2A004", "2B004", "2A999", "x", "3726",
                                   "2C004", "３７２６１"]):
        index[code] = number
    assert [index.get(c) for c in ["00000", "37261", "99999", "2A004", "2B004", "2A999", "x", "3726",
                                   "2C004", "３７２６１"]] == list(range(10))
    assert index.get("2B999") is None
    assert "2A004" in index
    with pytest.raises(ValueError, match="non-negative"):
        index["01001"] = -1


def test_a_batch_whose_notes_go_to_disk_writes_what_one_keeping_them_in_memory_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = load_model()
    write_files(tmp_path / "in", departement_docs(model, 12, seed=11, respondents=(2, 4)))
    code, in_memory, _ = run("batch", str(tmp_path / "in"), "--format", "json", "--jobs", "1")
    assert code == 0
    assert "Une remarque de l'équipe." in in_memory  # notes reach the output
    spilled: list[SparseTexts] = []
    original = SparseTexts.put

    def put(self: SparseTexts, position: int, text: str) -> None:
        original(self, position, text)
        spilled.append(self)

    monkeypatch.setattr(storage, "SPOOL_BYTES", 64)
    monkeypatch.setattr(SparseTexts, "put", put)
    code, on_disk, _ = run("batch", str(tmp_path / "in"), "--format", "json", "--jobs", "1")
    assert code == 0
    assert spilled
    assert spilled[-1].on_disk
    assert on_disk == in_memory
