"""Words every report now carries: dates in words, the profile block, the questions left unknown."""

from __future__ import annotations

import datetime

import pytest

from ccas_compass.answers.loading import load_answers
from ccas_compass.model.core import Model
from ccas_compass.render import wording as w
from ccas_compass.scoring.mix import score
from ccas_compass.scoring.report import build_report
from tests.helpers import EXAMPLE, answers_of


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2026-11-29", "fr", "29 novembre 2026"),
        ("2026-12-01", "fr", "1er décembre 2026"),
        ("2026-08-15", "fr", "15 août 2026"),
        ("2026-12-01", "en", "1 December 2026"),
        (datetime.date(2027, 2, 3), "fr", "3 février 2027"),
        (datetime.datetime(2027, 2, 3, 10, 30), "en", "3 February 2027"),
        ("le 3 mars", "fr", "le 3 mars"),  # not a date: left as written
    ],
)
def test_long_date(value: object, lang: str, expected: str) -> None:
    assert w.long_date(value, lang) == expected


def test_profile_items_use_option_labels_and_name_the_departement(model: Model) -> None:
    answers = load_answers(EXAMPLE, model)
    items = w.profile_items(model, {**answers.organisation, "insee": "37072"}, "fr")
    labels = [label for label, _ in items]
    assert labels[0] == "Structure"  # CCAS or CIAS first
    values = dict(items)
    assert values["Département"] == "37 (Indre-et-Loire)"
    assert values["Commune (code INSEE)"] == "37072"
    assert values["Établissements et services gérés"] == "service à domicile"  # gere_*, as one item
    population = model.questionnaire.profile_question("population")
    assert population is not None
    option = population.option(str(answers.organisation["population"]))
    assert option is not None
    assert values["Population"] == option.label.get("fr")
    assert all(v for _, v in items)
    assert "name" not in labels


def test_profile_of_an_overseas_commune(model: Model) -> None:
    items = dict(w.profile_items(model, {"name": "CCAS de Saint-Denis", "insee": "97411"}, "fr"))
    assert items["Département"].startswith("974")


def test_unknown_questions_are_the_unanswered_practice_questions(model: Model) -> None:
    practice = model.questionnaire.practice_questions
    first = practice[0]
    value = first.options[0].id if first.type == "single" else [first.options[0].id]
    answers = answers_of(model, {first.id: value})
    report = build_report(model, score(model, answers))
    unknown = w.unknown_questions(report, "fr")
    assert len(unknown) == len(practice) - 1
    assert " ".join(first.text.get("fr").split()) not in unknown
