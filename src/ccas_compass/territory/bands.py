"""Population bands of the questionnaire, read from the population question's options.

The bands are the model's, not ours: their bounds are read from each option's id
(``pop_moins_1500``, ``pop_1500_4999``, ``pop_100000_plus``) or, failing that, from its French label
(« De 1 500 à 4 999 habitants »), so that a questionnaire that renames or re-cuts its bands still
gets the right proposal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccas_compass.model.core import Question, Questionnaire

POPULATION_QUESTION = "population"


@dataclass(frozen=True)
class Band:
    id: str
    low: int
    high: int | None
    """Inclusive upper bound; None for the last, open band."""

    def holds(self, population: int) -> bool:
        return population >= self.low and (self.high is None or population <= self.high)


def _bounds(text: str) -> tuple[int, int | None] | None:
    lowered = text.lower()
    numbers = [int(n.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ""))
               for n in re.findall(r"\d[\d \u00a0\u202f,]*\d|\d", lowered)]
    if len(numbers) == 2:
        return numbers[0], numbers[1]
    if len(numbers) == 1:
        if any(w in lowered for w in ("moins", "fewer", "less", "under")):
            return 0, numbers[0] - 1
        if any(w in lowered for w in ("plus", "more", "over")):
            return numbers[0], None
    return None


def bands(question: Question | None) -> list[Band]:
    """The bands of a population question (empty when its options carry no readable bounds)."""
    if question is None:
        return []
    out = []
    for option in question.options:
        found = _bounds(option.id.replace("_", " ")) or _bounds(option.label.fr)
        if found is None:
            return []
        out.append(Band(option.id, *found))
    return out


def population_bands(q: Questionnaire) -> list[Band]:
    return bands(q.profile_question(POPULATION_QUESTION))


def band_of(q: Questionnaire, population: int | None) -> str | None:
    """The option id of the band holding ``population``, or None."""
    if population is None:
        return None
    return next((b.id for b in population_bands(q) if b.holds(population)), None)
