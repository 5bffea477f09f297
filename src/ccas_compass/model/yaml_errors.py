"""libyaml's syntax errors in the user's words, located on the line to look at.

libyaml reports an unclosed quote where the file ends (often many lines below the quote); the line
that matters is where the quoted text *starts* (the error's ``context_mark``). Kept apart from
:mod:`ccas_compass.model.yamlio`'s loading so that the loader can change without touching the wording.
"""

from __future__ import annotations

from typing import Any

from ccas_compass.errors import Problem

# (words in libyaml's problem, words in its context or "", message key, use the context's line)
_KNOWN: tuple[tuple[str, str, str, bool], ...] = (
    ("end of stream", "quoted scalar", "yaml_unclosed_quote", True),
    ("tab character", "", "yaml_tab", False),
    ("mapping values are not allowed", "", "yaml_colon", False),
    ("could not find expected ':'", "", "yaml_missing_colon", True),
    ("did not find expected key", "", "yaml_indentation", False),
    ("expected <block end>", "", "yaml_indentation", False),
    ("did not find expected '-'", "", "yaml_list_indentation", False),
    ("unknown escape character", "", "yaml_escape", False),
    ("did not find expected ',' or ']'", "", "yaml_flow_list", True),
    ("did not find expected ',' or '}'", "", "yaml_flow_mapping", True),
    ("cannot start any token", "", "yaml_bad_start", False),
    ("undefined alias", "", "yaml_alias_syntax", False),
    ("found duplicate anchor", "", "yaml_alias_syntax", False),
)


def describe(err: Any, text: str | None = None) -> Problem:
    """A located, translatable :class:`Problem` for a PyYAML/libyaml syntax error."""
    problem_mark = getattr(err, "problem_mark", None)
    context_mark = getattr(err, "context_mark", None)
    problem = str(getattr(err, "problem", None) or err).strip()
    context = str(getattr(err, "context", None) or "")
    mark = problem_mark or context_mark
    line = mark.line + 1 if mark is not None else None
    if "cannot start any token" in problem and text is not None and problem_mark is not None:
        lines = text.splitlines()
        row = lines[problem_mark.line] if problem_mark.line < len(lines) else ""
        if problem_mark.column < len(row) and row[problem_mark.column] == "\t":
            problem = "tab character"
    for in_problem, in_context, key, at_context in _KNOWN:
        if in_problem in problem and in_context in context:
            where = context_mark if at_context and context_mark is not None else mark
            found = where.line + 1 if where is not None else None
            return Problem(key, {"line": found, "detail": problem}, line=found)
    return Problem("yaml_syntax", {"detail": problem}, line=line)
