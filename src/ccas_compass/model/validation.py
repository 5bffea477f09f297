"""The only module that imports pydantic: the shape of the model files, checked at the edge.

The classes below describe ``figures.yaml`` and ``questions.yaml`` exactly (unknown keys are refused,
types are strict: ``version: 1.0`` must be quoted). They also give the JSON Schemas printed by
``ccas-compass schema figures|questions``. Cross-references and the balance rules are checked later,
on the frozen model, by :mod:`ccas_compass.model.checks`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ccas_compass.errors import Problem

MAX_WEIGHT = 3
"""Weights are small integers, 0 to MAX_WEIGHT."""

Id = Annotated[str, Field(min_length=1, description="Stable id: [a-z][a-z0-9_]*")]
Weight = Annotated[int, Field(ge=0, le=MAX_WEIGHT)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class TextIn(_Strict):
    """A text in both languages of the interface."""

    fr: Annotated[str, Field(min_length=1)]
    en: Annotated[str, Field(min_length=1)]


Territory = Literal["rural", "urbain", "qpv", "intercommunal"]


class IngredientIn(TextIn):
    """An example of practice; ``territories`` names the territories where it fits best (none: any)."""

    territories: list[Territory] = Field(default_factory=list)


class IngredientsIn(_Strict):
    """Concrete practices along the four axes of the UNCCAS work."""

    espaces: Annotated[list[IngredientIn], Field(min_length=1)]
    presence: Annotated[list[IngredientIn], Field(min_length=1)]
    modes_action: Annotated[list[IngredientIn], Field(min_length=1)]
    competences: Annotated[list[IngredientIn], Field(min_length=1)]


class FigureIn(_Strict):
    id: Id
    name: TextIn
    summary: TextIn
    description: TextIn
    ingredients: IngredientsIn


class FiguresFile(_Strict):
    """``figures.yaml``: the figures the answers are set against."""

    format: Literal[1] = 1
    figures: Annotated[list[FigureIn], Field(min_length=2)]


class OptionIn(_Strict):
    id: Id
    label: TextIn
    weights: dict[str, Weight] = Field(default_factory=dict)
    exclusive: bool = False
    rationale: TextIn | None = None


class ThemeIn(_Strict):
    id: Id
    title: TextIn
    intro: TextIn | None = None


class QuestionIn(_Strict):
    id: Id
    type: Literal["single", "multiple", "allocation", "text"]
    text: TextIn
    theme: str | None = None
    help: TextIn | None = None
    options: list[OptionIn] = Field(default_factory=list)
    points: int | None = None
    profile: Literal["declared", "ambition"] | None = None
    required: bool = False
    pattern: str | None = None


Percent = Annotated[float, Field(ge=0, le=100)]


class StandingOutIn(_Strict):
    """When a figure stands out: its intensity reaches ``min_intensity`` and leads the median
    intensity of the other figures by ``min_lead`` points (both 0–100)."""

    min_intensity: Percent | None = None
    min_lead: Percent | None = None
    min_coverage: Percent | None = None


class ScoringIn(_Strict):
    """Scoring parameters this questionnaire version carries (the code's defaults otherwise)."""

    standing_out: StandingOutIn | None = None


class QuestionsFile(_Strict):
    """``questions.yaml``: the versioned questionnaire."""

    format: Literal[1] = 1
    id: Id
    version: Annotated[str, Field(min_length=1)]
    title: TextIn
    themes: Annotated[list[ThemeIn], Field(min_length=1)]
    profile: list[QuestionIn]
    questions: Annotated[list[QuestionIn], Field(min_length=1)]
    scoring: ScoringIn | None = None


_KEYS = {
    "missing": "missing",
    "extra_forbidden": "extra_forbidden",
    "dict_type": "expected_mapping",
    "model_type": "expected_mapping",
    "model_attributes_type": "expected_mapping",
    "list_type": "expected_list",
    "string_type": "expected_text",
    "int_type": "expected_integer",
}


def _problems(err: ValidationError) -> list[Problem]:
    problems = []
    for item in err.errors(include_url=False):
        path = tuple(p for p in item["loc"] if isinstance(p, str | int))
        kind = item["type"]
        if kind in ("less_than_equal", "greater_than_equal") and "weights" in path:
            problems.append(
                Problem("weight_range", {"value": item["input"], "low": 0, "high": MAX_WEIGHT}, path)
            )
        elif kind in _KEYS:
            problems.append(Problem(_KEYS[kind], {}, path))
        else:
            problems.append(Problem("invalid", {"detail": item["msg"]}, path))
    return problems


def validate_figures(data: Any) -> tuple[FiguresFile | None, list[Problem]]:
    try:
        return FiguresFile.model_validate(data), []
    except ValidationError as err:
        return None, _problems(err)


def validate_questions(data: Any) -> tuple[QuestionsFile | None, list[Problem]]:
    try:
        return QuestionsFile.model_validate(data), []
    except ValidationError as err:
        return None, _problems(err)


def json_schema(kind: Literal["figures", "questions"]) -> dict[str, Any]:
    cls = FiguresFile if kind == "figures" else QuestionsFile
    schema = cls.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
