"""Model and result as plain JSON-ready dictionaries (the scriptable outputs)."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import Model, Result, departement
from ..scoring import round_shares


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
    }
