"""The report in the terminal (Rich renderables), summary first, readable on 80 columns.

Every piece of information is in words and numbers; colour only repeats it (NO_COLOR loses
nothing). User and model texts are always wrapped in :class:`rich.text.Text`, never parsed as Rich
markup, so an organisation called ``[bold]Les Pins[/]`` is printed as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from rich import box
from rich.console import Group, RenderableType
from rich.containers import Lines
from rich.table import Table
from rich.text import Text

from ccas_compass.i18n import message
from ccas_compass.model.core import AXES, Model
from ccas_compass.render import wording as w
from ccas_compass.render.text import bar
from ccas_compass.scoring.compare import Comparison
from ccas_compass.scoring.report import Reason, Report, shorten
from ccas_compass.typography import glue, typeset

BAR = 40
"""Bar width for 100 % (label 18 + bar 40 + value 5 + gap 7 + margins: 73 columns)."""
QUESTION_WIDTH = 150
OPTION_WIDTH = 110
PROFILE_STYLES = {"practice": "bold cyan", "declared": "magenta", "ambition": "green"}


def report_view(report: Report, lang: str) -> RenderableType:
    """The whole report: title, in brief, mix, gaps, levers, why, coverage and method."""
    parts: list[RenderableType] = [
        Text(message("result_title", lang, name=w.organisation_name(report)), style="bold"),
        _Glued(glue(" · ".join(w.meta(report, lang)), lang)),
        Text(message("result_mirror", lang), style="italic"),
    ]
    profile = w.profile_line(report, lang)
    if profile:
        parts.insert(2, _Glued(glue(profile, lang)))
    parts += _section(message("report_summary", lang))
    parts.append(_Glued(typeset(w.headline(report, lang), lang)))
    if report.gaps:
        parts.append(_bullets(typeset(w.gap_sentence(report, g, lang), lang) for g in report.gaps))
    else:
        parts.append(Text(w.no_gap(report, lang)))
    parts.append(Text(w.coverage(report, lang)))
    for warning in w.reader_warnings(report, lang):
        parts.append(Text(f"{message('warning', lang)}{w.colon(lang)} {warning}", style="bold"))
    technical = w.technical_warnings(report, lang)
    if technical:
        parts.append(Text(message("report_appendix_intro", lang)))

    parts += _section(message("report_mix_title", lang))
    indicative = w.mix_indicative(report, lang)
    if indicative:
        parts.append(_Glued(typeset(indicative, lang), style="bold"))
    parts.append(Text(message("report_mix_note", lang), style="dim"))
    parts += _mix(report, lang)

    parts += _section(message("report_levers_title", lang))
    parts.append(Text(w.levers_intro(report, lang)))
    for lever in report.levers:
        parts.append(Text(""))
        parts.append(Text(w.lever_heading(lever, lang), style="bold"))
        for axis_id in AXES:
            items = lever.figure.ingredients.get(axis_id, ())
            if items:
                parts.append(Text(f"  {w.axis(axis_id, lang)}", style="italic"))
                parts.append(_bullets((x.get(lang) for x in items), indent=4))

    parts += _section(message("report_why_title", lang))
    parts.append(Text(message("report_why_points", lang), style="dim"))
    for row in report.rows:
        parts.append(Text(report.name(row.id, lang), style="bold"))
        reasons = report.reasons.get(row.id, ())
        if not reasons:
            parts.append(_bullets([message("report_why_none", lang)]))
        for reason in reasons:
            parts.append(_reason(reason, lang))

    notes = w.notes(report)
    if notes:
        parts += _section(message("report_notes_title", lang))
        parts.append(_bullets(notes))

    parts += _section(message("report_method_title", lang))
    parts.append(Text(w.coverage(report, lang)))
    parts.append(Text(message("report_method", lang)))
    parts.append(Text(w.standing_rule(report.result.standing_out_rule, lang)))
    unknown = w.unknown_questions(report, lang)
    if unknown and report.result.answers.values:
        parts.append(Text(message("report_unknown_title", lang, count=len(unknown)), style="italic"))
        parts.append(_bullets(unknown))
    if technical:
        parts += _section(message("report_appendix_title", lang))
        parts.append(_bullets(technical))
    return Group(*parts)


def _section(title: str) -> list[RenderableType]:
    return [Text(""), Text(title, style="bold underline")]


def _bullets(items: Iterable[str], indent: int = 2, mark: str = "•") -> RenderableType:
    """A bulleted list whose wrapped lines stay aligned after the bullet."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=indent + len(mark), no_wrap=True, justify="right")
    grid.add_column()
    for item in items:
        grid.add_row(Text(mark), _Glued(item))
    return grid


def _mix(report: Report, lang: str) -> list[RenderableType]:
    profiles: tuple[tuple[Literal["practice", "declared", "ambition"], str], ...] = (
        ("practice", message("col_practice", lang)),
        ("declared", message("col_declared", lang)),
        ("ambition", message("col_ambition", lang)),
    )
    out: list[RenderableType] = []
    for row in report.rows:
        head = Text(report.name(row.id, lang), style="bold")
        head.append(" — " + message("report_intensity", lang, value=w.intensity(row.intensity, lang)))
        out.append(head)
        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(width=18, no_wrap=True)
        grid.add_column(width=BAR, no_wrap=True)
        grid.add_column(width=5, justify="right", no_wrap=True)
        grid.add_column(width=7, justify="right", no_wrap=True)
        for kind, label in profiles:
            value = getattr(row, kind)
            if value is None:  # a stated profile not given, or practices that scored nothing
                missing = "—" if kind == "practice" else message("not_stated", lang)
                grid.add_row(Text(f"  {label}"), Text(missing), Text(""), Text(""))
                continue
            gap = row.gap(kind) if kind != "practice" else None
            grid.add_row(
                Text(f"  {label}"),
                Text(bar(value, BAR), style=PROFILE_STYLES[kind]),
                Text(w.pct(value, lang)),
                Text("" if gap is None else f"({w.points(gap)})"),
            )
        out.append(grid)
    return out


def _reason(reason: Reason, lang: str) -> RenderableType:
    question = shorten(reason.question.text.get(lang), QUESTION_WIDTH)
    chosen = " ; ".join(shorten(o.label.get(lang), OPTION_WIDTH) for o in reason.options)
    score = message("report_points", lang, points=reason.points, max=reason.attainable)
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=3, no_wrap=True, justify="right")
    grid.add_column()
    grid.add_row(Text("•"), Text(question))
    grid.add_row(Text(""), Text(f"→ {chosen} ({score})", style="italic"))
    for option in reason.options:
        why = w.rationale(option, lang)
        if why:
            rationale = typeset(message("report_rationale", lang, text=why), lang)
            grid.add_row(Text(""), _Glued(rationale, style="dim"))
    return grid


def compare_view(model: Model, comparison: Comparison, lang: str) -> RenderableType:
    """Two assessments: who they are, the largest changes in words, then the table per figure."""
    parts: list[RenderableType] = [
        Text(message("compare_title", lang), style="bold"),
        Text(w.compare_side(comparison, "A", lang)),
        Text(w.compare_side(comparison, "B", lang)),
    ]
    for warning in comparison.all_warnings(lang):
        parts.append(Text(f"{message('warning', lang)}{w.colon(lang)} {warning}", style="bold"))
    for line in w.compare_standing(model, comparison, lang):
        parts.append(_Glued(typeset(line, lang)))
    parts += [Text(""), Text(w.compare_moves(model, comparison, lang)), Text("")]
    parts.append(Text(message("compare_note", lang), style="dim"))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column(Text(message("col_figure", lang)), ratio=1)
    for key in ("col_share_a", "col_share_b", "col_share_change",
                "col_intensity_a", "col_intensity_b", "col_intensity_change"):
        table.add_column(Text(message(key, lang)), justify="right", no_wrap=True)
    for c in comparison.changes:
        table.add_row(
            Text(w.figure_name(model, comparison, c.id, lang)),
            Text(w.pct(c.share_a, lang)),
            Text(w.pct(c.share_b, lang)),
            Text(w.delta(c.share_delta)),
            Text(w.pct(c.intensity_a, lang)),
            Text(w.pct(c.intensity_b, lang)),
            Text(w.delta(c.intensity_delta)),
        )
    parts.append(table)
    parts += _compare_details(model, comparison, lang)
    return Group(*parts)


def _compare_details(model: Model, comparison: Comparison, lang: str) -> list[RenderableType]:
    """The declared and ambition shares in A and B, the profile's changes, the answers changed."""
    parts = _section(message("compare_stated_title", lang))
    stated = [(c.declared_a, c.declared_b, c.ambition_a, c.ambition_b) for c in comparison.changes]
    if all(values == (None,) * 4 for values in stated):
        parts.append(Text(message("compare_stated_none", lang)))
    else:
        for kind, title in (("declared", "col_declared"), ("ambition", "col_ambition")):
            table = Table(box=box.SIMPLE_HEAD, pad_edge=False, title=message(title, lang),
                          title_justify="left")
            table.add_column(Text(message("col_figure", lang)), ratio=1)
            for key in ("A", "B", message("col_declared_change", lang)):
                table.add_column(Text(key), justify="right", no_wrap=True)
            for c in comparison.changes:
                a, b = (c.declared_a, c.declared_b) if kind == "declared" else (c.ambition_a, c.ambition_b)
                table.add_row(Text(w.figure_name(model, comparison, c.id, lang)), Text(w.pct(a, lang)),
                              Text(w.pct(b, lang)), Text(w.delta(w.stated_delta(c, kind))))
            parts.append(table)
    parts += _section(message("compare_profile_title", lang))
    profile = w.compare_profile_changes(model, comparison, lang)
    parts.append(_bullets(profile) if profile else Text(message("compare_profile_same", lang)))
    parts += _section(message("compare_answers_title", lang))
    answers = w.compare_answer_changes(model, comparison, lang)
    if answers is None:
        parts.append(Text(message("compare_answers_unavailable", lang)))
    elif not answers:
        parts.append(Text(message("compare_answers_none", lang)))
    else:
        parts.append(_bullets(answers))
    return parts


class _Glued(Text):
    """A text whose non-breaking spaces (« Radar », 20 %) never end a line: Rich wraps at any
    whitespace, non-breaking ones included, so they are hidden while the lines are cut."""

    def wrap(self, console: Any, width: int, **kwargs: Any) -> Lines:
        hidden = self.copy()
        hidden.plain = self.plain.replace("\u00a0", "\ue000")
        lines = Text.wrap(hidden, console, width, **kwargs)
        for line in lines:
            line.plain = line.plain.replace("\ue000", "\u00a0")
        return lines
