"""Drafts of interviews in progress: one JSON file per organisation, written atomically.

A draft holds the session (answers so far and which questions were asked). It lives in the user
data folder (``paths.drafts_dir()``) unless ``--draft PATH`` is given, and is removed once the
answers file is saved.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccas_compass import paths
from ccas_compass.errors import AnswersError, Problem
from ccas_compass.interview.session import Session
from ccas_compass.output import write_text
from ccas_compass.paths import slug as slug  # re-exported: older callers import it from here

FORMAT = "ccas-compass-draft-1"


def new_path(session: Session, folder: Path | None = None) -> Path:
    """A fresh draft path for this organisation that clobbers no other draft."""
    base = folder or paths.drafts_dir()
    stem = slug(str(session.organisation.get("name") or ""))
    insee = session.organisation.get("insee")
    if insee:
        stem += f"-{slug(str(insee))}"
    candidate = base / f"{stem}.json"
    counter = 2
    while candidate.exists():
        candidate = base / f"{stem}-{counter}.json"
        counter += 1
    return candidate


def save(session: Session, path: Path) -> None:
    document = {
        "format": FORMAT,
        "updated": dt.datetime.now().isoformat(timespec="seconds"),
        "lang": session.lang,
        "questionnaire": {"id": session.questionnaire_id, "version": session.questionnaire_version},
        "organisation": session.organisation,
        "respondent": session.respondent,
        "answers": {k: list(v) if isinstance(v, tuple) else v for k, v in session.answers.items()},
        "asked": session.asked,
        "proposed": session.proposed,
    }
    write_text(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n", force=True)


def load(path: Path) -> Session:
    from ccas_compass.model.loading import read_text

    try:
        raw: Any = json.loads(read_text(path, AnswersError))
    except json.JSONDecodeError as err:
        problem = Problem("json_syntax", {"detail": err.msg}, file=str(path), line=err.lineno)
        raise AnswersError([problem]) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise AnswersError([Problem("not_a_draft", file=str(path))])
    q = raw.get("questionnaire") or {}
    return Session(
        questionnaire_id=str(q.get("id", "")),
        questionnaire_version=str(q.get("version", "")),
        organisation=dict(raw.get("organisation") or {}),
        answers=dict(raw.get("answers") or {}),
        respondent=dict(raw.get("respondent") or {}),
        asked=[str(k) for k in raw.get("asked") or []],
        proposed=dict(raw.get("proposed") or {}),
        lang="en" if raw.get("lang") == "en" else "fr",
    )


@dataclass(frozen=True)
class DraftInfo:
    path: Path
    name: str
    insee: str
    asked: int
    updated: str
    lang: str = "fr"


def listing(folder: Path | None = None) -> list[DraftInfo]:
    """Drafts in the drafts folder, most recent first (unreadable files are skipped)."""
    base = folder or paths.drafts_dir()
    found = []
    for path in base.glob("*.json") if base.is_dir() else []:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            continue
        organisation = raw.get("organisation") or {}
        found.append(
            DraftInfo(
                path=path,
                name=str(organisation.get("name") or "?"),
                insee=str(organisation.get("insee") or ""),
                asked=len(raw.get("asked") or []),
                updated=str(raw.get("updated") or ""),
                lang="en" if raw.get("lang") == "en" else "fr",
            )
        )
    return sorted(found, key=lambda d: d.updated, reverse=True)
