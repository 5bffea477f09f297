"""Shared fixtures: the shipped model, a writable copy of it, and answer builders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from ccas_compass.model.core import Answers, Model, Question
from ccas_compass.model.loading import default_data_dir, load_model

# An unknown message key raises in the tests (and in the commands they start): see i18n.message.
os.environ.setdefault("CCAS_COMPASS_STRICT_MESSAGES", "1")

REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    """Keep the tests away from the user's real cache and drafts folders (removed at the end)."""
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="ccas-compass-tests-"))
    config.add_cleanup(lambda: shutil.rmtree(home, ignore_errors=True))
    os.environ["CCAS_COMPASS_CACHE"] = str(home / "cache")
    os.environ["CCAS_COMPASS_HOME"] = str(home / "home")
    # The same interface language (the default, French) whatever the machine's locale: the tool reads
    # LANGUAGE, LC_ALL, LC_MESSAGES and LANG; tests that want English ask for it. C.UTF-8 exists on
    # every Linux, so subprocesses keep a UTF-8 locale.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        os.environ.pop(var, None)
    os.environ["LANG"] = "C.UTF-8"
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
    from ccas_compass.answers import check

    document = {
        "organisation": {"name": "CCAS de Test", **organisation},
        "questionnaire": {"id": model.questionnaire.id, "version": model.questionnaire.version},
        "answers": dict(values),
    }
    parsed, problems = check.check(document, model.questionnaire)
    assert not problems, [p.render("en") for p in problems]
    assert parsed is not None
    return parsed


def write_mini_model(folder: Path, questions: int = 6) -> Path:
    """A small valid model (two figures, a few single-choice questions) for interview tests."""
    import yaml

    def text(fr: str, en: str) -> dict[str, str]:
        return {"fr": fr, "en": en}

    ingredients = {axis: [text("Un ingrédient", "An ingredient")] for axis in
                   ("espaces", "presence", "modes_action", "competences")}
    figures = {
        "format": 1,
        "figures": [
            {"id": fid, "name": text(name, name), "summary": text("Résumé", "Summary"),
             "description": text("Description", "Description"), "ingredients": ingredients}
            for fid, name in (("radar", "Radar"), ("avocat", "Avocat"))
        ],
    }
    practice = [
        {
            "id": f"q{i}", "theme": "pratiques", "type": "single",
            "text": text(f"Question {i} ?", f"Question {i}?"),
            "help": text(f"Aide {i}", f"Help {i}"),
            "options": [
                {"id": "veille", "label": text("Veille", "Watch"), "weights": {"radar": 2}},
                {"id": "plaidoyer", "label": text("Plaidoyer", "Advocacy"), "weights": {"avocat": 2}},
                {"id": "rien", "label": text("Rien de tel", "Nothing of the kind"), "weights": {}},
            ],
        }
        for i in range(1, questions + 1)
    ]
    allocations = [
        {
            "id": qid, "theme": "regard", "type": "allocation", "points": 10, "profile": profile,
            "text": text(f"Répartissez ({qid})", f"Spread ({qid})"),
            "options": [
                {"id": "radar", "label": text("Radar", "Radar"), "weights": {"radar": 1}},
                {"id": "avocat", "label": text("Avocat", "Advocate"), "weights": {"avocat": 1}},
            ],
        }
        for qid, profile in (("regard_aujourdhui", "declared"), ("ambition_2050", "ambition"))
    ]
    notes = {"id": "notes", "theme": "regard", "type": "text", "text": text("Remarques", "Notes")}
    questions_doc = {
        "format": 1, "id": "mini", "version": "1.0", "title": text("Mini", "Mini"),
        "themes": [
            {"id": "pratiques", "title": text("Pratiques", "Practices")},
            {"id": "regard", "title": text("Regard", "Outlook")},
        ],
        "profile": [
            {"id": "name", "type": "text", "required": True, "text": text("Nom", "Name")},
            {"id": "insee", "type": "text", "pattern": "^(?:[0-9]{2}|2[AB])[0-9]{3}$",
             "text": text("Code INSEE", "INSEE code")},
            {"id": "kind", "type": "single", "text": text("Type", "Kind"),
             "options": [{"id": "ccas", "label": text("CCAS", "CCAS")},
                         {"id": "cias", "label": text("CIAS", "CIAS")}]},
        ],
        "questions": [*practice, *allocations, notes],
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in (("figures.yaml", figures), ("questions.yaml", questions_doc)):
        (folder / name).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return folder
