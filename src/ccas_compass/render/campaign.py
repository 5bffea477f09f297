"""A campaign's follow-up rendered: the « Représentativité » section of ``panorama.md``, and who has
not answered in ``relance.csv`` (Excel-FR ready exactly like ``resultats.csv``) and ``relance.xlsx``
(typed, like ``resultats.xlsx``)."""

from __future__ import annotations

from ccas_compass.i18n import message
from ccas_compass.render import csvout
from ccas_compass.render.markdown import escape, table
from ccas_compass.territory.campaign import Campaign
from ccas_compass.territory.count import Count
from ccas_compass.territory.referential import Referential
from ccas_compass.typography import typeset


def _pct(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    text = f"{100 * value:.0f}"
    return f"{text} %" if lang == "fr" else f"{text}%"


def scope(campaign: Campaign, ref: Referential, lang: str) -> str:
    e = campaign.expected
    if e.scope == "departement":
        name = ref.departement_name(e.value)
        dep = f"{e.value} ({name})" if name else e.value
        return message("campaign_scope_departement", lang, expected=len(e.communes), dep=dep)
    return message("campaign_scope_list", lang, expected=len(e.communes), file=e.value)


def low_band_lines(campaign: Campaign, lang: str) -> list[str]:
    """One warning per population band answering at less than half the overall rate."""
    return [
        message("campaign_low_band", lang, band=b.label, rate=_pct(b.rate, lang),
                overall=_pct(campaign.rate, lang))
        for b in campaign.low
    ]


def campaign_markdown(campaign: Campaign, ref: Referential, lang: str) -> str:
    """The « Représentativité » section of ``panorama.md`` (put before its first section)."""
    pop_expected = campaign.population_expected
    summary = message(
        "campaign_summary", lang, scope=scope(campaign, ref, lang),
        answered=len(campaign.answered), rate=_pct(campaign.rate, lang),
        covered=Count(campaign.population_covered), population=Count(pop_expected),
        population_rate=_pct(campaign.population_covered / pop_expected if pop_expected else None, lang),
    )
    title = escape(typeset(message("campaign_title", lang), lang))
    out = ["", "## " + title, "", escape(typeset(summary, lang)), ""]
    out += [escape(typeset(message("campaign_band_rule", lang), lang)), ""]
    keys = ("campaign_col_band", "campaign_col_expected", "campaign_col_answered", "campaign_col_rate")
    header = [message(k, lang) for k in keys]
    rows = [[escape(b.label), str(b.expected), str(b.answered), typeset(_pct(b.rate, lang), lang)]
            for b in campaign.by_population]
    out += table(header, rows, "lrrr")
    lows = low_band_lines(campaign, lang)
    if lows:
        out += [""] + ["> **⚠** " + escape(typeset(line, lang)) for line in lows]
    if campaign.outside:
        out += ["", escape(typeset(message("campaign_outside", lang, count=campaign.outside), lang))]
    key = "campaign_relance" if campaign.missing else "campaign_all_answered"
    out += ["", escape(typeset(message(key, lang, count=len(campaign.missing)), lang)), ""]
    return "\n".join(out)


def relance_header(lang: str) -> list[str]:
    keys = ("csv_relance_code", "csv_relance_name", "csv_departement", "csv_departement_name",
            "csv_relance_population", "csv_relance_band", "csv_epci_siren", "csv_epci_name")
    return [message(k, lang) for k in keys]


def relance_rows(campaign: Campaign, ref: Referential) -> list[list[csvout.Cell]]:
    """Who has not answered, most populated first: code, name, département, population, band, EPCI."""
    rows: list[list[csvout.Cell]] = []
    for c in campaign.missing:
        epci = ref.epci(c.epci)
        rows.append([
            c.code, c.name, c.departement, ref.departement_name(c.departement), c.population,
            campaign.band_labels.get(c.code), epci.siren if epci else None, epci.name if epci else None,
        ])
    return rows


def relance_csv(campaign: Campaign, ref: Referential, lang: str) -> str:
    """``relance.csv``: ``;``, decimal comma in French, formula-safe text cells (the writer adds the
    BOM)."""
    lines = [csvout.line(relance_header(lang), lang)]
    lines += [csvout.line(row, lang) for row in relance_rows(campaign, ref)]
    return "".join(lines)


def relance_xlsx(campaign: Campaign, ref: Referential, lang: str) -> bytes:
    """``relance.xlsx``: the same table typed — INSEE codes and SIREN as text (« 01004 » keeps its
    zero), populations as numbers — with the header and the code column frozen, like
    ``resultats.xlsx``."""
    from ccas_compass.collect.xlsx import workbook_bytes

    rows: list[list[csvout.Cell]] = [list(relance_header(lang))]
    rows += [csvout.plain(row) for row in relance_rows(campaign, ref)]
    return workbook_bytes([(message("relance_sheet", lang), rows)], title="ccas-compass", freeze="B2")
