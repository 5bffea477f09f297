"""Teams, agreement, least consensus, panorama and peers (the pure part of ``batch``)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_compass import answers as check
from ccas_compass.batch import (
    MIN_GROUP,
    OTHERS,
    Codec,
    Collector,
    PanoramaBuilder,
    Team,
    normalised_name,
    peers,
    team_key,
    teams,
)
from ccas_compass.model import Answers, Model
from ccas_compass.scoring import score
from tests.factory import answer_value, departement_docs


def parsed(model: Model, document: dict[str, Any]) -> Answers:
    answers, problems = check.check(document, model.questionnaire)
    assert not problems, [p.render("en") for p in problems]
    assert answers is not None
    return answers


def collect(model: Model, documents: list[dict[str, Any]]) -> Collector:
    collector = Collector(model)
    for n, document in enumerate(documents):
        collector.add(parsed(model, document), f"r{n}.yaml")
    return collector


def doc(name: str, insee: str | None, answers: dict[str, Any], **profile: str) -> dict[str, Any]:
    organisation = {"name": name, **profile}
    if insee:
        organisation["insee"] = insee
    return {"organisation": organisation, "answers": answers}


@settings(max_examples=60, deadline=None, print_blob=False)
@given(seed=st.integers(0, 10_000), answered=st.floats(0.0, 1.0))
def test_codec_gives_exactly_what_score_gives(model: Model, seed: int, answered: float) -> None:
    rng = random.Random(seed)
    q = model.questionnaire
    values = {x.id: answer_value(x, rng) for x in q.questions if x.type != "text" and rng.random() < answered}
    answers = parsed(model, doc("CCAS de Test", "37001", values))
    codec = Codec(model)
    decoded = codec.decode(codec.encode(answers.values))

    def canonical(values: Any) -> dict[str, Any]:
        """Same answers: ticks in any order, allocation zeros left out, notes aside."""
        out: dict[str, Any] = {}
        for key, value in values.items():
            if isinstance(value, tuple):
                out[key] = frozenset(value)
            elif isinstance(value, dict):
                out[key] = {k: v for k, v in value.items() if v}
            elif q.question(key).type != "text":  # type: ignore[union-attr]
                out[key] = value
        return out

    assert canonical(decoded) == canonical(answers.values)
    reference = score(model, answers)
    shares, intensities, declared, ambition, answered_count = codec.numbers(codec.encode(answers.values))
    assert shares == tuple(s.share for s in reference.practice)
    assert intensities == tuple(s.intensity for s in reference.practice)
    assert declared == (None if reference.declared is None else tuple(d.share for d in reference.declared))
    assert ambition == (None if reference.ambition is None else tuple(d.share for d in reference.ambition))
    assert answered_count == reference.answered


def test_codec_packs_a_respondent_in_a_few_bytes(model: Model) -> None:
    codec = Codec(model)
    assert codec.compact
    packed = codec.encode({})
    assert isinstance(packed, bytes)
    assert len(packed) == codec.width < 80


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
    assert set(found) == {"insee:37261", "insee:37003", "nom:ccas sans code"}
    tours = found["insee:37261"]
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
    opt = {qid: [o.id for o in q.question(qid).options] for qid in (s1, s2, s3, s4)}  # type: ignore[union-attr]
    multiple = next(x for x in q.practice_questions if x.type == "multiple")
    m_opts = [o.id for o in multiple.options if not o.exclusive]
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
    collector = collect(model, [doc("CCAS de Chinon", "37072", values)] * 2)
    (team,) = list(teams(collector))
    assert team.disagreements == ()
    assert team.agreement == 1.0
    assert all(s is None or (s.range == 0 and s.level == "strong") for s in team.spreads)


def build_panorama(model: Model, collector: Collector) -> tuple[list[Team], Any]:
    builder = PanoramaBuilder(model.figure_ids)
    found = list(teams(collector))
    for team in found:
        builder.add(team)
    return found, builder.build()


def test_groups_of_fewer_than_three_organisations_are_never_shown(model: Model) -> None:
    documents = [d for _, d in departement_docs(model, 9, departements=("37", "37", "37", "41", "41", "2A"),
                                                respondents=(1, 2))]
    # 37 has 6 organisations (shown); 41 has 2 and 2A 1: merged into "autres" (3, shown)
    collector = collect(model, documents)
    found, panorama = build_panorama(model, collector)
    groups = {g.value: g for g in panorama.groups["departement"]}
    assert set(groups) == {"37", OTHERS}
    assert groups["37"].organisations == 6
    assert groups[OTHERS].organisations == 3
    assert panorama.overall is not None
    assert panorama.overall.organisations == 9
    assert panorama.respondents == len(documents)
    for dimension, shown in panorama.groups.items():
        assert all(g.organisations >= MIN_GROUP for g in shown), dimension
        hidden = panorama.hidden.get(dimension, 0)
        assert sum(g.organisations for g in shown) + hidden == 9
        assert hidden < MIN_GROUP
    # an organisation of a merged département is set beside everyone, never beside "autres"
    corse = next(t for t in found if t.departement == "2A")
    peer = peers(panorama, corse)
    assert peer is not None
    assert (peer.dimension, peer.organisations) == ("all", 9)
    tours = next(t for t in found if t.departement == "37")
    peer = peers(panorama, tours)
    assert peer is not None
    assert (peer.dimension, peer.value, peer.organisations) == ("departement", "37", 6)


def test_a_batch_of_two_organisations_has_no_panorama_and_no_peers(model: Model) -> None:
    documents = [d for _, d in departement_docs(model, 2, respondents=(1, 1))]
    found, panorama = build_panorama(model, collect(model, documents))
    assert panorama.overall is None
    assert all(not groups for groups in panorama.groups.values())
    assert peers(panorama, found[0]) is None


def test_quartiles_and_dominant_counts(model: Model) -> None:
    documents = [d for _, d in departement_docs(model, 12, respondents=(1, 3))]
    found, panorama = build_panorama(model, collect(model, documents))
    overall = panorama.overall
    assert overall is not None
    for i in range(len(model.figure_ids)):
        values = sorted(t.practice[i] for t in found if t.practice[i] is not None)  # type: ignore[type-var]
        d = overall.practice[i]
        assert d is not None
        assert d.count == len(values)
        assert d.q1 <= d.median <= d.q3
        assert values[0] <= d.q1
        assert d.q3 <= values[-1]
        middle = len(values) // 2
        expected = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
        assert d.median == pytest.approx(expected)
    assert sum(overall.dominant) + overall.no_practice == 12
    assert overall.dominant == tuple(
        sum(1 for t in found if t.dominant == i) for i in range(len(model.figure_ids))
    )


def test_groups_follow_the_questionnaire_order_with_unknown_last(model: Model) -> None:
    from ccas_compass.batch import UNKNOWN, panorama

    documents = [d for _, d in departement_docs(model, 60, respondents=(1, 1))]
    for document in documents[:5]:
        del document["organisation"]["population"]
    result = panorama(collect(model, documents))
    shown = [g.value for g in result.groups["population"]]
    options = [o.id for o in model.questionnaire.profile_question("population").options]  # type: ignore[union-attr]
    ranked = [v for v in shown if v not in (UNKNOWN, OTHERS)]
    assert ranked == [o for o in options if o in ranked]
    assert shown[-1] in (UNKNOWN, OTHERS)
    assert UNKNOWN in shown


@pytest.mark.parametrize(
    ("departements", "shown", "others"),
    [
        (("37",) * 6 + ("2A",), [], None),  # 37 minus everyone would single out the 2A CCAS
        (("37",) * 6 + ("41",) * 4 + ("2A",), ["37"], 5),  # the smallest group keeps it company
        (("37",) * 6 + ("41",) * 3 + ("2A",) * 3, ["2A", "37", "41"], None),
    ],
)
def test_no_organisation_can_be_read_out_by_subtracting_groups(
    model: Model, departements: tuple[str, ...], shown: list[str], others: int | None
) -> None:
    from ccas_compass.batch import panorama

    documents = []
    for dep in sorted(set(departements)):
        count = departements.count(dep)
        documents += [d for _, d in departement_docs(model, count, departements=(dep,), respondents=(1, 1),
                                                       seed=len(documents))]
    result = panorama(collect(model, documents))
    groups = {g.value: g.organisations for g in result.groups["departement"]}
    assert [v for v in groups if v != OTHERS] == shown
    assert groups.get(OTHERS) == others
    assert result.overall is not None
    # what is left of everyone once the groups shown are taken out is never 1 or 2 organisations
    left = result.overall.organisations - sum(groups.values())
    assert left == 0 or left >= MIN_GROUP


def test_organisations_with_few_answers_are_counted_and_flagged(model: Model) -> None:
    from ccas_compass.batch import panorama

    rng = random.Random(3)
    documents = [d for _, d in departement_docs(model, 5, respondents=(1, 1))]
    few = {x.id: answer_value(x, rng) for x in model.questionnaire.practice_questions[:5]}
    documents[0]["answers"] = few  # 5 of 43 practice questions: under the 60 % threshold
    result = panorama(collect(model, documents))
    assert result.overall is not None
    assert result.overall.organisations == 5
    assert result.overall.low_coverage == 1
