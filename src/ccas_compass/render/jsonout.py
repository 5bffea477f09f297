"""Model and result as plain JSON-ready dictionaries (the scriptable outputs)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ccas_compass import __version__
from ccas_compass.model.core import Model, Result, coverage, departement
from ccas_compass.scoring.compare import Comparison, Side
from ccas_compass.scoring.mix import round_shares

if TYPE_CHECKING:
    from ccas_compass.batch.collector import Failure
    from ccas_compass.batch.panorama import Distribution, Group, Panorama, Peers
    from ccas_compass.batch.teams import Team


def dumps(document: Any) -> str:
    """JSON as the tool writes it: UTF-8 text (accents kept), indented, ending with a newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def figures(model: Model, lang: str) -> list[dict[str, Any]]:
    return [
        {
            "id": f.id,
            "name": f.name.get(lang),
            "summary": f.summary.get(lang),
            "description": f.description.get(lang),
            "ingredients": {
                axis: [x.get(lang) for x in items] for axis, items in f.ingredients.items()
            },
        }
        for f in model.figures
    ]


def questions(model: Model, lang: str) -> dict[str, Any]:
    q = model.questionnaire

    def one(x: Any, scored: bool) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": x.id,
            "type": x.type,
            "theme": x.theme,
            "scored": scored and x.scored,
            "text": x.text.get(lang),
        }
        if x.help is not None:
            item["help"] = x.help.get(lang)
        if x.points is not None:
            item["points"] = x.points
        if x.profile is not None:
            item["profile"] = x.profile
        if x.pattern is not None:
            item["pattern"] = x.pattern
        if x.options:
            item["options"] = [
                {
                    "id": o.id,
                    "label": o.label.get(lang),
                    "weights": dict(o.weights),
                    **({"exclusive": True} if o.exclusive else {}),
                    **({"rationale": o.rationale.get(lang)} if o.rationale is not None else {}),
                }
                for o in x.options
            ]
        return item

    return {
        "id": q.id,
        "version": q.version,
        "sha256": q.sha256,
        "title": q.title.get(lang),
        "themes": [{"id": t.id, "title": t.title.get(lang)} for t in q.themes],
        "profile": [one(x, scored=False) for x in q.profile],
        "questions": [one(x, scored=True) for x in q.questions],
    }


def result(model: Model, res: Result, lang: str) -> dict[str, Any]:
    """The result document described by ``ccas-compass schema result``."""
    answers = res.answers
    organisation: dict[str, Any] = dict(answers.organisation)
    organisation["departement"] = departement(answers.organisation.get("insee"))
    from ccas_compass.territory.checks import commune_info

    organisation["commune"] = commune_info(answers.organisation.get("insee"))
    names = {f.id: f.name.get(lang) for f in model.figures}
    shares = round_shares([s.share for s in res.practice])
    practice = [
        {
            "id": s.id,
            "name": names[s.id],
            "intensity": None if s.intensity is None else round(s.intensity, 1),
            "share": share,
            "answered": s.answered,
            "informing": s.informing,
            "contributions": [
                {
                    "question": c.question,
                    "options": list(c.options),
                    "points": c.points,
                    "max": c.attainable,
                    **_texts(model, c.question, c.options, lang),
                }
                for c in s.contributions
            ],
        }
        for s, share in zip(res.practice, shares, strict=True)
    ]

    def stated(profile: Any) -> list[dict[str, Any]] | None:
        if profile is None:
            return None
        rounded = round_shares([d.share for d in profile])
        return [
            {"id": d.id, "name": names[d.id], "share": r}
            for d, r in zip(profile, rounded, strict=True)
        ]

    notes = {
        x.id: answers.values[x.id]
        for x in model.questionnaire.questions
        if x.type == "text" and isinstance(answers.values.get(x.id), str)
    }
    return {
        "tool": {"name": "ccas-compass", "version": __version__},
        "questionnaire": {"id": res.model_id, "version": res.model_version, "sha256": res.model_sha256},
        "answered_with": {"id": answers.questionnaire_id, "version": answers.questionnaire_version},
        "source": answers.source,
        "organisation": organisation,
        "respondent": dict(answers.respondent) or None,
        "date": answers.date,
        "lang": lang,
        "coverage": round(res.coverage, 1),
        "answered": res.answered,
        "questions": res.total,
        "figures": practice,
        "declared": stated(res.declared),
        "ambition": stated(res.ambition),
        "notes": notes,
        "warnings": [w.render(lang) for w in res.warnings],
        "given_answers": dict(answers.values),
        "unanswered": [
            x.id for x in model.questionnaire.practice_questions if answers.values.get(x.id) is None
        ],
        **_report_parts(model, res, lang),
    }


def _texts(model: Model, question_id: str, options: tuple[str, ...], lang: str) -> dict[str, Any]:
    """The question's text and the chosen options' labels, so a script need not join the model."""
    question = model.questionnaire.question(question_id)
    if question is None:  # pragma: no cover - contributions come from this questionnaire
        return {}
    chosen = [o for o in (question.option(i) for i in options) if o is not None]
    labels = [o.label.get(lang) for o in chosen]
    rationales = [None if o.rationale is None else o.rationale.get(lang) for o in chosen]
    return {"question_text": question.text.get(lang), "option_labels": labels, "rationales": rationales}


def _report_parts(model: Model, res: Result, lang: str) -> dict[str, Any]:
    """Gaps, main gaps, leanings and levers (computed by :mod:`ccas_compass.scoring.report`, 1 decimal)."""
    from ccas_compass.render import wording
    from ccas_compass.scoring.report import LOW_COVERAGE, build_report

    report = build_report(model, res, digits=1)

    def delta(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    return {
        "headline": wording.headline(report, lang),
        "standing_out": list(res.standing_out),
        "standing_out_rule": res.standing_out_rule.as_dict(),
        "standing_out_reason": res.standing_out_reason,
        "low_coverage": report.low_coverage,
        "low_coverage_threshold": LOW_COVERAGE,
        "leaning": {"practice": list(report.practice_lean), "ambition": list(report.ambition_lean)},
        "gaps": [
            {
                "id": r.id,
                "declared_minus_practice": delta(r.gap("declared")),
                "ambition_minus_practice": delta(r.gap("ambition")),
            }
            for r in report.rows
        ],
        "ambition_spread": list(report.ambition_spread),
        "main_gaps": [
            {"id": g.figure, "kind": g.kind, "stated": g.stated,
             "practice": None if g.on_intensity or g.kind == "ambition_declared" else g.practice,
             "declared": g.practice if g.kind == "ambition_declared" else None,
             "intensity": g.practice if g.on_intensity else None,
             "delta": None if g.on_intensity else round(g.delta, 1)}
            for g in report.gaps
        ],
        "levers": [
            {
                "id": lever.figure.id,
                "name": lever.figure.name.get(lang),
                "practice": None if lever.on_intensity else lever.practice,
                "intensity": lever.practice if lever.on_intensity else None,
                "ambition": lever.ambition,
                "delta": None if lever.on_intensity else round(lever.delta, 1),
                "ingredients": {
                    axis: [x.get(lang) for x in items] for axis, items in lever.figure.ingredients.items()
                },
            }
            for lever in report.levers
        ],
    }


def comparison(model: Model, comp: Comparison, lang: str) -> dict[str, Any]:
    """The comparison of two assessments (``ccas-compass compare A B --format json``)."""

    def side(s: Side) -> dict[str, Any]:
        return {
            "source": s.source,
            "name": s.name,
            "date": s.date,
            "questionnaire": {
                "id": s.questionnaire_id,
                "version": s.questionnaire_version,
                "sha256": s.questionnaire_sha256,
            },
            "coverage": round(s.coverage, 1),
            "standing_out": None if s.standing_out is None else list(s.standing_out),
        }

    def delta(value: float | None) -> float | None:
        return None if value is None else round(value, comp.digits)

    figures = []
    for c in comp.changes:
        try:
            name = model.figure(c.id).name.get(lang)
        except KeyError:
            name = comp.b.names.get(c.id) or comp.a.names.get(c.id) or c.id
        figures.append(
            {
                "id": c.id,
                "name": name,
                "share": {"a": c.share_a, "b": c.share_b, "change": delta(c.share_delta)},
                "intensity": {"a": c.intensity_a, "b": c.intensity_b, "change": delta(c.intensity_delta)},
                "declared": {"a": c.declared_a, "b": c.declared_b},
                "ambition": {"a": c.ambition_a, "b": c.ambition_b},
            }
        )
    return {
        "tool": {"name": "ccas-compass", "version": __version__},
        "lang": lang,
        "a": side(comp.a),
        "b": side(comp.b),
        "same_questionnaire": not comp.warnings,
        "figures": figures,
        "largest_changes": [c.id for c in comp.moves],
        "largest_intensity_changes": [c.id for c in comp.intensity_moves],
        "shares_indicative": any(x.standing_out == () for x in (comp.a, comp.b)),
        "profile": {"a": dict(comp.a.organisation), "b": dict(comp.b.organisation)},
        "answers_changed": _answers_changed(model, comp),
        "warnings": comp.all_warnings(lang),
    }


def _answers_changed(model: Model, comp: Comparison) -> list[dict[str, Any]] | None:
    """The practice questions answered differently in A and B (None when a side has no answers)."""
    a, b = comp.a.answers, comp.b.answers
    if a is None or b is None:
        return None

    def norm(value: Any) -> Any:
        return sorted(map(str, value)) if isinstance(value, (list, tuple)) else value

    return [
        {"question": q.id, "a": a.get(q.id), "b": b.get(q.id)}
        for q in model.questionnaire.practice_questions
        if norm(a.get(q.id)) != norm(b.get(q.id))
    ]


# ── batch: one document per organisation, the panorama, the failures ─────────────────────────────


def _share_list(model: Model, values: Sequence[float | None] | None) -> list[dict[str, Any]] | None:
    if values is None:
        return None
    rounded = round_shares(list(values))
    return [{"id": fid, "share": r} for fid, r in zip(model.figure_ids, rounded, strict=True)]


def _share_map(model: Model, values: Sequence[float | None] | None) -> dict[str, float | None] | None:
    """A member's shares as ``{figure id: share}`` (rounded to add up to 100)."""
    if values is None:
        return None
    return dict(zip(model.figure_ids, round_shares(list(values)), strict=True))


def team(model: Model, t: Team, peer: Peers | None, lang: str, result: Result) -> dict[str, Any]:
    """One organisation of a batch: team profile, agreement, least consensus, peers, members
    (``result``: the team's result, :func:`ccas_compass.batch.teams.team_result`, computed once by the
    caller for every format; a renderer never calls back into the batch)."""
    from ccas_compass.batch.teams import LEAST_CONSENSUS

    q = t.consensus_model.questionnaire  # the version its questions of least consensus belong to
    names = {f.id: f.name.get(lang) for f in model.figures}
    res = result
    organisation: dict[str, Any] = dict(t.organisation)
    organisation["departement"] = t.departement
    from ccas_compass.territory.checks import commune_info

    organisation["commune"] = commune_info(t.organisation.get("insee"))
    practice = round_shares(list(t.practice))
    figures = []
    for i, fid in enumerate(model.figure_ids):
        spread = t.spreads[i]
        intensity = t.intensity[i]
        figures.append(
            {
                "id": fid,
                "name": names[fid],
                "share": practice[i],
                "intensity": None if intensity is None else round(intensity, 1),
                "members_low": None if spread is None else round(spread.low, 1),
                "members_high": None if spread is None else round(spread.high, 1),
                "agreement": None if spread is None else spread.level,
                "peer_median": _peer(peer, "practice", i),
                "peer_ambition_median": _peer(peer, "ambition", i),
            }
        )

    def label(question_id: str, option_id: str) -> str:
        question = q.question(question_id)
        option = question.option(option_id) if question is not None else None
        return option.label.get(lang) if option is not None else option_id

    least = [
        {
            "question": d.question,
            "question_text": (x.text.get(lang) if (x := q.question(d.question)) else d.question),
            "agreement": round(100.0 * d.agreement, 1),
            "answered": d.answered,
            "unknown": d.unknown,
            "answers": [{"option": o, "label": label(d.question, o), "count": n} for o, n in d.answers],
        }
        for d in t.disagreements[:LEAST_CONSENSUS]
    ]
    members = [
        {
            "source": m.source,
            "role": m.role,
            "date": m.date,
            "questionnaire_version": m.questionnaire_version,
            "coverage": round(coverage(m.answered, t.total), 1),
            "practice": _share_map(model, m.practice if m.practice[0] is not None else None),
            "declared": _share_map(model, m.numbers.declared),
            "ambition": _share_map(model, m.numbers.ambition),
            "notes": m.notes,
        }
        for m in t.members
    ]
    return {
        "tool": {"name": "ccas-compass", "version": __version__},
        "questionnaire": {"id": res.model_id, "version": res.model_version, "sha256": res.model_sha256},
        "key": t.key,
        "organisation": organisation,
        "date": res.answers.date,
        "other_names": list(t.names[1:]),
        "respondents": len(t.members),
        "coverage": round(t.coverage, 1),
        "figures": figures,
        "declared": _share_list(model, t.declared),
        "ambition": _share_list(model, t.ambition),
        "dominant": None if t.dominant is None else model.figure_ids[t.dominant],
        "standing_out": [model.figure_ids[i] for i in t.standing_out],
        "versions": list(t.versions) or None,
        "agreement": None if t.agreement is None else round(100.0 * t.agreement, 1),
        "least_consensus": least,
        "peers": None if peer is None else {
            "group": peer.dimension, "value": peer.value, "organisations": peer.organisations,
        },
        "warnings": [w.render(lang) for w in res.warnings],
        **_report_parts(model, res, lang),
        "members": members,
    }


def _peer(peer: Peers | None, kind: str, index: int) -> float | None:
    if peer is None:
        return None
    value = (peer.practice if kind == "practice" else peer.ambition)[index]
    return None if value is None else round(value, 1)


def panorama(model: Model, p: Panorama, lang: str) -> dict[str, Any]:
    """The departmental panorama: overall, then per département, density level, population band."""
    from ccas_compass.batch.panorama import MIN_GROUP

    names = {f.id: f.name.get(lang) for f in model.figures}

    def dist(d: Distribution | None) -> dict[str, Any] | None:
        if d is None:
            return None
        return {"q1": round(d.q1, 1), "median": round(d.median, 1), "q3": round(d.q3, 1), "n": d.count}

    def group(g: Group) -> dict[str, Any]:
        return {
            "dimension": g.dimension,
            "value": g.value,
            "organisations": g.organisations,
            "respondents": g.respondents,
            "no_practice_answer": g.no_practice,
            "none_stands_out": g.none_stands_out,
            "none_stands_out_reasons": {"statutory_core": g.statutory_core, "broad_mix": g.broad_mix,
                                        "few_answers": g.few_answers},
            "low_coverage": g.low_coverage,
            "figures": [
                {
                    "id": fid,
                    "name": names[fid],
                    "practice": dist(g.practice[i]),
                    "declared": dist(g.declared[i]),
                    "ambition": dist(g.ambition[i]),
                    "dominant_in": g.dominant[i],
                }
                for i, fid in enumerate(p.figure_ids)
            ],
        }

    return {
        "organisations": p.organisations,
        "respondents": p.respondents,
        "min_group": MIN_GROUP,
        "overall": None if p.overall is None else group(p.overall),
        "groups": {dim: [group(g) for g in groups] for dim, groups in p.groups.items()},
        "hidden": dict(p.hidden),
    }


def failures(items: Sequence[Failure], lang: str) -> list[dict[str, Any]]:
    return [{"source": f.source, "problems": [p.render(lang) for p in f.problems]} for f in items]
