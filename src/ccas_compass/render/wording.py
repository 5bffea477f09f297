"""Sentences of the report shared by the terminal and Markdown renderers (plain text, unescaped).

Each function returns the words only; a renderer escapes or styles them. The wording is neutral by
design: a gap says where two profiles differ, never that one is better.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..compare import MOVE_THRESHOLD, Comparison
from ..i18n import message
from ..model import AXES, Model
from ..report import GAP_THRESHOLD, GROW_THRESHOLD, LOW_COVERAGE, Gap, Lever, Report, coverage_text

MINUS = "\u2212"


def pct(value: float | None, lang: str) -> str:
    """A share or an intensity as the reader expects it: ``41 %`` in French, ``41%`` in English."""
    if value is None:
        return "—"
    return f"{value:.0f}%" if lang == "en" else f"{value:.0f} %"


def colon(lang: str) -> str:
    """French puts a space before a colon, English does not."""
    return ":" if lang == "en" else " :"


def points(delta: float) -> str:
    """A signed difference in points: ``+16``, ``−21`` (a true minus sign), ``0``."""
    rounded = round(delta)
    if rounded > 0:
        return f"+{rounded}"
    if rounded < 0:
        return f"{MINUS}{-rounded}"
    return "0"


def join(items: Sequence[str], lang: str) -> str:
    """``A``, ``A et B``, ``A, B et C`` (``and`` in English)."""
    if len(items) <= 1:
        return "".join(items)
    return message("list_and", lang, head=", ".join(items[:-1]), last=items[-1])


def ref(name: str, lang: str) -> str:
    """A figure's name inside a sentence: « Radar » in French (the names are titles, without an
    article), as is in English."""
    return f"«\u00a0{name}\u00a0»" if lang == "fr" else name


def figures_ref(names: Sequence[str], lang: str) -> str:
    """``la figure « A »``, ``les figures « A » et « B »`` (English: ``A``, ``A and B``)."""
    if not names:
        return ""
    key = "figures_one" if len(names) == 1 else "figures_many"
    return message(key, lang, names=join([ref(n, lang) for n in names], lang))


def headline(report: Report, lang: str) -> str:
    """"Your practices lean most toward … and …; your 2050 ambition, toward …"."""
    practice = figures_ref([report.name(i, lang) for i in report.practice_lean], lang)
    ambition = figures_ref([report.name(i, lang) for i in report.ambition_lean], lang)
    if not practice:
        return message("result_nothing", lang) + (
            " " + message("report_lean_ambition", lang, figures=ambition) if ambition else ""
        )
    if not ambition:
        return message("report_headline_no_ambition", lang, practice=practice)
    return message("report_headline", lang, practice=practice, ambition=ambition)


def gap_sentence(report: Report, gap: Gap, lang: str) -> str:
    direction = "more" if gap.delta > 0 else "less"
    return message(
        f"report_gap_{gap.kind}_{direction}",
        lang,
        figure=ref(report.name(gap.figure, lang), lang),
        stated=pct(gap.stated, lang),
        practice=pct(gap.practice, lang),
        delta=points(gap.delta),
    )


def no_gap(report: Report, lang: str) -> str:
    """Why no gap is listed: nothing was stated, or no difference reaches the threshold."""
    if report.result.declared is None and report.result.ambition is None:
        return message("report_nothing_stated", lang)
    return message("report_no_gap", lang, threshold=f"{GAP_THRESHOLD:.0f}")


def lever_heading(lever: Lever, lang: str) -> str:
    return message(
        "report_lever_head",
        lang,
        figure=lever.figure.name.get(lang),
        ambition=pct(lever.ambition, lang),
        practice=pct(lever.practice, lang),
        delta=points(lever.delta),
    )


def levers_intro(report: Report, lang: str) -> str:
    """The sentence before the levers, or the reason there are none."""
    if report.result.ambition is None:
        return message("report_levers_no_ambition", lang)
    if not any(r.practice is not None for r in report.rows):
        return message("result_nothing", lang)
    key = "report_levers_intro" if report.levers else "report_levers_none"
    return message(key, lang, threshold=f"{GROW_THRESHOLD:.0f}")


def axis(axis_id: str, lang: str) -> str:
    return message("axis_" + axis_id, lang) if axis_id in AXES else axis_id


def coverage(report: Report, lang: str) -> str:
    r = report.result
    return message("result_coverage", lang, answered=r.answered, total=r.total, coverage=r.coverage)


def low_coverage(report: Report, lang: str) -> str | None:
    if not report.low_coverage:
        return None
    return message(
        "report_low_coverage", lang, coverage=coverage_text(report.result.coverage, lang),
        threshold=f"{LOW_COVERAGE:.0f}",
    )


def warnings(report: Report, lang: str) -> list[str]:
    """Every warning the reader must see near the top: questionnaire version, low coverage."""
    out = [w.render(lang) for w in report.result.warnings]
    low = low_coverage(report, lang)
    if low:
        out.append(low)
    return out


def meta(report: Report, lang: str) -> list[str]:
    """Questionnaire, date and respondent, as short phrases (user text left as is)."""
    r = report.result
    answers = r.answers
    out = [message("report_meta_questionnaire", lang, id=r.model_id, version=r.model_version)]
    if answers.date:
        out.append(message("report_meta_date", lang, date=answers.date))
    role = answers.respondent.get("role")
    if role:
        out.append(message("report_meta_role", lang, role=" ".join(str(role).split())))
    return out


def organisation_name(report: Report) -> str:
    return " ".join(str(report.result.answers.organisation.get("name", "")).split())


def notes(report: Report) -> list[str]:
    """The free-text answers (not scored), each flattened to one line."""
    q = report.model.questionnaire
    values = report.result.answers.values
    out = []
    for question in q.questions:
        value = values.get(question.id)
        if question.type == "text" and isinstance(value, str) and value.strip():
            out.append(" ".join(value.split()))
    return out


def compare_side(comparison: Comparison, letter: str, lang: str) -> str:
    side = comparison.a if letter == "A" else comparison.b
    return message(
        "compare_side",
        lang,
        letter=letter,
        name=side.name or side.source,
        date=f"{side.date}, " if side.date else "",
        version=side.questionnaire_version,
        coverage=pct(side.coverage, lang),
    )


def figure_name(model: Model, comparison: Comparison, figure_id: str, lang: str) -> str:
    """The current model's name for a figure, else the name found in a result file."""
    try:
        return model.figure(figure_id).name.get(lang)
    except KeyError:
        return comparison.b.names.get(figure_id) or comparison.a.names.get(figure_id) or figure_id


def compare_moves(model: Model, comparison: Comparison, lang: str) -> str:
    moves = comparison.moves
    if not moves:
        return message("compare_no_move", lang, threshold=f"{MOVE_THRESHOLD:.0f}")
    items = [
        message(
            "compare_move",
            lang,
            figure=figure_name(model, comparison, c.id, lang),
            a=pct(c.share_a, lang),
            b=pct(c.share_b, lang),
            delta=points(c.share_delta or 0.0),
        )
        for c in moves
    ]
    return message("compare_moves", lang, items=" ; ".join(items) if lang == "fr" else "; ".join(items))


def delta(value: float | None) -> str:
    return "—" if value is None else points(value)
