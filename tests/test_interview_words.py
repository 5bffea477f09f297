"""What the interview says around its questions, as a user reads it: the drafts menu's dates, the
draft's path (whole, to be copied, in a narrow terminal too) and the end summary (each thing once)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from ccas_compass.i18n import message
from ccas_compass.interview import asker
from ccas_compass.interview.drafts import DraftInfo
from ccas_compass.model.core import Model
from ccas_compass.typography import date_time
from tests.helpers import EXAMPLE


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2026-11-29T21:15:04", "fr", "29 novembre 2026 à 21 h 15"),
        ("2026-12-01T09:05:00", "fr", "1er décembre 2026 à 9 h 05"),
        ("2026-11-29T21:15:04", "en", "29 November 2026 at 21:15"),
        ("2026-11-29", "fr", "29 novembre 2026"),  # a date alone: no midnight invented
        ("", "fr", ""),
        ("hier soir", "fr", "hier soir"),  # not a date: as written
    ],
)
def test_date_time(value: str, lang: str, expected: str) -> None:
    assert date_time(value, lang).replace("\xa0", " ") == expected


@pytest.mark.parametrize(("lang", "expected"), [("fr", "29 novembre 2026 à 21\xa0h\xa015"),
                                                ("en", "29 November 2026 at 21:15")])
def test_the_drafts_menu_gives_the_last_save_in_words(lang: str, expected: str) -> None:
    draft = DraftInfo(Path("d.json"), "CCAS de Chinon", "37072", 2, "2026-11-29T21:15:04", lang)
    label = asker._draft_label(lang, draft)
    assert label.endswith(expected)
    assert "2026-11-29" not in label


LONG = Path("/home/directrice/.local/share/ccas-compass/brouillons/ccas-de-saint-cyr-sur-loire.json")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_draft_path_is_never_cut_in_a_narrow_terminal(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((40, 24)))
    lines: list[str] = []
    asker.TerminalAsker(lang, write=lines.append).say(message("resuming", lang, path=LONG, asked=2))
    shown = "\n".join(lines).split("\n")
    assert str(LONG) in shown  # whole, on a line of its own: the terminal may fold it, never break it
    stopped = message("stopped", lang, path=LONG, draft_option="").split("\n")
    assert str(LONG) in stopped  # alone on its line, no full stop glued to it


def test_the_end_summary_says_once_that_the_mix_is_indicative(
    model: Model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Too few practice answers: the report (shown whole when it fits) says it beside the mix, and
    neither its « En bref » nor the summary after it says « the mix below is indicative » again."""
    from ccas_compass import load_answers, score
    from ccas_compass.cli.report_commands import _finish_interview

    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    practices = {q.id for q in model.questionnaire.questions if q.type != "allocation"}
    document["answers"] = {k: v for i, (k, v) in enumerate(document["answers"].items())
                           if i < 6 or k not in practices}
    path = tmp_path / "reponses.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    answers = load_answers(path, model)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((80, 999)))
    _finish_interview(model, score(model, answers), path, "fr")  # the report fits: shown whole
    screen = capsys.readouterr().out.replace("\xa0", " ")
    assert "Trop peu de réponses" in screen
    assert screen.count("Mix indicatif") == 1
    assert "ci-dessous est indicatif" not in screen  # nothing is below the summary: it was said above
