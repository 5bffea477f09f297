"""The questionnaire's content rules, computed afresh from the files (not through checks.py)."""

from __future__ import annotations

import re
from statistics import mean

import pytest
import yaml

from ccas_compass.loading import default_data_dir
from ccas_compass.model import Model

FIGURES = ["convivialites", "potentialites", "radar", "lieux_partages", "energies", "avocat", "formateur"]
THEMES = [
    "espaces", "presence", "besoins", "actions", "participation",
    "partenariats", "gouvernance", "competences", "transitions", "regard",
]


@pytest.fixture(scope="module")
def raw() -> dict:  # type: ignore[type-arg]
    text = (default_data_dir() / "questions.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)  # type: ignore[no-any-return]


def practice(raw: dict) -> list[dict]:  # type: ignore[type-arg]
    return [q for q in raw["questions"] if q["type"] in ("single", "multiple")]


def test_figures_have_the_stable_ids_and_four_axes(model: Model) -> None:
    assert list(model.figure_ids) == FIGURES
    for figure in model.figures:
        assert set(figure.ingredients) == {"espaces", "presence", "modes_action", "competences"}
        assert all(len(items) >= 2 for items in figure.ingredients.values())
        assert len(figure.description.fr) > 200


def test_themes_cover_the_four_axes_and_more(raw: dict) -> None:  # type: ignore[type-arg]
    assert [t["id"] for t in raw["themes"]] == THEMES
    used = {q["theme"] for q in raw["questions"]}
    assert used == set(THEMES)


def test_at_least_36_practice_questions_in_every_theme(raw: dict) -> None:  # type: ignore[type-arg]
    questions = practice(raw)
    assert len(questions) >= 36
    for theme in THEMES[:-1]:
        assert sum(q["theme"] == theme for q in questions) >= 3, theme
    kinds = [q["type"] for q in questions]
    assert kinds.count("multiple") >= 6
    assert kinds.count("single") >= 20


def test_the_questionnaire_starts_easy(raw: dict) -> None:  # type: ignore[type-arg]
    assert [q["type"] for q in raw["questions"][:3]] == ["single"] * 3


def test_each_figure_informed_by_six_questions_and_balanced(raw: dict) -> None:  # type: ignore[type-arg]
    attainable = dict.fromkeys(FIGURES, 0)
    informing = dict.fromkeys(FIGURES, 0)
    for q in practice(raw):
        for fid in FIGURES:
            weights = [o.get("weights", {}).get(fid, 0) for o in q["options"]]
            best = sum(weights) if q["type"] == "multiple" else max(weights)
            attainable[fid] += best
            informing[fid] += best > 0
    centre = mean(attainable.values())
    for fid in FIGURES:
        assert informing[fid] >= 6, fid
        assert abs(attainable[fid] - centre) <= 0.15 * centre, (fid, attainable)


def test_option_shapes(raw: dict) -> None:  # type: ignore[type-arg]
    for q in practice(raw):
        plain = [o for o in q["options"] if not o.get("exclusive")]
        if q["type"] == "single":
            assert 3 <= len(q["options"]) <= 5, q["id"]
        else:
            assert len(q["options"]) - len(plain) == 1, q["id"]
            assert 4 <= len(plain) <= 7, q["id"]
        for o in q["options"]:
            assert all(0 <= w <= 3 for w in o.get("weights", {}).values())
        labels = [o["label"]["fr"] for o in q["options"]]
        assert len(set(labels)) == len(labels), q["id"]


def test_declared_and_ambition_allocations_one_statement_per_figure(raw: dict) -> None:  # type: ignore[type-arg]
    allocations = [q for q in raw["questions"] if q["type"] == "allocation"]
    assert sorted(q["profile"] for q in allocations) == ["ambition", "declared"]
    for q in allocations:
        assert q["points"] == 10
        assert [o["id"] for o in q["options"]] == FIGURES
        assert all(o["weights"] == {o["id"]: 1} for o in q["options"])
    assert any(q["type"] == "text" for q in raw["questions"])


def test_profile_describes_the_territory(raw: dict) -> None:  # type: ignore[type-arg]
    profile = {p["id"]: p for p in raw["profile"]}
    assert {"name", "insee", "kind", "population", "densite", "qpv", "effectif"} <= set(profile)
    assert [o["id"] for o in profile["kind"]["options"]] == ["ccas", "cias"]
    assert len(profile["densite"]["options"]) == 7
    assert any("1500" in o["id"] or "1 500" in o["label"]["fr"] for o in profile["population"]["options"])
    pattern = re.compile(profile["insee"]["pattern"])
    for good in ("33522", "2A004", "2B033", "97411", "01001"):
        assert pattern.fullmatch(good)
    for bad in ("3352", "335222", "2C004", "ABCDE"):
        assert not pattern.fullmatch(bad)


def test_every_text_is_translated(raw: dict) -> None:  # type: ignore[type-arg]
    untranslated = []
    for q in raw["profile"] + raw["questions"]:
        if q["text"]["fr"].strip() == q["text"]["en"].strip():
            untranslated.append(q["id"])
        for o in q.get("options", []):
            if o["label"]["fr"].strip() == o["label"]["en"].strip() and len(o["label"]["fr"]) > 12:
                untranslated.append(f"{q['id']}.{o['id']}")
    assert untranslated == []


def test_french_typography_of_questions(raw: dict) -> None:  # type: ignore[type-arg]
    for q in raw["profile"] + raw["questions"]:
        text = q["text"]["fr"]
        assert not re.search(r"\S[?!;:»]", text.replace("://", "")), (q["id"], text)
        assert "'" not in text or "’" not in text, q["id"]  # one apostrophe style per text
