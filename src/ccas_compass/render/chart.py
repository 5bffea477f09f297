"""The chart of the three profiles (practices, seen today, 2050 ambition) as SVG and PNG images.

The only module that imports matplotlib, and only when a chart is drawn (``import`` inside
:func:`chart_images`), so that ``--help`` and the other formats never pay for it. The figure is
drawn on an Agg canvas without pyplot: no display, no global state. Grouped horizontal bars rather
than a radar: lengths are read more reliably than angles, and the figures' names stay horizontal.
The three profiles differ by hatching and by a label at the end of every bar, not by colour alone,
so the chart survives a black-and-white printer.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ccas_compass.i18n import message
from ccas_compass.model.core import Model
from ccas_compass.render import wording as w
from ccas_compass.scoring.report import Report

if TYPE_CHECKING:
    from matplotlib.figure import Figure as MplFigure

    from ccas_compass.batch.panorama import Group

PROFILES = (
    ("practice", "col_practice", "#1f4e79", ""),
    ("declared", "col_declared", "#e69f00", "///"),
    ("ambition", "col_ambition", "#009e73", "..."),
)
"""Profile, label key, colour (Okabe–Ito, colour-blind safe) and hatch."""
DPI = 150


def chart_images(
    report: Report, lang: str, formats: tuple[str, ...] = ("svg", "png"), dpi: int = DPI
) -> dict[str, bytes]:
    """The chart as ``{"svg": …, "png": …}`` bytes (SVG made reproducible: no date, fixed ids).

    A batch asks for a lighter PNG only: each image costs a few tenths of a second to draw."""
    return _images(lambda: _draw(report, lang), formats, dpi)


def panorama_images(model: Model, group: Group, lang: str) -> dict[str, bytes]:
    """The panorama chart of one group: per figure, the middle half of the practice shares (Q1–Q3),
    their median, and the median 2050 ambition."""
    return _images(lambda: _draw_panorama(model, group, lang))


_RC: Any = {  # matplotlib types the keys as literals
    "svg.hashsalt": "ccas-compass",  # reproducible ids
    "svg.fonttype": "none",  # text stays text: small, selectable, translatable
    "text.parse_math": False,  # a "$" in a name is a dollar, not TeX
    "font.size": 10,
    "hatch.linewidth": 0.8,
}


def _images(
    draw: Callable[[], MplFigure], formats: tuple[str, ...] = ("svg", "png"), dpi: int = DPI
) -> dict[str, bytes]:
    import matplotlib

    with matplotlib.rc_context(_RC):
        figure = draw()
        if len(formats) > 1:
            figure.canvas.draw()  # lay out once, not once per format
            figure.set_layout_engine("none")
        out: dict[str, bytes] = {}
        metadata = {"svg": {"Date": None}, "png": {"Software": None}}
        for fmt in formats:
            buffer = io.BytesIO()
            figure.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata[fmt])
            out[fmt] = buffer.getvalue()
    return out


@dataclass(frozen=True)
class ChartData:
    """What a report's chart shows, as plain data (cheap to send to a worker process)."""

    lang: str
    title: str
    names: tuple[str, ...]
    """The figures' names, in report order."""
    values: tuple[tuple[float | None, ...], ...]
    """Per profile (practice, declared, ambition), per figure, the share shown (None: not given)."""


def chart_data(report: Report, lang: str) -> ChartData:
    title = message("report_chart_title", lang)
    name = w.organisation_name(report)
    return ChartData(
        lang=lang,
        title=f"{title} — {name}" if name else title,
        names=tuple(report.name(r.id, lang) for r in report.rows),
        values=tuple(tuple(getattr(r, kind) for r in report.rows) for kind, _, _, _ in PROFILES),
    )


def _draw(report: Report, lang: str) -> MplFigure:
    return _draw_data(chart_data(report, lang))[0]


def _draw_data(data: ChartData) -> tuple[MplFigure, list[Any]]:
    """The figure, and its three bar containers (for :class:`Painter` to update)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    lang = data.lang
    count = len(data.names)
    height = 0.26
    # a Figure with its own Agg canvas: no pyplot, no global state, no display needed
    figure = Figure(figsize=(8.5, 1.0 + 0.95 * count), layout="constrained")
    FigureCanvasAgg(figure)
    ax = figure.subplots()
    containers = []
    for index, ((_, key, colour, hatch), values) in enumerate(zip(PROFILES, data.values, strict=True)):
        positions = [i + (index - 1) * height for i in range(count)]
        bars = ax.barh(
            positions, [v or 0.0 for v in values], height=height * 0.92, label=_label(key, values, lang),
            color=colour if not hatch else "white", edgecolor=colour, hatch=hatch or None, linewidth=1.2,
        )
        ax.bar_label(bars, labels=_bar_texts(values, lang), padding=3, fontsize=8, color="#222222")
        containers.append(bars)
    _frame(ax, list(data.names), _right(data), message("report_chart_axis", lang), data.title)
    figure.legend(loc="outside lower center", ncols=len(PROFILES), frameon=False)
    return figure, containers


def _label(key: str, values: tuple[float | None, ...], lang: str) -> str:
    label = message(key, lang)
    if not all(v is None for v in values):
        return label
    # practices answered with no point for any figure are not "not given": say what they are
    missing = message("chart_practice_no_points" if key == "col_practice" else "not_stated", lang)
    return f"{label} ({missing})"


def _bar_texts(values: tuple[float | None, ...], lang: str) -> list[str]:
    return [w.pct(v, lang) if v is not None else "—" for v in values]


def _right(data: ChartData) -> float:
    top = max([v for values in data.values for v in values if v is not None] or [0])
    return top * 1.18 + 4


class Painter:
    """Many report charts as PNG, for a batch: one per organisation, at a fraction of the cost.

    The parts every chart shares — the figures' names, the axis and its ticks, the grid, the
    legend — are drawn once (per axis range and legend wording) and kept as a background image;
    each chart then only restores that image and draws its own bars, their labels and its title
    on it (matplotlib's "blitting"). The layout is :func:`chart_images`' own (constrained), computed
    once for the figures' names, and the axis range is rounded up (to 15, 25, 35…) so that few
    backgrounds are ever needed. A chart's bytes do not depend on the charts drawn before it."""

    def __init__(self, dpi: int = 100) -> None:
        self.dpi = dpi
        self._figures: dict[tuple[str, tuple[str, ...]], tuple[MplFigure, list[Any]]] = {}
        self._backgrounds: dict[tuple[object, ...], Any] = {}

    def png(self, data: ChartData) -> bytes:
        import matplotlib
        from PIL import Image

        with matplotlib.rc_context(_RC):
            figure, containers = self._figure(data)
            canvas: Any = figure.canvas  # an Agg canvas (copy_from_bbox, buffer_rgba…)
            ax = figure.axes[0]
            right = _rounded_right(data)
            unstated = tuple(all(v is None for v in values) for values in data.values)
            key = (data.lang, data.names, right, unstated)
            background = self._backgrounds.get(key)
            ax.set_xlim(0, right)
            for text in list(ax.texts):  # the bar labels of the previous chart
                text.remove()
            if background is None:
                legend = figure.legends[0].get_texts()
                for index, (profile, values) in enumerate(zip(PROFILES, data.values, strict=True)):
                    legend[index].set_text(_label(profile[1], values, data.lang))
                canvas.draw()  # everything but the animated artists: bars, their labels, the title
                background = self._backgrounds[key] = canvas.copy_from_bbox(figure.bbox)
            canvas.restore_region(background)
            for bars, values in zip(containers, data.values, strict=True):
                for rect, value in zip(bars, values, strict=True):
                    rect.set_width(value or 0.0)
                    ax.draw_artist(rect)
                labels = ax.bar_label(bars, labels=_bar_texts(values, data.lang), padding=3, fontsize=8,
                                      color="#222222")
                for label in labels:
                    label.set_animated(True)
                    ax.draw_artist(label)
            ax.spines["left"].set_animated(False)
            ax.draw_artist(ax.spines["left"])  # over the bars' ends, as in a full drawing
            title = _title_of(ax)
            title.set_text(data.title)
            ax.draw_artist(title)
            width, height = canvas.get_width_height()
            image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, format="png", compress_level=3)  # opaque: no alpha
        return buffer.getvalue()

    def _figure(self, data: ChartData) -> tuple[MplFigure, list[Any]]:
        """The reused figure for these figure names and language, laid out once, at this DPI."""
        key = (data.lang, data.names)
        if key not in self._figures:  # laid out for the names alone, whatever the first chart
            zeros = (0.0,) * len(data.names)
            figure, containers = _draw_data(replace(data, title="Ag", values=(zeros,) * len(PROFILES)))
            figure.set_dpi(self.dpi)
            figure.canvas.draw()  # constrained layout, once
            figure.set_layout_engine("none")
            for text in list(figure.axes[0].texts):  # the bar labels belong to each chart
                text.remove()
            for bars in containers:
                for rect in bars:
                    rect.set_animated(True)
            _title_of(figure.axes[0]).set_animated(True)
            self._figures[key] = (figure, containers)
        return self._figures[key]


def _title_of(ax: Any) -> Any:
    """The axes' left title (where :func:`_frame` puts it)."""
    return ax._left_title


def _rounded_right(data: ChartData) -> float:
    """The axis range of a batch chart: as :func:`_frame` sets it, rounded up to 15, 25, 35… (the
    last tick label, a multiple of 10, never on the edge), at most 100."""
    return float(min(100, max(15, math.ceil((_right(data) - 5) / 10) * 10 + 5)))


def _draw_panorama(model: Model, group: Group, lang: str) -> MplFigure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    count = len(model.figures)
    figure = Figure(figsize=(8.5, 1.2 + 0.7 * count), layout="constrained")
    FigureCanvasAgg(figure)
    ax = figure.subplots()
    colour, ambition_colour = PROFILES[0][2], PROFILES[2][2]
    for i, d in enumerate(group.practice):
        if d is None:
            continue
        label = message("pano_chart_iqr", lang) if i == 0 else None
        ax.barh(i, d.q3 - d.q1, left=d.q1, height=0.5, color="#c6d9ec", edgecolor=colour, linewidth=0.8,
                label=label)
        ax.plot([d.median, d.median], [i - 0.25, i + 0.25], color=colour, linewidth=2.5,
                label=message("pano_chart_median", lang) if i == 0 else None)
        ax.annotate(w.pct(d.median, lang), (d.q3, i), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=8, color="#222222")
    medians = [(i, d.median) for i, d in enumerate(group.ambition) if d is not None]
    if medians:
        ax.scatter([m for _, m in medians], [i for i, _ in medians], marker="D", s=36, facecolors="white",
                   edgecolors=ambition_colour, linewidths=1.5, zorder=3,
                   label=message("pano_chart_ambition", lang))
    values = [v for d in (*group.practice, *group.ambition) if d is not None for v in (d.q3, d.median)]
    orgs = f"{group.organisations} {message('pano_col_orgs', lang).lower()}"
    title = f"{message('pano_chart_title', lang)} ({orgs})"
    _frame(ax, [f.name.get(lang) for f in model.figures], max(values or [0]) * 1.2 + 4,
           message("pano_chart_axis", lang), title)
    figure.legend(loc="outside lower center", ncols=3, frameon=False)
    return figure


def _frame(ax: Any, names: list[str], right: float, xlabel: str, title: str) -> None:
    """Figures' names down the side (first at the top), a 0–100 % axis, light grid, a title."""
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels([textwrap.fill(name, 24) for name in names])
    ax.invert_yaxis()
    ax.set_xlim(0, max(10.0, min(100.0, right)))
    ax.set_xlabel(xlabel)
    ax.xaxis.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
