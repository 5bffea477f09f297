"""The PDF report (Typst): A4, text extractable with its accents, fonts embedded, chart as vectors,
the same sections in the same order as the Markdown, user text printed literally."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from ccas_compass.answers.loading import load_answers
from ccas_compass.errors import UsageError
from ccas_compass.model.core import Model
from ccas_compass.render import board
from ccas_compass.render.chart import chart_images
from ccas_compass.render.document import parse
from ccas_compass.render.markdown import report_markdown
from ccas_compass.render.pdf import TEMPLATE, pdf_bytes
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from tests.helpers import EXAMPLE, answers_of

HOSTILE_NAME = "Les #Pins $x$ *gras* <b> @ref %fin"
A4 = (595, 842)  # points


def report_pdf(model: Model, answers: Any, lang: str = "fr", template: Path | None = None) -> bytes:
    report = build_report(model, score(model, answers))
    svg = chart_images(report, lang, formats=("svg",))["svg"]
    markdown = report_markdown(report, lang, chart=board.CHART_PLACEHOLDER, svg=False)
    meta = board.frame(lang, "q", "1.0")
    return board.render("pdf", markdown, lang, meta=meta, chart=svg, template=template)


def text_of(pdf: bytes) -> str:
    """Every page's text, spaces of all kinds and line ends made single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = ((page.extract_text() or "").replace("\u00a0", " ") for page in reader.pages)
    return " ".join(" ".join(text.split()) for text in pages)


@pytest.fixture(scope="module")
def example_pdf(model: Model) -> bytes:
    return report_pdf(model, load_answers(EXAMPLE, model))


def test_a4_pages_numbered_with_the_date_in_words(example_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(example_pdf))
    assert len(reader.pages) >= 3
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == A4
    text = text_of(example_pdf)
    pages = len(reader.pages)
    assert f"page 1 / {pages}" in text
    assert f"page {pages} / {pages}" in text
    assert "réponses du 20 novembre 2026" in text
    assert "Édité le" in text
    assert "version 1.0" in text


def test_text_keeps_its_accents_and_the_markdown_order(model: Model, example_pdf: bytes) -> None:
    text = text_of(example_pdf)
    for words in ("Développeur de potentialités", "Coordinateur des énergies du territoire", "Établissements",
                  "« Programmateur de convivialités »", "Pourquoi ce mix"):
        assert words in text, words
    markdown = report_markdown(build_report(model, score(model, load_answers(EXAMPLE, model))), "fr")
    sections = [line[3:].replace("\\", "") for line in markdown.splitlines() if line.startswith("## ")]
    found = [text.find(" ".join(s.replace("\u00a0", " ").split())) for s in sections]
    assert -1 not in found, sections
    assert found == sorted(found)  # summary first, then the same order as the Markdown


def _fonts(reader: PdfReader) -> list[Any]:
    out = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources.get("/Font", DictionaryObject())
        for ref in fonts.get_object().values():
            out.append(ref.get_object())
    return out


def test_every_font_is_embedded(example_pdf: bytes) -> None:
    fonts = _fonts(PdfReader(io.BytesIO(example_pdf)))
    assert fonts
    for font in fonts:
        described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = described["/FontDescriptor"].get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.get("/BaseFont")


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_pdffonts_says_embedded(tmp_path: Path, example_pdf: bytes) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(example_pdf)
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert len(lines) > 2
    for line in lines[2:]:
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_the_chart_is_vector_graphics(example_pdf: bytes) -> None:
    """The SVG chart becomes PDF paths: no raster image anywhere in the document."""
    reader = PdfReader(io.BytesIO(example_pdf))
    assert all(not page.images for page in reader.pages)
    assert "Le mix des figures" in text_of(example_pdf)  # the chart's title, as text


def test_a_hostile_name_prints_literally(model: Model) -> None:
    answers = answers_of(model, {}, name=HOSTILE_NAME)
    answers = replace(answers, respondent={"role": '#set page(width: 1cm) #eval("1+1") ]['})
    text = text_of(report_pdf(model, answers))
    assert HOSTILE_NAME in text
    assert '#set page(width: 1cm) #eval("1+1") ][' in text


def test_a_union_restyles_with_its_own_template(tmp_path: Path, model: Model) -> None:
    source = TEMPLATE.read_text(encoding="utf-8")
    source = source.replace('#let accent = rgb("#1f4e79")', '#let accent = rgb("#a0105c")')
    source = source.replace("#let organisation-line = none", '#let organisation-line = "UDCCAS du Cher"')
    custom = tmp_path / "udccas.typ"
    custom.write_text(source, encoding="utf-8")
    text = text_of(report_pdf(model, load_answers(EXAMPLE, model), template=custom))
    assert "UDCCAS du Cher" in text


def test_a_broken_template_is_one_clear_error(tmp_path: Path, model: Model) -> None:
    broken = tmp_path / "casse.typ"
    broken.write_text("#let x = (\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        report_pdf(model, load_answers(EXAMPLE, model), template=broken)
    assert str(broken.resolve()) in caught.value.lines("fr")[0]
    with pytest.raises(UsageError):
        pdf_bytes(parse("# x\n", "fr"), None, tmp_path / "absent.typ")


def test_english_report(model: Model) -> None:
    text = text_of(report_pdf(model, load_answers(EXAMPLE, model), "en"))
    assert "answers of 20 November 2026" in text
    assert "Printed on" in text


def test_sections_flow_and_names_are_never_hyphenated(model: Model, example_pdf: bytes) -> None:
    """Page 1 goes on past the summary into the mix (its heading, notes and table) rather than
    leaving half a page blank before the chart; figure names, in the first column or anywhere in a
    table, are never cut by a hyphen (« Programmateur de convi-vialités »)."""
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(example_pdf)).pages]
    first = pages[0].replace("\u00a0", " ")
    assert "Le mix des figures" in first
    assert "Formateur au vivre" in first  # the mix table's last row, on page 1 too
    whole = " ".join(pages)
    for figure in model.figures:
        for word in figure.name.get("fr").split():
            if len(word) > 6 and "-" not in word:
                cut = [f"{word[:i]}- {word[i:]}" for i in range(3, len(word) - 2)]
                assert not any(c in whole for c in cut), word
