"""Teams: grouping, mean profile, agreement and least consensus (the pure part of ``batch``)."""

from __future__ import annotations

import pytest

from ccas_compass.batch.collector import team_key
from ccas_compass.batch.identity import normalised_name
from ccas_compass.batch.teams import teams
from ccas_compass.model.core import Model, Option
from tests.helpers import collect, doc


def test_team_key_prefers_insee_then_the_normalised_name() -> None:
    assert team_key({"name": "CCAS de Tours", "insee": "37261"}) == "insee:37261"
    assert team_key({"name": "  C.C.A.S. de Saint-Étienne "}) == team_key({"name": "ccas de saint etienne"})
    assert normalised_name("Les | Pins") == "les pins"


def test_respondents_of_one_organisation_form_one_team(model: Model) -> None:
    docs = [
        doc("CCAS de Tours", "37261", {"accueil_premier_lieu": "guichet_bureau"}, kind="ccas"),
        doc("CCAS  de Tours", "37261", {}, population="pop_100000_plus"),
        doc("CCAS d'Amboise", "37003", {}),
        doc("CCAS sans code", None, {}),
        doc("ccas SANS code", None, {}),
    ]
    collector = collect(model, docs)
    found = {t.key: t for t in teams(collector)}
    assert set(found) == {"insee:37261:ccas", "insee:37003", "nom:ccas sans code"}
    tours = found["insee:37261:ccas"]
    assert len(tours.members) == 2
    assert tours.name == "CCAS de Tours"
    assert tours.names == ("CCAS de Tours", "CCAS  de Tours")
    # the profile is filled from every respondent
    assert tours.organisation["kind"] == "ccas"
    assert tours.organisation["population"] == "pop_100000_plus"
    assert [m.source for m in tours.members] == ["r0.yaml", "r1.yaml"]
    assert len(found["nom:ccas sans code"].members) == 2


def single_ids(model: Model) -> list[str]:
    return [x.id for x in model.questionnaire.practice_questions if x.type == "single"]


def test_team_mean_spread_agreement_and_least_consensus(model: Model) -> None:
    q = model.questionnaire
    s1, s2, s3, s4 = single_ids(model)[:4]
    def weighted_first(options: tuple[Option, ...]) -> list[str]:
        # options that score come first, so that every member draws some figure
        return [o.id for o in sorted(options, key=lambda o: not any(o.weights.values()))]

    opt = {qid: weighted_first(q.question(qid).options) for qid in (s1, s2, s3, s4)}  # type: ignore[union-attr]
    multiple = next(x for x in q.practice_questions if x.type == "multiple")
    m_opts = weighted_first(tuple(o for o in multiple.options if not o.exclusive))
    a = {s1: opt[s1][0], s2: opt[s2][0], s3: opt[s3][0], multiple.id: m_opts[:2]}
    b = {s1: opt[s1][0], s2: opt[s2][1], s3: opt[s3][0], multiple.id: m_opts[:1]}
    c = {s1: opt[s1][0], s2: opt[s2][2], s3: opt[s3][1], s4: opt[s4][0]}
    collector = collect(model, [doc("CCAS de Loches", "37132", v) for v in (a, b, c)])
    (team,) = list(teams(collector))
    assert len(team.members) == 3
    # s1: all agree (1); s2: all differ (0); s3: one pair of three agrees (1/3);
    # multiple: only a and b answered, {x, y} vs {x}: Jaccard 1/2; s4: one answer, not counted
    by_question = {d.question: d for d in team.disagreements}
    assert [d.question for d in team.disagreements] == [s2, s3, multiple.id]
    assert by_question[s2].agreement == 0.0
    assert by_question[s3].agreement == pytest.approx(1 / 3)
    assert by_question[multiple.id].agreement == pytest.approx(0.5)
    assert by_question[multiple.id].unknown == 1
    assert dict(by_question[s3].answers) == {opt[s3][0]: 2, opt[s3][1]: 1}
    assert by_question[s3].chose(opt[s3][1]) == (2,)  # the third member
    assert by_question[multiple.id].chose(m_opts[1]) == (0,)
    assert team.agreement == pytest.approx((1 + 0 + 1 / 3 + 0.5) / 4)
    # mean of the members' shares, and the spread of each figure
    for i in range(len(model.figure_ids)):
        column = [m.practice[i] for m in team.members if m.practice[i] is not None]
        assert team.practice[i] == pytest.approx(sum(column) / len(column))  # type: ignore[arg-type]
        spread = team.spreads[i]
        assert spread is not None
        assert (spread.low, spread.high) == (min(column), max(column))  # type: ignore[type-var]
    assert sum(s or 0.0 for s in team.practice) == pytest.approx(100.0)


def test_identical_respondents_agree_fully(model: Model) -> None:
    values = {qid: model.questionnaire.question(qid).options[0].id for qid in single_ids(model)}  # type: ignore[union-attr]
    two = [{**doc("CCAS de Chinon", "37072", values), "respondent": {"role": role}} for role in ("dg", "elu")]
    collector = collect(model, two)
    (team,) = list(teams(collector))
    assert team.disagreements == ()
    assert team.agreement == 1.0
    assert all(s is None or (s.range == 0 and s.level == "strong") for s in team.spreads)
