"""PDF and Word files for the board (see :mod:`ccas_compass.render.board`): bytes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ccas_compass.render._format import Format, Options, Rendered

if TYPE_CHECKING:
    from ccas_compass.model.core import Model, Result
    from ccas_compass.scoring.compare import Comparison


class _Board(Format):
    documents = frozenset({"report", "comparison"})
    binary = True

    def report(self, model: Model, result: Result, options: Options) -> Rendered:
        from ccas_compass.render.board import report_file
        from ccas_compass.scoring.report import build_report

        report = build_report(model, result)
        return Rendered(report_file(report, self.name, options.lang, chart=options.chart,
                                    template=options.template))

    def comparison(self, model: Model, comparison: Comparison, options: Options) -> Rendered:
        from ccas_compass.render.board import compare_file

        return Rendered(compare_file(model, comparison, self.name, options.lang, template=options.template))


class Pdf(_Board):
    name = "pdf"


class Docx(_Board):
    name = "docx"
