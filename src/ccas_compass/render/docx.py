"""The report as an editable Word file (.docx), built on named styles a director can change.

The only module that imports ``python-docx`` (imported only when a Word file is made). Headings use
Word's Title / Heading 1 / Heading 2 styles (so the navigation pane and a table of contents work),
lists List Bullet / List Number, warnings and notes Quote, tables the named table style
:data:`TABLE_STYLE` with the paragraph styles « Tableau texte » and « Tableau nombre »; strong and
emphasised words use the Strong and Emphasis character styles. Nothing is formatted directly
where a style can do it: changing a style in Word restyles the whole report. Texts are added as
runs of plain text: nothing a user typed is interpreted.
"""

from __future__ import annotations

import io
from typing import Any

from .document import Document, Fields, Heading, Image, Inline, ListBlock, Paragraph, Quote, Span, Table

TABLE_STYLE = "Light Grid Accent 1"
TEXT_CELL = "Tableau texte"
NUMBER_CELL = "Tableau nombre"
HEADINGS = {1: "Title", 2: "Heading 1", 3: "Heading 2"}
CHART_WIDTH_CM = 16.0
TEXT_WIDTH_CM = 16.6
"""A4 (21 cm) less two margins of 2.2 cm."""


def _styles(doc: Any, lang: str) -> None:
    """Language on Normal (French spelling and hyphenation in Word), and the two cell styles."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = doc.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "fr-FR" if lang == "fr" else "en-GB")
    rpr.append(language)
    for name, align in ((TEXT_CELL, WD_ALIGN_PARAGRAPH.LEFT), (NUMBER_CELL, WD_ALIGN_PARAGRAPH.RIGHT)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(9)
        style.paragraph_format.alignment = align
        style.paragraph_format.space_after = Pt(0)


def _style(paragraph: Any, style: Any) -> None:
    """``paragraph.style = style`` without python-docx's search of the whole style sheet at each
    assignment (a few milliseconds each, hundreds of cells per report)."""
    paragraph._p.get_or_add_pPr().style = style.style_id


def _runs(paragraph: Any, text: Inline) -> None:
    for span in text:
        run = paragraph.add_run(span.text)
        if span.strong and span.emph:
            run.style = "Strong"
            run.italic = True  # no built-in style is both: the one direct touch
        elif span.strong:
            run.style = "Strong"
        elif span.emph:
            run.style = "Emphasis"


def _repeat_header(table: Any) -> None:
    """The header row repeated at the top of each page a long table runs over."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(mark)


def _widths(align: str, count: int) -> list[Any]:
    """Column widths over the text width: a text column twice a number column."""
    from docx.shared import Cm

    weights = [1.0 if c < len(align) and align[c] == "r" else 2.0 for c in range(count)]
    return [Cm(TEXT_WIDTH_CM * w / sum(weights)) for w in weights]


def _page(doc: Any, footer: str) -> None:
    """A4, margins, and a footer « ccas-compass … · page N » with a live page number."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    paragraph = section.footer.paragraphs[0]
    paragraph.style = doc.styles["Footer"]
    paragraph.add_run(footer + " · ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def docx_bytes(document: Document, chart_png: bytes | None = None) -> bytes:
    """The Word file of ``document`` (the chart inserted as a PNG where the report shows it)."""
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    _styles(doc, document.lang)
    footer = " · ".join(x for x in (document.meta.get("footer"), document.meta.get("printed")) if x)
    _page(doc, footer)
    props = doc.core_properties
    props.title = document.title
    props.author = "ccas-compass"
    props.language = "fr-FR" if document.lang == "fr" else "en-GB"
    table_style = doc.styles[TABLE_STYLE]
    text_cell, number_cell = doc.styles[TEXT_CELL], doc.styles[NUMBER_CELL]  # looked up once: slow
    for block in document.blocks:
        if isinstance(block, Heading):
            _runs(doc.add_paragraph(style=HEADINGS.get(block.level, "Heading 3")), block.text)
        elif isinstance(block, Paragraph):
            _runs(doc.add_paragraph(), block.text)
        elif isinstance(block, Quote):
            _runs(doc.add_paragraph(style="Quote"), block.text)
        elif isinstance(block, ListBlock):
            style = "List Number" if block.ordered else "List Bullet"
            for item in block.items:
                _runs(doc.add_paragraph(style=style), item)
        elif isinstance(block, Table):
            table = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))
            table.style = table_style
            widths = _widths(block.align, len(block.header))
            table.autofit = False
            _repeat_header(table)
            for column, width in zip(table.columns, widths, strict=True):
                column.width = width  # the grid LibreOffice reads; Word reads the cells' widths
            styles = [number_cell if c < len(block.align) and block.align[c] == "r" else text_cell
                      for c in range(len(block.header))]
            for row, texts in zip(table.rows, (block.header, *block.rows), strict=True):
                for cell, text, style, width in zip(row.cells, texts, styles, widths, strict=False):
                    cell.width = width
                    paragraph = cell.paragraphs[0]
                    _style(paragraph, style)
                    _runs(paragraph, text)
            doc.add_paragraph()
        elif isinstance(block, Fields):  # the profile: « Label : value » lines, labels in Strong
            colon = ":" if document.lang == "en" else "\u00a0:"
            for label, value in block.items:
                line = (Span(label + colon, strong=True), Span(" " + value))
                _runs(doc.add_paragraph(style="No Spacing"), line)
            doc.add_paragraph()
        elif isinstance(block, Image) and chart_png is not None:
            doc.add_picture(io.BytesIO(chart_png), width=Cm(CHART_WIDTH_CM))
            doc.add_paragraph(block.alt, style="Caption")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
