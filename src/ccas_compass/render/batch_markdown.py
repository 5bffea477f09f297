"""A batch in Markdown: one report per organisation (team and peers added), and the panorama.

Same rules as :mod:`ccas_compass.render.markdown`: every text that is not this module's own goes
through :func:`~ccas_compass.render.markdown.escape`, so a CCAS named ``Les | Pins`` keeps every
table whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from ccas_compass import __version__
from ccas_compass.batch.panorama import MIN_GROUP, OTHERS, UNKNOWN, Distribution, Group, Panorama, Peers
from ccas_compass.batch.teams import LEAST_CONSENSUS, Team
from ccas_compass.i18n import message
from ccas_compass.model.core import Model
from ccas_compass.render import wording as w
from ccas_compass.render.markdown import escape, report_markdown, table
from ccas_compass.scoring.report import LOW_COVERAGE, Report, coverage_text
from ccas_compass.territory import departements
from ccas_compass.typography import glue_markdown


def team_markdown(
    model: Model, team: Team, peer: Peers | None, lang: str, chart: str | None, report: Report,
) -> str:
    """One organisation's report: the usual report of its (mean) result, with its team and peers.
    ``report``: the team's report, built by the caller from
    :func:`ccas_compass.batch.teams.team_result` (a renderer never calls back into the batch)."""
    extra = team_section(model, team, report, lang) + peers_section(model, team, report, peer, lang)
    single = len(team.members) == 1
    coverage = None if single else team_coverage(team, lang)
    return report_markdown(report, lang, chart, extra=extra, why=single, svg=False, coverage=coverage)


def team_coverage(team: Team, lang: str) -> str:
    """A team's coverage: the mean of its members', with the lowest and highest."""
    answered = [m.answered for m in team.members]
    return message(
        "team_coverage", lang, coverage=coverage_text(team.coverage, lang),
        low=min(answered), high=max(answered),
        total=team.total,
    )


def team_section(model: Model, team: Team, report: Report, lang: str) -> list[str]:
    """Members, how far apart they are per figure, and the questions of least consensus."""
    count = len(team.members)
    if count < 2:
        return []
    out = ["## " + escape(message("team_title", lang, count=count)), ""]
    out += [escape(message("team_intro", lang)), ""]
    keys = ("col_figure", "team_mean", "team_low", "team_high", "team_agreement")
    header = [message(k, lang) for k in keys]
    rows = []
    for i, figure in enumerate(model.figures):
        spread = team.spreads[i]
        rows.append([
            escape(figure.name.get(lang)),
            w.pct(report.rows[i].practice, lang),  # as rounded in the mix table above
            "—" if spread is None else w.pct(round(spread.low), lang),
            "—" if spread is None else w.pct(round(spread.high), lang),
            "—" if spread is None else escape(message(f"agreement_{spread.level}", lang)),
        ])
    out += table([escape(x) for x in header], rows, "lrrrl")
    out += ["", "### " + escape(message("team_members", lang)), ""]
    header = [message(k, lang) for k in ("col_number", "col_role", "col_date", "col_answered", "col_source")]
    rows = [
        [
            str(n),
            escape(m.role or "—"),
            escape(w.long_date(m.date, lang) if m.date else "—"),
            f"{m.answered}/{team.total}",
            escape(m.source),
        ]
        for n, m in enumerate(team.members, start=1)
    ]
    out += table([escape(x) for x in header], rows, "rllrl")
    out += ["", "### " + escape(message("team_discuss", lang)), ""]
    if not team.disagreements:
        out += [escape(message("team_all_agree", lang)), ""]
        return out
    out += [escape(message("team_discuss_intro", lang)), ""]
    q = team.consensus_model.questionnaire
    header = [escape(message(k, lang)) for k in ("col_answer", "team_col_respondents")]
    for n, d in enumerate(team.disagreements[:LEAST_CONSENSUS], start=1):
        question = q.question(d.question)
        if question is None:  # pragma: no cover - disagreements come from this questionnaire
            continue
        # the question and the options in full: the élus discuss what was actually asked
        agreement = message("team_question_agreement", lang, agreement=f"{100 * d.agreement:.0f}")
        out += [f"**{n}. {escape(question.text.get(lang))}** — {escape(agreement)}", ""]
        rows = []
        for option_id, _ in d.answers:
            option = question.option(option_id)
            label = option.label.get(lang) if option is not None else option_id
            who = [team.members[m].role or message("team_respondent_n", lang, n=m + 1)
                   for m in d.chose(option_id)]
            rows.append([escape(label), escape(f"{len(who)}{w.colon(lang)} {', '.join(who)}")])
        if d.unknown:
            rows.append([escape(message("team_no_answer", lang)), str(d.unknown)])
        out += [*table(header, rows, "ll"), ""]
    return out


def peers_section(model: Model, team: Team, report: Report, peer: Peers | None, lang: str) -> list[str]:
    out = ["## " + escape(message("peers_title", lang)), ""]
    if peer is None:
        return [*out, escape(message("peers_none", lang, min=MIN_GROUP)), ""]
    if peer.dimension == "departement":
        dep = departement_label(peer.value)
        intro = message("peers_departement", lang, count=peer.organisations, dep=dep)
    elif team.departement is None:
        intro = message("peers_all_no_insee", lang, count=peer.organisations)
    else:
        intro = message("peers_all", lang, count=peer.organisations)
    out += [escape(intro), ""]
    header = [message(k, lang) for k in ("col_figure", "peers_own", "peers_median", "peers_own_ambition",
                                         "peers_median_ambition")]
    rows = [
        [
            escape(figure.name.get(lang)),
            w.pct(report.rows[i].practice, lang),  # as rounded in the mix table above
            w.pct(_whole(peer.practice[i]), lang),
            w.pct(report.rows[i].ambition, lang),
            w.pct(_whole(peer.ambition[i]), lang),
        ]
        for i, figure in enumerate(model.figures)
    ]
    return [*out, *table([escape(x) for x in header], rows, "lrrrr"), ""]


def _whole(value: float | None) -> float | None:
    return None if value is None else float(round(value))


def departement_label(code: str) -> str:
    """``37 (Indre-et-Loire)``, or the code alone when its name is not known."""
    known = departements.name(code)
    return f"{code} ({known})" if known else code


def group_label(model: Model, group: Group, lang: str) -> str:
    if group.value == OTHERS:
        return message("group_others", lang, min=MIN_GROUP)
    if group.value == UNKNOWN:
        key = "group_unknown_departement" if group.dimension == "departement" else "group_unknown"
        return message(key, lang)
    if group.dimension == "departement":
        return message("group_departement", lang, dep=departement_label(group.value))
    question = model.questionnaire.profile_question(group.dimension)
    option = question.option(group.value) if question is not None else None
    return option.label.get(lang) if option is not None else group.value


def _pct(d: Distribution | None, lang: str, part: str = "median") -> str:
    if d is None:
        return "—"
    return w.pct(float(round(getattr(d, part))), lang)


def _distribution_table(model: Model, group: Group, lang: str) -> list[str]:
    header = [message(k, lang) for k in ("col_figure", "pano_q1", "pano_median", "pano_q3",
                                         "pano_declared", "pano_ambition", "pano_dominant")]
    rows = [
        [
            escape(figure.name.get(lang)),
            _pct(group.practice[i], lang, "q1"),
            _pct(group.practice[i], lang),
            _pct(group.practice[i], lang, "q3"),
            _pct(group.declared[i], lang),
            _pct(group.ambition[i], lang),
            str(group.dominant[i]),
        ]
        for i, figure in enumerate(model.figures)
    ]
    return table([escape(x) for x in header], rows, "lrrrrrr")


def _group_heading(model: Model, group: Group, lang: str) -> str:
    return message("pano_group", lang, label=group_label(model, group, lang), orgs=group.organisations,
                   respondents=group.respondents)


def _compact(model: Model, groups: Sequence[Group], lang: str, kind: str) -> list[str]:
    """Groups × figures: the median practice share, or how many organisations it stands out first in."""
    header = [message("pano_col_group", lang), message("pano_col_orgs", lang)]
    header += [f.name.get(lang) for f in model.figures]
    rows = []
    for g in groups:
        cells = [escape(group_label(model, g, lang)), str(g.organisations)]
        if kind == "median":
            cells += [_pct(d, lang) for d in g.practice]
        else:
            cells += [str(n) for n in g.dominant] + [str(g.none_stands_out)]
        rows.append(cells)
    if kind != "median":
        header.append(message("pano_col_none", lang))
    return table([escape(x) for x in header], rows, "lr" + "r" * (len(header) - 2))


def panorama_markdown(
    model: Model, panorama: Panorama, lang: str, *, failed: int = 0, chart: str | None = None,
    doubts: Sequence[str] = (),
) -> str:
    """The panorama; ``doubts``: the batch's warnings (who is who, inputs skipped…), listed first."""
    out = [
        "# " + escape(message("pano_title", lang)),
        "",
        "*" + escape(message("pano_mirror", lang, min=MIN_GROUP)) + "*",
        "",
        escape(message("pano_counts", lang, orgs=panorama.organisations, respondents=panorama.respondents)),
        "",
    ]
    if failed:
        out += [f"> **{escape(message('warning', lang))}**{w.colon(lang)} "
                + escape(message("pano_failed", lang, count=failed)), ""]
    if doubts:
        out += ["## " + escape(message("pano_doubts", lang)), "", *(f"- {escape(d)}" for d in doubts), ""]
    overall = panorama.overall
    if overall is None:
        out += [escape(message("pano_too_small", lang, min=MIN_GROUP)), ""]
        return _footer(out, lang)
    out += ["## " + escape(message("pano_overall", lang)), ""]
    if chart is not None:
        svg = chart[: -len(".png")] + ".svg" if chart.endswith(".png") else chart
        out += [f"![{escape(message('pano_chart_alt', lang))}]({quote(chart)})", "",
                f"[{escape(message('report_chart_svg', lang))}]({quote(svg)})", ""]
    rule = model.questionnaire.standing_out
    out += [escape(message("pano_reading", lang, min_intensity=w.pct(rule.min_intensity, lang),
                           min_lead=f"{rule.min_lead:g}")), ""]
    out += _distribution_table(model, overall, lang)
    parts = [message(f"pano_none_{key}", lang, count=n) for key, n in (
        ("statutory_core", overall.statutory_core), ("broad_mix", overall.broad_mix),
        ("few_answers", overall.few_answers)) if n]
    if overall.none_stands_out:
        out += ["", escape(message("pano_none_line", lang, count=overall.none_stands_out,
                                   parts=w.join(parts, lang)))]
    if overall.no_practice:
        out += ["", escape(message("pano_no_practice", lang, count=overall.no_practice))]
    if overall.low_coverage:
        out += ["", escape(message("pano_low_coverage", lang, count=overall.low_coverage,
                                   threshold=f"{LOW_COVERAGE:.0f}"))]
    for dimension in ("departement", "densite", "population"):
        groups = panorama.groups.get(dimension, ())
        out += ["", "## " + escape(message(f"pano_by_{dimension}", lang)), ""]
        if dimension == "population":  # which band: the referential's or the declared one (issue 12)
            out += [escape(message("pano_population_rule", lang)), ""]
        if not groups:
            out += [escape(message("pano_dimension_hidden", lang, min=MIN_GROUP))]
        else:
            out += ["### " + escape(message("pano_medians", lang)), ""]
            out += _compact(model, groups, lang, "median")
            out += ["", "### " + escape(message("pano_dominants", lang)), ""]
            out += _compact(model, groups, lang, "dominant")
            if dimension == "departement":
                for group in groups:
                    out += ["", "### " + escape(_group_heading(model, group, lang)), ""]
                    out += _distribution_table(model, group, lang)
        hidden = panorama.hidden.get(dimension)
        if hidden:
            out += ["", escape(message("pano_hidden", lang, count=hidden, min=MIN_GROUP))]
    return _footer(out, lang)


def _footer(out: list[str], lang: str) -> str:
    out += ["", "## " + escape(message("pano_method_title", lang)), "",
            escape(message("pano_method", lang, min=MIN_GROUP)), "", "---", "",
            "*" + escape(message("report_footer", lang, version=__version__)) + "*"]
    return glue_markdown("\n".join(out) + "\n", lang)
