"""The registry of output formats: every format the command line offers is registered, renders what
it declares, and returns its document rather than printing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccas_compass.answers.loading import load_answers
from ccas_compass.cli.common import ReportFormat, TextOrJson
from ccas_compass.model.core import Model
from ccas_compass.render.formats import FORMATS, Options, get, names
from ccas_compass.scoring.compare import compare, load_side
from ccas_compass.scoring.mix import score
from tests.helpers import EXAMPLE


def test_the_command_line_offers_exactly_the_registered_formats() -> None:
    assert [f.value for f in ReportFormat] == names("report") == names("comparison")
    assert [f.value for f in TextOrJson] == names("figures") == names("questions") == names("commune")
    assert all(name == f.name for name, f in FORMATS.items())


def test_only_pdf_and_word_are_binary() -> None:
    assert sorted(name for name, f in FORMATS.items() if f.binary) == ["docx", "pdf"]


@pytest.mark.parametrize("name", ["text", "markdown", "json"])
def test_a_report_is_returned_not_printed(
    name: str, model: Model, capsys: pytest.CaptureFixture[str]
) -> None:
    result = score(model, load_answers(EXAMPLE, model))
    rendered = get(name).report(model, result, Options("fr", chart=False))
    assert capsys.readouterr() == ("", "")
    assert rendered.body is not None
    assert not rendered.beside
    if name == "json":
        assert all(f.id in rendered.body for f in model.figures)
    elif name == "markdown":
        assert isinstance(rendered.body, str)
        assert rendered.body.startswith("#")


def test_a_markdown_report_written_to_a_file_brings_its_chart(model: Model, tmp_path: Path) -> None:
    result = score(model, load_answers(EXAMPLE, model))
    options = Options("fr", chart=True, output=tmp_path / "rapport.md")
    assert get("markdown").beside("report", options) == ("png", "svg")
    rendered = get("markdown").report(model, result, options)
    assert set(rendered.beside) == {"png", "svg"}
    assert rendered.beside["png"].startswith(b"\x89PNG")
    assert "rapport.png" in rendered.body
    assert get("markdown").beside("report", Options("fr", chart=False, output=options.output)) == ()
    assert get("markdown").beside("comparison", options) == ()


def test_a_comparison_in_every_text_format(model: Model) -> None:
    side = load_side(str(EXAMPLE), model)
    comparison = compare(side, side, model.figure_ids)
    for name in ("text", "markdown", "json"):
        assert get(name).comparison(model, comparison, Options("en")).body


def test_a_format_refuses_a_document_it_does_not_declare(model: Model) -> None:
    with pytest.raises(NotImplementedError):
        get("markdown").figures(model, "fr", False)
