"""CSV for spreadsheets: ``resultats.csv`` (one row per organisation) and the answers layout header.

Written for French Excel and LibreOffice: ``;`` between cells, UTF-8 with a BOM (added by the
writer), decimal comma in French. Numbers stay numbers; a text cell that a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab, CR or LF) is prefixed with ``'`` (OWASP CSV
injection), and line breaks inside a text are flattened to spaces.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ccas_compass.batch.panorama import Peers
from ccas_compass.batch.teams import Team
from ccas_compass.i18n import message
from ccas_compass.model.core import Model
from ccas_compass.scoring.mix import round_shares

Cell = str | int | float | None
DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_text(text: str) -> str:
    """A text cell that no spreadsheet will evaluate."""
    flat = " ".join(text.split()) if any(c in text for c in "\r\n\t") else text
    if flat.startswith(DANGEROUS) or text.startswith(DANGEROUS):
        return "'" + flat
    return flat


def number(value: float | int, lang: str) -> str:
    if isinstance(value, int):
        return str(value)
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def line(cells: Sequence[Cell], lang: str) -> str:
    """One CSV line (with its CRLF), every cell made safe."""
    out = []
    for cell in cells:
        if cell is None:
            out.append("")
        elif isinstance(cell, int | float):
            out.append(number(cell, lang))
        else:
            out.append(safe_text(cell))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerow(out)
    return buffer.getvalue()


def plain(cells: Sequence[Cell]) -> list[Cell]:
    """The same cells for a workbook: texts on one line, as written (a workbook cell typed as text
    is never evaluated, so no apostrophe is needed), numbers as numbers."""
    return [" ".join(c.split()) if isinstance(c, str) else c for c in cells]


def answers_header(model: Model) -> str:
    """The header line of the wide answers layout (``ccas-compass template --csv``)."""
    from ccas_compass.answers.columns import header_row

    return line(header_row(model), "en")


def results_header(model: Model, lang: str) -> list[str]:
    fixed = [message(f"csv_{key}", lang) for key in (
        "organisation", "insee", "commune", "departement", "departement_name", "commune_population", "kind",
        "population", "densite", "qpv", "effectif", "respondents", "coverage", "dominant", "agreement",
    )]
    per_figure = []
    for figure in model.figures:
        for key in ("csv_practice", "csv_declared", "csv_ambition", "csv_spread", "csv_peer_median"):
            per_figure.append(message(key, lang, id=figure.id))
    epci = [message(key, lang) for key in ("csv_epci_siren", "csv_epci_name", "csv_epci_population")]
    return [*fixed, *per_figure, message("csv_report", lang), *epci]


def results_row(model: Model, team: Team, peer: Peers | None, report: str | None, lang: str) -> list[Cell]:
    """One organisation's row: profile, team, then per figure its shares, spread and peer median, the
    report, and the intercommunality of its commune (a CIAS's own) from the referential, to pivot by."""
    q = model.questionnaire
    org = team.organisation

    def label(question_id: str) -> str | None:
        value = org.get(question_id)
        question = q.profile_question(question_id)
        option = question.option(value) if question is not None and value is not None else None
        return option.label.get(lang) if option is not None else value

    dominant = None if team.dominant is None else model.figures[team.dominant].name.get(lang)
    if team.none_stands_out:
        dominant = message("csv_none_stands_out", lang)
    from ccas_compass.territory.checks import commune_info  # the referential's name and population (issue 12)

    commune = commune_info(org.get("insee")) or {}
    row: list[Cell] = [
        org.get("name"), org.get("insee"), commune.get("name"), team.departement,
        commune.get("departement_name"), commune.get("population"), label("kind"), label("population"),
        label("densite"), label("qpv"), label("effectif"), len(team.members), round(team.coverage, 1),
        dominant, None if team.agreement is None else round(100.0 * team.agreement, 1),
    ]
    practice = round_shares(list(team.practice))
    declared = round_shares(list(team.declared)) if team.declared is not None else [None] * len(practice)
    ambition = round_shares(list(team.ambition)) if team.ambition is not None else [None] * len(practice)
    for i in range(len(model.figures)):
        spread = team.spreads[i]
        median = peer.practice[i] if peer is not None else None
        row += [
            practice[i], declared[i], ambition[i],
            None if spread is None else round(spread.range, 1),
            None if median is None else round(median, 1),
        ]
    row.append(report)
    epci = commune.get("epci") or {}  # last, so that scripts reading the older columns still find them
    row += [epci.get("siren"), epci.get("name"), epci.get("population")]
    return row
