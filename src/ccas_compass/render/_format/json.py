"""JSON: the complete documents, for scripts (see :mod:`ccas_compass.render.jsonout`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ccas_compass.render._format import Body, Format, Options, Rendered

if TYPE_CHECKING:
    from ccas_compass.model.core import Model, Result
    from ccas_compass.scoring.compare import Comparison


class Json(Format):
    name = "json"
    documents = frozenset({"figures", "questions", "report", "comparison", "commune"})

    def figures(self, model: Model, lang: str, details: bool) -> Body:
        from ccas_compass.render import jsonout

        return jsonout.dumps(jsonout.figures(model, lang))

    def questions(self, model: Model, lang: str) -> Body:
        from ccas_compass.render import jsonout

        return jsonout.dumps(jsonout.questions(model, lang))

    def report(self, model: Model, result: Result, options: Options) -> Rendered:
        from ccas_compass.render import jsonout

        return Rendered(jsonout.dumps(jsonout.result(model, result, options.lang)))

    def comparison(self, model: Model, comparison: Comparison, options: Options) -> Rendered:
        from ccas_compass.render import jsonout

        return Rendered(jsonout.dumps(jsonout.comparison(model, comparison, options.lang)))

    def commune(self, ref: Any, found: Any, lang: str) -> Body:
        from ccas_compass.render import jsonout
        from ccas_compass.territory import lookup

        docs = [lookup.document(ref, f) for f in found]
        return jsonout.dumps(docs[0] if len(docs) == 1 else docs)
