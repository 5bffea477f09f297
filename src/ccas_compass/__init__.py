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

__version__ = "0.1.0"
__all__ = ["__version__", "load_answers", "load_model", "score"]

if TYPE_CHECKING:
    from .loading import load_answers, load_model
    from .scoring import score


def __getattr__(name: str) -> Any:
    if name in ("load_model", "load_answers"):
        from . import loading

        return getattr(loading, name)
    if name == "score":
        from .scoring import score

        return score
    raise AttributeError(name)
