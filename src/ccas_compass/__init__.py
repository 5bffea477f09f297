"""ccas-compass: which of UNCCAS's seven figures of the "CCAS en 2050" do a CCAS/CIAS's practices
resemble, and which mix does it aim for?

Public API, for notebooks and scripts::

    from ccas_compass import load_model, load_answers, score
    model = load_model()                       # the shipped figures and questionnaire
    answers = load_answers("mon-ccas.yaml", model)
    result = score(model, answers)             # frozen Result: practice, declared, ambition…

The functions are imported lazily so that ``ccas-compass --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["__version__", "load_answers", "load_model", "score"]

if TYPE_CHECKING:
    __version__: str
    from ccas_compass.answers.loading import load_answers
    from ccas_compass.model.loading import load_model
    from ccas_compass.scoring.mix import score


def _version() -> str:
    """The version, written once (pyproject.toml) and read from the installed metadata."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ccas-compass")
    except PackageNotFoundError:  # a source tree on sys.path, never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read lazily: importlib.metadata costs a few ms at each start
        value = _version()
        globals()["__version__"] = value
        return value
    if name == "load_model":
        from ccas_compass.model.loading import load_model

        return load_model
    if name == "load_answers":
        from ccas_compass.answers.loading import load_answers

        return load_answers
    if name == "score":
        from ccas_compass.scoring.mix import score

        return score
    raise AttributeError(name)
