"""Board documents: the Markdown report turned into a PDF or a Word file, with its chart.

One path for ``assess``, ``compare`` and ``batch``: the Markdown report (the reference content) is
read back into blocks (:mod:`.document`) and handed to :mod:`.pdf` (Typst) or :mod:`.docx`
(python-docx), each imported only when that format is asked for.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from .. import __version__
from ..i18n import message
from .document import parse
from .wording import long_date

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


def render(
    fmt: str, markdown: str, lang: str, *, meta: dict[str, str], chart: bytes | None = None,
    template: Path | None = None,
) -> bytes:
    """``fmt`` (``pdf`` or ``docx``) bytes of the report written as ``markdown``; ``chart``: the
    image in :data:`CHART_FORMAT` for that format, or None to leave the chart out."""
    document = replace(parse(markdown, lang), meta=meta)
    if fmt == "pdf":
        from .pdf import pdf_bytes

        return pdf_bytes(document, chart, template)
    from .docx import docx_bytes

    return docx_bytes(document, chart)
