"""Board documents: the Markdown report turned into a PDF or a Word file, with its chart.

One path for ``assess``, ``compare`` and ``batch``: the Markdown report (the reference content) is
read back into blocks (:mod:`.document`) and handed to :mod:`.pdf` (Typst) or :mod:`.docx`
(python-docx), each imported only when that format is asked for.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ccas_compass import __version__
from ccas_compass.i18n import message
from ccas_compass.render.document import parse
from ccas_compass.render.wording import long_date

if TYPE_CHECKING:
    from ccas_compass.model.core import Model
    from ccas_compass.scoring.compare import Comparison
    from ccas_compass.scoring.report import Report

BINARY_FORMATS = ("pdf", "docx")
CHART_FORMAT = {"pdf": "svg", "docx": "png"}
"""The chart each format embeds: vector for print, PNG for Word (which shows SVG unevenly)."""
CHART_PLACEHOLDER = "graphique.png"
"""The image name given to the Markdown renderer: the bytes are embedded, never written."""


def frame(lang: str, questionnaire_id: str | None = None, version: str | None = None) -> dict[str, str]:
    """The page frame's words: tool and questionnaire version, printed date in words."""
    footer = f"ccas-compass {__version__}"
    if questionnaire_id and version:
        footer += " · " + message("report_meta_questionnaire", lang, id=questionnaire_id, version=version)
    printed = message("report_printed", lang, date=long_date(datetime.date.today(), lang))
    return {"footer": footer, "printed": printed}


Card = tuple[str, list[tuple[str, str]], tuple[str, str] | None]
"""The profile line as written, the card's (label, value) pairs, and the header line as written
with the text it becomes (its territory moved into the card)."""


def profile_card(report: Report, lang: str) -> Card:
    """The declared profile as a card, headed by the territory: the commune, its département and
    population (and whatever else :func:`~.wording.meta` says of the territory before the
    questionnaire, such as a CIAS's intercommunality), taken from the shared wording functions so
    that the card says exactly what the Markdown and the terminal say. The raw code and
    département items are then left out of the card, and the territory out of the header line."""
    from ccas_compass.i18n import message
    from ccas_compass.render import wording as w

    items = w.profile_items(report.model, report.result.answers.organisation, lang)
    phrases = w.meta(report, lang)
    r = report.result
    questionnaire = message("report_meta_questionnaire", lang, id=r.model_id, version=r.model_version)
    territory = phrases[: phrases.index(questionnaire)] if questionnaire in phrases else []
    header = None
    if territory:
        raw = {message("profile_insee", lang), message("profile_departement", lang)}
        items = [(message("profile_territory", lang), " · ".join(territory)),
                 *((label, value) for label, value in items if label not in raw)]
        rest = phrases[len(territory):]
        header = (" · ".join(phrases), " · ".join(rest))
    return w.profile_line(report, lang), items, header


def render(
    fmt: str, markdown: str, lang: str, *, meta: dict[str, str], chart: bytes | None = None,
    template: Path | None = None, card: Card | None = None,
) -> bytes:
    """``fmt`` (``pdf`` or ``docx``) bytes of the report written as ``markdown``; ``chart``: the
    image in :data:`CHART_FORMAT` for that format, or None to leave the chart out; ``card``: the
    profile (:func:`profile_card`), shown as a card."""
    profile, header = ((card[0], card[1]), card[2]) if card is not None else (None, None)
    document = replace(parse(markdown, lang, profile, header), meta=meta)
    if fmt == "pdf":
        from ccas_compass.render.pdf import pdf_bytes

        return pdf_bytes(document, chart, template)
    from ccas_compass.render.docx import docx_bytes

    return docx_bytes(document, chart)


def report_file(
    report: Report, fmt: str, lang: str, *, chart: bool = True, template: Path | None = None
) -> bytes:
    """One assessment's report as a PDF or Word file, its chart drawn for that format."""
    from ccas_compass.render.markdown import report_markdown

    image = None
    if chart:
        from ccas_compass.render.chart import chart_images

        kind = CHART_FORMAT[fmt]
        image = chart_images(report, lang, formats=(kind,))[kind]
    markdown = report_markdown(report, lang, chart=CHART_PLACEHOLDER if image else None, svg=False)
    meta = frame(lang, report.result.model_id, report.result.model_version)
    return render(fmt, markdown, lang, meta=meta, chart=image, template=template,
                  card=profile_card(report, lang))


def compare_file(
    model: Model, comparison: Comparison, fmt: str, lang: str, *, template: Path | None = None
) -> bytes:
    """The comparison of two assessments as a PDF or Word file."""
    from ccas_compass.render.markdown import compare_markdown

    meta = frame(lang, comparison.b.questionnaire_id, comparison.b.questionnaire_version)
    return render(fmt, compare_markdown(model, comparison, lang), lang, meta=meta, template=template)
