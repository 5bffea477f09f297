"""Rich renderables for the terminal: figures, questionnaire, balance and a first result view.

Nothing here prints: the command line hands these objects to a Console. Every piece of information
is carried by text and numbers, never by colour alone (NO_COLOR and screen readers lose nothing).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..checks import Balance
from ..i18n import message
from ..model import AXES, DeclaredShare, Model, Result
from ..scoring import round_shares

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
    parts: list[RenderableType] = []
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
    table = Table(title=message("validate_balance", lang, mean=balance.mean), title_justify="left")
    table.add_column(message("col_figure", lang))
    table.add_column(message("col_max", lang), justify="right")
    table.add_column(message("col_gap", lang), justify="right")
    table.add_column(message("col_informing", lang), justify="right")
    for f in model.figures:
        table.add_row(
            f.name.get(lang),
            str(balance.attainable[f.id]),
            f"{balance.deviation(f.id):+.1f} %",
            str(balance.informing[f.id]),
        )
    return table


def result_view(model: Model, result: Result, lang: str) -> RenderableType:
    """A compact view of one result: the three profiles side by side, and why."""
    name = result.answers.organisation.get("name", "")
    parts: list[RenderableType] = [Text(message("result_title", lang, name=name), style="bold")]
    parts.append(Text(message("result_mirror", lang), style="italic"))
    for warning in result.warnings:
        parts.append(Text(f"{message('warning', lang)} : {warning.render(lang)}"))
    shares = round_shares([s.share for s in result.practice])
    names = {f.id: f.name.get(lang) for f in model.figures}
    ranked = sorted(
        (s for s in result.practice if s.share), key=lambda s: s.share or 0.0, reverse=True
    )
    if len(ranked) >= 2:
        lean = message("result_lean", lang, first=names[ranked[0].id], second=names[ranked[1].id])
        parts.append(Text(lean))
    elif not ranked:
        parts.append(Text(message("result_nothing", lang)))

    declared = _stated(result.declared)
    ambition = _stated(result.ambition)
    table = Table(expand=False)
    table.add_column(message("col_figure", lang))
    table.add_column(message("col_share", lang))
    table.add_column(message("col_intensity", lang), justify="right")
    table.add_column(message("col_declared", lang), justify="right")
    table.add_column(message("col_ambition", lang), justify="right")
    for score, share in zip(result.practice, shares, strict=True):
        table.add_row(
            names[score.id],
            f"{bar(share, 12):<12} {_pct(share)}",
            _pct(score.intensity),
            _pct(declared.get(score.id)),
            _pct(ambition.get(score.id)),
        )
    parts.append(table)
    parts.append(
        Text(
            message(
                "result_coverage",
                lang,
                answered=result.answered,
                total=result.total,
                coverage=result.coverage,
            )
        )
    )
    for score in result.practice:
        if score.contributions:
            items = ", ".join(
                f"{c.question} ({'+'.join(c.options)}: {c.points}/{c.attainable})"
                for c in score.contributions[:3]
            )
            parts.append(Text(f"{names[score.id]} — {message('result_why', lang, items=items)}"))
    return Group(*parts)


def _stated(profile: tuple[DeclaredShare, ...] | None) -> dict[str, float | None]:
    if profile is None:
        return {}
    rounded = round_shares([d.share for d in profile])
    return {d.id: r for d, r in zip(profile, rounded, strict=True)}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} %"
