"""Sentences of the report shared by the terminal and Markdown renderers (plain text, unescaped).

Each function returns the words only; a renderer escapes or styles them. The wording is neutral by
design: a gap says where two profiles differ, never that one is better.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ccas_compass.i18n import message
from ccas_compass.model.core import AXES, Model, Option
from ccas_compass.scoring.compare import MOVE_THRESHOLD, Change, Comparison
from ccas_compass.scoring.report import (
    GAP_THRESHOLD,
    GROW_THRESHOLD,
    LEVER_SHARE,
    LOW_COVERAGE,
    Gap,
    Lever,
    Report,
    coverage_text,
)
from ccas_compass.scoring.standing import StandingOutRule
from ccas_compass.typography import long_date as long_date  # moved to typography (the interview uses it)

MINUS = "\u2212"


def pct(value: float | None, lang: str) -> str:
    """A share or an intensity as the reader expects it: ``41 %`` in French, ``41%`` in English."""
    if value is None:
        return "—"
    return f"{value:.0f}%" if lang == "en" else f"{value:.0f} %"


def intensity(value: float | None, lang: str) -> str:
    """An intensity in words, the one way the report says it: ``60 % des points possibles``."""
    if value is None:
        return "—"
    return message("intensity_value", lang, value=pct(value, lang))


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


def ambition_sentence(report: Report, lang: str) -> str:
    """« Votre ambition 2050 penche vers … » when figures lead it (:func:`report.leaning`), « … se
    répartit entre … » when it is spread evenly, nothing when it was not given."""
    if report.ambition_lean:
        names = figures_ref([report.name(i, lang) for i in report.ambition_lean], lang)
        return message("report_lean_ambition", lang, figures=names)
    if report.ambition_spread:
        names = figures_ref([report.name(i, lang) for i in report.ambition_spread], lang)
        return message("report_spread_ambition", lang, figures=names)
    return ""


def headline(report: Report, lang: str) -> str:
    """"Your practices mostly draw …; your 2050 ambition leans toward …", or, when no figure stands
    out, why: the practices described are mostly the statutory core (every intensity under the
    floor), or they draw several figures at once with none ahead (a broad mix), or too few answers."""
    practice = figures_ref([report.name(i, lang) for i in report.practice_lean], lang)
    ambition = ambition_sentence(report, lang)
    after = " " + ambition if ambition else ""
    if not report.result.answered:
        return message("result_nothing", lang) + after
    if not practice:
        rule = report.result.standing_out_rule
        if report.reason == "few_answers":
            head = message("report_headline_few_answers", lang, coverage=pct(report.result.coverage, lang),
                           minimum=pct(rule.min_coverage, lang))
        elif report.reason == "broad_mix":
            floor = intensity(rule.min_intensity, lang)
            if len(report.broad) == len(report.rows):
                head = message("report_headline_broad_mix_all", lang, floor=floor)
            else:
                names = figures_ref([report.name(i, lang) for i in report.broad], lang)
                key = "report_headline_broad_mix" + ("" if len(report.broad) > 1 else "_one")
                head = message(key, lang, figures=names, floor=floor, lead=f"{rule.min_lead:g}")
        else:  # statutory core: every intensity under the floor; the most drawn figure named
            drawn = [row for row in report.rows if row.intensity]
            top = max(drawn, key=lambda row: row.intensity or 0.0, default=None)
            if top is None:
                head = message("report_headline_none", lang, floor=intensity(rule.min_intensity, lang))
            else:
                figure = ref(report.name(top.id, lang), lang)
                head = message("report_headline_none_highest", lang, figure=figure,
                               value=intensity(top.intensity, lang), floor=pct(rule.min_intensity, lang))
        if report.result.ambition is None:
            return head + " " + message("report_ambition_not_given", lang)
        return head + after
    if report.result.ambition is None:
        return message("report_headline_no_ambition", lang, practice=practice)
    return message("report_headline_practice", lang, practice=practice) + after


def mix_indicative(report: Report, lang: str) -> str | None:
    """The warning put before the mix when no figure stands out: its shares are only indicative
    (the wording says why: intensities all low, close to one another, or too few answers)."""
    if not report.none_stands_out:
        return None
    return message(f"report_mix_indicative_{report.reason or 'statutory_core'}", lang)


def standing_rule(rule: StandingOutRule, lang: str) -> str:
    """The rule in one sentence, with this questionnaire's parameters (the method section)."""
    return message(
        "report_standing_rule", lang, min_intensity=intensity(rule.min_intensity, lang),
        min_lead=f"{rule.min_lead:g}", min_coverage=pct(rule.min_coverage, lang),
    )


def standing_line(names: Sequence[str] | None, lang: str) -> str:
    """``figures that stand out: « A », « B »`` or ``no figure stands out`` (compare, team lists);
    an empty string when unknown (an old result file)."""
    if names is None:
        return ""
    if not names:
        return message("standing_none", lang)
    figures = join([ref(n, lang) for n in names], lang)
    return message("standing_some", lang, figures=figures, count=len(names))


def rationale(option: Option, lang: str) -> str | None:
    """Why an option weighs its figures, when the questionnaire says it."""
    return None if option.rationale is None else option.rationale.get(lang)


def gap_sentence(report: Report, gap: Gap, lang: str) -> str:
    figure = ref(report.name(gap.figure, lang), lang)
    if gap.on_intensity:  # an ambition share against a practice intensity: no subtraction
        return message(f"report_gap_{gap.kind}", lang, figure=figure, stated=pct(gap.stated, lang),
                       intensity=intensity(gap.practice, lang))
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
    if report.indicative and (report.result.declared is None or report.result.ambition is None):
        return message("report_no_gap_indicative_single", lang)  # nothing to set side by side
    if report.indicative:
        return message("report_no_gap_indicative", lang, threshold=f"{GAP_THRESHOLD:.0f}")
    return message("report_no_gap", lang, threshold=f"{GAP_THRESHOLD:.0f}")


def lever_heading(lever: Lever, lang: str) -> str:
    if lever.on_intensity:
        return message("report_lever_head_intensity", lang, figure=lever.figure.name.get(lang),
                       ambition=pct(lever.ambition, lang), intensity=intensity(lever.practice, lang))
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
    if report.indicative:
        key = "report_levers_intro_intensity" if report.levers else "report_levers_none_intensity"
        rule = report.result.standing_out_rule
        return message(key, lang, share=pct(LEVER_SHARE, lang), floor=intensity(rule.min_intensity, lang))
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
    from ccas_compass.territory.checks import commune_phrase  # the commune, its département, its population

    commune = commune_phrase(answers.organisation.get("insee"), lang, answers.organisation.get("kind"))
    if commune is not None:
        out.insert(0, commune)
    if answers.date:
        out.append(message("report_meta_date", lang, date=long_date(answers.date, lang)))
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
        date=f"{long_date(side.date, lang)}, " if side.date else "",
        version=side.questionnaire_version,
        coverage=pct(side.coverage, lang),
    )


def figure_name(model: Model, comparison: Comparison, figure_id: str, lang: str) -> str:
    """The current model's name for a figure, else the name found in a result file."""
    try:
        return model.figure(figure_id).name.get(lang)
    except KeyError:
        return comparison.b.names.get(figure_id) or comparison.a.names.get(figure_id) or figure_id


def compare_standing(model: Model, comparison: Comparison, lang: str) -> list[str]:
    """Per side, the figures that stand out (or that none does); nothing for a side whose result
    file predates the rule."""
    out = []
    for letter, side in (("A", comparison.a), ("B", comparison.b)):
        if side.standing_out is None:
            continue
        names = [figure_name(model, comparison, fid, lang) for fid in side.standing_out]
        line = standing_line(names, lang)
        if not names and side.standing_out_reason in ("statutory_core", "broad_mix", "few_answers"):
            line += " " + message(f"compare_reason_{side.standing_out_reason}", lang)
        out.append(f"{letter}{colon(lang)} {line}")
    return out


def compare_moves(model: Model, comparison: Comparison, lang: str) -> str:
    """The largest changes of intensity (what the practices draw, always stated), then of share (said
    to be indicative when a side has no figure standing out)."""
    sep = " ; " if lang == "fr" else "; "
    moves = comparison.moves
    strong = comparison.intensity_moves
    if not moves and not strong:
        return message("compare_no_move", lang, threshold=f"{MOVE_THRESHOLD:.0f}")
    out = []
    if strong:
        out.append(message("compare_intensity_moves", lang, items=sep.join(
            message("compare_move", lang, figure=figure_name(model, comparison, c.id, lang),
                    a=pct(c.intensity_a, lang), b=pct(c.intensity_b, lang),
                    delta=points(c.intensity_delta or 0.0))
            for c in strong
        )))
    empty = [letter for letter, side in (("A", comparison.a), ("B", comparison.b))
             if all(v is None for v in side.shares.values())]
    if empty:  # every intensity 0 on a side: it has no mix to compare
        out.append(message("compare_no_mix", lang, sides=join(empty, lang)))
        return " ".join(out)
    if not moves:
        out.append(message("compare_no_share_move", lang, threshold=f"{MOVE_THRESHOLD:.0f}"))
        return " ".join(out)
    faint = [letter for letter, side in (("A", comparison.a), ("B", comparison.b)) if side.standing_out == ()]
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
    if faint:
        out.append(message("compare_moves_indicative", lang, items=sep.join(items),
                           sides=join(faint, lang)))
    else:
        out.append(message("compare_moves", lang, items=sep.join(items)))
    return " ".join(out)


def delta(value: float | None) -> str:
    return "—" if value is None else points(value)


# --- issue 13: profile block, dates in words, questions left unknown, warnings, compare details ---

PROFILE_SKIP = frozenset({"name"})
"""Profile questions not shown in the profile block (the name is the report's title)."""


def profile_items(model: Model, organisation: Mapping[str, object], lang: str) -> list[tuple[str, str]]:
    """The declared profile as (label, value) pairs in questionnaire order: structure, commune,
    département, population band, density, QPV, staff. Option ids are shown as their labels;
    profile questions the tool has no short label for use the question's own text."""
    from ccas_compass.i18n import MESSAGES
    from ccas_compass.territory import departements

    out: list[tuple[str, str]] = []
    runs: list[str] = []  # the establishments and services it runs, one item for the gere_* questions
    runs_answered = False
    questions = sorted(model.questionnaire.profile, key=lambda q: q.id != "kind")  # CCAS or CIAS first
    for question in questions:
        if question.id in PROFILE_SKIP:
            continue
        raw = organisation.get(question.id)
        if raw is None or str(raw).strip() == "":
            continue
        runs_key = f"profile_runs_{question.id}"
        if runs_key in MESSAGES:
            runs_answered = True
            if str(raw).strip().lower() == "oui":
                runs.append(message(runs_key, lang))
            continue
        key = f"profile_{question.id}"
        label = message(key, lang) if key in MESSAGES else question.text.get(lang)
        option = question.option(str(raw)) if question.options else None
        value = option.label.get(lang) if option is not None else " ".join(str(raw).split())
        out.append((label, value))
        if question.id == "insee":
            code = str(raw).strip()
            dep = code[:3] if code.startswith("97") else code[:2]
            known = departements.name(dep)
            out.append((message("profile_departement", lang), f"{dep} ({known})" if known else dep))
            from ccas_compass.territory.checks import (
                epci_item,  # a CIAS names its intercommunality (issue 12)
            )

            epci = epci_item(code, str(organisation.get("kind") or ""), lang)
            if epci is not None:
                out.append(epci)
    if runs_answered:
        runs_text = join(runs, lang) if runs else message("profile_runs_none", lang)
        out.append((message("profile_runs", lang), runs_text))
    return out


def profile_line(report: Report, lang: str) -> str:
    """The profile block on one line: ``Structure : CCAS … · Population : …``."""
    items = profile_items(report.model, report.result.answers.organisation, lang)
    return " · ".join(f"{label}{colon(lang)} {value}" for label, value in items)


def unknown_questions(report: Report, lang: str) -> list[str]:
    """The practice questions left « ne sait pas » (unanswered), in questionnaire order."""
    values = report.result.answers.values
    return [
        " ".join(q.text.get(lang).split())
        for q in report.model.questionnaire.practice_questions
        if values.get(q.id) is None
    ]


def reader_warnings(report: Report, lang: str) -> list[str]:
    """The warnings that change how the report reads (low coverage…), kept near the top: every
    warning of :func:`warnings` but the technical ones, which go to the appendix."""
    technical = set(technical_warnings(report, lang))
    return [x for x in warnings(report, lang) if x not in technical]


def technical_warnings(report: Report, lang: str) -> list[str]:
    """Warnings about files and versions (another questionnaire version…), for the appendix."""
    return [x.render(lang) for x in report.result.warnings]


def answer_text(model: Model, question_id: str, value: object, lang: str) -> str:
    """An answer as a reader reads it: the chosen options' labels, « ne sait pas » when none."""
    question = model.questionnaire.question(question_id)
    if value is None or question is None:
        return message("answer_unknown", lang) if value is None else str(value)
    chosen = value if isinstance(value, (list, tuple)) else [value]
    labels = []
    for option_id in chosen:
        option = question.option(str(option_id))
        labels.append(option.label.get(lang) if option is not None else str(option_id))
    return " ; ".join(labels) if lang == "fr" else "; ".join(labels)


def compare_profile_changes(model: Model, comparison: Comparison, lang: str) -> list[str]:
    """The profile entries that differ between A and B (``Population : A → B``)."""
    a = dict(profile_items(model, comparison.a.organisation, lang))
    b = dict(profile_items(model, comparison.b.organisation, lang))
    dash = "—"
    return [
        message("compare_profile_change", lang, label=label, a=a.get(label, dash), b=b.get(label, dash))
        for label in [*a, *(k for k in b if k not in a)]
        if a.get(label) != b.get(label)
    ]


def compare_answer_changes(model: Model, comparison: Comparison, lang: str) -> list[str] | None:
    """The practice questions answered differently in A and B, or None when a side's answers are
    not known (a JSON result written before answers were kept)."""
    a, b = comparison.a.answers, comparison.b.answers
    if a is None or b is None:
        return None

    def norm(value: object) -> object:
        return sorted(map(str, value)) if isinstance(value, (list, tuple)) else value

    out = []
    for q in model.questionnaire.practice_questions:
        va, vb = a.get(q.id), b.get(q.id)
        if norm(va) != norm(vb):
            out.append(message(
                "compare_answer_change", lang, question=" ".join(q.text.get(lang).split()),
                a=answer_text(model, q.id, va, lang), b=answer_text(model, q.id, vb, lang),
            ))
    return out


def stated_delta(change: Change, kind: str) -> float | None:
    """B − A for the declared (``declared``) or ambition (``ambition``) share of one figure."""
    if kind == "declared":
        a, b = change.declared_a, change.declared_b
    else:
        a, b = change.ambition_a, change.ambition_b
    return None if a is None or b is None else b - a
