"""JSON Schemas (draft 2020-12) for editors and scripts: ``ccas-compass schema KIND``.

The figures and questions schemas come from the pydantic classes that validate those files. The
answers schema is built from the questionnaire itself, so an editor can offer each question's
option ids. The result schema describes ``assess --format json``.
"""

from __future__ import annotations

from typing import Any

from ccas_compass.model.core import Model, Question

DRAFT = "https://json-schema.org/draft/2020-12/schema"
KINDS = ("figures", "questions", "answers", "result")
_NUM = {"type": "number", "minimum": 0, "maximum": 100}
_NUM_OR_NULL = {"type": ["number", "null"], "minimum": 0, "maximum": 100}


def schema(kind: str, model: Model | None) -> dict[str, Any]:
    if kind in ("figures", "questions"):
        from ccas_compass.model.validation import json_schema

        return json_schema("figures" if kind == "figures" else "questions")
    if model is None:  # pragma: no cover - the CLI always passes one
        raise ValueError(kind)
    return answers_schema(model) if kind == "answers" else result_schema(model)


def _value_schema(question: Question) -> dict[str, Any]:
    ids = [o.id for o in question.options]
    if question.type == "single":
        return {"type": ["string", "null"], "enum": [*ids, None]}
    if question.type == "multiple":
        return {
            "type": ["array", "null"],
            "items": {"enum": ids},
            "uniqueItems": True,
            "minItems": 1,
        }
    if question.type == "allocation":
        return {
            "type": ["object", "null"],
            "properties": {i: {"type": ["integer", "null"], "minimum": 0} for i in ids},
            "additionalProperties": False,
            "description": f"Total = {question.points}",
        }
    return {"type": ["string", "null"]}


def answers_schema(model: Model) -> dict[str, Any]:
    q = model.questionnaire
    organisation: dict[str, Any] = {}
    for x in q.profile:
        item = _value_schema(x)
        if x.pattern:
            item = {**item, "pattern": x.pattern}
        organisation[x.id] = {**item, "description": x.text.fr}
    return {
        "$schema": DRAFT,
        "$id": f"ccas-compass/{q.id}/{q.version}/answers",
        "title": f"ccas-compass answers — {q.id} {q.version}",
        "type": "object",
        "additionalProperties": False,
        "required": ["organisation"],
        "properties": {
            "questionnaire": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"id": {"const": q.id}, "version": {"type": "string"}},
            },
            "organisation": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": organisation,
            },
            "respondent": {
                "type": ["object", "null"],
                "additionalProperties": False,
                "properties": {"role": {"type": ["string", "null"]}, "name": {"type": ["string", "null"]}},
            },
            "date": {"type": ["string", "null"], "format": "date"},
            "answers": {
                "type": ["object", "null"],
                "additionalProperties": False,
                "properties": {
                    x.id: {**_value_schema(x), "description": x.text.fr} for x in q.questions
                },
            },
        },
    }


def result_schema(model: Model) -> dict[str, Any]:
    figure_ids = list(model.figure_ids)
    stated = {
        "type": ["array", "null"],
        "items": {
            "type": "object",
            "required": ["id", "name", "share"],
            "properties": {"id": {"enum": figure_ids}, "name": {"type": "string"}, "share": _NUM},
        },
    }
    contribution = {
        "type": "object",
        "required": ["question", "options", "points", "max"],
        "properties": {
            "question": {"type": "string"},
            "options": {"type": "array", "items": {"type": "string"}},
            "points": {"type": "integer", "minimum": 1},
            "max": {"type": "integer", "minimum": 1},
            "question_text": {"type": "string"},
            "option_labels": {"type": "array", "items": {"type": "string"}},
            "rationales": {
                "type": "array",
                "description": "Why each chosen option counts for the figure (null when not given).",
                "items": {"type": ["string", "null"]},
            },
        },
    }
    figure = {
        "type": "object",
        "required": ["id", "name", "intensity", "share", "answered", "informing", "contributions"],
        "properties": {
            "id": {"enum": figure_ids},
            "name": {"type": "string"},
            "intensity": _NUM_OR_NULL,
            "share": _NUM_OR_NULL,
            "answered": {"type": "integer", "minimum": 0},
            "informing": {"type": "integer", "minimum": 0},
            "contributions": {"type": "array", "items": contribution},
        },
    }
    text_or_null = {"type": ["string", "null"]}
    return {
        "$schema": DRAFT,
        "$id": "ccas-compass/result",
        "title": "ccas-compass result (assess --format json)",
        "type": "object",
        "required": ["questionnaire", "organisation", "coverage", "figures", "declared", "ambition"],
        "properties": {
            "tool": {"type": "object"},
            "questionnaire": {
                "type": "object",
                "required": ["id", "version", "sha256"],
                "properties": {
                    "id": {"type": "string"},
                    "version": {"type": "string"},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                },
            },
            "answered_with": {
                "type": "object",
                "properties": {"id": text_or_null, "version": text_or_null},
            },
            "source": text_or_null,
            "organisation": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "departement": text_or_null,
                    "commune": {  # from the commune referential; null for a missing or unknown code
                        "type": ["object", "null"],
                        "properties": {
                            "code": {"type": "string"}, "name": {"type": "string"},
                            "population": {"type": ["integer", "null"]}, "departement_name": text_or_null,
                            "epci": {  # its intercommunality (for a CIAS: the territory it serves)
                                "type": ["object", "null"],
                                "properties": {
                                    "siren": {"type": "string"}, "name": {"type": "string"},
                                    "type": {"type": "string"},
                                    "members": {"type": "integer", "minimum": 0},
                                    "population": {"type": "integer", "minimum": 0},
                                },
                            },
                        },
                    },
                },
                "additionalProperties": {"type": ["string", "null"]},
            },
            "respondent": {"type": ["object", "null"]},
            "date": text_or_null,
            "lang": {"enum": ["fr", "en"]},
            "coverage": _NUM,
            "answered": {"type": "integer", "minimum": 0},
            "questions": {"type": "integer", "minimum": 0},
            "figures": {
                "type": "array",
                "items": figure,
                "minItems": len(figure_ids),
                "maxItems": len(figure_ids),
            },
            "declared": stated,
            "ambition": stated,
            "notes": {"type": "object", "additionalProperties": {"type": "string"}},
            "warnings": {"type": "array", "items": {"type": "string"}},
            "given_answers": {
                "type": "object", "description": "The answers by question id (kept for compare).",
            },
            "unanswered": {
                "type": "array", "items": {"type": "string"},
                "description": "The practice questions left 'don't know', in questionnaire order.",
            },
            **_report_schema(figure_ids),
        },
    }


def _report_schema(figure_ids: list[str]) -> dict[str, Any]:
    """Gaps, leanings and levers (added in 0.1; optional, so that older results still validate)."""
    points = {"type": ["number", "null"], "minimum": -100, "maximum": 100}
    figure_list = {"type": "array", "items": {"enum": figure_ids}}
    return {
        "headline": {"type": "string", "description": "The report's headline sentence."},
        "standing_out": {
            **figure_list,
            "description": "The figures that stand out of the practices (intensity reaches "
            "standing_out_rule.min_intensity and leads the median intensity of the other figures by "
            "min_lead points), strongest first; empty when none does.",
        },
        "standing_out_rule": {
            "type": "object",
            "required": ["min_intensity", "min_lead"],
            "properties": {"min_intensity": _NUM, "min_lead": _NUM, "reference": {"type": "string"}},
        },
        "standing_out_reason": {
            "enum": ["statutory_core", "broad_mix", "few_answers", None],
            "description": "Why no figure stands out: every intensity under the floor (the practices "
            "described are mostly the statutory core), some above it but none leading the others "
            "enough (a broad mix), or too few practice questions answered; null when a figure stands "
            "out or no practice question was answered.",
        },
        "ambition_spread": {
            **figure_list,
            "description": "Every figure the 2050 ambition gives points to, largest first (leaning."
            "ambition names only those that lead it: share >= 25 and 5 points above the next).",
        },
        "low_coverage": {"type": "boolean"},
        "low_coverage_threshold": _NUM,
        "leaning": {
            "type": "object",
            "required": ["practice", "ambition"],
            "properties": {"practice": figure_list, "ambition": figure_list},
        },
        "gaps": {
            "type": "array",
            "description": "Per figure, stated share minus practice share, in points (null if unknown).",
            "items": {
                "type": "object",
                "required": ["id", "declared_minus_practice", "ambition_minus_practice"],
                "properties": {
                    "id": {"enum": figure_ids},
                    "declared_minus_practice": points,
                    "ambition_minus_practice": points,
                },
            },
        },
        "main_gaps": {
            "type": "array",
            "description": "The two or three gaps most worth discussing, ambition gaps first. When no "
            "figure stands out or the coverage is low, practice shares are not compared: "
            "ambition_faint/ambition_drawn give a figure the ambition leads with its practice "
            "intensity (under or at least at the floor), ambition_declared the ambition against "
            "today's view (both stated by the team).",
            "items": {
                "type": "object",
                "required": ["id", "kind", "stated", "practice", "delta"],
                "properties": {
                    "id": {"enum": figure_ids},
                    "kind": {"enum": ["ambition", "declared", "ambition_declared", "ambition_faint",
                                      "ambition_drawn"]},
                    "stated": _NUM,
                    "practice": {**_NUM, "type": ["number", "null"]},
                    "declared": {**_NUM, "type": ["number", "null"]},
                    "intensity": {**_NUM, "type": ["number", "null"]},
                    "delta": points,
                },
            },
        },
        "levers": {
            "type": "array",
            "description": "Figures whose ambition share exceeds the practice share by 5 points or "
            "more, with the tool's example ingredients along the four axes; when no figure stands out "
            "or the coverage is low, the figures the ambition gives at least 20 % and whose practice "
            "intensity is under the floor (practice and delta null, intensity given).",
            "items": {
                "type": "object",
                "required": ["id", "name", "practice", "ambition", "delta", "ingredients"],
                "properties": {
                    "id": {"enum": figure_ids},
                    "name": {"type": "string"},
                    "practice": {**_NUM, "type": ["number", "null"]},
                    "intensity": {**_NUM, "type": ["number", "null"]},
                    "ambition": _NUM,
                    "delta": points,
                    "ingredients": {
                        "type": "object",
                        "additionalProperties": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
        },
    }
