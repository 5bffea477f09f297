"""The frozen objects the whole package works with: figures, questionnaire, answers, result.

No I/O here: :mod:`ccas_compass.model.loading` builds these objects from files,
:mod:`ccas_compass.scoring.mix` turns a model and answers into a :class:`Result`, and the renderers read
results.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from ccas_compass.errors import Problem

Reason = Literal["statutory_core", "broad_mix", "few_answers"]
"""Why no figure stands out: every intensity under the floor (the practices described are mostly
the statutory core), some above it but none leading the others enough (a broad mix), or too few
practice questions answered to tell."""

DEFAULT_MIN_INTENSITY = 45.0
"""Default floor: a figure whose practices reach less than this intensity is not "drawn"
(calibrated on the blind corpus ``tests/corpus``: see ``benchmarks/standing_calibration.py``)."""
DEFAULT_MIN_LEAD = 25.0
"""Default lead (points of intensity) over the median of the other figures."""
DEFAULT_MIN_COVERAGE = 50.0
"""Default share of the practice questions (in %) that must be answered for any figure to stand out."""


@dataclass(frozen=True)
class StandingOutRule:
    """The two parameters of the rule (intensities and leads in points, 0–100)."""

    min_intensity: float = DEFAULT_MIN_INTENSITY
    min_lead: float = DEFAULT_MIN_LEAD
    min_coverage: float = DEFAULT_MIN_COVERAGE

    def as_dict(self) -> dict[str, object]:
        """The rule as the result JSON carries it (``standing_out_rule``)."""
        return {
            "min_intensity": self.min_intensity,
            "min_lead": self.min_lead,
            "min_coverage": self.min_coverage,
            "reference": "median_of_others",
        }


DEFAULT_RULE = StandingOutRule()


QuestionType = Literal["single", "multiple", "allocation", "text"]
ProfileKind = Literal["declared", "ambition"]
AXES = ("espaces", "presence", "modes_action", "competences")
"""The four questions the UNCCAS work asks of each figure, along which the tool's own example
ingredients are sorted."""

AnswerValue = str | tuple[str, ...] | Mapping[str, int]
"""An option id (single), option ids (multiple), points per option (allocation) or a note (text)."""


@dataclass(frozen=True)
class I18n:
    """A text in French and English."""

    fr: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


@dataclass(frozen=True)
class Ingredient(I18n):
    """An example of practice for a figure; ``territories`` (``rural``, ``urbain``, ``qpv``,
    ``intercommunal``) says where it fits best, none meaning anywhere."""

    territories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    id: str
    name: I18n
    summary: I18n
    description: I18n
    ingredients: Mapping[str, tuple[Ingredient, ...]]
    """Concrete practices a CCAS/CIAS could pick, per axis of :data:`AXES`."""


@dataclass(frozen=True)
class Option:
    id: str
    label: I18n
    weights: Mapping[str, int] = field(default_factory=dict)
    exclusive: bool = False
    rationale: I18n | None = None
    """Why this practice counts for the figures it weights (the weighting rubric, in words)."""


@dataclass(frozen=True)
class Theme:
    id: str
    title: I18n
    intro: I18n | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: I18n
    theme: str | None = None
    help: I18n | None = None
    options: tuple[Option, ...] = ()
    points: int | None = None
    profile: ProfileKind | None = None
    required: bool = False
    pattern: str | None = None
    attainable: Mapping[str, int] = field(default_factory=dict)
    """Per figure, the most this question can give it: the best option of a ``single``, every
    positive option of a ``multiple``. Figures it cannot inform are absent."""

    @property
    def is_practice(self) -> bool:
        """Scored into the practice profile (single and multiple choice questions)."""
        return self.type in ("single", "multiple")

    @property
    def scored(self) -> bool:
        return self.type != "text"

    def option(self, option_id: str) -> Option | None:
        return self._options_by_id.get(option_id)

    @cached_property
    def _options_by_id(self) -> Mapping[str, Option]:
        return {o.id: o for o in self.options}

    @cached_property
    def option_ids(self) -> frozenset[str]:
        return frozenset(o.id for o in self.options)

    @cached_property
    def exclusive_option(self) -> Option | None:
        return next((o for o in self.options if o.exclusive), None)


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    title: I18n
    themes: tuple[Theme, ...]
    profile: tuple[Question, ...]
    questions: tuple[Question, ...]
    sha256: str
    standing_out: StandingOutRule = DEFAULT_RULE
    """When a figure stands out (``scoring: standing_out:`` in the file, else the defaults)."""

    @property
    def practice_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.is_practice)

    def question(self, question_id: str) -> Question | None:
        return self._questions_by_id.get(question_id)

    def profile_question(self, question_id: str) -> Question | None:
        return self._profile_by_id.get(question_id)

    @cached_property
    def _questions_by_id(self) -> Mapping[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def _profile_by_id(self) -> Mapping[str, Question]:
        return {q.id: q for q in self.profile}

    def theme(self, theme_id: str | None) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)


@dataclass(frozen=True)
class Model:
    figures: tuple[Figure, ...]
    questionnaire: Questionnaire

    @cached_property
    def figure_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.figures)

    def figure(self, figure_id: str) -> Figure:
        for f in self.figures:
            if f.id == figure_id:
                return f
        raise KeyError(figure_id)


@dataclass(frozen=True)
class Answers:
    """One respondent's answers, checked against a questionnaire.

    ``organisation`` holds the profile (``name``, ``insee``, ``kind``, …) as option ids or texts;
    ``values`` holds only the questions actually answered (a missing question means "don't know").
    """

    organisation: Mapping[str, str]
    values: Mapping[str, AnswerValue]
    questionnaire_id: str | None = None
    questionnaire_version: str | None = None
    respondent: Mapping[str, str] = field(default_factory=dict)
    date: str | None = None
    source: str | None = None


def departement(insee: str | None) -> str | None:
    """The département of a commune code: 2 characters, 3 for overseas (97x, 98x)."""
    if not insee:
        return None
    return insee[:3] if insee[:2] in ("97", "98") else insee[:2]


@dataclass(frozen=True)
class Contribution:
    """What one answered question gives one figure: the "why" of an intensity.

    ``options`` are the chosen options that gave this figure points (not every chosen option).
    """

    question: str
    options: tuple[str, ...]
    points: int
    attainable: int


@dataclass(frozen=True)
class FigureScore:
    """A figure in the practice profile.

    ``intensity`` (0–100) is how far the answers go toward this figure over the questions that were
    answered; ``share`` (0–100, summing to 100 over figures) is its part of the mix. Both are None
    when no answered question informs the figure (or, for shares, when no figure scores at all).
    """

    id: str
    intensity: float | None
    share: float | None
    obtained: int
    attainable: int
    answered: int
    informing: int
    contributions: tuple[Contribution, ...]


@dataclass(frozen=True)
class DeclaredShare:
    """A figure's part (0–100) in a declared or ambition profile, from an allocation question."""

    id: str
    share: float


@dataclass(frozen=True)
class Result:
    model_id: str
    model_version: str
    model_sha256: str
    answers: Answers
    practice: tuple[FigureScore, ...]
    declared: tuple[DeclaredShare, ...] | None
    ambition: tuple[DeclaredShare, ...] | None
    answered: int
    total: int
    warnings: tuple[Problem, ...] = ()
    """Things the reader must know (another questionnaire version…), rendered in the UI language."""
    standing_out: tuple[str, ...] = ()
    """The figures that stand out of the practice profile, strongest first (see
    :mod:`ccas_compass.scoring.standing`); empty when none does."""
    standing_out_rule: StandingOutRule = DEFAULT_RULE
    standing_out_reason: Reason | None = None
    """Why no figure stands out (``statutory_core``, ``broad_mix``, ``few_answers``), None when one
    does or when no practice question was answered (set by the scoring:
    :func:`ccas_compass.scoring.standing.no_standing_reason`)."""
    mean_answered: float | None = None
    """A team's mean number of answered questions, unrounded (``answered`` is it rounded, for
    display): its coverage is computed from this, as the panorama computes it."""

    @property
    def coverage(self) -> float:
        """Answered practice questions, in percent of all practice questions (unrounded)."""
        return coverage(self.answered if self.mean_answered is None else self.mean_answered, self.total)


def coverage(answered: float, total: int) -> float:
    """The one coverage formula (a respondent's, a team's from its mean, the panorama's): answered
    practice questions in percent of all practice questions, unrounded until display."""
    return 100.0 * answered / total if total else 0.0
