"""A finished interview's answers file: its name never replaces another file, it is checked, and the
draft goes once the answers are safe."""

from __future__ import annotations

from pathlib import Path

import yaml

from ccas_compass.interview.saving import answers_path, save_answers
from ccas_compass.model.core import Model
from tests.helpers import EXAMPLE


def test_the_name_says_who_and_when_and_never_replaces_a_file(tmp_path: Path) -> None:
    document = {"organisation": {"name": "CCAS de Saint-Étienne"}, "date": "2026-11-29"}
    first = answers_path(document, "fr", tmp_path)
    assert first.name == "reponses-ccas-de-saint-etienne-2026-11-29.yaml"
    first.write_text("", encoding="utf-8")
    assert answers_path(document, "fr", tmp_path).name.endswith("-2026-11-29-2.yaml")
    assert answers_path(document, "en", tmp_path).name.startswith("answers-")


def test_saved_answers_are_checked_and_the_draft_dropped(model: Model, tmp_path: Path) -> None:
    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    draft = tmp_path / "brouillon.json"
    draft.write_text("{}", encoding="utf-8")
    target = tmp_path / "equipe.yaml"
    parsed, written = save_answers(model, document, target, False, "fr", draft=draft)
    assert written == target
    assert target.is_file()
    assert not draft.exists()
    assert parsed.organisation["name"] == document["organisation"]["name"]
    assert parsed.questionnaire_version == document["questionnaire"]["version"]
    assert yaml.safe_load(target.read_text(encoding="utf-8")) == document


def test_answers_that_do_not_fit_are_refused(model: Model, tmp_path: Path) -> None:
    import pytest

    from ccas_compass.errors import AnswersError

    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    document["answers"] = {"no_such_question": 1}
    with pytest.raises(AnswersError):
        save_answers(model, document, tmp_path / "x.yaml", False, "fr")
