"""The terminal report: snapshots on 80 columns without colour, and hostile texts printed as written."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from ccas_compass.answers.loading import load_answers
from ccas_compass.model.core import Model
from ccas_compass.render.report_text import compare_view, report_view
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from tests.helpers import EXAMPLE, answers_of
from tests.snapshot import assert_snapshot, terminal_text


def render(renderable: object, width: int = 80) -> str:
    console = Console(record=True, width=width, no_color=True, force_terminal=False, file=io.StringIO())
    console.print(renderable)
    return terminal_text(console.export_text())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_snapshot(model: Model, lang: str) -> None:
    report = build_report(model, score(model, load_answers(EXAMPLE, model)))
    assert_snapshot(f"report-{lang}.txt", render(report_view(report, lang)))


def test_report_fits_80_columns_and_reads_summary_first(model: Model) -> None:
    text = render(report_view(build_report(model, score(model, load_answers(EXAMPLE, model))), "fr"))
    assert max(len(line) for line in text.splitlines()) <= 80
    order = [text.index(s) for s in ("En bref", "Le mix des figures", "Pour aller vers", "Pourquoi")]
    assert order == sorted(order)
    # « Radar » keeps its non-breaking spaces on screen, and never ends a line next to a guillemet
    assert "Vos pratiques dessinent surtout la figure « Programmateur de" in text.replace("\u00a0", " ")
    assert not any(line.rstrip().endswith("«") or line.lstrip().startswith("»") for line in text.splitlines())


def test_markup_in_user_text_is_printed_as_written(model: Model) -> None:
    answers = answers_of(model, {}, name="[bold]Les Pins[/] [/nope]")
    text = render(report_view(build_report(model, score(model, answers)), "fr"))
    assert "[bold]Les Pins[/] [/nope] — le mix des figures" in text
    assert "Aucune réponse de pratiques" in text


def test_compare_view_lists_every_figure(model: Model) -> None:
    from ccas_compass.scoring.compare import compare, side_from_result

    side = side_from_result(model, score(model, load_answers(EXAMPLE, model)), "a.yaml")
    text = render(compare_view(model, compare(side, side, model.figure_ids), "en"), width=140)
    for f in model.figures:
        assert f.name.get("en") in text
    assert "No share of the mix and no intensity changes" in text
