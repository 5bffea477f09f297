"""The content requirements a questionnaire version is held to (issue 10, point 4), as checks.

Beyond the load-time rules of :mod:`ccas_compass.model.checks` (which every shipped version, archived ones
included, must pass), the current questionnaire must also be *even* across figures:

* each figure's attainable points within ± :data:`BALANCE_TOLERANCE` % of the mean;
* each figure fed by at least :data:`MIN_FEEDING` practice questions;
* no question worth more than :data:`MAX_QUESTION_SHARE` % of any figure's attainable points (a
  question's attainable for a figure: its best option for a single choice, the sum of its positive
  options for a multiple choice — :attr:`~ccas_compass.model.core.Question.attainable`).

``ccas-compass validate`` prints them as a table (✓/✗); a test requires them of the shipped current
version; an archived version (1.0) may fail them and still load and score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ccas_compass.model.checks import BALANCE_TOLERANCE, balance
from ccas_compass.model.core import Questionnaire

MIN_FEEDING = 20
"""Each figure is fed by at least this many practice questions."""
MAX_QUESTION_SHARE = 10.0
"""No question gives a figure more than this percentage of the figure's attainable points."""


@dataclass(frozen=True)
class FigureCheck:
    """The three content checks for one figure."""

    figure: str
    attainable: int
    deviation: float
    """Gap between the figure's attainable points and the mean over figures, in %."""
    feeding: int
    heaviest_question: str | None
    heaviest_share: float
    """The share (in %) of the figure's attainable points that its heaviest question carries."""

    @property
    def balanced(self) -> bool:
        return abs(self.deviation) <= BALANCE_TOLERANCE

    @property
    def fed(self) -> bool:
        return self.feeding >= MIN_FEEDING

    @property
    def spread(self) -> bool:
        return self.heaviest_share <= MAX_QUESTION_SHARE

    @property
    def ok(self) -> bool:
        return self.balanced and self.fed and self.spread


def content_checks(q: Questionnaire, figure_ids: Sequence[str]) -> list[FigureCheck]:
    """Per figure (model order), the content checks."""
    found = balance(q, figure_ids)
    out = []
    for fid in figure_ids:
        total = found.attainable[fid]
        heaviest = max(
            ((x.attainable.get(fid, 0), x.id) for x in q.practice_questions if x.attainable.get(fid, 0) > 0),
            default=(0, None),
        )
        out.append(
            FigureCheck(
                figure=fid,
                attainable=total,
                deviation=found.deviation(fid),
                feeding=found.informing[fid],
                heaviest_question=heaviest[1],
                heaviest_share=100.0 * heaviest[0] / total if total else 0.0,
            )
        )
    return out


def failed(checks: Sequence[FigureCheck]) -> int:
    """How many (figure, check) pairs fail."""
    return sum((not c.balanced) + (not c.fed) + (not c.spread) for c in checks)
