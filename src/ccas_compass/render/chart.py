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
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..i18n import message
from ..model import Model
from ..report import Report
from . import wording as w

if TYPE_CHECKING:
    from matplotlib.figure import Figure as MplFigure

    from ..panorama import Group

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


def _images(
    draw: Callable[[], MplFigure], formats: tuple[str, ...] = ("svg", "png"), dpi: int = DPI
) -> dict[str, bytes]:
    import matplotlib

    with matplotlib.rc_context(
        {
            "svg.hashsalt": "ccas-compass",  # reproducible ids
            "svg.fonttype": "none",  # text stays text: small, selectable, translatable
            "text.parse_math": False,  # a "$" in a name is a dollar, not TeX
            "font.size": 10,
            "hatch.linewidth": 0.8,
        }
    ):
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


def _draw(report: Report, lang: str) -> MplFigure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = report.rows
    count = len(rows)
    height = 0.26
    # a Figure with its own Agg canvas: no pyplot, no global state, no display needed
    figure = Figure(figsize=(8.5, 1.0 + 0.95 * count), layout="constrained")
    FigureCanvasAgg(figure)
    ax = figure.subplots()
    for index, (kind, key, colour, hatch) in enumerate(PROFILES):
        label = message(key, lang)
        values = [getattr(r, kind) for r in rows]
        if all(v is None for v in values):
            label += f" ({message('not_stated', lang)})"
        positions = [i + (index - 1) * height for i in range(count)]
        shown = [v or 0.0 for v in values]
        bars = ax.barh(
            positions, shown, height=height * 0.92, label=label, color=colour if not hatch else "white",
            edgecolor=colour, hatch=hatch or None, linewidth=1.2,
        )
        texts = [w.pct(v, lang) if v is not None else "—" for v in values]
        ax.bar_label(bars, labels=texts, padding=3, fontsize=8, color="#222222")
    top = max([v for r in rows for v in (r.practice, r.declared, r.ambition) if v is not None] or [0])
    title = message("report_chart_title", lang)
    name = w.organisation_name(report)
    _frame(ax, [report.name(r.id, lang) for r in rows], top * 1.18 + 4, message("report_chart_axis", lang),
           f"{title} — {name}" if name else title)
    figure.legend(loc="outside lower center", ncols=len(PROFILES), frameon=False)
    return figure


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
