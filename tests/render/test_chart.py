"""The chart: SVG and PNG bytes, reproducible SVG, hostile names drawn as plain text."""

from __future__ import annotations

from ccas_compass.answers.loading import load_answers
from ccas_compass.model.core import Model
from ccas_compass.render.chart import chart_images
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from tests.helpers import EXAMPLE, answers_of


def test_svg_and_png_are_written_and_the_svg_is_reproducible(model: Model) -> None:
    report = build_report(model, score(model, load_answers(EXAMPLE, model)))
    images = chart_images(report, "fr")
    assert images["png"].startswith(b"\x89PNG\r\n\x1a\n")
    svg = images["svg"].decode("utf-8")
    assert "<svg" in svg
    assert "Ambition 2050" in svg
    assert "Val-des-Tilleuls" in svg
    assert chart_images(report, "fr")["svg"] == images["svg"]
    assert "2050 ambition" in chart_images(report, "en")["svg"].decode("utf-8")


def test_hostile_name_and_empty_answers(model: Model) -> None:
    report = build_report(model, score(model, answers_of(model, {}, name="Les $x^2$ <b>&")))
    svg = chart_images(report, "en")["svg"].decode("utf-8")
    assert "Les $x^2$ &lt;b&gt;&amp;" in svg
