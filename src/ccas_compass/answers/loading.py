"""Answers files → checked :class:`~ccas_compass.model.core.Answers`, with located errors.

Answers files take the fast path (JSON or YAML parsed without line numbers) and only compute lines
when something is wrong. Every file is read as UTF-8 (a leading BOM is accepted), at most
:data:`MAX_ANSWERS_BYTES`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ccas_compass.answers import check as answers_check
from ccas_compass.errors import AnswersError, Problem, unreadable
from ccas_compass.model.core import Answers, Model
from ccas_compass.model.loading import decode

MAX_ANSWERS_BYTES = 1_000_000
"""Largest answers file read (1 MB): a filled-in questionnaire, notes included, takes a few KB; a
bigger file is a wrong file (or a trap), refused before it is read."""


def load_answers(source: str | Path, model: Model, *, text: str | None = None) -> Answers:
    """Read and check one answers file (YAML or JSON; ``-`` with ``text`` for stdin).

    Raises :class:`AnswersError` with every problem found, each with file, line and path.
    """
    name = str(source)
    if text is None:
        text = read_answers_text(Path(source))
    return check_answers_data(parse_answers_text(text, name), text, name, model)


def check_answers_data(data: Any, text: str, name: str, model: Model) -> Answers:
    """Parsed answers checked against ``model`` (:class:`AnswersError` with file, line and path)."""
    parsed, problems = answers_check.check(data, model.questionnaire, source=name)
    if problems or parsed is None:
        from ccas_compass.model import yamlio

        lines = yamlio.lines_of(text)
        raise AnswersError([p.located(name, lines) for p in problems])
    return parsed


def read_answers_text(path: Path) -> str:
    """An answers file's text; AnswersError when it is over :data:`MAX_ANSWERS_BYTES` (not read)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_ANSWERS_BYTES + 1)
    except OSError as err:  # a wrong path (absent, a folder) is a usage error (exit 2) in every command
        raise unreadable(path, err, AnswersError) from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise AnswersError([_too_large(str(path))])
    return decode(raw, str(path), AnswersError)


def _too_large(name: str) -> Problem:
    return Problem("answers_too_large", {"limit": MAX_ANSWERS_BYTES // 1_000_000}, file=name)


def parse_answers_text(text: str, name: str) -> Any:
    """Parse answers text: JSON when it looks like JSON, YAML otherwise.

    Strict, whatever the text: at most :data:`MAX_ANSWERS_BYTES`, no YAML anchor or alias, no key
    given twice in one mapping (both lines named); AnswersError, located, otherwise.
    """
    if len(text) > MAX_ANSWERS_BYTES // 4 and len(text.encode("utf-8", "replace")) > MAX_ANSWERS_BYTES:
        raise AnswersError([_too_large(name)])
    stripped = text.lstrip()
    if not stripped:
        raise AnswersError([Problem("empty_file", file=name)])
    if name.lower().endswith(".json") or stripped.startswith("{"):
        from ccas_compass.model import jsonkeys

        try:
            return jsonkeys.loads(text)
        except json.JSONDecodeError as err:
            problem = Problem("json_syntax", {"detail": err.msg}, file=name, line=err.lineno)
            raise AnswersError([problem]) from None
        except jsonkeys.RepeatedKeys:
            problems = jsonkeys.repeated_keys(text) or [Problem("duplicate_key", {"key": "?", "first": "?"})]
            raise AnswersError([p.located(name) for p in problems]) from None
        except (ValueError, RecursionError) as err:  # an integer of 5,000 digits, [[[[… 100,000 deep
            problem = Problem("json_syntax", {"detail": type(err).__name__}, file=name)
            raise AnswersError([problem]) from None
    from ccas_compass.model import yamlio

    try:
        return yamlio.parse(text, strict=True)
    except yamlio.ParseError as err:
        raise AnswersError([p.located(name) for p in err.problems]) from None
