"""Two assessments side by side (2026 and 2028, or two CCAS): per figure, the change in share and
intensity from A to B.

Each side is an answers file (scored with the current model) or a JSON result written by
``assess --format json`` (read as it is, so that a 2026 result stays comparable after the model
changes). The comparison warns when the two were not scored with the same questionnaire.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccas_compass.errors import AnswersError, Problem
from ccas_compass.model.core import DeclaredShare, Model, Result, departement
from ccas_compass.scoring.mix import round_shares

if TYPE_CHECKING:
    from ccas_compass.scoring.versions import Shelf

MOVE_THRESHOLD = 5.0
"""A change in share or in intensity smaller than this (in points) is not listed among the largest
changes."""
MOVES = 3


@dataclass(frozen=True)
class Side:
    """One assessment, reduced to what a comparison needs (shares and intensities in 0–100)."""

    source: str
    name: str
    date: str | None
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_sha256: str
    coverage: float
    shares: Mapping[str, float | None]
    intensities: Mapping[str, float | None]
    declared: Mapping[str, float] | None
    ambition: Mapping[str, float] | None
    names: Mapping[str, str]
    """Figure names found in a result file (used for figures the current model does not know)."""
    warnings: tuple[Problem | str, ...] = ()
    """The side's own warnings (answers given to another questionnaire version…); a result file's
    are already worded, in the language it was written in."""
    standing_out: tuple[str, ...] | None = None
    """The figures that stand out of this side's practices (None: a result file older than the rule)."""
    standing_out_reason: str | None = None
    """Why no figure stands out on this side (``statutory_core``, ``broad_mix``, ``few_answers``)."""
    organisation: Mapping[str, Any] = field(default_factory=dict)
    """The declared profile (name, insee, kind, population…), as option ids."""
    answers: Mapping[str, Any] | None = None
    """The answers by question id; None for a result file that does not keep them."""


@dataclass(frozen=True)
class Change:
    id: str
    share_a: float | None
    share_b: float | None
    intensity_a: float | None
    intensity_b: float | None
    declared_a: float | None
    declared_b: float | None
    ambition_a: float | None
    ambition_b: float | None

    @staticmethod
    def _delta(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else b - a

    @property
    def share_delta(self) -> float | None:
        return self._delta(self.share_a, self.share_b)

    @property
    def intensity_delta(self) -> float | None:
        return self._delta(self.intensity_a, self.intensity_b)


@dataclass(frozen=True)
class Comparison:
    a: Side
    b: Side
    changes: tuple[Change, ...]
    warnings: tuple[Problem, ...]
    digits: int

    def side_warnings(self, lang: str) -> list[str]:
        """Each side's own warnings, prefixed with its letter."""
        colon = ":" if lang == "en" else " :"
        return [
            f"{letter}{colon} {x.render(lang) if isinstance(x, Problem) else x}"
            for letter, side in (("A", self.a), ("B", self.b))
            for x in side.warnings
        ]

    def all_warnings(self, lang: str) -> list[str]:
        """The questionnaire mismatch, if any, then each side's own warnings."""
        return [p.render(lang) for p in self.warnings] + self.side_warnings(lang)

    @property
    def moves(self) -> tuple[Change, ...]:
        """The largest changes in share (at least :data:`MOVE_THRESHOLD` points), largest first."""
        big = [c for c in self.changes if abs(c.share_delta or 0.0) >= MOVE_THRESHOLD]
        return tuple(sorted(big, key=lambda c: -abs(c.share_delta or 0.0))[:MOVES])

    @property
    def intensity_moves(self) -> tuple[Change, ...]:
        """The largest changes in practice intensity (at least :data:`MOVE_THRESHOLD` points),
        largest first: an intensity is what the practices draw, whatever the other figures do, so a
        figure falling from 60 to 0 is said even when every share stays put."""
        big = [c for c in self.changes if abs(c.intensity_delta or 0.0) >= MOVE_THRESHOLD]
        return tuple(sorted(big, key=lambda c: -abs(c.intensity_delta or 0.0))[:MOVES])


def load_side(path: str, model: Model | Shelf) -> Side:
    """Read an answers file or a JSON result file (told apart by their keys). An answers file is
    scored with the questionnaire version it declares when ``model`` is a shelf that ships it: two
    versions are then compared on what they share, the figures' shares and intensities."""
    from ccas_compass.answers.loading import check_answers_data, parse_answers_text, read_answers_text
    from ccas_compass.scoring.versions import Shelf, declared_version

    text = read_answers_text(Path(path))
    data = parse_answers_text(text, path)
    if isinstance(data, Mapping) and "figures" in data and "answers" not in data:
        return side_from_document(data, path)
    shelf = model if isinstance(model, Shelf) else Shelf(model, None)
    used = shelf.model_for(declared_version(data))
    answers = check_answers_data(data, text, path, used)
    return side_from_result(used, shelf.score(used, answers), path)


def side_from_result(model: Model, result: Result, source: str) -> Side:
    """A side from a result scored now: the numbers as a result file written in French would carry
    them (shares rounded to add up to 100, intensities and coverage to one decimal), so that an
    answers file and the JSON result written from it compare alike."""
    from ccas_compass.territory.checks import commune_info

    answers = result.answers
    organisation: dict[str, Any] = dict(answers.organisation)
    organisation["departement"] = departement(answers.organisation.get("insee"))
    organisation["commune"] = commune_info(answers.organisation.get("insee"))
    shares = round_shares([s.share for s in result.practice])
    names = {f.id: f.name.get("fr") for f in model.figures}

    def stated(profile: Sequence[DeclaredShare] | None) -> dict[str, float] | None:
        if profile is None:
            return None
        rounded = round_shares([d.share for d in profile])
        return {d.id: float(r or 0.0) for d, r in zip(profile, rounded, strict=True)}

    return Side(
        source=source,
        name=" ".join(str(organisation.get("name") or "").split()),
        date=None if answers.date is None else str(answers.date),
        questionnaire_id=result.model_id,
        questionnaire_version=result.model_version,
        questionnaire_sha256=result.model_sha256,
        coverage=round(result.coverage, 1),
        shares={s.id: share for s, share in zip(result.practice, shares, strict=True)},
        intensities={s.id: None if s.intensity is None else round(s.intensity, 1) for s in result.practice},
        declared=stated(result.declared),
        ambition=stated(result.ambition),
        names={s.id: names[s.id] or s.id for s in result.practice},
        warnings=tuple(result.warnings),
        standing_out=tuple(result.standing_out),
        standing_out_reason=result.standing_out_reason,
        organisation=organisation,
        answers=dict(answers.values),
    )


def side_from_document(doc: Mapping[str, Any], source: str) -> Side:
    """A side from a result document; AnswersError (naming what is wrong) if it is not one."""

    def bad(detail: str) -> AnswersError:
        return AnswersError([Problem("compare_bad_result", {"detail": detail}, file=source)])

    try:
        questionnaire = doc["questionnaire"]
        figures = doc["figures"]
        if not isinstance(figures, list) or not figures:
            raise bad("figures")
        shares = {str(f["id"]): _number(f.get("share")) for f in figures}
        intensities = {str(f["id"]): _number(f.get("intensity")) for f in figures}
        names = {str(f["id"]): str(f.get("name") or f["id"]) for f in figures}
        organisation = doc.get("organisation") or {}
        return Side(
            source=source,
            name=" ".join(str(organisation.get("name") or "").split()),
            date=None if doc.get("date") is None else str(doc["date"]),
            questionnaire_id=str(questionnaire["id"]),
            questionnaire_version=str(questionnaire["version"]),
            questionnaire_sha256=str(questionnaire.get("sha256", "")),
            coverage=float(doc.get("coverage") or 0.0),
            shares=shares,
            intensities=intensities,
            declared=_stated(doc.get("declared")),
            ambition=_stated(doc.get("ambition")),
            names=names,
            warnings=tuple(str(x) for x in doc.get("warnings") or ()),
            standing_out=_ids(doc.get("standing_out")),
            standing_out_reason=(None if doc.get("standing_out_reason") is None
                                 else str(doc["standing_out_reason"])),
            organisation=dict(organisation),
            answers=dict(doc["given_answers"]) if isinstance(doc.get("given_answers"), Mapping) else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise bad(str(err) or type(err).__name__) from None


def _ids(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise TypeError("standing_out")
    return tuple(str(x) for x in value)


def _number(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"not a number: {value!r}")
    return float(value)


def _stated(items: object) -> dict[str, float] | None:
    if items is None:
        return None
    if not isinstance(items, list):
        raise TypeError("declared/ambition")
    return {str(d["id"]): float(d["share"]) for d in items}


def compare(a: Side, b: Side, figure_ids: Sequence[str], *, digits: int = 0) -> Comparison:
    """Per figure (model order, then any figure only the files know), the two sides rounded to
    ``digits``; the changes are computed from the rounded values, as the reader sees them."""
    ids = list(figure_ids)
    ids += [i for side in (a, b) for i in side.shares if i not in ids]
    share_a, share_b = _round(a.shares, ids, digits), _round(b.shares, ids, digits)
    int_a, int_b = _plain(a.intensities, ids, digits), _plain(b.intensities, ids, digits)
    dec_a, dec_b = _round(a.declared, ids, digits), _round(b.declared, ids, digits)
    amb_a, amb_b = _round(a.ambition, ids, digits), _round(b.ambition, ids, digits)
    changes = tuple(
        Change(i, share_a[i], share_b[i], int_a[i], int_b[i], dec_a[i], dec_b[i], amb_a[i], amb_b[i])
        for i in ids
    )
    return Comparison(a, b, changes, tuple(_warnings(a, b)), digits)


def _round(
    values: Mapping[str, float | None] | Mapping[str, float] | None, ids: Sequence[str], digits: int
) -> dict[str, float | None]:
    if values is None:
        return dict.fromkeys(ids)
    known = [i for i in ids if i in values]
    shares = [values[i] for i in known]
    rounded = round_shares(shares, digits) if shares and all(s is not None for s in shares) else shares
    out: dict[str, float | None] = dict.fromkeys(ids)
    for i, r in zip(known, rounded, strict=True):
        out[i] = None if r is None else round(r, digits)
    return out


def _plain(values: Mapping[str, float | None], ids: Sequence[str], digits: int) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for i in ids:
        v = values.get(i)
        out[i] = None if v is None else round(v, digits)
    return out


def _warnings(a: Side, b: Side) -> list[Problem]:
    out = _organisation_warnings(a, b)
    if (a.questionnaire_id, a.questionnaire_version) != (b.questionnaire_id, b.questionnaire_version):
        params = {
            "a": f"{a.questionnaire_id} {a.questionnaire_version}",
            "b": f"{b.questionnaire_id} {b.questionnaire_version}",
        }
        return [*out, Problem("compare_questionnaire_differs", params)]
    if a.questionnaire_sha256 != b.questionnaire_sha256:
        return [*out, Problem("compare_questionnaire_text_differs", {"version": a.questionnaire_version})]
    return out


def _organisation_warnings(a: Side, b: Side) -> list[Problem]:
    """Two different organisations (INSEE codes, or names when a code is missing) are compared side by
    side, not followed over time: the « évolution » words would mislead, so say it."""
    code_a, code_b = (str(s.organisation.get("insee") or "") for s in (a, b))
    if code_a and code_b:
        different = code_a != code_b
    else:
        different = bool(a.name and b.name and a.name.casefold() != b.name.casefold())
    if not different:
        return []
    return [Problem("compare_two_organisations", {"a": a.name or code_a, "b": b.name or code_b})]
