"""``ccas-compass validate``'s tables: the content checks of a questionnaire, and a corpus run."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from ccas_compass.i18n import message
from ccas_compass.model.checks import BALANCE_TOLERANCE
from ccas_compass.model.content_checks import MAX_QUESTION_SHARE, MIN_FEEDING, FigureCheck
from ccas_compass.model.core import Model
from ccas_compass.scoring.corpus import Outcome
from ccas_compass.typography import typeset

OK, KO = "✓", "✗"
MINUS = "\u2212"
TOP_INTENSITIES = 3
"""The corpus table shows each profile's strongest intensities only (one row per profile)."""


def number(value: float, lang: str, digits: int = 1, *, signed: bool = False, percent: bool = False) -> str:
    """A number as the reader's language writes it: ``−3,6 %`` in French (decimal comma, true
    minus, non-breaking space before %), ``-3.6%`` in English; whole numbers without decimals."""
    text = f"{value:{'+' if signed else ''}.{digits}f}"
    if lang != "en":
        text = text.replace("-", MINUS).replace(".", ",")
    if percent:
        text += "%" if lang == "en" else "\u00a0%"
    return text


def _mark(ok: bool) -> Text:
    return Text(OK, style="green") if ok else Text(KO, style="bold red")


def content_view(model: Model, checks: Sequence[FigureCheck], lang: str) -> Table:
    """One row per figure: attainable points and gap to the mean, questions feeding it, heaviest
    question's share of its points, each with ✓ or ✗."""
    from ccas_compass.typography import decimal, percent

    mean = sum(c.attainable for c in checks) / len(checks) if checks else 0.0
    title = message("checks_title", lang, version=model.questionnaire.version)
    table = Table(title=title, title_justify="left")
    table.add_column(message("col_figure", lang))
    heading = message("check_balance", lang, tolerance=BALANCE_TOLERANCE, mean=decimal(mean, lang))
    table.add_column(typeset(heading, lang), justify="right")
    table.add_column(message("check_informing", lang, minimum=MIN_FEEDING), justify="right")
    share_head = message("check_question_share", lang, limit=f"{MAX_QUESTION_SHARE:g}")
    table.add_column(typeset(share_head, lang), justify="right")
    for c in checks:
        balance = Text(f"{c.attainable} ({percent(c.deviation, lang, sign=True)}) ")
        balance.append(_mark(c.balanced))
        fed = Text(f"{c.feeding} ")
        fed.append(_mark(c.fed))
        spread = Text(f"{c.heaviest_question or '—'} {percent(c.heaviest_share, lang)} ")
        spread.append(_mark(c.spread))
        table.add_row(Text(model.figure(c.figure).name.get(lang)), balance, fed, spread)
    return table


def corpus_view(model: Model, outcomes: Sequence[Outcome], folder: str, lang: str) -> Table:
    """One compact row per profile: its file, expected and obtained figures, its strongest
    intensities, ✓ or ✗ (the descriptions stay in ``expected.yaml``)."""
    table = Table(title=message("corpus_title", lang, count=len(outcomes), dir=folder), title_justify="left")
    for key in ("col_profile", "col_expected", "col_obtained", "col_intensities"):
        table.add_column(message(key, lang), overflow="fold")
    table.add_column("", justify="center")
    for o in outcomes:
        expected = ", ".join(sorted(o.profile.standing_out)) or message("corpus_none", lang)
        if o.profile.first is not None and len(o.profile.standing_out) > 1:
            expected += f" (1. {o.profile.first})"
        if o.problems:
            obtained = "; ".join(p.render(lang) for p in o.problems)
        else:
            obtained = ", ".join(o.obtained) or message("corpus_none", lang)
        strongest = sorted(((v, fid) for fid, v in o.intensities.items() if v), reverse=True)
        intensities = " ".join(f"{fid[:4]} {number(v, lang, 0)}" for v, fid in strongest[:TOP_INTENSITIES])
        head = Text(o.profile.file, style="bold")
        if o.version and o.version != model.questionnaire.version:
            head.append(f" [{o.version}]")
        table.add_row(head, Text(expected), Text(obtained), Text(intensities), _mark(o.ok))
    return table
