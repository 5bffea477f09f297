"""The panorama: quartiles, leading figures, peers, and the privacy of small groups."""

from __future__ import annotations

import random
from typing import Any

import pytest

from ccas_compass.batch.panorama import MIN_GROUP, OTHERS, UNKNOWN, Panorama, PanoramaBuilder, peers
from ccas_compass.batch.teams import Collector, Team, panorama, teams
from ccas_compass.model.core import Model
from ccas_compass.scoring.standing import no_standing_reason
from tests.factory import answer_value, departement_docs
from tests.helpers import collect


def build_panorama(model: Model, collector: Collector) -> tuple[list[Team], Any]:
    """The teams, and the panorama of their light pass (which must agree with the teams' means)."""
    return list(teams(collector)), panorama(collector)


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
    rule = model.questionnaire.standing_out

    def counted(t: Team) -> bool:  # faint mixes (statutory core, too few answers) stay out of the quartiles
        if t.standing_out:
            return True
        reason = no_standing_reason(dict(zip(model.figure_ids, t.intensity, strict=True)), rule, t.coverage)
        return reason not in ("statutory_core", "few_answers")

    for i in range(len(model.figure_ids)):
        values = sorted(v for t in found if counted(t) and (v := t.practice[i]) is not None)
        d = overall.practice[i]
        assert d is not None
        assert d.count == len(values)
        assert d.q1 <= d.median <= d.q3
        assert values[0] <= d.q1
        assert d.q3 <= values[-1]
        middle = len(values) // 2
        expected = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
        assert d.median == pytest.approx(expected)
    assert sum(overall.dominant) + overall.no_practice + overall.none_stands_out == 12
    assert overall.dominant == tuple(
        sum(1 for t in found if t.dominant == i) for i in range(len(model.figure_ids))
    )


def test_groups_follow_the_questionnaire_order_with_unknown_last(model: Model) -> None:
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
    documents: list[dict[str, Any]] = []
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
    rng = random.Random(3)
    documents = [d for _, d in departement_docs(model, 5, respondents=(1, 1))]
    few = {x.id: answer_value(x, rng) for x in model.questionnaire.practice_questions[:5]}
    documents[0]["answers"] = few  # 5 of 43 practice questions: under the 60 % threshold
    result = panorama(collect(model, documents))
    assert result.overall is not None
    assert result.overall.organisations == 5
    assert result.overall.low_coverage == 1


@pytest.mark.parametrize("capacity", [0, 5, 6, 7, 40])
def test_the_panorama_is_the_same_whatever_room_was_allocated_for_it(capacity: int) -> None:
    """Values are allocated at once for the organisations announced; fewer or more must change nothing."""
    rng = random.Random(4)

    def built(room: int) -> Panorama:
        builder = PanoramaBuilder(("a", "b", "c"), capacity=room)
        for n in range(6):
            shares = [rng.uniform(0, 100) for _ in range(3)]
            stated = None if n % 3 == 0 else tuple(rng.uniform(0, 100) for _ in range(3))
            labels = {"departement": "37" if n % 2 else "49", "densite": None, "population": None}
            builder.add_profile(1 + n % 2, shares, stated, stated, labels, intensity=tuple(shares))
        return builder.build()

    state = rng.getstate()
    expected = built(0)
    rng.setstate(state)
    assert built(capacity) == expected
