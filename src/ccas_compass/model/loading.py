"""Files → frozen model objects: figures and questionnaire, with located errors.

Every file is read as UTF-8 (a leading BOM is accepted). Model files are parsed with their line
numbers so that each problem names ``file:line dotted.path``. Answers files are read by
:mod:`ccas_compass.answers.loading` (a layer above: they are checked against a model).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from ccas_compass.errors import AnswersError, ModelError, Problem, UsageError, unreadable
from ccas_compass.model import checks
from ccas_compass.model.core import (
    AXES,
    DEFAULT_RULE,
    Figure,
    I18n,
    Ingredient,
    Model,
    Option,
    Question,
    Questionnaire,
    StandingOutRule,
    Theme,
)

FIGURES_FILE = "figures.yaml"
QUESTIONS_FILE = "questions.yaml"
DATA_ENV = "CCAS_COMPASS_DATA"


def default_data_dir() -> Path:
    """The model shipped with the package (or, in a source checkout, the repository's ``data/``)."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    packaged = Path(str(resources.files("ccas_compass"))) / "data"
    if (packaged / QUESTIONS_FILE).is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "data"


def read_text(path: Path, error: type[ModelError | AnswersError | UsageError]) -> str:
    """A whole file as text, decoded as UTF-8 (with or without BOM), or a located error."""
    return decode(_read_bytes(path, error), str(path), error)


def decode(raw: bytes, name: str, error: type[ModelError | AnswersError | UsageError]) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        params = {"byte": f"0x{raw[err.start]:02x}", "pos": err.start}
        raise error([Problem("not_utf8", params, file=name)]) from None


def load_model(data_dir: str | Path | None = None, *, slot: str = "") -> Model:
    """Read, validate and freeze the figures and the questionnaire; raise ModelError if invalid.

    A model that passed validation is cached (keyed by the files' bytes and the tool's version), so
    that later starts skip YAML parsing and validation: see :mod:`ccas_compass.model.cache`.
    """
    from ccas_compass.model import cache as model_cache

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    if not folder.is_dir():
        raise UsageError([Problem("data_dir_missing", file=str(folder))])
    fig_path, q_path = folder / FIGURES_FILE, folder / QUESTIONS_FILE
    fig_bytes = _read_bytes(fig_path)
    q_bytes = _read_bytes(q_path)
    key = model_cache.key(fig_bytes, q_bytes)
    cached = model_cache.get(key, slot)
    if cached is not None:
        return cached
    model = _build_model(
        decode(fig_bytes, str(fig_path), ModelError), fig_path,
        decode(q_bytes, str(q_path), ModelError), q_path,
    )
    model_cache.put(key, model, slot)
    return model


def _read_bytes(path: Path, error: type[ModelError | AnswersError | UsageError] = ModelError) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:  # a wrong path (absent, a folder) is a usage error (exit 2), whatever the file
        raise unreadable(path, err, error) from None


def _build_model(fig_text: str, fig_path: Path, q_text: str, q_path: Path) -> Model:

    fig_data, fig_lines, fig_problems = _parse_model_file(fig_text, fig_path)
    q_data, q_lines, q_problems = _parse_model_file(q_text, q_path)
    from ccas_compass.model import validation  # pydantic is only needed here

    figures_in, problems = validation.validate_figures(fig_data)
    fig_problems += [p.located(str(fig_path), fig_lines) for p in problems]
    questions_in, problems = validation.validate_questions(q_data)
    q_problems += [p.located(str(q_path), q_lines) for p in problems]
    if figures_in is None or questions_in is None or fig_problems or q_problems:
        raise ModelError(fig_problems + q_problems)

    figures = tuple(_figure(f) for f in figures_in.figures)
    sha = hashlib.sha256(q_text.encode("utf-8")).hexdigest()
    questionnaire = Questionnaire(
        id=questions_in.id,
        version=questions_in.version,
        title=_text(questions_in.title),
        themes=tuple(Theme(t.id, _text(t.title), _opt_text(t.intro)) for t in questions_in.themes),
        profile=tuple(_question(x) for x in questions_in.profile),
        questions=tuple(_question(x) for x in questions_in.questions),
        sha256=sha,
        standing_out=_standing_out_rule(questions_in.scoring),
    )
    problems = [p.located(str(fig_path), fig_lines) for p in checks.check_figures(figures)]
    figure_ids = [f.id for f in figures]
    found = checks.check_questionnaire(questionnaire, figure_ids)
    problems += [p.located(str(q_path), q_lines) for p in found]
    if problems:
        raise ModelError(problems)
    return Model(figures=figures, questionnaire=questionnaire)


def _parse_model_file(text: str, path: Path) -> tuple[Any, dict[Any, int], list[Problem]]:
    from ccas_compass.model import yamlio

    try:
        data, lines, problems = yamlio.parse_with_lines(text)
    except yamlio.ParseError as err:
        raise ModelError([err.problem.located(str(path))]) from None
    if data is None:
        raise ModelError([Problem("empty_file", file=str(path))])
    return data, lines, [p.located(str(path), lines) for p in problems]


def _text(t: Any) -> I18n:
    return I18n(fr=t.fr.strip(), en=t.en.strip())


def _opt_text(t: Any) -> I18n | None:
    return None if t is None else _text(t)


def _standing_out_rule(scoring: Any) -> StandingOutRule:
    """The questionnaire's ``scoring: standing_out:`` parameters, the defaults for any not given."""
    given = getattr(scoring, "standing_out", None)
    if given is None:
        return DEFAULT_RULE
    return StandingOutRule(
        float(DEFAULT_RULE.min_intensity if given.min_intensity is None else given.min_intensity),
        float(DEFAULT_RULE.min_lead if given.min_lead is None else given.min_lead),
        float(DEFAULT_RULE.min_coverage if given.min_coverage is None else given.min_coverage),
    )


def _figure(f: Any) -> Figure:
    ingredients = {
        axis: tuple(
            Ingredient(x.fr.strip(), x.en.strip(), tuple(x.territories))
            for x in getattr(f.ingredients, axis)
        )
        for axis in AXES
    }
    return Figure(f.id, _text(f.name), _text(f.summary), _text(f.description), ingredients)


def _question(x: Any) -> Question:
    options = tuple(
        Option(
            o.id,
            _text(o.label),
            {k: v for k, v in o.weights.items() if v},
            o.exclusive,
            _opt_text(o.rationale),
        )
        for o in x.options
    )
    return Question(
        id=x.id,
        type=x.type,
        text=_text(x.text),
        theme=x.theme,
        help=_opt_text(x.help),
        options=options,
        points=x.points,
        profile=x.profile,
        required=x.required,
        pattern=x.pattern,
        attainable=_attainable(x.type, options),
    )


def _attainable(kind: str, options: tuple[Option, ...]) -> Mapping[str, int]:
    best: dict[str, int] = {}
    for option in options:
        for fid, weight in option.weights.items():
            if kind == "multiple":
                best[fid] = best.get(fid, 0) + weight
            else:
                best[fid] = max(best.get(fid, 0), weight)
    return best
