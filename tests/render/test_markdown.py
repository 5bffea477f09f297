"""The Markdown report: whole-document snapshots, and tables that hostile texts cannot break."""

from __future__ import annotations

from typing import Any

import pytest
from markdown_it import MarkdownIt

from ccas_compass.model.core import Model
from ccas_compass.render.markdown import escape, report_markdown
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from tests.helpers import HOSTILE, answers_of, example_markdown, tables
from tests.snapshot import assert_snapshot


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_markdown_snapshot(model: Model, lang: str) -> None:
    assert_snapshot(f"report-{lang}.md", example_markdown(model, lang))


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_keep_every_table_whole_and_inject_nothing(model: Model, name: str) -> None:
    values = {"notes": name, "accueil_premier_lieu": "guichet_bureau"}
    answers = answers_of(model, values, name=name)
    report = build_report(model, score(model, answers))
    text = report_markdown(report, "fr", chart="rapport.png")
    tokens = parser().parse(text)
    found = tables(tokens)
    assert found, "the report has tables"
    for rows in found:
        assert len(set(rows)) == 1, rows
    assert [rows[0] for rows in found][0] == 7
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_block", "html_inline"}
    html = parser().render(text)
    assert "<script" not in html
    assert "<b>" not in html
    assert 'href="javascript' not in html
    # the only image and links are the chart's
    links = [c for t in tokens for c in (t.children or []) if c.type in ("link_open", "image")]
    assert [c.attrs.get("href") or c.attrs.get("src") for c in links] == ["rapport.png", "rapport.svg"]
    # the name is shown as written, on one line
    title = next(t for t in tokens if t.type == "inline")
    assert title.content
    assert " ".join(name.split()) in _unescaped(title).replace("\xa0", " ")  # French spaces made non-breaking


def _unescaped(inline: Any) -> str:
    return "".join(c.content for c in inline.children if c.type in ("text", "code_inline"))


def test_escape_is_inert_and_one_line() -> None:
    assert escape("Les | Pins *<b>*") == "Les \\| Pins \\*\\<b\\>\\*"
    assert escape("a\nb\r\nc\u2028d") == "a b c d"
    assert escape("- x") == "\\- x"
    assert escape("12. x") == "12\\. x"
    assert escape("=HYPERLINK(\"x\")") == '\\=HYPERLINK("x")'
    assert escape("![i](x.png) [l](y)") == "!\\[i\\](x.png) \\[l\\](y)"  # no image, no link


def test_without_chart_there_is_no_image(model: Model) -> None:
    text = example_markdown(model, "en", chart=None)
    assert "![" not in text
    assert "rapport" not in text


def test_no_ambition_no_practice(model: Model) -> None:
    report = build_report(model, score(model, answers_of(model, {})))
    text = report_markdown(report, "en")
    assert "No practice answers" in text
    assert "2050 ambition not given" in text
