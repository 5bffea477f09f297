"""The report as Markdown (CommonMark + GFM tables) for the board, and the comparison of two results.

Every text that does not come from this module — the organisation's name, the respondent, the notes,
and also the model's texts, which ``--data`` lets anyone replace — goes through :func:`escape`: an
organisation called ``Les | Pins *<b>*`` neither splits a table row nor injects HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import quote

from ccas_compass import __version__
from ccas_compass.i18n import message
from ccas_compass.model.core import AXES, Model
from ccas_compass.render import wording as w
from ccas_compass.scoring.compare import Comparison
from ccas_compass.scoring.report import Report
from ccas_compass.typography import glue_markdown

_SPECIAL = frozenset("\\`*_[]#|~<>&")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def escape(text: object) -> str:
    """User or model text made inert: one line, every Markdown/HTML-active character escaped.

    CommonMark lets a backslash escape any ASCII punctuation, and the result is always the literal
    character; GFM tables also honour ``\\|``. Parentheses and ``!`` are left as written (readable
    in the raw file): with every ``[`` escaped they cannot open a link or an image. A leading ``-``,
    ``+``, ``=`` or ``1.`` is escaped too, so the text cannot start a list or a heading underline
    where it opens a line.
    """
    flat = " ".join(str(text).split())
    out = "".join("\\" + c if c in _SPECIAL else c for c in flat)
    number = _LIST_NUMBER.match(out)
    if number:
        return f"{number.group(1)}\\{number.group(2)}{out[number.end():]}"
    if out[:1] in ("-", "+", "="):
        return "\\" + out
    return out


def table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str) -> list[str]:
    """A GFM table; cells must already be escaped. ``align``: one of ``l``/``r`` per column."""
    marks = {"l": ":--", "r": "--:"}
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(marks[a] for a in align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def report_markdown(
    report: Report, lang: str, chart: str | None = None, *, extra: Sequence[str] = (), why: bool = True,
    svg: bool = True, coverage: str | None = None,
) -> str:
    """The whole report. ``chart``: the PNG chart's path relative to the Markdown file, if any
    (with ``svg``, an SVG of the same stem is linked beside it). ``extra``: Markdown lines (already
    escaped) put after the mix table (a batch adds the team and the peers there); ``why=False``
    leaves out the answers behind each figure (a team's mean has no single answer behind it);
    ``coverage`` replaces the coverage sentence (a team's is an average over its members)."""
    coverage_text = coverage if coverage is not None else w.coverage(report, lang)
    out: list[str] = [
        "# " + escape(message("result_title", lang, name=w.organisation_name(report))),
        "",
        "*" + escape(message("result_mirror", lang)) + "*",
        "",
        " · ".join(escape(x) for x in w.meta(report, lang)),
        "",
        *_profile(report, lang),
        "## " + escape(message("report_summary", lang)),
        "",
        "**" + escape(w.headline(report, lang)) + "**",
        "",
    ]
    if report.gaps:
        out += ["- " + escape(w.gap_sentence(report, g, lang)) for g in report.gaps]
    else:
        out.append(escape(w.no_gap(report, lang)))
    out += ["", escape(coverage_text), ""]
    for warning in w.reader_warnings(report, lang):
        out += [f"> **{escape(message('warning', lang))}**{w.colon(lang)} {escape(warning)}", ""]
    technical = w.technical_warnings(report, lang)
    if technical:
        out += [escape(message("report_appendix_intro", lang)), ""]

    out += ["## " + escape(message("report_mix_title", lang)), ""]
    if chart is not None:
        out += [f"![{escape(message('report_chart_alt', lang))}]({quote(chart)})", ""]
        if svg:
            vector = chart[: -len(".png")] + ".svg" if chart.endswith(".png") else chart
            out += [f"[{escape(message('report_chart_svg', lang))}]({quote(vector)})", ""]
    indicative = w.mix_indicative(report, lang)
    if indicative:
        out += ["**" + escape(indicative) + "**", ""]
    out += [escape(message("report_mix_note", lang)), ""]
    out += _mix_table(report, lang)
    if extra:
        out += ["", *extra]
        while out[-1] == "":
            out.pop()

    out += ["", "## " + escape(message("report_levers_title", lang)), ""]
    out += [escape(w.levers_intro(report, lang))]
    for lever in report.levers:
        out += ["", "### " + escape(w.lever_heading(lever, lang))]
        for axis_id in AXES:
            items = lever.figure.ingredients.get(axis_id, ())
            if items:
                out += ["", f"**{escape(w.axis(axis_id, lang))}**", ""]
                out += ["- " + escape(x.get(lang)) for x in items]

    if why:
        out += _why(report, lang)

    notes = w.notes(report)
    if notes:
        out += ["", "## " + escape(message("report_notes_title", lang)), ""]
        for note in notes:
            out += ["> " + escape(note), ""]
        out.pop()

    out += [
        "",
        "## " + escape(message("report_method_title", lang)),
        "",
        escape(coverage_text),
        "",
        escape(message("report_method", lang)),
        "",
        escape(w.standing_rule(report.result.standing_out_rule, lang)),
        "",
        *_unknown(report, lang),
        *_appendix(technical, lang),
        "---",
        "",
        "*" + escape(message("report_footer", lang, version=__version__)) + "*",
    ]
    return glue_markdown("\n".join(out) + "\n", lang)


def _why(report: Report, lang: str) -> list[str]:
    """Per figure, the answers that gave it the most points: each question in full on a line of its
    own, then the options chosen, in full, with why each counts. Nothing is cut: the élus read what
    was asked and what was answered (a wide cell is fine in Markdown; the PDF and Word file lay the
    question above its table)."""
    out = ["", "## " + escape(message("report_why_title", lang))]
    out += ["", escape(message("report_why_points", lang))]
    for row in report.rows:
        out += ["", "### " + escape(report.name(row.id, lang)), ""]
        reasons = report.reasons.get(row.id, ())
        if not reasons:
            out.append(escape(message("report_why_none", lang)))
            continue
        for r in reasons:
            given = message("report_points", lang, points=r.points, max=r.attainable)
            if out[-1]:
                out.append("")
            out += [f"**{escape(r.question.text.get(lang))}** — {escape(given)}", ""]
            rationales = [w.rationale(o, lang) for o in r.options]
            if any(rationales):
                header = [escape(message(k, lang)) for k in ("col_answer", "col_rationale")]
                body = [[escape(o.label.get(lang)), escape(why) if why else "—"]
                        for o, why in zip(r.options, rationales, strict=True)]
                out += table(header, body, "ll")
            else:
                out += ["- " + escape(o.label.get(lang)) for o in r.options]
    return out


def _profile(report: Report, lang: str) -> list[str]:
    """The declared profile (structure, commune, département, population, density, staff), one line."""
    line = w.profile_line(report, lang)
    return [escape(line), ""] if line else []


def _unknown(report: Report, lang: str) -> list[str]:
    """The practice questions left « ne sait pas », as a list (a team's mean has none to list)."""
    unknown = w.unknown_questions(report, lang)
    if not unknown or not report.result.answers.values:
        return []
    out = ["### " + escape(message("report_unknown_title", lang, count=len(unknown))), ""]
    return [*out, *("- " + escape(q) for q in unknown), ""]


def _appendix(technical: Sequence[str], lang: str) -> list[str]:
    """Technical warnings (questionnaire version…), out of the body, at the end."""
    if not technical:
        return []
    out = ["## " + escape(message("report_appendix_title", lang)), ""]
    return [*out, *("- " + escape(x) for x in technical), ""]


def _mix_table(report: Report, lang: str) -> list[str]:
    practice = message("col_practice", lang)
    header = [
        message("col_figure", lang),
        practice,
        message("col_intensity_points", lang),
        message("col_declared", lang),
        message("col_ambition", lang),
        f"{message('col_declared', lang)} − {practice.lower()}",
        message("col_gap_ambition", lang),
    ]

    def gap(value: float | None) -> str:
        return "—" if value is None else w.points(value)

    body = [
        [
            escape(report.name(r.id, lang)),
            w.pct(r.practice, lang),
            w.pct(r.intensity, lang),
            w.pct(r.declared, lang),
            w.pct(r.ambition, lang),
            gap(r.gap("declared")),
            gap(r.gap("ambition")),
        ]
        for r in report.rows
    ]
    return table([escape(x) for x in header], body, "lrrrrrr")


def compare_markdown(model: Model, comparison: Comparison, lang: str) -> str:
    """The comparison as Markdown: both sides, the largest changes, the table per figure."""
    out = [
        "# " + escape(message("compare_title", lang)),
        "",
        "- " + escape(w.compare_side(comparison, "A", lang)),
        "- " + escape(w.compare_side(comparison, "B", lang)),
        "",
    ]
    for warning in comparison.all_warnings(lang):
        out += [f"> **{escape(message('warning', lang))}**{w.colon(lang)} {escape(warning)}", ""]
    standing = w.compare_standing(model, comparison, lang)
    if standing:
        out += ["- " + escape(line) for line in standing] + [""]
    out += [escape(w.compare_moves(model, comparison, lang)), "", escape(message("compare_note", lang)), ""]
    keys = ("col_figure", "col_share_a", "col_share_b", "col_share_change",
            "col_intensity_a", "col_intensity_b", "col_intensity_change")
    body = [
        [
            escape(w.figure_name(model, comparison, c.id, lang)),
            w.pct(c.share_a, lang),
            w.pct(c.share_b, lang),
            w.delta(c.share_delta),
            w.pct(c.intensity_a, lang),
            w.pct(c.intensity_b, lang),
            w.delta(c.intensity_delta),
        ]
        for c in comparison.changes
    ]
    out += table([escape(message(k, lang)) for k in keys], body, "lrrrrrr")
    out += _compare_details(model, comparison, lang)
    return glue_markdown("\n".join(out) + "\n", lang)


def _compare_details(model: Model, comparison: Comparison, lang: str) -> list[str]:
    """What else moved: the declared and ambition shares, the profile, the answers."""
    out = ["", "## " + escape(message("compare_stated_title", lang)), ""]
    stated = [c for c in comparison.changes if (c.declared_a, c.declared_b, c.ambition_a, c.ambition_b)
              != (None, None, None, None)]
    if stated:
        keys = ("col_figure", "col_declared_a", "col_declared_b", "col_declared_change",
                "col_ambition_a", "col_ambition_b", "col_ambition_change")
        body = [
            [
                escape(w.figure_name(model, comparison, c.id, lang)),
                w.pct(c.declared_a, lang), w.pct(c.declared_b, lang), w.delta(w.stated_delta(c, "declared")),
                w.pct(c.ambition_a, lang), w.pct(c.ambition_b, lang), w.delta(w.stated_delta(c, "ambition")),
            ]
            for c in comparison.changes
        ]
        out += table([escape(message(k, lang)) for k in keys], body, "lrrrrrr")
    else:
        out.append(escape(message("compare_stated_none", lang)))
    out += ["", "## " + escape(message("compare_profile_title", lang)), ""]
    profile = w.compare_profile_changes(model, comparison, lang)
    out += ["- " + escape(x) for x in profile] or [escape(message("compare_profile_same", lang))]
    out += ["", "## " + escape(message("compare_answers_title", lang)), ""]
    answers = w.compare_answer_changes(model, comparison, lang)
    if answers is None:
        out.append(escape(message("compare_answers_unavailable", lang)))
    elif not answers:
        out.append(escape(message("compare_answers_none", lang)))
    else:
        out += [f"{n}. {escape(x)}" for n, x in enumerate(answers, start=1)]
    return out
