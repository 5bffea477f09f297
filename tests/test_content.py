"""The questionnaire's content rules, computed afresh from the files (not through model/checks.py)."""

from __future__ import annotations

import re
from statistics import mean

import pytest
import yaml

from ccas_compass.model.core import Model
from ccas_compass.model.loading import default_data_dir
from ccas_compass.scoring.mix import score
from tests.helpers import REPO, answers_of

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


def test_between_30_and_42_practice_questions_and_at_least_3_in_every_theme(raw: dict) -> None:  # type: ignore[type-arg]
    """20 to 40 minutes for a team: about a minute a question, a little more for a list."""
    questions = practice(raw)
    assert 30 <= len(questions) <= 42
    for theme in THEMES[:-1]:
        assert sum(q["theme"] == theme for q in questions) >= 3, theme
    kinds = [q["type"] for q in questions]
    assert kinds.count("multiple") >= 6
    assert kinds.count("single") >= 20


def test_the_questionnaire_starts_easy_and_says_the_statutory_core_is_no_lack(raw: dict) -> None:  # type: ignore[type-arg]
    assert raw["questions"][0]["type"] == "single"
    intro = raw["themes"][0]["intro"]
    for word in ("socle légal", "aucune figure", "pas un manque", "12 derniers mois"):
        assert word in intro["fr"], word
    for word in ("statutory core", "no figure", "not a shortcoming", "12 months"):
        assert word in intro["en"], word


def attainable(q: dict, fid: str) -> int:  # type: ignore[type-arg]
    weights = [o.get("weights", {}).get(fid, 0) for o in q["options"]]
    return sum(weights) if q["type"] == "multiple" else max(weights)


def test_each_figure_fed_by_20_questions_balanced_and_no_question_too_heavy(raw: dict) -> None:  # type: ignore[type-arg]
    total = {fid: sum(attainable(q, fid) for q in practice(raw)) for fid in FIGURES}
    informing = {fid: sum(attainable(q, fid) > 0 for q in practice(raw)) for fid in FIGURES}
    centre = mean(total.values())
    for fid in FIGURES:
        assert informing[fid] >= 20, (fid, informing)
        assert abs(total[fid] - centre) <= 0.15 * centre, (fid, total)
        for q in practice(raw):
            assert attainable(q, fid) <= 0.10 * total[fid], (q["id"], fid, attainable(q, fid), total[fid])


def test_option_shapes(raw: dict) -> None:  # type: ignore[type-arg]
    for q in practice(raw):
        plain = [o for o in q["options"] if not o.get("exclusive")]
        if q["type"] == "single":
            assert 3 <= len(q["options"]) <= 8, q["id"]
            # a neutral answer always exists: the statutory core is never a lack
            assert any(not any(o.get("weights", {}).values()) for o in q["options"]), q["id"]
        else:
            assert len(q["options"]) - len(plain) == 1, q["id"]
            # at most 8 options: a multiple choice packs into one byte in batch
            assert 3 <= len(plain) <= 7, q["id"]
        for o in q["options"]:
            assert all(0 <= w <= 3 for w in o.get("weights", {}).values())
        labels = [o["label"]["fr"] for o in q["options"]]
        assert len(set(labels)) == len(labels), q["id"]


def test_every_weighted_option_says_why_in_both_languages(raw: dict) -> None:  # type: ignore[type-arg]
    for q in practice(raw):
        for o in q["options"]:
            weighted = any(o.get("weights", {}).values())
            rationale = o.get("rationale")
            where = f"{q['id']}.{o['id']}"
            if not weighted:
                assert rationale is None, where
                continue
            assert rationale is not None, where
            assert 10 <= len(rationale["fr"]) <= 160, where
            assert 10 <= len(rationale["en"]) <= 160, where
            assert "«" not in rationale["en"], where
            assert "»" not in rationale["en"], where


def test_one_practice_one_count_and_the_statutory_core_weighs_nothing(raw: dict) -> None:  # type: ignore[type-arg]
    weighted = [
        (q["id"], o) for q in practice(raw) for o in q["options"] if any(o.get("weights", {}).values())
    ]
    # the register of vulnerable people (heatwave register) counts once, and only beyond the duty
    register = [qid for qid, o in weighted if "registre" in o["label"]["fr"]]
    assert len(register) == 1, register
    for qid, o in weighted:
        label = o["label"]["fr"].lower()
        for core in ("banquet", "instruction des demandes", "plan canicule", "aides pour payer"):
            assert core not in label, (qid, o["id"])
    # individual appeals weigh 1 at most for the advocate
    for qid, o in weighted:
        if re.search(r"contester|recours possibles|situation de la personne", o["label"]["fr"]):
            assert o["weights"].get("avocat", 0) <= 1, (qid, o["id"])


def test_time_frames_are_the_last_12_months_unless_the_question_says_why(raw: dict) -> None:  # type: ignore[type-arg]
    for q in practice(raw):
        text, help_ = q["text"]["fr"], q.get("help", {}).get("fr", "")
        said = re.search(r"12 derniers mois|aujourd'hui", text) or re.search(r"plutôt que|par mandat", help_)
        assert said, q["id"]
        # nothing tied to a particular election or year
        assert not re.search(r"20[0-9]{2}|élections", text + help_), q["id"]


def test_new_ids_are_short(raw: dict) -> None:  # type: ignore[type-arg]
    """Ids kept from 1.0 stay as they were (``compare`` and mappings rely on them); new ones are short."""
    archived = (default_data_dir() / "archive" / "1.0" / "questions.yaml").read_text(encoding="utf-8")
    old = {q["id"] for q in yaml.safe_load(archived)["questions"]}
    for q in raw["profile"] + raw["questions"]:
        assert q["id"] in old or len(q["id"]) <= 30, q["id"]
        for o in q.get("options", []):
            assert len(o["id"]) <= 30, (q["id"], o["id"])


def test_english_texts_carry_no_french_quotes(raw: dict) -> None:  # type: ignore[type-arg]
    texts = [t["title"]["en"] + t.get("intro", {}).get("en", "") for t in raw["themes"]]
    for q in raw["profile"] + raw["questions"]:
        texts.append(q["text"]["en"] + q.get("help", {}).get("en", ""))
        texts += [o["label"]["en"] for o in q.get("options", [])]
    assert [t for t in texts if "«" in t or "»" in t] == []


def test_declared_and_ambition_allocations_one_statement_per_figure(raw: dict) -> None:  # type: ignore[type-arg]
    allocations = [q for q in raw["questions"] if q["type"] == "allocation"]
    assert sorted(q["profile"] for q in allocations) == ["ambition", "declared"]
    for q in allocations:
        assert q["points"] == 10
        assert [o["id"] for o in q["options"]] == FIGURES
        assert all(o["weights"] == {o["id"]: 1} for o in q["options"])
    texts = [q for q in raw["questions"] if q["type"] == "text"]
    assert "notes" in [q["id"] for q in texts]
    # the seed: "new orientations may be imagined" — a team can name another one
    assert any("orientation" in q["text"]["fr"] for q in texts)


def test_profile_describes_the_territory(raw: dict) -> None:  # type: ignore[type-arg]
    profile = {p["id"]: p for p in raw["profile"]}
    assert {"name", "insee", "kind", "population", "densite", "qpv", "effectif", "locaux"} <= set(profile)
    # small CCAS/CIAS: no staff of their own, no premises of their own
    assert profile["effectif"]["options"][0]["id"] == "eff_aucun"
    assert "sans_locaux" in [o["id"] for o in profile["locaux"]["options"]]
    # the establishments and services a CCAS/CIAS runs describe it, they weigh nothing
    for qid in ("gere_residence", "gere_ehpad", "gere_domicile"):
        assert profile[qid]["type"] == "single"
    for p in raw["profile"]:
        assert all(not o.get("weights") for o in p.get("options", [])), p["id"]
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


def test_the_weighting_rubric_shows_the_current_balance(raw: dict, model: Model) -> None:  # type: ignore[type-arg]
    """docs/ponderation.md prints each figure's attainable maximum and question count: kept in step."""
    doc = (REPO / "docs" / "ponderation.md").read_text(encoding="utf-8")
    rows = {}
    for line in doc.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[1].isdigit():
            rows[cells[0]] = (int(cells[1]), int(cells[3]))
    for figure in model.figures:
        total = sum(attainable(q, figure.id) for q in practice(raw))
        informing = sum(attainable(q, figure.id) > 0 for q in practice(raw))
        assert rows[figure.name.fr] == (total, informing), figure.id


def test_a_ccas_that_describes_only_its_statutory_core_draws_no_figure(model: Model) -> None:
    """Every practice question answered with a neutral option: every figure's intensity is 0."""
    values: dict[str, str | list[str]] = {}
    for question in model.questionnaire.practice_questions:
        neutral = [o.id for o in question.options if not any(o.weights.values())]
        values[question.id] = neutral[0] if question.type == "single" else neutral[:1]
    result = score(model, answers_of(model, values))
    assert result.answered == len(model.questionnaire.practice_questions)
    assert [f.intensity for f in result.practice] == [0.0] * len(model.figures)


SEED_WORDS = {
    "convivialites": ("carnaval", "café", "invisibles", "confiance"),
    "potentialites": ("solutionneur", "potentialités", "faire projet"),
    "radar": ("aller-vers", "besoins et leurs potentiels", "réseau d'acteurs partenaires"),
    "lieux_partages": ("cohabitations", "l'immeuble", "un quartier", "isolement", "repères"),
    "energies": ("forces vives", "nouvelles solidarités", "chef d'orchestre"),
    "avocat": ("nouveaux acteurs qui s'y implantent", "garant", "haute qualité sociale", "cohérence locale"),
    "formateur": ("savoir-être", "solidarités", "coopération", "civisme", "« care »", "forme les"),
}


def test_figures_say_what_the_source_article_says(model: Model) -> None:
    """The descriptions keep the source's own markers (Avocat faces new actors, Lieux organises
    cohabitations, Formateur passes on savoir-être, solidarity, cooperation, civic sense, care)."""
    for figure in model.figures:
        for words in SEED_WORDS[figure.id]:
            assert words in figure.description.fr, (figure.id, words)
    # the ingredients are the tool's examples; some fit one kind of territory especially
    tagged = [i for f in model.figures for items in f.ingredients.values() for i in items if i.territories]
    assert {t for i in tagged for t in i.territories} == {"rural", "urbain", "qpv", "intercommunal"}


def test_taking_part_in_a_shared_framework_is_neutral_and_a_large_ccas_knows_what_to_pick(raw: dict) -> None:  # type: ignore[type-arg]
    """Blind-trial feedback: contributing to the CTG, the pacte local des solidarités or the contrat de
    ville is near-automatic (weight 0; leading an action of one weighs 1 at most), and a single choice
    answered by a large CCAS takes the practice that concerns the most people, not the flagship."""
    for q in practice(raw):
        for o in q["options"]:
            label = o["label"]["fr"]
            if label.startswith("Contribuer"):
                assert not any(o.get("weights", {}).values()), (q["id"], o["id"])
            if re.search(r"\bCTG\b|contrat de ville|pacte local", label):
                assert max(o.get("weights", {}).values(), default=0) <= 1, (q["id"], o["id"])
    intro = raw["themes"][0]["intro"]
    assert "le plus de personnes" in intro["fr"]
    assert "the most people" in intro["en"]


def test_a_single_choice_starts_on_an_option_that_gives_no_points(model: Model) -> None:
    """The interview's cursor starts on a single choice's first option: a hurried Enter must never
    draw a figure, so the first option is the one that gives no points (often the statutory core)."""
    weighted_first = [
        q.id for q in model.questionnaire.practice_questions
        if q.type == "single" and any(q.options[0].weights.values())
    ]
    assert weighted_first == []
