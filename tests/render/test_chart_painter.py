"""Batch charts: one reused figure per process, the shared parts drawn once, no chart leaking into
the next; drawn by worker processes, every chart written under its own name."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image

from ccas_compass.answers.loading import load_answers
from ccas_compass.cli.batch_charts import Charts
from ccas_compass.model.core import Model
from ccas_compass.render.chart import ChartData, Painter, chart_data
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from tests.helpers import EXAMPLE


def data(model: Model) -> ChartData:
    return chart_data(build_report(model, score(model, load_answers(EXAMPLE, model))), "fr")


def other(first: ChartData) -> ChartData:
    """Another organisation: other shares (a larger axis range), nothing declared, another name."""
    practice = tuple(reversed(first.values[0]))
    big = (70.0, *practice[1:])
    return replace(first, title="Le mix — CCAS d'Ailleurs", values=(big, (None,) * len(practice), practice))


def test_a_chart_does_not_leak_into_the_next(model: Model) -> None:
    first = data(model)
    second = other(first)
    reused = Painter()
    reused.png(first)
    assert reused.png(second) == Painter().png(second)
    assert reused.png(first) == Painter().png(first)


def test_a_painter_chart_is_a_png_of_the_batch_size(model: Model) -> None:
    image = Image.open(io.BytesIO(Painter().png(data(model))))
    assert image.format == "PNG"
    assert image.size == (850, 765)  # 8.5 in wide at 100 dpi, as a fresh batch chart


def test_charts_drawn_by_workers_are_each_written_under_their_name(model: Model) -> None:
    first = data(model)
    charts = [first if n % 2 else other(first) for n in range(10)]
    written: dict[str, bytes] = {}
    pool = Charts(2, len(charts), written.__setitem__)
    assert pool.pool is not None
    for n, chart in enumerate(charts):
        pool.submit(f"c{n}.png", chart)
    pool.finish()
    assert pool.pool is None
    alone = Painter()
    assert written == {f"c{n}.png": alone.png(chart) for n, chart in enumerate(charts)}
