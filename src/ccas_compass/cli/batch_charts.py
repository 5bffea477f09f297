"""A batch's organisation charts, drawn beside the rest: by worker processes when there are several.

Drawing a chart costs far more than anything else a batch does per organisation (text rendering in
matplotlib): the charts are handed, as plain :class:`~ccas_compass.render.chart.ChartData`, to
``jobs`` worker processes, each drawing on its own reused figure
(:class:`~ccas_compass.render.chart.Painter`), while the main process goes on with the JSON and
Markdown. At most a few charts wait in memory at once; each is written as soon as it is drawn.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ccas_compass.render.chart import ChartData, Painter

PARALLEL_FROM = 8
"""Fewer charts than this are drawn in the main process (starting workers would cost more)."""
WINDOW = 8
"""Charts in flight per worker before the main process waits for the oldest."""

_painter: Painter | None = None


def draw(data: ChartData) -> bytes:
    """One chart as PNG, on this process's reused figure."""
    global _painter
    if _painter is None:
        from ccas_compass.render.chart import Painter

        _painter = Painter()
    return _painter.png(data)


class Charts:
    """Charts submitted in order, written (by ``write(name, png)``) as they are drawn."""

    def __init__(self, jobs: int, expected: int, write: Callable[[str, bytes], None]) -> None:
        self.write = write
        self.jobs = jobs
        self.pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and expected >= PARALLEL_FROM else None
        self.pending: deque[tuple[str, Future[bytes]]] = deque()

    def submit(self, name: str, data: ChartData) -> None:
        if self.pool is None:
            self.write(name, draw(data))
            return
        self.pending.append((name, self.pool.submit(draw, data)))
        while len(self.pending) > WINDOW * self.jobs:
            self._write_oldest()

    def _write_oldest(self) -> None:
        name, future = self.pending.popleft()
        self.write(name, future.result())

    def finish(self) -> None:
        """Wait for every chart and write it."""
        while self.pending:
            self._write_oldest()
        self.close()

    def close(self) -> None:
        """Stop the workers (after :meth:`finish`, or on an error: charts not drawn are dropped)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
