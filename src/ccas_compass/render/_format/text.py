"""The terminal's text: Rich renderables, printed by the command line at the terminal's width."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ccas_compass.render._format import Body, Format, Options, Rendered

if TYPE_CHECKING:
    from ccas_compass.model.core import Model, Result
    from ccas_compass.scoring.compare import Comparison


class Text(Format):
    name = "text"
    documents = frozenset({"figures", "questions", "report", "comparison", "commune"})

    def figures(self, model: Model, lang: str, details: bool) -> Body:
        from ccas_compass.render.text import figures_view

        return figures_view(model, lang, details)

    def questions(self, model: Model, lang: str) -> Body:
        from ccas_compass.render.text import questions_view

        return questions_view(model, lang)

    def report(self, model: Model, result: Result, options: Options) -> Rendered:
        from ccas_compass.render.report_text import report_view
        from ccas_compass.scoring.report import build_report

        return Rendered(report_view(build_report(model, result), options.lang))

    def comparison(self, model: Model, comparison: Comparison, options: Options) -> Rendered:
        from ccas_compass.render.report_text import compare_view

        return Rendered(compare_view(model, comparison, options.lang))

    def commune(self, ref: Any, found: Any, lang: str) -> Body:
        from ccas_compass.territory import lookup

        return lookup.text(ref, found, lang)
