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

from ccas_compass.render.document import (
    Block,
    Document,
    Fields,
    Heading,
    Image,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Span,
    Table,
    column_widths,
    keep_with_next,
)

TABLE_STYLE = "Light Grid Accent 1"
TEXT_CELL = "Tableau texte"
NUMBER_CELL = "Tableau nombre"
TEXT_HEAD = "Tableau en-tête"
NUMBER_HEAD = "Tableau en-tête nombre"
"""The header row's paragraph styles, a point smaller than the cells': headers of number columns
fit their columns without breaking inside a word."""
HEADINGS = {1: "Title", 2: "Heading 1", 3: "Heading 2"}
CHART_WIDTH_CM = 16.0
TEXT_WIDTH_CM = 16.6
"""A4 (21 cm) less two margins of 2.2 cm."""
TABLE_CHARS = 98.0
"""The text width in average characters of the 9 pt cell style, measured on DejaVu Sans, the widest
font a computer without Calibri puts in its place (LibreOffice on Linux): wide enough everywhere."""
CELL_PADDING_CHARS = 2.6
"""Word's default cell margins (0.19 cm each side), in those characters."""
HEADER_CHARS = 1.12
"""A header character against a cell's: bold at 8 pt rather than regular at 9 (measured: up to 1.06 on
DejaVu Sans; a margin kept for fonts whose bold is wider)."""
WIDE_TABLE = 7
"""Tables of more columns (the panorama's) have their headers but the first read upwards."""
TURNED_HEADER_CM = 2.9


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
    left, right = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
    for name, align, size in ((TEXT_CELL, left, 9), (NUMBER_CELL, right, 9), (TEXT_HEAD, left, 8),
                              (NUMBER_HEAD, right, 8)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
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


def _widths(table: Table) -> list[Any]:
    """Column widths over the text width, from the content (:func:`~.document.column_widths`):
    no header breaks inside a word (« Pratique|s »)."""
    from docx.shared import Cm

    upright = 1 if len(table.header) > WIDE_TABLE else None
    fractions = column_widths(table, TABLE_CHARS, CELL_PADDING_CHARS, header=HEADER_CHARS, upright=upright)
    return [Cm(TEXT_WIDTH_CM * w) for w in fractions]


def _look(table: Any) -> None:
    """The table style's header row and banded rows, but no bold first column: the figures' names
    read as the other cells (and fit their column)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    for old in properties.findall(qn("w:tblLook")):
        properties.remove(old)
    look = OxmlElement("w:tblLook")
    for key, value in (("w:val", "0420"), ("w:firstRow", "1"), ("w:lastRow", "0"), ("w:firstColumn", "0"),
                       ("w:lastColumn", "0"), ("w:noHBand", "0"), ("w:noVBand", "1")):
        look.set(qn(key), value)
    properties.append(look)


def _turn_header(table: Any) -> None:
    """A wide table's headers but the first read upwards, in a header row tall enough for them."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    row = table.rows[0]
    row.height = Cm(TURNED_HEADER_CM)
    for cell in row.cells[1:]:
        direction = OxmlElement("w:textDirection")
        direction.set(qn("w:val"), "btLr")
        cell._tc.get_or_add_tcPr().append(direction)


def _keep_rows(table: Any) -> None:
    """No row split across two pages (a long table still runs on, its header repeated). Keeping a
    whole short table together (keep-with-next on its rows) is not done: LibreOffice then keeps
    the table with whatever follows it, the chart included, and leaves half a page blank."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for row in table.rows:
        mark = OxmlElement("w:cantSplit")
        mark.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(mark)


def _chart_after_table(blocks: tuple[Block, ...]) -> list[Block]:
    """The chart moved after the table that follows it in its section: Word has no floats, and a
    chart taller than what is left of page 1 would push its heading over, leaving half a page
    blank; the mix table and its notes fill that space, the chart opens the next page."""
    out = list(blocks)
    for i, block in enumerate(out):
        if not isinstance(block, Image):
            continue
        for j in range(i + 1, len(out)):
            if isinstance(out[j], Heading):
                break
            if isinstance(out[j], Table):
                out.insert(j, out.pop(i))
                break
        break
    return out


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
    text_head, number_head = doc.styles[TEXT_HEAD], doc.styles[NUMBER_HEAD]
    blocks = _chart_after_table(document.blocks)
    for block, keep in zip(blocks, keep_with_next(blocks), strict=True):
        if isinstance(block, Heading):
            _runs(doc.add_paragraph(style=HEADINGS.get(block.level, "Heading 3")), block.text)
        elif isinstance(block, Paragraph):
            paragraph = doc.add_paragraph()
            paragraph.paragraph_format.keep_with_next = keep or None
            _runs(paragraph, block.text)
        elif isinstance(block, Quote):
            _runs(doc.add_paragraph(style="Quote"), block.text)
        elif isinstance(block, ListBlock):
            style = "List Number" if block.ordered else "List Bullet"
            for item in block.items:
                _runs(doc.add_paragraph(style=style), item)
        elif isinstance(block, Table):
            table = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))
            table.style = table_style
            widths = _widths(block)
            table.autofit = False
            _repeat_header(table)
            for column, width in zip(table.columns, widths, strict=True):
                column.width = width  # the grid LibreOffice reads; Word reads the cells' widths
            numbers = [c < len(block.align) and block.align[c] == "r" for c in range(len(block.header))]
            styles = [number_cell if n else text_cell for n in numbers]
            heads = [number_head if n else text_head for n in numbers]
            _look(table)
            if len(block.header) > WIDE_TABLE:
                _turn_header(table)
            for r, (row, texts) in enumerate(zip(table.rows, (block.header, *block.rows), strict=True)):
                for cell, text, style, width in zip(row.cells, texts, heads if r == 0 else styles, widths,
                                                    strict=False):
                    cell.width = width
                    paragraph = cell.paragraphs[0]
                    _style(paragraph, style)
                    _runs(paragraph, text)
            _keep_rows(table)
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
