"""Markdown, for the board; written to a file, a report gets its chart (PNG, SVG) beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ccas_compass.render._format import Format, Options, Rendered

if TYPE_CHECKING:
    from ccas_compass.model.core import Model, Result
    from ccas_compass.scoring.compare import Comparison

CHART_SUFFIXES = ("png", "svg")


class Markdown(Format):
    name = "markdown"
    documents = frozenset({"report", "comparison"})

    def beside(self, document: str, options: Options) -> tuple[str, ...]:
        if document == "report" and options.chart and options.output is not None:
            return CHART_SUFFIXES
        return ()

    def report(self, model: Model, result: Result, options: Options) -> Rendered:
        from ccas_compass.render.markdown import report_markdown
        from ccas_compass.scoring.report import build_report

        report = build_report(model, result)
        if not self.beside("report", options) or options.output is None:
            return Rendered(report_markdown(report, options.lang, chart=None))
        from ccas_compass.render.chart import chart_images

        images = chart_images(report, options.lang)
        chart = options.output.with_suffix("." + CHART_SUFFIXES[0]).name
        return Rendered(report_markdown(report, options.lang, chart=chart),
                        {suffix: images[suffix] for suffix in CHART_SUFFIXES})

    def comparison(self, model: Model, comparison: Comparison, options: Options) -> Rendered:
        from ccas_compass.render.markdown import compare_markdown

        return Rendered(compare_markdown(model, comparison, options.lang))
