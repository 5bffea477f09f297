"""When a figure *stands out* of a practice profile: a rule on intensities, never on shares.

Shares divide each intensity by their sum, so a nearly empty profile (every intensity under 20)
still shows a strong "lean". The report leads with intensities instead: a figure stands out when

* its intensity reaches an absolute floor (``min_intensity``, 0–100): the practices described go
  a real way toward it; and
* it leads the **median** intensity of the *other* figures by at least ``min_lead`` points: it is
  drawn more than the rest, not just as much as everything else;
* and the respondent answered at least ``min_coverage`` % of the practice questions: on a handful
  of answers (intensities count answered questions only), nothing is said to stand out.

The median (not the mean) keeps one other strong figure from hiding a second one: a CCAS that is
both Radar and Coordinateur has both stand out. The figures that stand out are listed strongest
first (intensity, then lead, then id, so the order does not depend on the order of the figures);
none stands out when every intensity is low or when they are all alike. A figure no answered
question informs (intensity None) never stands out and is left out of the others' median.

Pure functions, no I/O. Each questionnaire version may carry its own parameters (``scoring:
standing_out:`` in ``questions.yaml``); :data:`DEFAULT_RULE` applies otherwise.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping

from ccas_compass.model.core import (  # the rule is data of the model; re-exported here
    DEFAULT_MIN_COVERAGE,
    DEFAULT_MIN_INTENSITY,
    DEFAULT_MIN_LEAD,
    DEFAULT_RULE,
    Reason,
    StandingOutRule,
)

__all__ = [
    "DEFAULT_MIN_COVERAGE", "DEFAULT_MIN_INTENSITY", "DEFAULT_MIN_LEAD", "DEFAULT_RULE", "Reason",
    "StandingOutRule", "above_floor", "lead", "no_standing_reason", "reason_of", "standing_out",
]


def lead(intensities: Mapping[str, float | None], figure_id: str) -> float | None:
    """How far a figure's intensity is above the median intensity of the other figures (None when
    the figure is not informed); 0 as the reference when no other figure is informed."""
    own = intensities.get(figure_id)
    if own is None:
        return None
    others = [v for k, v in intensities.items() if k != figure_id and v is not None]
    return own - (statistics.median(others) if others else 0.0)


def standing_out(
    intensities: Mapping[str, float | None], rule: StandingOutRule = DEFAULT_RULE, coverage: float = 100.0
) -> tuple[str, ...]:
    """The figures that stand out, strongest first; empty when none does (or when ``coverage``, the
    share of practice questions answered in %, is below the rule's ``min_coverage``)."""
    if coverage < rule.min_coverage:
        return ()
    found: list[tuple[float, float, str]] = []
    for fid, value in intensities.items():
        if value is None or value < rule.min_intensity:
            continue
        ahead = lead(intensities, fid)
        if ahead is not None and ahead >= rule.min_lead:
            found.append((-value, -ahead, fid))
    return tuple(fid for _, _, fid in sorted(found))


def above_floor(
    intensities: Mapping[str, float | None], rule: StandingOutRule = DEFAULT_RULE
) -> tuple[str, ...]:
    """The figures whose intensity reaches the floor, strongest first (the figures a broad mix draws)."""
    found = sorted((-v, fid) for fid, v in intensities.items() if v is not None and v >= rule.min_intensity)
    return tuple(fid for _, fid in found)


def no_standing_reason(
    intensities: Mapping[str, float | None], rule: StandingOutRule = DEFAULT_RULE, coverage: float = 100.0
) -> Reason | None:
    """Why no figure stands out (None when one does, or when no practice question was answered at
    all: there is then nothing to explain)."""
    if not any(v is not None for v in intensities.values()):
        return None
    if standing_out(intensities, rule, coverage):
        return None
    if coverage < rule.min_coverage:
        return "few_answers"
    return "broad_mix" if above_floor(intensities, rule) else "statutory_core"


def reason_of(
    intensities: Mapping[str, float | None], rule: StandingOutRule, coverage: float, answered: int,
    figures: tuple[str, ...],
) -> Reason | None:
    """The ``standing_out_reason`` of a result whose figures standing out are ``figures``: None when
    one does or when no practice question was answered (``answered`` is 0), else
    :func:`no_standing_reason`."""
    if figures or not answered:
        return None
    return no_standing_reason(intensities, rule, coverage)
