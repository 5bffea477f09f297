"""A finished interview becomes an answers file: its name, its header, its check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ccas_compass.answers import check
from ccas_compass.errors import AnswersError
from ccas_compass.i18n import message
from ccas_compass.interview.drafts import slug
from ccas_compass.model import yamlio
from ccas_compass.model.core import Answers, Model
from ccas_compass.output import write_text


def answers_path(document: dict[str, Any], lang: str, folder: Path = Path()) -> Path:
    """``reponses-<organisation>-<date>.yaml`` (``answers-…`` in English) in ``folder``, numbered
    ``-2``, ``-3``… rather than replacing a file already there."""
    prefix = "answers" if lang == "en" else "reponses"
    stem = f"{prefix}-{slug(document['organisation'].get('name', ''))}-{document['date']}"
    target, counter = folder / f"{stem}.yaml", 2
    while target.exists():
        target, counter = folder / f"{stem}-{counter}.yaml", counter + 1
    return target


def save_answers(
    model: Model, document: dict[str, Any], save: Path | None, force: bool, lang: str,
    draft: Path | None = None,
) -> tuple[Answers, Path]:
    """Write the interview's ``document`` as an answers file (``save``, or a name of its own in the
    current folder), drop its ``draft``, and check it as any answers file is checked; return the
    answers and the file."""
    target = save if save is not None else answers_path(document, lang)
    header = message("answers_file_header", lang, path=target) + "\n"
    write_text(target, header + yamlio.dump(document), force=force)
    if draft is not None:
        draft.unlink(missing_ok=True)
    parsed, problems = check.check(document, model.questionnaire, source=str(target))
    if parsed is None:
        raise AnswersError(problems)
    return parsed, target
