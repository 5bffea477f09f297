"""Model files: every check gives one located message and exit code 1, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ccas_compass.errors import ModelError, UsageError
from ccas_compass.model.loading import load_model
from tests.helpers import edit_yaml


def errors_of(data: Path) -> list[str]:
    with pytest.raises(ModelError) as caught:
        load_model(data)
    assert caught.value.exit_code == 1
    return caught.value.lines("en")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def first_single(data: dict[str, Any]) -> int:
    return next(i for i, q in enumerate(data["questions"]) if q["type"] == "single")


def test_shipped_model_loads(data_copy: Path) -> None:
    model = load_model(data_copy)
    assert len(model.figures) == 7
    assert len(model.questionnaire.sha256) == 64


def test_unknown_figure_names_file_line_and_dotted_path(data_copy: Path) -> None:
    qfile = data_copy / "questions.yaml"
    index = {}

    def change(d: Any) -> None:
        index["q"] = first_single(d)
        d["questions"][index["q"]]["options"][1]["weights"]["radr"] = 1

    edit_yaml(qfile, change)
    lines = errors_of(data_copy)
    expected = (
        f"{qfile}:{line_of(qfile, 'radr:')} questions[{index['q']}].options[1].weights.radr: "
        "unknown figure 'radr'"
    )
    assert expected in lines


def test_weight_out_of_range(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["questions"][first_single(d)]["options"][0]["weights"] = {"radar": 7}

    edit_yaml(data_copy / "questions.yaml", change)
    assert any("weights.radar: weight 7 out of range 0-3" in line for line in errors_of(data_copy))


def test_missing_translation(data_copy: Path) -> None:
    def change(d: Any) -> None:
        del d["figures"][2]["summary"]["en"]

    edit_yaml(data_copy / "figures.yaml", change)
    lines = errors_of(data_copy)
    assert len(lines) == 1
    assert "figures.yaml:" in lines[0]
    assert lines[0].endswith("figures[2].summary.en: required field missing")


def test_empty_translation(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["questions"][0]["text"]["fr"] = ""

    edit_yaml(data_copy / "questions.yaml", change)
    assert any("questions[0].text.fr" in line for line in errors_of(data_copy))


def test_duplicate_question_id(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["questions"][5]["id"] = d["questions"][2]["id"]

    edit_yaml(data_copy / "questions.yaml", change)
    assert any(
        "questions[5].id: duplicate id" in line and "questions[2].id" in line
        for line in errors_of(data_copy)
    )


def test_duplicate_figure_id(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["figures"][6]["id"] = "radar"

    edit_yaml(data_copy / "figures.yaml", change)
    assert any("figures[6].id: duplicate id 'radar'" in line for line in errors_of(data_copy))


def test_duplicate_option_id(data_copy: Path) -> None:
    def change(d: Any) -> None:
        q = d["questions"][first_single(d)]
        q["options"][1]["id"] = q["options"][0]["id"]

    edit_yaml(data_copy / "questions.yaml", change)
    assert any(".options[1].id: duplicate id" in line for line in errors_of(data_copy))


def test_unknown_field_and_wrong_type(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["questions"][0]["colour"] = "blue"
        d["version"] = 1.0

    edit_yaml(data_copy / "questions.yaml", change)
    lines = errors_of(data_copy)
    assert any(line.endswith("questions[0].colour: unknown field") for line in lines)
    assert any(line.endswith("version: a text is expected") for line in lines)


def test_allocation_needs_points_and_every_figure(data_copy: Path) -> None:
    def change(d: Any) -> None:
        alloc = next(q for q in d["questions"] if q["type"] == "allocation")
        del alloc["points"]
        alloc["options"] = [o for o in alloc["options"] if o["id"] != "avocat"]

    edit_yaml(data_copy / "questions.yaml", change)
    lines = errors_of(data_copy)
    assert any("must state its points" in line for line in lines)
    assert any("no statement of this allocation is about the figure 'avocat'" in line for line in lines)


def test_missing_ambition_profile(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["questions"] = [q for q in d["questions"] if q.get("profile") != "ambition"]

    edit_yaml(data_copy / "questions.yaml", change)
    assert any("'ambition' profile" in line for line in errors_of(data_copy))


def test_exclusive_option_must_not_weigh(data_copy: Path) -> None:
    def change(d: Any) -> None:
        q = next(q for q in d["questions"] if q["type"] == "multiple")
        exclusive = next(o for o in q["options"] if o.get("exclusive"))
        exclusive["weights"] = {"radar": 1}

    edit_yaml(data_copy / "questions.yaml", change)
    assert any("must not weight any figure" in line for line in errors_of(data_copy))


def test_yaml_ambiguous_option_id(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["questions"][first_single(d)]["options"][0]["id"] = "no"

    edit_yaml(data_copy / "questions.yaml", change)
    assert any("would be read as a boolean" in line for line in errors_of(data_copy))


def test_balance_rule_catches_a_figure_favoured_by_construction(data_copy: Path) -> None:
    def change(d: Any) -> None:
        for q in d["questions"]:
            if q["type"] in ("single", "multiple"):
                for o in q["options"]:
                    if o.get("weights", {}).get("radar"):
                        o["weights"]["radar"] = 3

    edit_yaml(data_copy / "questions.yaml", change)
    lines = errors_of(data_copy)
    assert any("maximum attainable score of 'radar'" in line and "beyond ±15%" in line for line in lines)


def test_coverage_rule_catches_a_figure_informed_by_too_few_questions(data_copy: Path) -> None:
    def change(d: Any) -> None:
        kept = 0
        for q in d["questions"]:
            if q["type"] in ("single", "multiple"):
                informs = any(o.get("weights", {}).get("formateur") for o in q["options"])
                if informs and kept >= 3:
                    for o in q["options"]:
                        o.get("weights", {}).pop("formateur", None)
                elif informs:
                    kept += 1

    edit_yaml(data_copy / "questions.yaml", change)
    lines = errors_of(data_copy)
    assert any("'formateur' is informed by only 3 practice questions (minimum 6)" in x for x in lines)


def test_unknown_theme(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["questions"][3]["theme"] = "nulle_part"

    edit_yaml(data_copy / "questions.yaml", change)
    assert any("questions[3].theme: unknown theme 'nulle_part'" in x for x in errors_of(data_copy))


def test_required_profile_fields(data_copy: Path) -> None:
    def change(d: Any) -> None:
        d["profile"] = [p for p in d["profile"] if p["id"] != "insee"]

    edit_yaml(data_copy / "questions.yaml", change)
    assert any("the profile must contain the question 'insee'" in x for x in errors_of(data_copy))


def test_syntax_error_has_a_line(data_copy: Path) -> None:
    qfile = data_copy / "questions.yaml"
    text = qfile.read_text(encoding="utf-8").splitlines()
    text.insert(4, "  broken: [unclosed")
    qfile.write_text("\n".join(text), encoding="utf-8")
    lines = errors_of(data_copy)
    assert len(lines) == 1
    assert lines[0].startswith(f"{qfile}:")
    assert "invalid YAML" in lines[0]


def test_repeated_key_in_model_file(data_copy: Path) -> None:
    ffile = data_copy / "figures.yaml"
    text = ffile.read_text(encoding="utf-8").replace("\nfigures:", "\nformat: 1\nfigures:", 1)
    ffile.write_text(text, encoding="utf-8")
    lines = errors_of(data_copy)
    assert any("key 'format' repeated" in line for line in lines)


def test_not_utf8(data_copy: Path) -> None:
    ffile = data_copy / "figures.yaml"
    ffile.write_bytes(ffile.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    lines = errors_of(data_copy)
    assert lines == [lines[0]]
    assert "is not UTF-8" in lines[0]


def test_bom_is_accepted(data_copy: Path) -> None:
    ffile = data_copy / "figures.yaml"
    ffile.write_bytes(b"\xef\xbb\xbf" + ffile.read_bytes())
    assert len(load_model(data_copy).figures) == 7


def test_missing_file_and_folder(data_copy: Path, tmp_path: Path) -> None:
    (data_copy / "figures.yaml").unlink()
    with pytest.raises(UsageError) as caught:  # a missing input: exit 2, as in every command
        load_model(data_copy)
    assert caught.value.lines("en") == [f"{data_copy / 'figures.yaml'}: file not found"]
    with pytest.raises(UsageError):
        load_model(tmp_path / "nowhere")


def test_empty_file(data_copy: Path) -> None:
    (data_copy / "questions.yaml").write_text("# rien\n", encoding="utf-8")
    assert errors_of(data_copy) == [f"{data_copy / 'questions.yaml'}: the file is empty"]


def test_an_eighth_figure_needs_only_yaml(data_copy: Path) -> None:
    """A new figure with its own questions and allocation statements works with no code change."""
    from ccas_compass.scoring.mix import score
    from tests.helpers import answers_of, best_option_for

    def add_figure(d: Any) -> None:
        new = dict(d["figures"][0])
        new["id"] = "jardinier"
        new["name"] = {"fr": "Jardinier des communs", "en": "Gardener of the commons"}
        d["figures"].append(new)

    model = load_model(data_copy)
    mean = sum(
        q.attainable.get("radar", 0) for q in model.questionnaire.practice_questions
    )

    def add_questions(d: Any) -> None:
        theme = d["themes"][0]["id"]
        per_question = 3
        count = max(6, round(mean / per_question))
        for i in range(count):
            d["questions"].insert(
                0,
                {
                    "id": f"jardin_{i}",
                    "theme": theme,
                    "type": "single",
                    "text": {"fr": f"Jardin {i} ?", "en": f"Garden {i}?"},
                    "options": [
                        {"id": "oui_jardin", "label": {"fr": "Oui", "en": "Yes"},
                         "weights": {"jardinier": per_question}},
                        {"id": "pas_de_jardin", "label": {"fr": "Non", "en": "No"}, "weights": {}},
                    ],
                },
            )
        for q in d["questions"]:
            if q["type"] == "allocation":
                q["options"].append(
                    {"id": "jardinier", "label": {"fr": "Jardins", "en": "Gardens"},
                     "weights": {"jardinier": 1}}
                )

    edit_yaml(data_copy / "figures.yaml", add_figure)
    edit_yaml(data_copy / "questions.yaml", add_questions)
    model8 = load_model(data_copy)
    assert model8.figure_ids[-1] == "jardinier"
    values = {q.id: best_option_for(q, "jardinier") for q in model8.questionnaire.practice_questions}
    result = score(model8, answers_of(model8, values))
    top = max(result.practice, key=lambda s: s.share or 0)
    assert top.id == "jardinier"
    assert len(result.practice) == 8
