"""A validation corpus: answers files of described CCAS/CIAS profiles and the figures each must show.

``DIR/expected.yaml`` (agreed with the corpus authors)::

    profiles:
      - file: ordinaire-statutaire.yaml        # an answers file in DIR
        description: "Un CCAS ordinaire : …"   # one sentence, French
        standing_out: []                       # expected figure ids (as a set)
        first: null                            # or the figure id expected first

Each profile is scored with the questionnaire version its file declares (see
:mod:`ccas_compass.scoring.versions`); it passes when the figures that stand out are exactly the expected
set and, when ``first`` is given, the strongest is that one. ``ccas-compass validate --corpus DIR``
prints the table and exits 1 when a profile fails.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccas_compass.errors import CompassError, ModelError, Problem
from ccas_compass.scoring.versions import Shelf

EXPECTED = "expected.yaml"


@dataclass(frozen=True)
class Profile:
    file: str
    description: str
    standing_out: frozenset[str]
    first: str | None


@dataclass(frozen=True)
class Outcome:
    """One profile scored: what was expected, what the rule gave, and the intensities behind it."""

    profile: Profile
    version: str | None
    obtained: tuple[str, ...]
    intensities: Mapping[str, float | None]
    problems: tuple[Problem, ...] = ()
    """Why the profile could not be scored (a bad answers file), if so."""

    @property
    def ok(self) -> bool:
        if self.problems:
            return False
        if set(self.obtained) != self.profile.standing_out:
            return False
        return self.profile.first is None or (bool(self.obtained) and self.obtained[0] == self.profile.first)


def read_expected(folder: Path) -> list[Profile]:
    """The profiles of ``folder/expected.yaml``; ModelError naming what is wrong."""
    from ccas_compass.model.loading import read_text
    from ccas_compass.model.yamlio import ParseError, parse

    path = folder / EXPECTED
    try:
        data = parse(read_text(path, ModelError))
    except ParseError as err:
        raise ModelError([err.problem.located(str(path))]) from None
    items = data.get("profiles") if isinstance(data, Mapping) else None
    if not isinstance(items, list) or not items:
        raise ModelError([Problem("corpus_bad", {"detail": "profiles: […]"}, file=str(path))])
    out = []
    for i, item in enumerate(items):
        try:
            out.append(_profile(item))
        except (KeyError, TypeError, ValueError) as err:
            detail = f"profiles[{i}]: {err}"
            raise ModelError([Problem("corpus_bad", {"detail": detail}, file=str(path))]) from None
    return out


def _profile(item: Any) -> Profile:
    if not isinstance(item, Mapping):
        raise TypeError("expected a mapping")
    expected = item.get("standing_out") or []
    if not isinstance(expected, list):
        raise TypeError("standing_out: expected a list")
    first = item.get("first")
    return Profile(
        file=str(item["file"]),
        description=" ".join(str(item.get("description") or "").split()),
        standing_out=frozenset(str(x) for x in expected),
        first=None if first is None else str(first),
    )


def run(folder: Path, shelf: Shelf) -> list[Outcome]:
    """Score every profile of the corpus (a profile whose file is wrong fails with its problems)."""
    outcomes = []
    for profile in read_expected(folder):
        try:
            model, answers = shelf.load_answers(folder / profile.file)
        except CompassError as err:
            outcomes.append(Outcome(profile, None, (), {}, tuple(err.problems)))
            continue
        result = shelf.score(model, answers)
        intensities = {s.id: s.intensity for s in result.practice}
        outcomes.append(Outcome(profile, result.model_version, result.standing_out, intensities))
    return outcomes


def failures(outcomes: Sequence[Outcome]) -> int:
    return sum(not o.ok for o in outcomes)
