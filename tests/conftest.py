"""Shared fixtures: the shipped model, a writable copy of it, and answer builders."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from ccas_compass.loading import default_data_dir, load_model
from ccas_compass.model import Answers, Model, Question

REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    """Keep the tests away from the user's real cache and drafts folders."""
    import os
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="ccas-compass-tests-"))
    os.environ["CCAS_COMPASS_CACHE"] = str(home / "cache")
    os.environ["CCAS_COMPASS_HOME"] = str(home / "home")
EXAMPLE = REPO / "examples" / "ccas-exemple.yaml"


@pytest.fixture(scope="session")
def model() -> Model:
    return load_model()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the model files, to break them on purpose."""
    target = tmp_path / "data"
    shutil.copytree(default_data_dir(), target)
    return target


def edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    """Load a YAML file, let ``change`` mutate it, write it back (UTF-8)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def best_option_for(question: Question, figure_id: str) -> Any:
    """The answer that gives ``figure_id`` the most from this question (the "favour f" answer)."""
    if question.type == "multiple":
        chosen = [o.id for o in question.options if o.weights.get(figure_id, 0) > 0]
        if chosen:
            return chosen
        return [question.exclusive_option.id if question.exclusive_option else question.options[0].id]
    return max(question.options, key=lambda o: o.weights.get(figure_id, 0)).id


def answers_of(model: Model, values: Mapping[str, Any], **organisation: str) -> Answers:
    """Answers built directly (no file), checked like a file would be."""
    from ccas_compass import answers as check

    document = {
        "organisation": {"name": "CCAS de Test", **organisation},
        "questionnaire": {"id": model.questionnaire.id, "version": model.questionnaire.version},
        "answers": dict(values),
    }
    parsed, problems = check.check(document, model.questionnaire)
    assert not problems, [p.render("en") for p in problems]
    assert parsed is not None
    return parsed
