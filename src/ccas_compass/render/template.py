"""A commented answers file to fill by hand (``ccas-compass template``).

Every value is ``null`` ("ne sait pas / non concerné") until the user writes an answer; the
comments give each question's text, type and options in the interface language.
"""

from __future__ import annotations

import json
import textwrap

from ccas_compass.i18n import message
from ccas_compass.model.core import Model, Question

WIDTH = 96


def _comment(text: str, indent: str, first: str = "", rest: str | None = None) -> list[str]:
    rest = " " * len(first) if rest is None else rest
    flat = " ".join(text.split())
    wrapped = textwrap.wrap(
        flat,
        width=WIDTH - len(indent) - 2,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
    )
    return [f"{indent}# {line}".rstrip() for line in wrapped]


def _question_block(question: Question, number: str, lang: str, indent: str) -> list[str]:
    kind = message(f"type_{question.type}", lang, points=question.points or 0)
    lines = _comment(f"{number}{question.text.get(lang)} [{kind}]", indent)
    if question.help is not None:
        lines += _comment(question.help.get(lang), indent, "  ")
    for option in question.options:
        lines += _comment(option.label.get(lang), indent, f"  - {option.id} : ", "      ")
    if question.type == "allocation" and question.options:
        example = ", ".join(f"{o.id}: 0" for o in question.options)
        lines += _comment(message("template_allocation", lang, example=example), indent, "  ")
    lines.append(f"{indent}{question.id}: null")
    return lines


def answers_template(model: Model, lang: str) -> str:
    q = model.questionnaire
    out = [f"# {line}" for line in message("template_header", lang, title=q.title.get(lang),
                                           version=q.version).splitlines()]
    out += [
        "questionnaire:",
        f"  id: {q.id}",
        f"  version: {json.dumps(q.version)}",
        "",
        "organisation:",
    ]
    for question in q.profile:
        out += _question_block(question, "", lang, "  ")
    out += [
        "",
        "respondent:",
        *_comment(message("template_role", lang), "  "),
        "  role: null",
        "",
        *_comment(message("template_date", lang), ""),
        "date: null",
        "",
        "answers:",
    ]
    numbered = list(q.questions)
    current_theme: str | None = None
    for index, question in enumerate(numbered, start=1):
        if question.theme != current_theme:
            current_theme = question.theme
            theme = q.theme(current_theme)
            title = theme.title.get(lang) if theme else (current_theme or "")
            out += ["", f"  # ── {title} " + "─" * max(3, WIDTH - 10 - len(title))]
            if theme is not None and theme.intro is not None:  # e.g. "the statutory core is no lack"
                out += _comment(theme.intro.get(lang), "  ")
        out.append("")
        out += _question_block(question, f"{index}/{len(numbered)}. ", lang, "  ")
    return "\n".join(out) + "\n"
