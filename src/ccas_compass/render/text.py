"""Rich renderables for the terminal: figures, questionnaire and balance (the report: report_text).

Nothing here prints: the command line hands these objects to a Console. Every piece of information
is carried by text and numbers, never by colour alone (NO_COLOR and screen readers lose nothing).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ccas_compass.i18n import message
from ccas_compass.model.checks import Balance
from ccas_compass.model.core import AXES, Model

BAR_WIDTH = 20


def bar(value: float | None, width: int = BAR_WIDTH) -> str:
    """A horizontal bar for 0–100, in eighths of a character."""
    if value is None:
        return ""
    eighths = round(max(0.0, min(100.0, value)) / 100 * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + ("▏▎▍▌▋▊▉"[rest - 1] if rest else "")


def figures_view(model: Model, lang: str, details: bool = False) -> RenderableType:
    if not details:
        table = Table(show_lines=False, expand=False)
        table.add_column(message("col_id", lang), no_wrap=True)
        table.add_column(message("col_figure", lang), style="bold")
        table.add_column(message("col_summary", lang))
        for f in model.figures:
            table.add_row(f.id, f.name.get(lang), f.summary.get(lang))
        return table
    parts: list[RenderableType] = [Text(message("figures_ingredients_note", lang), style="italic"), Text("")]
    for f in model.figures:
        parts.append(Text(f"{f.name.get(lang)} ({f.id})", style="bold"))
        parts.append(Text(f.description.get(lang)))
        for axis in AXES:
            parts.append(Text(f"  {message('axis_' + axis, lang)}", style="italic"))
            for item in f.ingredients[axis]:
                parts.append(Text(f"    • {item.get(lang)}"))
        parts.append(Text(""))
    return Group(*parts)


def questions_view(model: Model, lang: str) -> RenderableType:
    q = model.questionnaire
    parts: list[RenderableType] = [Text(f"{q.title.get(lang)} — {q.id} {q.version}", style="bold")]
    theme_id: str | None = None
    total = len(q.questions)
    for index, question in enumerate(q.questions, start=1):
        if question.theme != theme_id:
            theme_id = question.theme
            theme = q.theme(theme_id)
            parts.append(Text(""))
            parts.append(Text(theme.title.get(lang) if theme else str(theme_id), style="bold underline"))
        kind = message(f"type_{question.type}", lang, points=question.points or 0)
        parts.append(Text(f"{index}/{total}. {question.text.get(lang)} [{question.id} — {kind}]"))
        for option in question.options:
            weights = ", ".join(f"{k} {v}" for k, v in option.weights.items())
            suffix = f"  ({weights})" if weights else ""
            parts.append(Text(f"    - {option.id}: {option.label.get(lang)}{suffix}"))
    return Group(*parts)


def balance_view(model: Model, balance: Balance, lang: str) -> RenderableType:
    from ccas_compass.typography import decimal, percent

    title = message("validate_balance", lang, mean=decimal(balance.mean, lang))
    table = Table(title=title, title_justify="left")
    table.add_column(message("col_figure", lang))
    table.add_column(message("col_max", lang), justify="right")
    table.add_column(message("col_gap", lang), justify="right")
    table.add_column(message("col_informing", lang), justify="right")
    for f in model.figures:
        table.add_row(
            f.name.get(lang),
            str(balance.attainable[f.id]),
            percent(balance.deviation(f.id), lang, sign=True),
            str(balance.informing[f.id]),
        )
    return table
