"""Answers files: each problem is one located line; valid files load whatever their format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ccas_compass.answers.loading import load_answers
from ccas_compass.errors import AnswersError
from ccas_compass.model.core import Model, Question


def q_of(model: Model, kind: str) -> Question:
    return next(q for q in model.questionnaire.questions if q.type == kind)


def write(tmp_path: Path, document: Any, name: str = "reponses.yaml") -> Path:
    import yaml

    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def base(model: Model, answers: dict[str, Any] | None = None) -> dict[str, Any]:
    q = model.questionnaire
    return {
        "organisation": {"name": "CCAS de Saint-Exemple", "insee": "33522", "kind": "ccas"},
        "questionnaire": {"id": q.id, "version": q.version},
        "answers": answers or {},
    }


def errors(path: Path, model: Model) -> list[str]:
    with pytest.raises(AnswersError) as caught:
        load_answers(path, model)
    assert caught.value.exit_code == 1
    return caught.value.lines("en")


def test_example_file_loads(model: Model) -> None:
    from tests.helpers import EXAMPLE

    answers = load_answers(EXAMPLE, model)
    assert answers.organisation["name"]
    assert answers.questionnaire_version == model.questionnaire.version


def test_yaml_and_json_give_the_same_answers(model: Model, tmp_path: Path) -> None:
    single, multiple = q_of(model, "single"), q_of(model, "multiple")
    alloc = q_of(model, "allocation")
    values = {
        single.id: single.options[0].id,
        multiple.id: [multiple.options[0].id, multiple.options[1].id],
        alloc.id: {alloc.options[0].id: alloc.points},
    }
    a = load_answers(write(tmp_path, base(model, values)), model)
    b = load_answers(write(tmp_path, base(model, values), "r.json"), model)
    assert a.values == b.values
    assert a.values[multiple.id] == (multiple.options[0].id, multiple.options[1].id)


def test_unknown_question_with_line(model: Model, tmp_path: Path) -> None:
    path = write(tmp_path, base(model, {"pas_une_question": "x"}))
    lines = errors(path, model)
    line = next(n for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "pas_une" in t)
    assert lines == [f"{path}:{line} answers.pas_une_question: unknown question 'pas_une_question'"]


def test_unknown_option_lists_the_allowed_ones(model: Model, tmp_path: Path) -> None:
    single = q_of(model, "single")
    lines = errors(write(tmp_path, base(model, {single.id: "inventee"})), model)
    assert len(lines) == 1
    assert f"answers.{single.id}: unknown option 'inventee' (allowed: {single.options[0].id}" in lines[0]


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("single", ["a", "b"], "an option id is expected"),
        ("single", 3, "an option id is expected"),
        ("multiple", {"a": 1}, "a list of option ids is expected"),
        ("multiple", [], "empty list"),
        ("allocation", "beaucoup", "a mapping option: points is expected"),
        ("text", ["a"], "a text is expected"),
    ],
)
def test_wrong_shapes(model: Model, tmp_path: Path, kind: str, value: Any, expected: str) -> None:
    question = q_of(model, kind)
    lines = errors(write(tmp_path, base(model, {question.id: value})), model)
    assert len(lines) == 1
    assert expected in lines[0]
    assert f"answers.{question.id}" in lines[0]


def test_multiple_rules(model: Model, tmp_path: Path) -> None:
    question = q_of(model, "multiple")
    assert question.exclusive_option is not None
    first = next(o.id for o in question.options if not o.exclusive)
    none = question.exclusive_option.id
    lines = errors(write(tmp_path, base(model, {question.id: [first, first]})), model)
    assert any("repeated" in x for x in lines)
    lines = errors(write(tmp_path, base(model, {question.id: [first, none]})), model)
    assert any(f"'{none}' excludes the other options" in x for x in lines)
    single_string = load_answers(write(tmp_path, base(model, {question.id: first})), model)
    assert single_string.values[question.id] == (first,)


def test_allocation_totals(model: Model, tmp_path: Path) -> None:
    alloc = q_of(model, "allocation")
    assert alloc.points is not None
    values = {alloc.id: {alloc.options[0].id: alloc.points - 1}}
    lines = errors(write(tmp_path, base(model, values)), model)
    assert any(f"the points add up to {alloc.points - 1} instead of {alloc.points}" in x for x in lines)
    values = {alloc.id: {alloc.options[0].id: -1, alloc.options[1].id: alloc.points + 1}}
    assert any("zero or more" in x for x in errors(write(tmp_path, base(model, values)), model))
    values = {alloc.id: {"inconnue": alloc.points}}
    assert any("unknown option 'inconnue'" in x for x in errors(write(tmp_path, base(model, values)), model))


def test_null_means_dont_know(model: Model, tmp_path: Path) -> None:
    single = q_of(model, "single")
    answers = load_answers(write(tmp_path, base(model, {single.id: None})), model)
    assert single.id not in answers.values


@pytest.mark.parametrize(
    ("organisation", "expected"),
    [
        ({"insee": "33522"}, "name is required"),
        ({"name": "X", "insee": "3352"}, "invalid INSEE code '3352'"),
        ({"name": "X", "insee": 1001}, "write it between quotes"),
        ({"name": "X", "kind": "mairie"}, "unknown option 'mairie'"),
        ({"name": "X", "couleur": "bleu"}, "organisation.couleur: unknown field"),
    ],
)
def test_organisation_checks(model: Model, tmp_path: Path, organisation: Any, expected: str) -> None:
    document = base(model)
    document["organisation"] = organisation
    assert any(expected in x for x in errors(write(tmp_path, document), model))


@pytest.mark.parametrize("code", ["33522", "2A004", "2b033", "97411", 75056])
def test_valid_insee_codes(model: Model, tmp_path: Path, code: Any) -> None:
    document = base(model)
    document["organisation"]["insee"] = code
    assert load_answers(write(tmp_path, document), model).organisation["insee"] == str(code).upper()


def test_profile_question_in_answers_is_pointed_to_organisation(model: Model, tmp_path: Path) -> None:
    lines = errors(write(tmp_path, base(model, {"kind": "ccas"})), model)
    assert any("put it under 'organisation'" in x for x in lines)


def test_another_questionnaire_is_refused(model: Model, tmp_path: Path) -> None:
    document = base(model)
    document["questionnaire"]["id"] = "autre-questionnaire"
    assert any("not 'ccas-compass" in x for x in errors(write(tmp_path, document), model))


def test_every_problem_is_reported_at_once(model: Model, tmp_path: Path) -> None:
    single = q_of(model, "single")
    document = base(model, {single.id: "x", "inconnue": 1})
    document["organisation"]["insee"] = "ABCDE"
    document["extra"] = 1
    assert len(errors(write(tmp_path, document), model)) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("- a\n- b\n", "a mapping is expected"),
        ("organisation: {name: X\n", "invalid YAML"),
        ('{"organisation": ', "invalid JSON"),
    ],
)
def test_unreadable_documents(model: Model, tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    lines = errors(path, model)
    assert len(lines) == 1
    assert expected in lines[0]
    assert str(path) in lines[0]


def test_latin1_file(model: Model, tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes("organisation: {name: Créteil}\n".encode("latin-1"))
    assert "not UTF-8" in errors(path, model)[0]


def test_dates(model: Model, tmp_path: Path) -> None:
    document = base(model)
    document["date"] = "2026-11-28"
    assert load_answers(write(tmp_path, document), model).date == "2026-11-28"
    document["date"] = "hier"
    assert any("YYYY-MM-DD" in x for x in errors(write(tmp_path, document), model))


def test_option_ids_in_any_case_as_in_csv(model: Model, tmp_path: Path) -> None:
    single, multiple = q_of(model, "single"), q_of(model, "multiple")
    kind = next(x for x in model.questionnaire.profile if x.type == "single")
    document = base(model, {single.id: single.options[0].id.upper(),
                            multiple.id: [f" {multiple.options[0].id.title()} "]})
    document["organisation"][kind.id] = kind.options[0].id.upper()
    parsed = load_answers(write(tmp_path, document), model)
    assert parsed.values[single.id] == single.options[0].id
    assert parsed.values[multiple.id] == (multiple.options[0].id,)
    assert parsed.organisation[kind.id] == kind.options[0].id


def test_misspelt_keys_options_and_questions_get_a_did_you_mean(model: Model, tmp_path: Path) -> None:
    single = q_of(model, "single")
    option = max(single.options, key=lambda o: len(o.id)).id
    document = base(model, {single.id: option[:-1] + "x", single.id + "s": None})
    document["organisaton"] = document.pop("organisation")
    lines = errors(write(tmp_path, document), model)
    text = "\n".join(lines)
    assert "unknown field; did you mean 'organisation'?" in text
    assert f"did you mean '{option}'?" in text
    assert f"did you mean '{single.id}'?" in text
    with pytest.raises(AnswersError) as caught:
        load_answers(write(tmp_path, document), model)
    assert "vouliez-vous dire « organisation » ?" in "\n".join(caught.value.lines("fr"))


def test_a_hint_survives_the_trip_to_a_worker_process() -> None:
    import pickle

    from ccas_compass.i18n import did_you_mean

    hint = pickle.loads(pickle.dumps(did_you_mean("organisaton", ["organisation"])))
    assert str(hint) == "; did you mean 'organisation'?"
    assert hint.fr == " ; vouliez-vous dire « organisation » ?"
