"""Compact storage for a batch's many respondents: memory that grows with the data, and no more.

A national campaign is 100,000 rows. Three things keep its memory close to the data itself:

- **Chunks.** Columns are kept in chunks of :data:`CHUNK` items rather than one array grown by
  ``realloc``: a block of megabytes grown step by step leaves, with the C allocator, holes that
  are never given back (measured: 8 MiB of a 100,000-row batch's peak went there).
- **Narrow types.** A column of indexes starts at one byte per item and widens (2, then 4, then 8
  bytes) only when a value needs it: roles, dates and versions are a few distinct values each.
- **Notes on disk.** Free-text notes, the only part without a bound on its size, go to a spooled
  temporary file once they pass :data:`SPOOL_BYTES` (1 MiB; below that they stay in memory), and are
  read back, one respondent at a time, when the reports are written. The file is deleted when the
  batch ends, whatever happens.
"""

from __future__ import annotations

import bisect
import io
import math
import tempfile
from array import array
from collections.abc import Iterator
from typing import IO

SHIFT = 14
CHUNK = 1 << SHIFT
"""Items per chunk (16,384): a chunk of the widest column is 128 KiB."""
_MASK = CHUNK - 1
_WIDTHS = ("B", "H", "I", "Q")
_LIMITS = {code: (1 << (8 * array(code).itemsize)) - 1 for code in _WIDTHS}

SPOOL_BYTES = 1 << 20
"""Notes kept in memory up to this many bytes of UTF-8; beyond, in a temporary file."""


class Column:
    """Non-negative integers, appended one by one, in chunks of the narrowest type that holds them."""

    def __init__(self, typecode: str = "B") -> None:
        self._typecode = typecode
        self._chunks: list[array[int]] = []
        self._length = 0

    def append(self, value: int) -> None:
        if not 0 <= value <= _LIMITS[self._typecode]:
            self._widen(value)
        if not self._length & _MASK:
            self._chunks.append(array(self._typecode))
        self._chunks[-1].append(value)
        self._length += 1

    def _widen(self, value: int) -> None:
        if value < 0:
            raise ValueError("a Column holds non-negative integers")
        fitting = [code for code in _WIDTHS if value <= _LIMITS[code]]
        if not fitting:
            raise OverflowError("a Column holds integers of at most 8 bytes")
        typecode = fitting[0]
        self._chunks = [array(typecode, chunk) for chunk in self._chunks]
        self._typecode = typecode

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self._chunks[index >> SHIFT][index & _MASK]

    def __setitem__(self, index: int, value: int) -> None:
        if not 0 <= index < self._length:
            raise IndexError(index)
        if not 0 <= value <= _LIMITS[self._typecode]:
            self._widen(value)
        self._chunks[index >> SHIFT][index & _MASK] = value

    def __iter__(self) -> Iterator[int]:
        for chunk in self._chunks:
            yield from chunk

    def bisect_left(self, value: int) -> int:
        """Where ``value`` would go in this column, sorted increasingly (:func:`bisect.bisect_left`)."""
        chunks = self._chunks
        low, high = 0, len(chunks)
        while low < high:  # the first chunk whose last item is not below value
            middle = (low + high) // 2
            if chunks[middle][-1] < value:
                low = middle + 1
            else:
                high = middle
        if low == len(chunks):
            return self._length
        return (low << SHIFT) + bisect.bisect_left(chunks[low], value)

    def index(self, value: int) -> int:
        """The first position holding ``value`` (:class:`ValueError` when none does)."""
        for number, chunk in enumerate(self._chunks):
            try:
                return (number << SHIFT) + chunk.index(value)
            except ValueError:
                continue
        raise ValueError(value)


RECORDS_SHIFT = 12
"""Records per chunk: 4,096 (a chunk of 54-byte records is 216 KiB, allocated at once)."""


class Records:
    """Byte strings of one fixed width (a respondent's packed answers), in chunks allocated whole."""

    def __init__(self, width: int) -> None:
        self.width = width
        self._chunks: list[bytearray] = []
        self._length = 0

    def append(self, record: bytes) -> None:
        if len(record) != self.width:
            raise ValueError(f"a record of {len(record)} bytes where {self.width} are expected")
        at = self._length & ((1 << RECORDS_SHIFT) - 1)
        if not at:
            self._chunks.append(bytearray(self.width << RECORDS_SHIFT))
        start = at * self.width
        self._chunks[-1][start : start + self.width] = record
        self._length += 1

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> bytes:
        if not 0 <= index < self._length:
            raise IndexError(index)
        at = (index & ((1 << RECORDS_SHIFT) - 1)) * self.width
        return bytes(self._chunks[index >> RECORDS_SHIFT][at : at + self.width])


_CODES = 100_000 + 2 * 1_000
"""INSEE codes: 00000–99999, then 2A000–2A999 and 2B000–2B999 (Corsica)."""


class CodeIndex:
    """INSEE code → a number (an organisation), as a direct table of every possible code (400 KiB,
    allocated on first use) rather than a dictionary entry of ≈ 110 bytes per organisation; any
    other text (a code not yet checked) in a dictionary."""

    def __init__(self) -> None:
        self._table: array[int] | None = None
        self._others: dict[str, int] = {}

    @staticmethod
    def _slot(code: str) -> int | None:
        if len(code) != 5 or not code.isascii():
            return None
        if code.isdigit():
            return int(code)
        if code[0] == "2" and code[1] in "AB" and code[2:].isdigit():
            return 100_000 + (1_000 if code[1] == "B" else 0) + int(code[2:])
        return None

    def get(self, code: str) -> int | None:
        slot = self._slot(code)
        if slot is None:
            return self._others.get(code)
        if self._table is None:
            return None
        found = self._table[slot]
        return None if found < 0 else found

    def __contains__(self, code: str) -> bool:
        return self.get(code) is not None

    def __setitem__(self, code: str, number: int) -> None:
        if number < 0:
            raise ValueError("a CodeIndex maps codes to non-negative numbers")
        slot = self._slot(code)
        if slot is None:
            self._others[code] = number
            return
        if self._table is None:
            self._table = array("i", [-1]) * _CODES
        self._table[slot] = number


class Texts:
    """Many strings as UTF-8 blobs (one per chunk) with their end offsets: no Python object per string."""

    def __init__(self) -> None:
        self._blobs: list[bytearray] = []
        self._ends = Column()

    def append(self, text: str) -> None:
        if not len(self._ends) & _MASK:
            self._blobs.append(bytearray())
        blob = self._blobs[-1]
        blob += text.encode("utf-8")
        self._ends.append(len(blob))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> str:
        end = self._ends[index]
        start = self._ends[index - 1] if index & _MASK else 0
        return self._blobs[index >> SHIFT][start:end].decode("utf-8")


class SparseTexts:
    """Texts for a few of many positions (the notes of the respondents who wrote one), moved to a
    temporary file past :data:`SPOOL_BYTES` (kept in memory when no temporary file can be made).
    Call :meth:`close` (or use ``with``) to delete the file."""

    def __init__(self, spool: int | None = None) -> None:
        self._spool: float = SPOOL_BYTES if spool is None else spool
        self._positions = Column()
        self._ends = Column()
        self._memory: io.BytesIO | None = io.BytesIO()
        self._file: IO[bytes] = self._memory
        self._size = 0

    def put(self, position: int, text: str) -> None:
        """Store ``text`` at ``position`` (positions come in increasing order)."""
        count = len(self._positions)
        if count and position <= self._positions[count - 1]:
            raise ValueError("positions must increase")
        data = text.encode("utf-8")
        self._file.seek(self._size)
        self._file.write(data)
        self._size += len(data)
        self._positions.append(position)
        self._ends.append(self._size)
        if self._memory is not None and self._size > self._spool:
            self._to_disk(self._memory)

    def _to_disk(self, memory: io.BytesIO) -> None:
        disk = None
        try:
            disk = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close(); deleted by the system
            disk.write(memory.getbuffer())
        except OSError:  # no writable temporary folder, a full disk: the notes stay in memory
            if disk is not None:
                disk.close()
            self._spool = math.inf
            return
        self._file = disk
        self._memory = None
        memory.close()

    def get(self, position: int) -> str | None:
        at = self._positions.bisect_left(position)
        if at == len(self._positions) or self._positions[at] != position:
            return None
        start = self._ends[at - 1] if at else 0
        self._file.seek(start)
        return self._file.read(self._ends[at] - start).decode("utf-8")

    @property
    def on_disk(self) -> bool:
        """Whether the notes were moved to a temporary file."""
        return self._memory is None

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> SparseTexts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
