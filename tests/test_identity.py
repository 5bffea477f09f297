"""Who is who in a batch: kind and INSEE code, clearly different names, members without a code,
duplicated submissions, and each text question's note kept under its own question."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ccas_compass.answers import check
from ccas_compass.batch.identity import clearly_different, name_core
from ccas_compass.batch.teams import Collector, member_result, panorama, teams
from ccas_compass.model.core import Answers, Model
from ccas_compass.model.loading import load_model
from tests.helpers import write_mini_model


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Model:
    """The mini model, with a second text question."""
    folder = write_mini_model(tmp_path_factory.mktemp("mini") / "data")
    questions = yaml.safe_load((folder / "questions.yaml").read_text(encoding="utf-8"))
    questions["questions"].append(
        {"id": "besoins", "theme": "regard", "type": "text", "text": {"fr": "Besoins", "en": "Needs"}}
    )
    (folder / "questions.yaml").write_text(yaml.safe_dump(questions, allow_unicode=True), encoding="utf-8")
    return load_model(folder)


def respondent(model: Model, name: str, insee: str | None, kind: str | None = None,
               first: str = "veille", **extra: Any) -> Answers:
    organisation = {"name": name}
    if insee:
        organisation["insee"] = insee
    if kind:
        organisation["kind"] = kind
    document: dict[str, Any] = {"organisation": organisation, "answers": {"q1": first}, **extra}
    parsed, problems = check.check(document, model.questionnaire)
    assert not problems, [p.render("en") for p in problems]
    assert parsed is not None
    return parsed


def collect(model: Model, *people: Answers) -> Collector:
    collector = Collector(model)
    for n, answers in enumerate(people):
        collector.add(answers, f"r{n}.yaml")
    return collector


def team_names(collector: Collector) -> dict[str, int]:
    return {t.name: len(t.members) for t in teams(collector)}


def warnings(collector: Collector) -> list[str]:
    collector.grouped()
    return [w.render("en") for w in collector.identity_warnings]


def test_a_cias_and_the_ccas_of_its_seat_commune_are_two_organisations(mini: Model) -> None:
    collector = collect(
        mini,
        respondent(mini, "CCAS de Baugé-en-Anjou", "49018", "ccas"),
        respondent(mini, "CIAS Baugeois-Vallée", "49018", "cias"),
        respondent(mini, "CCAS de Baugé-en-Anjou", "49018", "ccas", first="plaidoyer"),
        respondent(mini, "CCAS de Baugé-en-Anjou", "49018"),  # kind not said: the one team of the code
    )
    assert team_names(collector) == {"CCAS de Baugé-en-Anjou": 3, "CIAS Baugeois-Vallée": 1}
    assert {t.key for t in teams(collector)} == {"insee:49018:ccas", "insee:49018:cias"}
    assert warnings(collector) == []


def test_two_clearly_different_names_under_one_code_are_two_teams_and_said(mini: Model) -> None:
    collector = collect(
        mini,
        respondent(mini, "CCAS de Saint-Aubin-de-Luigné", "49269"),
        respondent(mini, "CCAS de Saumur", "49269"),  # Saumur typed Saint-Aubin's code
        respondent(mini, "CCAS St Aubin de Luigne", "49269"),  # the same name, written otherwise
        respondent(mini, "C.C.A.S. de Saumr", "49269"),  # Saumur, with a typo
    )
    assert team_names(collector) == {"CCAS de Saint-Aubin-de-Luigné": 2, "CCAS de Saumur": 2}
    assert warnings(collector) == [
        "r1.yaml: INSEE code 49269 given by two organisations with different names, "
        "'CCAS de Saint-Aubin-de-Luigné' and 'CCAS de Saumur': counted as two teams "
        "(check the code of one of them)"
    ]
    assert len({t.key for t in teams(collector)}) == 2


def test_a_member_without_a_code_joins_the_team_of_the_same_name(mini: Model) -> None:
    collector = collect(
        mini,
        respondent(mini, "CCAS de Baugé", None, first="plaidoyer"),  # read first, joined afterwards
        respondent(mini, "CCAS de Baugé", "49018"),
        respondent(mini, "CCAS de Tiercé", "49347"),
        respondent(mini, "CCAS de Brissac", "49050"),
    )
    assert team_names(collector) == {"CCAS de Baugé": 2, "CCAS de Tiercé": 1, "CCAS de Brissac": 1}
    assert warnings(collector) == [
        "r0.yaml: 'CCAS de Baugé' without an INSEE code: joined to the team of the same name (code 49018)"
    ]
    assert collector.organisations == 3
    overview = panorama(collector)
    assert overview.organisations == 3
    # the whole département is shown (no organisation without a département split off)
    assert [(g.value, g.organisations) for g in overview.groups["departement"]] == [("49", 3)]


def test_a_member_without_a_code_is_not_joined_when_two_teams_bear_its_name(mini: Model) -> None:
    collector = collect(
        mini,
        respondent(mini, "CCAS de Saint-Jean", "49001"),
        respondent(mini, "CCAS de Saint-Jean", "53001"),
        respondent(mini, "CCAS de Saint-Jean", None),
    )
    assert sorted(len(t.members) for t in teams(collector)) == [1, 1, 1]
    assert warnings(collector) == [
        "r2.yaml: 'CCAS de Saint-Jean' without an INSEE code: several teams bear this name "
        "(49001, 53001), counted apart"
    ]


def test_an_identical_duplicated_submission_is_counted_once_and_said(mini: Model) -> None:
    same: dict[str, Any] = {"respondent": {"role": "dg"}, "date": "2026-11-28"}
    collector = collect(
        mini,
        respondent(mini, "CCAS de Tiercé", "49347", **same),
        respondent(mini, "CCAS de Tiercé", "49347", **same),  # the same file sent twice
        respondent(mini, "CCAS de Tiercé", "49347", respondent={"role": "elu"}, date="2026-11-28"),
        respondent(mini, "CCAS de Tiercé", "49347", first="plaidoyer", **same),  # answers differ
    )
    assert team_names(collector) == {"CCAS de Tiercé": 3}
    assert collector.respondents == 3
    assert warnings(collector) == [
        "r1.yaml: answers identical to those of r0.yaml (same organisation, respondent, date and "
        "answers): counted once"
    ]
    assert panorama(collector).respondents == 3


def test_notes_of_several_text_questions_stay_apart(mini: Model) -> None:
    answers = respondent(mini, "CCAS de Tiercé", "49347")
    values = {**answers.values, "notes": "Un accueil partagé.", "besoins": "Un agent de plus."}
    collector = collect(mini, Answers(answers.organisation, values, answers.questionnaire_id))
    ((member,),) = [t.members for t in teams(collector)]
    assert dict(member.texts) == {"notes": "Un accueil partagé.", "besoins": "Un agent de plus."}
    (team,) = teams(collector)
    result = member_result(mini, team, member)
    assert result.answers.values["notes"] == "Un accueil partagé."
    assert result.answers.values["besoins"] == "Un agent de plus."


@pytest.mark.parametrize(
    ("a", "b", "different"),
    [
        ("CCAS de Saint-Aubin", "CCAS de Saumur", True),
        ("CCAS de Saint-Jean", "CCAS de Saint-Pierre", True),
        ("CCAS de Saumur", "CCAS Saumr", False),  # a typo
        ("CCAS de Baugé", "Centre communal d'action sociale de Baugé-en-Anjou", False),
        ("CCAS", "CCAS de Tiercé", False),  # nothing but generic words: no evidence
        ("CCAS d'Angers", "Angers", False),
    ],
)
def test_clearly_different_names(a: str, b: str, different: bool) -> None:
    assert clearly_different(a, b) is different


def test_name_core_sets_the_generic_words_aside() -> None:
    assert name_core("Centre Communal d'Action Sociale de Saint-Étienne") == "saint etienne"
    assert name_core("C.C.A.S. de la Flèche") == "fleche"


def test_a_duplicate_of_an_archived_version_is_counted_once_and_keeps_its_notes() -> None:
    """A 1.0 file sent twice beside a 2.0 member: counted once in the versions line too, and each
    member's note found again under its own version's text question."""
    from ccas_compass.cli.batch_run import versions_summary
    from ccas_compass.scoring.versions import shelf

    current = shelf().current
    old = shelf().model("1.0")
    assert old is not None

    def answers(model: Model, note: str) -> Answers:
        q = model.questionnaire
        first = next(x for x in q.practice_questions if x.type == "single")
        text = next(x for x in q.questions if x.type == "text")
        document = {"questionnaire": {"id": q.id, "version": q.version},
                    "organisation": {"name": "CCAS de Test"},
                    "answers": {first.id: first.options[0].id, text.id: note}}
        parsed, problems = check.check(document, q)
        assert not problems
        assert parsed is not None
        return parsed

    collector = Collector(current)
    collector.add(answers(old, "v1"), "a.yaml", model=old)
    collector.add(answers(current, "v2"), "b.yaml")
    collector.add(answers(old, "v1"), "a-copie.yaml", model=old)
    (team,) = list(teams(collector))
    assert [m.source for m in team.members] == ["a.yaml", "b.yaml"]
    versions = [member_result(current, team, m).model_version for m in team.members]
    assert versions == ["1.0", current.questionnaire.version]
    assert [list(m.texts.values()) for m in team.members] == [["v1"], ["v2"]]
    assert collector.respondents == 2
    (line,) = versions_summary(collector)
    assert line.params["counts"] == f"1 × 1.0, 1 × {current.questionnaire.version}"
