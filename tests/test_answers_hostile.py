"""Answers files written by mistake or in malice: every one refused with located lines, fast.

Anchors and aliases (an "alias bomb"), a question answered twice (YAML and JSON), a file too big,
nesting too deep, numbers too long; and a property test feeding the loader arbitrary bytes and
structures, through the command line too: always located lines and exit 1, never a traceback.
"""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ccas_compass.answers.loading import MAX_ANSWERS_BYTES, load_answers
from ccas_compass.cli.app import app
from ccas_compass.errors import AnswersError
from ccas_compass.model.core import Answers, Model

runner = CliRunner()


def valid_lines(model: Model) -> list[str]:
    """A valid answers file, one line per answer (the first two single-choice practice questions)."""
    q = model.questionnaire
    singles = [x for x in q.practice_questions if x.type == "single"][:2]
    return [
        "organisation:",
        "  name: CCAS de Test",
        '  insee: "33522"',
        "questionnaire:",
        f"  id: {q.id}",
        f'  version: "{q.version}"',
        "answers:",
        *(f"  {x.id}: {x.options[0].id}" for x in singles),
    ]


def refused(path: Path, model: Model) -> list[str]:
    with pytest.raises(AnswersError) as caught:
        load_answers(path, model)
    assert caught.value.exit_code == 1
    return caught.value.lines("en")


def test_the_valid_file_of_these_tests_loads(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text("\n".join(valid_lines(model)) + "\n", encoding="utf-8")
    assert isinstance(load_answers(path, model), Answers)


def test_an_alias_bomb_is_refused_at_its_first_anchor(tmp_path: Path, model: Model) -> None:
    """Nine levels of ten aliases: 10⁹ items once expanded (it used to run for minutes)."""
    lines = valid_lines(model)
    lines += ["  notes: x", "bomb:", "  a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    line = len(valid_lines(model)) + 3
    assert refused(path, model) == [
        f"{path}:{line}: YAML anchor or alias ('&a0', '*a0') refused in an answers file: "
        "write each answer out in full"
    ]


def test_an_alias_is_refused_even_where_it_would_be_harmless(tmp_path: Path, model: Model) -> None:
    lines = valid_lines(model)
    first = lines[-1].split(": ")[1]
    lines[-2] = lines[-2].split(": ")[0] + f": &choice {first}"
    lines[-1] = lines[-1].split(": ")[0] + ": *choice"
    path = tmp_path / "alias.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [x.split(":")[1] for x in refused(path, model)] == [str(len(lines) - 1)]


def test_an_ampersand_or_star_in_a_text_is_no_alias(tmp_path: Path, model: Model) -> None:
    notes = next(x.id for x in model.questionnaire.questions if x.type == "text")
    path = tmp_path / "ok.yaml"
    path.write_text("\n".join([*valid_lines(model), f'  {notes}: "R&D * 2, &co"']) + "\n", encoding="utf-8")
    assert load_answers(path, model).values[notes] == "R&D * 2, &co"


def test_a_question_answered_twice_in_yaml_names_both_lines(tmp_path: Path, model: Model) -> None:
    lines = valid_lines(model)
    qid, first = lines[-2].strip().split(": ")
    lines.append(f"  {qid}: {first}")  # answered again, at the end: PyYAML would keep this one
    path = tmp_path / "twice.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert refused(path, model) == [
        f"{path}:{len(lines)} answers: key '{qid}' repeated (first seen on line {len(lines) - 2})"
    ]


def test_a_question_answered_twice_in_json_names_both_lines(tmp_path: Path, model: Model) -> None:
    document = yaml.safe_load("\n".join(valid_lines(model)))
    text = json.dumps(document, indent=2)
    qid = next(iter(document["answers"]))
    value = json.dumps(document["answers"][qid])
    text = text.replace(f'"{qid}": {value}', f'"{qid}": {value},\n    "{qid}": {value}', 1)
    path = tmp_path / "twice.json"
    path.write_text(text, encoding="utf-8")
    first = next(i for i, line in enumerate(text.splitlines(), 1) if f'"{qid}"' in line)
    assert refused(path, model) == [
        f"{path}:{first + 1} answers: key '{qid}' repeated (first seen on line {first})"
    ]
    # the same key in two different objects is no repetition
    document = {**document, "respondent": {"name": "x"}, "x": {"name": "y"}}
    path.write_text(json.dumps(document), encoding="utf-8")
    assert refused(path, model) == [f"{path}:1 x: unknown field"]


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("\n".join(valid_lines(model)) + "\n#" + "x" * MAX_ANSWERS_BYTES, encoding="utf-8")
    assert refused(path, model) == [f"{path}: file too large for an answers file (over 1 MB)"]
    with pytest.raises(AnswersError):  # the same text from stdin
        load_answers("<stdin>", model, text=path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000),
        ("deep.yaml", "[" * 100_000 + "]" * 100_000),
        ("long.json", '{"organisation": {"insee": ' + "1" * 5000 + "}}"),
        ("long.yaml", "organisation:\n  insee: " + "1" * 5000 + "\n"),
    ],
)
def test_nesting_and_numbers_beyond_reason_are_refused(
    tmp_path: Path, model: Model, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    lines = refused(path, model)
    assert lines
    assert all(line.startswith(str(path)) for line in lines)


# ── property tests ───────────────────────────────────────────────────────────────────────────────

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
    st.dates(), st.sampled_from(["ccas", "cias", "33522", "2A004", "1004", "aucune", "[]", "{}"]),
)
structures = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.one_of(st.text(max_size=10), st.integers(), st.booleans()), inner, max_size=4),
    max_leaves=20,
)


@st.composite
def documents(draw: st.DrawFn, model: Model) -> Any:
    """Structures near an answers file: the right top keys, real question ids, arbitrary values."""
    q = model.questionnaire
    ids = [x.id for x in q.questions] + [x.id for x in q.profile]
    answers = draw(st.dictionaries(st.sampled_from(ids) | st.text(max_size=8), structures, max_size=6))
    organisation = draw(st.dictionaries(st.sampled_from([x.id for x in q.profile]), structures, max_size=4))
    document: dict[Any, Any] = {"organisation": organisation, "answers": answers}
    for key in draw(st.lists(st.sampled_from(["respondent", "date", "questionnaire", "other"]), max_size=3)):
        document[key] = draw(structures)
    return draw(st.sampled_from([document, draw(structures)]))


def _checked(path: Path, model: Model) -> None:
    """Answers, or an AnswersError whose every line names the file (no other exception)."""
    problems: tuple[Any, ...] = ()
    try:
        load_answers(path, model)
    except AnswersError as err:
        problems = err.problems or (None,)
    assert all(p is not None and p.file == str(path) for p in problems)
    assert all(p.render("fr").startswith(str(path)) for p in problems)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=400) | st.text(alphabet=string.printable + "&*[]{}:-#!|>'\"é", max_size=400)
       .map(lambda t: t.encode("utf-8")))
def test_any_bytes_give_located_lines_or_answers(tmp_path: Path, model: Model, raw: bytes) -> None:
    for name in ("x.yaml", "x.json"):
        path = tmp_path / name
        path.write_bytes(raw)
        _checked(path, model)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_structure_gives_located_lines_or_answers(
    tmp_path: Path, model: Model, data: st.DataObject
) -> None:
    document = data.draw(documents(model))
    path = tmp_path / "x.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    _checked(path, model)
    path = tmp_path / "x.json"
    path.write_text(json.dumps(document, default=str), encoding="utf-8")
    _checked(path, model)


@settings(max_examples=25, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_command_line_exits_1_without_traceback(
    tmp_path: Path, model: Model, data: st.DataObject
) -> None:
    raw = data.draw(st.binary(max_size=200) | documents(model).map(
        lambda d: yaml.safe_dump(d, allow_unicode=True).encode("utf-8")))
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    result = runner.invoke(app, ["assess", "--answers", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    if result.exit_code == 1:
        assert result.stderr.startswith(str(path))


@settings(max_examples=200, deadline=2000)
@given(document=structures, style=st.sampled_from([None, False, True]))
def test_the_fast_yaml_path_builds_what_pyyaml_builds(document: Any, style: bool | None) -> None:
    """Answers files are built by a direct walk of libyaml's nodes: the same values as PyYAML's
    safe loader, for any plain document (block or flow style), tags and dates included."""
    import datetime as dt

    from ccas_compass.model import yamlio

    wrapped = {"d": document, "b": b"hello", "s": {"a", "b"}, "t": dt.datetime(2026, 11, 29, 10, 0)}
    for value in (document, wrapped):
        text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=style)
        assert repr(yamlio.parse(text, strict=True)) == repr(yaml.safe_load(text))  # NaN too
