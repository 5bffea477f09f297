"""The Word report read back with python-docx: real headings, styled tables, the chart, literal text;
and opened by LibreOffice when it is installed."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest

from ccas_compass.answers.loading import load_answers
from ccas_compass.model.core import Model
from ccas_compass.render import board
from ccas_compass.render.chart import chart_images
from ccas_compass.render.docx import NUMBER_CELL, NUMBER_HEAD, TABLE_STYLE, TEXT_CELL, TEXT_HEAD
from ccas_compass.render.markdown import report_markdown
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from tests.helpers import EXAMPLE, answers_of

HOSTILE_NAME = "Les #Pins $x$ *gras* <b> @ref %fin {{champ}} <w:t>"


def report_docx(model: Model, answers: Any, lang: str = "fr") -> tuple[bytes, str]:
    report = build_report(model, score(model, answers))
    png = chart_images(report, lang, formats=("png",))["png"]
    markdown = report_markdown(report, lang, chart=board.CHART_PLACEHOLDER, svg=False)
    content = board.render("docx", markdown, lang, meta=board.frame(lang, "q", "1.0"), chart=png)
    return content, markdown


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def example(model: Model) -> tuple[bytes, str]:
    return report_docx(model, load_answers(EXAMPLE, model))


def test_headings_are_word_headings_in_the_markdown_order(example: tuple[bytes, str]) -> None:
    content, markdown = example
    document = docx.Document(io.BytesIO(content))
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        assert paragraph.style is not None
        by_style.setdefault(paragraph.style.name, []).append(flat(paragraph.text))
    sections = [flat(line[3:].replace("\\", "")) for line in markdown.splitlines() if line.startswith("## ")]
    subsections = [
        flat(line[4:].replace("\\", "")) for line in markdown.splitlines() if line.startswith("### ")
    ]
    assert by_style["Title"] == ["CCAS de Val-des-Tilleuls — le mix des figures"]
    assert by_style["Heading 1"] == sections
    assert by_style["Heading 2"] == subsections
    assert by_style["List Bullet"]
    assert "Quote" in by_style  # the team's notes


def test_tables_use_named_styles_and_the_chart_is_there(example: tuple[bytes, str]) -> None:
    content, markdown = example
    document = docx.Document(io.BytesIO(content))
    assert len(document.tables) == sum(1 for line in markdown.splitlines() if line.startswith("|:--"))
    for table in document.tables:
        assert table.style is not None
        assert table.style.name == TABLE_STYLE
        for r, row in enumerate(table.rows):
            for cell in row.cells:
                styles = (TEXT_HEAD, NUMBER_HEAD) if r == 0 else (TEXT_CELL, NUMBER_CELL)
                assert cell.paragraphs[0].style.name in styles
    assert all("w:tblHeader" in t.rows[0]._tr.xml for t in document.tables)  # repeated on each page
    mix = document.tables[0]
    assert flat(mix.cell(1, 0).text) == "Programmateur de convivialités"
    assert mix.cell(1, 1).paragraphs[0].style.name == NUMBER_CELL
    assert len(document.inline_shapes) == 1
    runs = [r for p in document.paragraphs for r in p.runs]
    strong = [r for r in runs if r.style is not None and r.style.name == "Strong"]
    assert strong
    assert all(r.bold is None for r in strong)
    section = document.sections[0]
    assert section.page_width is not None
    assert section.page_height is not None
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert "PAGE" in section.footer._element.xml


def test_a_hostile_name_is_plain_text(model: Model) -> None:
    content, _ = report_docx(model, answers_of(model, {}, name=HOSTILE_NAME))
    document = docx.Document(io.BytesIO(content))
    assert flat(document.paragraphs[0].text) == f"{HOSTILE_NAME} — le mix des figures"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it(tmp_path: Path, example: tuple[bytes, str]) -> None:
    source = tmp_path / "rapport.docx"
    source.write_bytes(example[0])
    profile = tmp_path / "profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    converted = tmp_path / "rapport.pdf"
    assert converted.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = flat(" ".join(page.extract_text() or "" for page in PdfReader(converted).pages))
    assert "Développeur de potentialités" in text


def test_no_header_word_is_wider_than_its_column(example: tuple[bytes, str]) -> None:
    """Widths from the content: measured with DejaVu Sans Bold, the widest font LibreOffice puts in
    Calibri's place, every header word fits its column (no « Pratique|s », « aujourd'|hui »)."""
    import matplotlib
    from PIL import ImageFont

    fonts = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf"
    bold = ImageFont.truetype(str(fonts / "DejaVuSans-Bold.ttf"), 800)  # 8 pt, in hundredths of a point
    content, _ = example
    for table in docx.Document(io.BytesIO(content)).tables:
        for cell in table.rows[0].cells:
            assert cell.width is not None
            room = cell.width.pt - 2 * 0.19 / 2.54 * 72  # less Word's default cell margins
            for word in cell.text.split():
                assert bold.getlength(word) / 100 <= room, (word, cell.text, room)
